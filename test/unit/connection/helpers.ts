import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { measureConnection, type MeasureOptions } from '../../../src/net/engine.js'

export const now = (): number => performance.now()

/** A measurement with test defaults: no STUN unless given, no early stop, the quick plan. */
export function measure(server: string, overrides: Partial<MeasureOptions> = {}) {
  return measureConnection({
    server: new URL(server.endsWith('/') ? server : server + '/'),
    budgetMs: 3000,
    maxBytes: 30e6,
    quick: true,
    needMbps: { download: 0, upload: 0 },
    env: {},
    signal: new AbortController().signal,
    now,
    userAgent: 'session-check-test',
    ...overrides,
  })
}

/** A throwaway HTTP server on loopback that misbehaves as told. */
export async function startFakeServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; port: number; server: Server; close(): Promise<void> }> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
