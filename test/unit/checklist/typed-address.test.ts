/*
 * The checklist address a client is given (issue 26's leftover): it comes in an e-mail, like any
 * link, so a client's run never lets it reach into the client's own network (loopback, LAN). The
 * practice's own commands (`checklist validate`, `serve --checklist`) may use an address on the
 * practice's network; their redirects may not. No real network: loopback servers and an injected
 * resolver.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo, LookupFunction } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpFetch } from '../../../src/net/http-fetch.js'
import { main } from '../../../src/main.js'
import { checklistCheck } from '../../../src/checks/checklist/index.js'
import { createCapturedIo } from '../../support/checklist/fake-io.js'
import { makeSelfSignedCertificate, type TestCertificate } from '../../support/checklist/tls.js'

const riverside = readFileSync(new URL('../../fixtures/checklist/riverside.yaml', import.meta.url), 'utf8')

/** A TLS server on 127.0.0.1 that counts connections and answers with the checklist. */
async function startCounted(
  cert: TestCertificate,
): Promise<{ port: number; connections: () => number; server: TlsServer }> {
  let connections = 0
  const server = createTlsServer({ key: cert.key, cert: cert.cert }, (socket) => {
    socket.once('data', () =>
      socket.end(
        `HTTP/1.1 200 OK\r\ncontent-type: application/yaml\r\ncontent-length: ${Buffer.byteLength(riverside)}\r\nconnection: close\r\n\r\n${riverside}`,
      ),
    )
    socket.on('error', () => undefined)
  })
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, connections: () => connections, server }
}

describe("the checklist address itself is guarded in a client's run", () => {
  let cert: TestCertificate
  let origin: Awaited<ReturnType<typeof startCounted>>
  const dir = mkdtempSync(join(tmpdir(), 'sc-typed-address-'))
  const asked: string[] = []
  /** The resolver: localhost is loopback, the clinic's file server is on a LAN. */
  const lookup = ((host: string, _options: unknown, callback: (e: null, a: unknown[]) => void) => {
    asked.push(host)
    callback(null, [{ address: host === 'localhost' ? '127.0.0.1' : '192.168.1.20', family: 4 }])
  }) as unknown as LookupFunction
  // The product's rule (no mayContact given): only public addresses.
  const fetchWith = () =>
    createHttpFetch({ env: {}, userAgent: 'session-checkup/test', ca: cert.cert, lookup })

  beforeAll(async () => {
    cert = makeSelfSignedCertificate()
    origin = await startCounted(cert)
  })
  afterAll(() => {
    origin.server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const client = async (url: string, lang = 'en') => {
    const io = createCapturedIo(dir)
    const code = await main(['--no-input', '--lang', lang, '--checklist', url], io, {
      fetch: fetchWith(),
      checks: [checklistCheck],
    })
    return { code, out: io.out(), err: io.err() }
  }

  it.each([
    ['https://10.0.0.1/c.yaml', '10.0.0.1'],
    ['https://[::1]/c.yaml', '::1'],
    ['https://127.0.0.1:PORT/c.yaml', '127.0.0.1'],
    ['https://localhost:PORT/c.yaml', 'localhost'],
    ['https://files.clinic-home.example/c.yaml', 'files.clinic-home.example'],
  ])('%s is refused with one sentence and exit 2; nothing is sent to it', async (given, host) => {
    const url = given.replace('PORT', String(origin.port))
    const before = origin.connections()
    const ran = await client(url)
    expect(ran.code).toBe(2)
    expect(ran.out).toBe('')
    expect(ran.err).toBe(
      `session-checkup: The checklist address ${url} leads to ${host}, which is inside a private network (such as a home or office network) rather than on the internet, so it was not contacted; a practice's checklist is always on a public https:// address, so please ask your therapist for the right link.\n`,
    )
    expect(origin.connections()).toBe(before)
  })

  it('says it in Spanish for a Spanish run', async () => {
    const ran = await client('https://10.0.0.1/c.yaml', 'es')
    expect(ran.code).toBe(2)
    expect(ran.err).toBe(
      'session-checkup: No se puede usar la dirección de la lista de verificación https://10.0.0.1/c.yaml: lleva a 10.0.0.1, que está dentro de una red privada (como la de una casa o una oficina) y no en internet, así que no se estableció contacto con esa dirección. La lista de un consultorio siempre está en una dirección https:// pública; pida a su terapeuta el enlace correcto.\n',
    )
  })

  it("the practice's own checklist validate may use an address on its own network", async () => {
    const io = createCapturedIo(dir)
    const code = await main(['checklist', 'validate', `https://127.0.0.1:${origin.port}/c.yaml`], io, {
      fetch: fetchWith(),
    })
    expect(io.err()).toBe('')
    expect(code).toBe(0)
    expect(io.out()).toContain('Riverside Counselling')
  })
})
