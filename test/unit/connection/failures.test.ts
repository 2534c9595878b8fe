import { afterEach, describe, expect, it } from 'vitest'
import {
  createServer as createTcpServer,
  connect,
  type AddressInfo,
  type LookupFunction,
  type Socket,
} from 'node:net'
import { readFileSync } from 'node:fs'
import { evaluateConnection } from '../../../src/checks/connection/evaluate.js'
import { startSpeedServer } from '../../../src/net/speed-server.js'
import { measure, startFakeServer } from './helpers.js'
import { english } from '../../helpers/english.js'

/** Every way the measurement can fail ends in a plain "could not measure". */
const BUDGET = 3000
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function expectCouldNotMeasure(
  server: string,
  kind: string,
  extra: Parameters<typeof measure>[1] = {},
) {
  const snapshot = await measure(server, { budgetMs: BUDGET, ...extra })
  expect(snapshot.failure?.kind).toBe(kind)
  // A hang guard on the engine's own clock, not a speed test: the hard stop at the budget and the
  // waits within it are proven by the phase plan's pure tests; run times are npm run bench's.
  expect(snapshot.durationMs).toBeLessThan(BUDGET * 2)
  const outcome = evaluateConnection(snapshot, 'video', english)
  expect(outcome.status).toBe('error')
  expect(outcome.summary).toMatch(/^Could not measure your connection: .+\.$/)
  expect(outcome.advice.length).toBeGreaterThan(0)
  return outcome
}

function failingLookup(code: string): LookupFunction {
  return ((_host: string, _options: unknown, callback: (error: Error) => void) => {
    setImmediate(() => callback(Object.assign(new Error(`getaddrinfo ${code} speed.example.test`), { code })))
  }) as unknown as LookupFunction
}

/** The size a download asked for: servers that send more are refused (see oversize.test.ts). */
const askedFor = (req: { url?: string }): string => /bytes=(\d+)/.exec(req.url ?? '')?.[1] ?? '0'

async function fake(handler: Parameters<typeof startFakeServer>[0]) {
  const server = await startFakeServer(handler)
  cleanups.push(() => server.close())
  return server
}

describe('could not measure', () => {
  it('when the computer is offline', async () => {
    const outcome = await expectCouldNotMeasure('https://speed.example.test', 'offline', {
      lookup: failingLookup('EAI_AGAIN'),
    })
    expect(outcome.summary).toContain('does not seem to be connected to the internet')
  })

  it('when the name does not resolve', async () => {
    await expectCouldNotMeasure('https://speed.example.test', 'dns', { lookup: failingLookup('ENOTFOUND') })
  })

  it('when nothing listens at the address', async () => {
    const server = await startFakeServer(() => {})
    await server.close()
    await expectCouldNotMeasure(server.url, 'refused')
  })

  it('when TLS cannot be set up', async () => {
    const server = await fake((_req, res) => res.end())
    await expectCouldNotMeasure(server.url.replace('http:', 'https:'), 'tls')
  })

  it('when a captive portal redirects', async () => {
    const server = await fake((_req, res) =>
      res.writeHead(302, { location: 'http://portal.example.test/login' }).end(),
    )
    const outcome = await expectCouldNotMeasure(server.url, 'portal')
    expect(outcome.advice.join(' ')).toContain('signing in')
  })

  it('when a captive portal answers with a page', async () => {
    const server = await fake((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>'),
    )
    await expectCouldNotMeasure(server.url, 'portal')
  })

  it('when a portal sends a page without saying it is HTML', async () => {
    const server = await fake((_req, res) =>
      res.writeHead(200).end('<html><body>Welcome to the hotel Wi-Fi</body></html>'),
    )
    await expectCouldNotMeasure(server.url, 'portal')
  })

  it.each([
    [403, 'forbidden'],
    [429, 'rate-limited'],
    [503, 'server-error'],
  ])('when the endpoint answers %d', async (status, kind) => {
    const server = await fake((_req, res) => res.writeHead(status).end())
    await expectCouldNotMeasure(server.url, kind)
  })

  it('when the server stalls before answering', async () => {
    const server = await fake(() => {})
    await expectCouldNotMeasure(server.url, 'stalled')
  })

  it('when the server stalls in the middle of a download', async () => {
    const server = await fake((req, res) => {
      if (req.url?.includes('bytes=0')) return res.end()
      res.writeHead(200, { 'content-length': askedFor(req) })
      res.write(Buffer.alloc(50_000))
    })
    await expectCouldNotMeasure(server.url, 'stalled')
  })

  it('when the server closes the connection mid-stream', async () => {
    const server = await fake((req, res) => {
      if (req.url?.includes('bytes=0')) return res.end()
      res.writeHead(200, { 'content-length': askedFor(req) })
      res.write(Buffer.alloc(100_000), () => setTimeout(() => req.socket.destroy(), 100))
    })
    const outcome = await expectCouldNotMeasure(server.url, 'closed')
    expect(outcome.summary).toContain('cut off')
  })

  it('when the proxy cannot be reached', async () => {
    const proxy = await startFakeServer(() => {})
    await proxy.close()
    await expectCouldNotMeasure('https://speed.example.test', 'proxy', { env: { HTTPS_PROXY: proxy.url } })
  })
})

/** A minimal CONNECT proxy on loopback that counts the tunnels it opened. */
async function startConnectProxy() {
  let tunnels = 0
  const sockets = new Set<Socket>()
  const server = createTcpServer((client) => {
    sockets.add(client)
    client.once('data', (head) => {
      const [, host, port] = /^CONNECT ([^:\s]+):(\d+)/.exec(head.toString('latin1')) ?? []
      if (!host) return client.destroy()
      tunnels++
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n')
        upstream.pipe(client).pipe(upstream)
      })
      sockets.add(upstream)
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels: () => tunnels,
    close: () => {
      for (const socket of sockets) socket.destroy()
      server.close()
    },
  }
}

describe('proxies', () => {
  const cert = readFileSync(new URL('../../fixtures/connection/cert.pem', import.meta.url))
  const key = readFileSync(new URL('../../fixtures/connection/key.pem', import.meta.url))

  it('tunnels through HTTPS_PROXY and says the figures describe the proxy path', async () => {
    const server = await startSpeedServer({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 100e6,
      rateMbps: 10,
      tls: { cert, key },
    })
    const proxy = await startConnectProxy()
    cleanups.push(
      () => server.close(),
      () => proxy.close(),
    )
    const snapshot = await measure(server.url, { ca: cert, env: { HTTPS_PROXY: proxy.url } })
    expect(snapshot.failure).toBeUndefined()
    expect(snapshot.proxy).toBe(new URL(proxy.url).host)
    expect(proxy.tunnels()).toBeGreaterThanOrEqual(2)
    const outcome = evaluateConnection(snapshot, 'video', english)
    expect(outcome.advice.join(' ')).toContain('through the proxy')
    expect(outcome.measurements?.find((m) => m.id === 'proxy')?.value).toBe(true)
    expect(outcome.identifiers?.proxy).toBeDefined()
  })

  it('goes direct for hosts in NO_PROXY', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 100e6, rateMbps: 10 })
    const proxy = await startConnectProxy()
    cleanups.push(
      () => server.close(),
      () => proxy.close(),
    )
    const snapshot = await measure(server.url, {
      env: { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' },
    })
    expect(snapshot.proxy).toBeUndefined()
    expect(proxy.tunnels()).toBe(0)
    expect(snapshot.failure).toBeUndefined()
  })
})
