import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer as createNetServer, connect, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpFetch } from '../../../src/net/http-fetch.js'
import { readSource } from '../../../src/checks/checklist/read-source.js'
import { checklistCheck } from '../../../src/checks/checklist/index.js'

import { main } from '../../../src/main.js'
import { hasUnsafeCharacters } from '../../../src/text/sanitize.js'
import { toolVersion } from '../../../src/version.js'
import { createCapturedIo } from '../../support/checklist/fake-io.js'
import { fixedCheck } from '../../helpers/fake-checks.js'
import { makeSelfSignedCertificate, type TestCertificate } from '../../support/checklist/tls.js'
import { WEB_PAGE_NOTE, english } from '../../helpers/english.js'

const good = 'practice: Riverside Counselling\n'
const hostile =
  'Oops \u001b]0;owned\u0007\u001b[2J\u001b[31mCall 1-555-0100\u001b[0m \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\'

/**
 * A raw TLS server on 127.0.0.1, so a test can send what Node's http server refuses to send: a
 * reason phrase with escape codes. Records each request's head.
 */
async function startRawServer(
  cert: TestCertificate,
  reply: (head: string) => string,
): Promise<{ port: number; heads: string[]; server: TlsServer }> {
  const heads: string[] = []
  const server = createTlsServer({ key: cert.key, cert: cert.cert }, (socket) => {
    let head = ''
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      heads.push(head)
      socket.end(reply(head), 'latin1')
    })
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, heads, server }
}

function response(status: string, body: string, type = 'application/yaml', extra = ''): string {
  return `HTTP/1.1 ${status}\r\ncontent-type: ${type}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n${extra}\r\n${body}`
}

/** A CONNECT proxy on 127.0.0.1 that records where it was asked to go. */
async function startProxy(): Promise<{ url: string; targets: string[]; server: Server }> {
  const targets: string[] = []
  const sockets = new Set<Socket>()
  const server = createNetServer((client) => {
    sockets.add(client)
    client.once('data', (chunk) => {
      const [, target = ''] = /^CONNECT (\S+) HTTP/.exec(chunk.toString()) ?? []
      targets.push(target)
      const [host, port] = [
        target.slice(0, target.lastIndexOf(':')),
        Number(target.slice(target.lastIndexOf(':') + 1)),
      ]
      const upstream = connect(port, host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
    })
    client.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, targets, server }
}

describe('one HTTP stack: the checklist fetch uses the measurement client (issue 14)', () => {
  let cert: TestCertificate
  let raw: Awaited<ReturnType<typeof startRawServer>>
  let proxy: Awaited<ReturnType<typeof startProxy>>
  const dir = mkdtempSync(join(tmpdir(), 'session-check-http-'))

  beforeAll(async () => {
    cert = makeSelfSignedCertificate()
    raw = await startRawServer(cert, (head) => {
      if (head.startsWith('GET /good.yaml')) return response('200 OK', good)
      if (head.startsWith('GET /hostile')) return response(`500 ${hostile}`, '')
      if (head.startsWith('GET /redirect'))
        return response('302 Found', '', 'text/plain', `location: /good.yaml\r\n`)
      if (head.startsWith('GET /sign-in'))
        return response(
          '200 OK',
          '<!doctype html><html><body>Sign in to continue</body></html>',
          'text/html; charset=utf-8',
        )
      return response('404 Not Found', '')
    })
    proxy = await startProxy()
  })
  afterAll(() => {
    raw.server.close()
    proxy.server.close()
  })

  const base = () => `https://127.0.0.1:${raw.port}`
  // The test server is on loopback, which a redirect may never reach in the product: allowed here.
  const fetchWith = (env: Record<string, string> = {}) =>
    createHttpFetch({
      env,
      userAgent: `session-checkup/${toolVersion()}`,
      ca: cert.cert,
      mayContact: (address) => address === '127.0.0.1',
    })

  it('sends the same User-Agent as the measurement, session-checkup/<version>', async () => {
    const file = await readSource(`${base()}/good.yaml`, {
      msg: english,
      cwd: dir,
      fetch: fetchWith(),
      what: 'checklist',
      allowUrl: true,
    })
    expect(file.text).toBe(good)
    expect(raw.heads.at(-1)).toMatch(
      new RegExp(`\\r\\nuser-agent: session-checkup/${toolVersion().replace(/\./g, '\\.')}\\r\\n`, 'i'),
    )
  })

  it('goes through HTTPS_PROXY, as the measurement does, and follows a redirect hop by hop', async () => {
    const before = proxy.targets.length
    const file = await readSource(`${base()}/redirect`, {
      msg: english,
      cwd: dir,
      fetch: fetchWith({ HTTPS_PROXY: proxy.url }),
      what: 'checklist',
      allowUrl: true,
    })
    expect(file.text).toBe(good)
    expect(proxy.targets.slice(before)).toEqual([`127.0.0.1:${raw.port}`, `127.0.0.1:${raw.port}`])
  })

  it('leaves NO_PROXY hosts alone', async () => {
    const before = proxy.targets.length
    await readSource(`${base()}/good.yaml`, {
      msg: english,
      cwd: dir,
      fetch: fetchWith({ HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }),
      what: 'checklist',
      allowUrl: true,
    })
    expect(proxy.targets.length).toBe(before)
  })

  it('a reason phrase full of escape codes reaches stderr clean: no title change, no screen clear, no link', async () => {
    const io = createCapturedIo(dir)
    expect(await main(['checklist', 'validate', `${base()}/hostile`], io, { fetch: fetchWith() })).toBe(2)
    expect(io.err()).toBe(
      `session-checkup: Could not fetch the checklist from ${base()}/hostile: the server answered 500 Oops Call 1-555-0100 click.\n`,
    )
    expect(hasUnsafeCharacters(io.err())).toBe(false)
  })

  it('a link that opens a web page says so; checklist validate exits 2', async () => {
    const io = createCapturedIo(dir)
    expect(await main(['checklist', 'validate', `${base()}/sign-in`], io, { fetch: fetchWith() })).toBe(2)
    expect(io.err()).toBe(
      `session-checkup: The checklist link ${base()}/sign-in opened a web page, not a checklist file (perhaps a sign-in page or a share link); ask for a direct link to the .yaml file.\n`,
    )
  })

  it('in a client run, a web page falls back to the built-in questions with a note to tell the therapist', async () => {
    writeFileSync(
      join(dir, 'answers.yaml'),
      'private-space: yes\nsafe-not-driving: yes\nknow-location: yes\n',
    )
    const io = createCapturedIo(dir)
    const code = await main(
      ['--no-input', '--checklist', `${base()}/sign-in`, '--answers', 'answers.yaml'],
      io,
      { fetch: fetchWith(), checks: [fixedCheck('wifi'), checklistCheck] },
    )
    expect(code).toBe(0)
    expect(io.out()).toMatch(/Checklist/)
    expect(io.err()).toBe(`${WEB_PAGE_NOTE}\n`)
    expect(WEB_PAGE_NOTE).toBe(
      'Note: the checklist link you were given opened a web page, not a checklist file, so the built-in questions were asked instead. Please tell your therapist, so they can send a direct link to the checklist file.',
    )
  })
})
