import { afterEach, describe, expect, it } from 'vitest'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { measure, startFakeServer } from './helpers.js'

/**
 * A server that sends more than was asked for (a body declared or streamed past the request's
 * size) must not push data past the data cap or keep a probe busy until the time runs out.
 */
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function fake(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = await startFakeServer(handler)
  cleanups.push(() => server.close())
  return server
}

function pumpForever(res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(200, headers)
  const chunk = Buffer.alloc(64 * 1024, 1)
  const pump = (): void => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump)
  }
  pump()
}

const isProbe = (req: IncomingMessage): boolean => /bytes=0(&|$)/.test(req.url ?? '')
const MAX = 5e6

describe('a server that sends more than was asked for', () => {
  it('is stopped at the headers when it announces more, even on a zero-byte probe', async () => {
    const server = await fake((_req, res) => pumpForever(res, { 'content-length': String(10 * 1024 ** 3) }))
    // Ten minutes of time and no data cap to speak of: only stopping at the headers ends this
    // within the test's own time limit (the hang guard), however busy the machine.
    const snapshot = await measure(server.url, { maxBytes: 1e12, budgetMs: 600_000 })
    expect(snapshot.failure).toMatchObject({ kind: 'bad-response', phase: 'connect' })
    expect(snapshot.failure?.detail).toMatch(/announced 10737418240 bytes where at most 65536 were asked for/)
    expect(snapshot.bytesUsed).toBeLessThan(1e6)
  })

  it('is cut at the size asked for when it streams without a length, and the data cap holds', async () => {
    const server = await fake((req, res) => (isProbe(req) ? res.end() : pumpForever(res, {})))
    const snapshot = await measure(server.url, { maxBytes: MAX })
    expect(snapshot.failure).toMatchObject({ kind: 'bad-response', phase: 'download' })
    expect(snapshot.bytesUsed).toBeLessThanOrEqual(MAX)
  })

  it('still recognises a big sign-in page without a content type as a portal', async () => {
    const page = '<!doctype html><title>Sign in</title>' + 'x'.repeat(100_000)
    const server = await fake((_req, res) => res.writeHead(200).end(page))
    const snapshot = await measure(server.url, { maxBytes: MAX })
    expect(snapshot.failure?.kind).toBe('portal')
  })
})
