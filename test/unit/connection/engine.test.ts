import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { startSpeedServer, type SpeedServer } from '../../../src/net/speed-server.js'
import { runStunTrain } from '../../../src/net/stun-probe.js'
import { measure, now } from './helpers.js'

/*
 * Accuracy against `serve` on loopback with impairments. Every run uses the quick plan (3 s), so
 * the whole file stays well under a minute on a 2-core CI machine. Timed accuracy targets for
 * real links live in test/bench/connection.bench.mjs.
 */

function within(measured: number, truth: number, share: number): void {
  expect(Math.abs(measured - truth)).toBeLessThanOrEqual(truth * share)
}

describe.each([2, 10, 50])('serve limited to %d Mbit/s with 40 ms added delay', (rate) => {
  let server: SpeedServer
  let snapshot: Awaited<ReturnType<typeof measure>>
  beforeAll(async () => {
    server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 100e6, rateMbps: rate, delayMs: 40 })
    snapshot = await measure(server.url)
  })
  afterAll(() => server.close())

  it('measures download within 10% of the rate', () => {
    expect(snapshot.failure).toBeUndefined()
    within(snapshot.download?.mbps ?? 0, rate, 0.1)
  })

  it('measures upload within 10% of the rate, counting acknowledged bytes', () => {
    within(snapshot.upload?.mbps ?? 0, rate, 0.1)
  })

  it('measures idle latency within 5 ms (or 10%) of the added delay', () => {
    expect(snapshot.idle?.samples).toBeGreaterThanOrEqual(10)
    expect(Math.abs((snapshot.idle?.medianMs ?? 0) - 40)).toBeLessThanOrEqual(Math.max(5, 40 * 0.1))
  })

  it('keeps to the time budget and reports the bytes used', () => {
    expect(snapshot.durationMs).toBeLessThanOrEqual(3000 + 300)
    expect(snapshot.bytesUsed).toBeGreaterThan(0)
    expect(snapshot.bytesUsed).toBeLessThanOrEqual(30e6)
    expect(snapshot.ipVersions).toEqual(['IPv4'])
  })
})

describe('latency with larger delays', () => {
  it.each([150])('is within 10%% of %d ms added delay', async (delay) => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 100e6, delayMs: delay, rateMbps: 20 })
    try {
      const snapshot = await measure(server.url, { budgetMs: 4000 })
      expect(snapshot.failure).toBeUndefined()
      within(snapshot.idle?.medianMs ?? 0, delay, 0.1)
    } finally {
      await server.close()
    }
  })
})

describe('UDP probe train against serve', () => {
  it.each([2, 5])('measures loss within 1 point of a %d%% drop rate', async (drop) => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 1e6, udpDropPct: drop })
    try {
      const start = now()
      const udp = await runStunTrain({ host: '127.0.0.1', port: server.port, rate: 200, sendUntil: start + 1500, replyTimeoutMs: 300, signal: new AbortController().signal, now })
      expect(udp.status).toBe('ok')
      expect(udp.sent).toBeGreaterThanOrEqual(200)
      expect(Math.abs(udp.lossPct - drop)).toBeLessThanOrEqual(1)
      expect(udp.lossUpperPct).toBeGreaterThan(udp.lossPct)
    } finally {
      await server.close()
    }
  })

  it('measures UDP round trip and jitter through the delay', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 1e6, delayMs: 30, jitterMs: 10 })
    try {
      const udp = await runStunTrain({ host: '127.0.0.1', port: server.port, rate: 100, sendUntil: now() + 1000, replyTimeoutMs: 300, signal: new AbortController().signal, now })
      within(udp.rttMedianMs ?? 0, 30, 0.2)
      expect(udp.jitterMs).toBeGreaterThan(1)
      expect(udp.jitterMs).toBeLessThan(15)
    } finally {
      await server.close()
    }
  })

  it('says UDP is blocked when nothing answers', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 1e6, udpDropPct: 100 })
    try {
      const udp = await runStunTrain({ host: '127.0.0.1', port: server.port, rate: 100, sendUntil: now() + 300, replyTimeoutMs: 200, signal: new AbortController().signal, now })
      expect(udp.status).toBe('blocked')
      expect(udp.received).toBe(0)
    } finally {
      await server.close()
    }
  })
})

describe('full measurement with STUN, early stop and the data cap', () => {
  let server: SpeedServer
  beforeAll(async () => {
    server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 100e6, rateMbps: 40 })
  })
  afterAll(() => server.close())

  it('stops a direction early once the need is proven with margin', async () => {
    const snapshot = await measure(server.url, { needMbps: { download: 3, upload: 3 }, stun: { host: '127.0.0.1', port: server.port } })
    expect(snapshot.download?.stoppedEarly).toBe(true)
    expect(snapshot.upload?.stoppedEarly).toBe(true)
    expect(snapshot.udp?.status).toBe('ok')
    expect(snapshot.loaded?.samples).toBeGreaterThan(0)
  })

  it('never uses more data than --max-data allows', async () => {
    const snapshot = await measure(server.url, { maxBytes: 1e6 })
    expect(snapshot.failure).toBeUndefined()
    expect(snapshot.bytesUsed).toBeLessThanOrEqual(1e6)
    expect(snapshot.download?.capped).toBe(true)
  })
})

describe('HTTPS', () => {
  const cert = readFileSync(new URL('../../fixtures/connection/cert.pem', import.meta.url))
  const key = readFileSync(new URL('../../fixtures/connection/key.pem', import.meta.url))

  it('measures over TLS and times the handshake', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 100e6, rateMbps: 10, tls: { cert, key } })
    try {
      const snapshot = await measure(server.url, { ca: cert })
      expect(snapshot.failure).toBeUndefined()
      expect(snapshot.timings?.tlsMs).toBeGreaterThan(0)
      within(snapshot.download?.mbps ?? 0, 10, 0.1)
    } finally {
      await server.close()
    }
  })

  it('fails with a TLS failure when the certificate is not trusted', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 1e6, tls: { cert, key } })
    try {
      const snapshot = await measure(server.url)
      expect(snapshot.failure?.kind).toBe('tls')
    } finally {
      await server.close()
    }
  })
})

describe('names, DNS timing and IP versions', () => {
  it('times the DNS lookup of a host name and reports IPv4', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 100e6, rateMbps: 20 })
    // Resolves speed.test to loopback, in both callback shapes net.connect may ask for.
    const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      setTimeout(() => (options?.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4)), 5)
    }) as unknown as import('node:net').LookupFunction
    try {
      const snapshot = await measure(`http://speed.test:${server.port}`, { lookup, stun: { host: 'speed.test', port: server.port } })
      expect(snapshot.failure).toBeUndefined()
      expect(snapshot.timings?.dnsMs).toBeGreaterThanOrEqual(4)
      expect(snapshot.udp?.status).toBe('ok')
      expect(snapshot.ipVersions).toEqual(['IPv4'])
    } finally {
      await server.close()
    }
  })

  it('reports IPv6 when the endpoint is reached over IPv6', async (context) => {
    let server: SpeedServer
    try {
      server = await startSpeedServer({ host: '::1', port: 0, maxBytes: 100e6, rateMbps: 20 })
    } catch {
      return context.skip()
    }
    try {
      const snapshot = await measure(server.url, { stun: { host: '::1', port: server.port } })
      expect(snapshot.failure).toBeUndefined()
      expect(snapshot.ipVersions).toEqual(['IPv6'])
      expect(snapshot.udp?.family).toBe('IPv6')
    } finally {
      await server.close()
    }
  })
})
