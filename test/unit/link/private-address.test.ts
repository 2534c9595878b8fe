/**
 * Nothing is ever sent to a private address (issue 26): a shortener's Location, a link's own
 * name, or a checklist URL's redirect that leads to a loopback, private, link-local or
 * unique-local address is never contacted, and the report names where it pointed (the host
 * only). Every server here listens on loopback, which is itself private: the product's rule is
 * used unchanged to show that it refuses them, and names that "resolve" to other private
 * addresses come from injected resolvers, so no test ever reaches a real private network.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LookupFunction } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPrivateAddress } from '../../../src/net/private-address.js'
import { createHttpFetch } from '../../../src/net/http-fetch.js'
import { readSource } from '../../../src/checks/checklist/read-source.js'
import { inspectLink } from '../../../src/checks/link/inspect.js'
import {
  GENERIC_USER_AGENT,
  probeHost,
  readRedirect,
  type LinkNetwork,
} from '../../../src/checks/link/online.js'
import { UsageError } from '../../../src/errors.js'
import { messagesFor } from '../../../src/messages/index.js'
import { startHttpsServer, type RunningServer } from '../../support/checklist/servers.js'
import { makeSelfSignedCertificate, type TestCertificate } from '../../support/checklist/tls.js'
import { certificateFor, startTlsServer, type TlsServer } from '../../support/link/tls-server.js'

const en = messagesFor('en')

describe('which addresses are private', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['10.0.0.1', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['0.0.0.0', true],
    ['0.1.2.3', true],
    ['100.64.0.1', true],
    ['::1', true],
    ['[::1]', true],
    ['::', true],
    ['fc00::1', true],
    ['fd12:3456:789a::1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:10.1.2.3', true],
    ['::ffff:192.168.0.1', true],
    ['64:ff9b::a00:1', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['not an address', true],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['172.15.255.255', false],
    ['192.169.0.1', false],
    ['100.128.0.1', false],
    ['2606:4700:4700::1111', false],
    ['::ffff:8.8.8.8', false],
    ['2a00:1450:4001:80b::200e', false],
  ])('%s → private %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected)
  })
})

describe('the link check never contacts a private address', () => {
  const doxy = certificateFor('doxy.me')
  let server: TlsServer
  beforeAll(async () => {
    server = await startTlsServer(doxy)
  })
  afterAll(() => server.close())

  const inspect = (link: string, network: LinkNetwork, fetch?: typeof globalThis.fetch) =>
    inspectLink(
      { url: new URL(link), meetingHosts: [] },
      {
        offline: false,
        includeIdentifiers: false,
        network,
        fetch: fetch ?? ((() => Promise.reject(new Error('no HTTP here'))) as typeof globalThis.fetch),
        signal: new AbortController().signal,
        progress: () => {},
        msg: en,
      },
    )

  it('a link whose name resolves to loopback fails, names the host, and opens no connection', async () => {
    const before = server.connections
    const outcome = await inspect('https://doxy.me/drsmith', {
      resolve: async () => ['127.0.0.1'],
      tls: { ca: doxy.cert, port: server.port },
    })
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(
      'This link leads to doxy.me, which points inside a private network (such as a home or office network) rather than to a website on the internet; it was not contacted.',
    )
    expect(outcome.details).toMatchObject({ findings: ['private-address'], online: 'private-address' })
    expect(server.connections).toBe(before)
  })

  it('an IPv4-mapped IPv6 answer, or one private answer among public ones, is refused too', async () => {
    const before = server.connections
    for (const answer of [['::ffff:127.0.0.1'], ['93.184.215.14', '127.0.0.1'], ['fe80::1']]) {
      const facts = await probeHost(
        'doxy.me',
        443,
        { resolve: async () => answer, tls: { ca: doxy.cert, port: server.port } },
        new AbortController().signal,
      )
      expect(facts).toEqual({ state: 'private-address', host: 'doxy.me' })
    }
    expect(server.connections).toBe(before)
  })

  it("a shortener's Location to a name that resolves to a private address is not contacted, and the report says where it pointed", async () => {
    const before = server.connections
    const shortener = (async () =>
      new Response(null, {
        status: 301,
        headers: { location: 'https://router.clinic-home.example/admin' },
      })) as typeof globalThis.fetch
    const asked: string[] = []
    const outcome = await inspect(
      'https://bit.ly/3xYzAbC',
      {
        resolve: async (host) => {
          asked.push(host)
          return ['192.168.1.1']
        },
        tls: { ca: doxy.cert, port: server.port },
      },
      shortener,
    )
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toContain('router.clinic-home.example')
    expect(outcome.summary).toContain('private network')
    expect(outcome.summary).not.toContain('/admin')
    expect(outcome.details).toMatchObject({
      redirectHost: 'router.clinic-home.example',
      online: 'private-address',
    })
    expect(asked).toEqual(['router.clinic-home.example'])
    expect(server.connections).toBe(before)
  })

  it('asks the shortener with one HEAD request, a generic User-Agent, and only at a public address', async () => {
    const seen: Array<RequestInit & { publicOnly?: boolean }> = []
    const spy = (async (_input: string | URL | Request, init?: RequestInit) => {
      seen.push(init ?? {})
      return new Response(null, { status: 301, headers: { location: 'https://zoom.us/j/1' } })
    }) as typeof globalThis.fetch
    expect(await readRedirect(new URL('https://bit.ly/x'), spy, new AbortController().signal)).toEqual({
      location: 'https://zoom.us/j/1',
    })
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ method: 'HEAD', redirect: 'manual', publicOnly: true })
    expect(new Headers(seen[0]!.headers).get('user-agent')).toBe(GENERIC_USER_AGENT)
    expect(GENERIC_USER_AGENT).not.toMatch(/session|check/i)
  })
})

describe('the HTTP layer: HEAD is sent as HEAD, and publicOnly requests reach only public addresses', () => {
  let cert: TestCertificate
  let server: RunningServer
  const requests: Array<{ method: string; url: string; agent: string }> = []
  const dir = mkdtempSync(join(tmpdir(), 'session-checkup-private-'))

  beforeAll(async () => {
    cert = makeSelfSignedCertificate()
    server = await startHttpsServer(cert, (req, res, base) => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', agent: req.headers['user-agent'] ?? '' })
      if (req.url === '/to-loopback') {
        res.writeHead(302, { location: `${base}/checklist.yaml` })
        return res.end()
      }
      if (req.url === '/to-private-name') {
        res.writeHead(302, { location: 'https://printer.lan.example/checklist.yaml' })
        return res.end()
      }
      res.writeHead(200, { 'content-type': 'application/yaml' })
      res.end('practice: Riverside Counselling\n')
    })
  })
  afterAll(() => server.close())

  const fetchWith = (extra: Partial<Parameters<typeof createHttpFetch>[0]> = {}) =>
    createHttpFetch({ env: {}, userAgent: 'session-checkup/test', ca: cert.cert, ...extra })

  it('sends a real HEAD request (the method used to be ignored and a GET sent)', async () => {
    const before = requests.length
    const response = await fetchWith({ mayContact: () => true })(`${server.url}/short`, {
      method: 'HEAD',
      headers: { 'user-agent': GENERIC_USER_AGENT },
    })
    expect(response.status).toBe(200)
    expect(requests.slice(before)).toEqual([{ method: 'HEAD', url: '/short', agent: GENERIC_USER_AGENT }])
  })

  it('refuses a publicOnly request to a loopback address without connecting', async () => {
    const before = requests.length
    const init: RequestInit & { publicOnly: boolean } = { method: 'HEAD', publicOnly: true }
    await expect(fetchWith()(`${server.url}/short`, init)).rejects.toMatchObject({
      cause: { code: 'EPRIVATEADDRESS', host: '127.0.0.1' },
    })
    expect(requests.length).toBe(before)
  })

  it('refuses a publicOnly request to a name that resolves to a private address', async () => {
    const lookup = ((_host: string, _options: unknown, callback: (e: null, a: unknown[]) => void) =>
      callback(null, [{ address: '10.20.30.40', family: 4 }])) as unknown as LookupFunction
    const init: RequestInit & { publicOnly: boolean } = { publicOnly: true }
    await expect(fetchWith({ lookup })('https://printer.lan.example/x', init)).rejects.toMatchObject({
      cause: { code: 'EPRIVATEADDRESS', host: 'printer.lan.example' },
    })
  })

  it("a checklist URL's redirect to a private address is refused with one sentence naming the host", async () => {
    const before = requests.length
    const read = readSource(`${server.url}/to-loopback`, {
      cwd: dir,
      fetch: fetchWith(),
      what: 'checklist',
      allowUrl: true,
      msg: en,
      // The practice's own commands may use an address on their own network; its redirects may not.
      privateAddressGiven: 'allowed',
    })
    await expect(read).rejects.toBeInstanceOf(UsageError)
    await expect(read).rejects.toThrow(/redirects to 127\.0\.0\.1, which is inside a private network/)
    // The first request (the address the user chose) was made; the redirect's target never was.
    expect(requests.slice(before).map((request) => request.url)).toEqual(['/to-loopback'])
  })

  it('a redirect to a name that resolves to a private address is refused too', async () => {
    const lookup = ((_host: string, _options: unknown, callback: (e: null, a: unknown[]) => void) =>
      callback(null, [{ address: '192.168.0.20', family: 4 }])) as unknown as LookupFunction
    await expect(
      readSource(`${server.url}/to-private-name`, {
        cwd: dir,
        fetch: fetchWith({ lookup }),
        what: 'checklist',
        allowUrl: true,
        msg: en,
        privateAddressGiven: 'allowed',
      }),
    ).rejects.toThrow(/redirects to printer\.lan\.example, which is inside a private network/)
  })

  it('with the guard widened for a test, the same redirect is followed (the guard is what refused it)', async () => {
    const file = await readSource(`${server.url}/to-loopback`, {
      cwd: dir,
      fetch: fetchWith({ mayContact: (address) => address === '127.0.0.1' }),
      what: 'checklist',
      allowUrl: true,
      msg: en,
    })
    expect(file.text).toBe('practice: Riverside Counselling\n')
  })
})
