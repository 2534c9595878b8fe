import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpFetch } from '../../../src/net/http-fetch.js'
import { main } from '../../../src/main.js'
import { toolVersion } from '../../../src/version.js'
import { createCapturedIo } from '../../support/checklist/fake-io.js'
import { makeSelfSignedCertificate, type TestCertificate } from '../../support/checklist/tls.js'

const riverside = readFileSync(new URL('../../fixtures/checklist/riverside.yaml', import.meta.url), 'utf8')

/** An https server on 127.0.0.1 that hands out the checklist and counts every request for it. */
async function startChecklistServer(
  cert: TestCertificate,
): Promise<{ port: number; heads: string[]; server: TlsServer }> {
  const heads: string[] = []
  const server = createTlsServer({ key: cert.key, cert: cert.cert }, (socket) => {
    let head = ''
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      heads.push(head)
      socket.end(
        `HTTP/1.1 200 OK\r\ncontent-type: application/yaml\r\ncontent-length: ${Buffer.byteLength(riverside)}\r\nconnection: close\r\n\r\n${riverside}`,
      )
    })
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, heads, server }
}

describe('serve --checklist <https-url>', () => {
  let cert: TestCertificate
  let origin: Awaited<ReturnType<typeof startChecklistServer>>
  const dir = mkdtempSync(join(tmpdir(), 'sc-serve-url-'))

  beforeAll(async () => {
    cert = makeSelfSignedCertificate()
    origin = await startChecklistServer(cert)
  })
  afterAll(() => {
    origin.server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('fetches the checklist exactly once: the copy it validated is the copy it serves', async () => {
    const io = createCapturedIo(dir)
    // Ctrl-C as soon as serve waits for it, so the test ends once the server has started.
    io.onInterrupt = (handler) => {
      setImmediate(() => handler('SIGINT'))
      return () => undefined
    }
    const fetch = createHttpFetch({
      env: {},
      userAgent: `session-checkup/${toolVersion()}`,
      ca: cert.cert,
      mayContact: (address) => address === '127.0.0.1',
    })
    const url = `https://127.0.0.1:${origin.port}/riverside.yaml`
    const code = await main(['serve', '--port', '0', '--host', '127.0.0.1', '--checklist', url], io, {
      fetch,
    })
    expect(io.err()).not.toMatch(/could not|not valid/i)
    expect(code).toBe(0)
    expect(io.out()).toContain('ready at')
    expect(origin.heads.filter((head) => head.startsWith('GET /riverside.yaml'))).toHaveLength(1)
    expect(origin.heads).toHaveLength(1)
  })
})
