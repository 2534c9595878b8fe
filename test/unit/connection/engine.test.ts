import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { startSpeedServer, type SpeedServer } from '../../../src/net/speed-server.js'
import { runStunTrain } from '../../../src/net/stun-probe.js'
import { measure, now } from './helpers.js'

/*
 * The engine against `serve` on loopback: what it reports, not how accurately. Every figure here
 * holds on a busy machine (a reply cannot come sooner than the delay serve adds; a probe serve
 * leaves unanswered is lost, and no answered one is). How close the speeds, reply times, loss and
 * jitter come to the truth, and how long a run takes, depend on the computer having time to read
 * its sockets: `npm run bench` measures them beside their targets (test/bench/engine-loopback.bench.mjs).
 */

describe('a quick measurement against serve limited to 10 Mbit/s with 40 ms added delay', () => {
  let server: SpeedServer
  let snapshot: Awaited<ReturnType<typeof measure>>
  beforeAll(async () => {
    server = await startSpeedServer({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 100e6,
      rateMbps: 10,
      delayMs: 40,
    })
    snapshot = await measure(server.url)
  })
  afterAll(() => server.close())

  it('measures a download and an upload speed', () => {
    expect(snapshot.failure).toBeUndefined()
    expect(snapshot.download?.mbps).toBeGreaterThan(0)
    expect(snapshot.upload?.mbps).toBeGreaterThan(0)
  })

  it('measures the idle reply time, never less than the delay serve adds', () => {
    expect(snapshot.idle?.samples).toBeGreaterThan(0)
    // Timers may fire up to a millisecond early against performance.now(): hence 39.
    expect(snapshot.idle?.medianMs).toBeGreaterThanOrEqual(39)
  })

  it('reports the bytes used, within the data cap, and the IP version', () => {
    expect(snapshot.bytesUsed).toBeGreaterThan(0)
    expect(snapshot.bytesUsed).toBeLessThanOrEqual(30e6)
    expect(snapshot.budgetMs).toBe(3000)
    expect(snapshot.ipVersions).toEqual(['IPv4'])
  })
})

describe('UDP probe train against serve', () => {
  // Replies count until 2 s after the last probe, far beyond any scheduling delay on loopback, so
  // the loss is exactly what serve left unanswered.
  it('counts exactly the probes serve left unanswered as lost', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 1e6, udpDropPct: 5 })
    try {
      const udp = await runStunTrain({
        host: '127.0.0.1',
        port: server.port,
        rate: 200,
        sendUntil: now() + 500,
        replyTimeoutMs: 2000,
        signal: new AbortController().signal,
        now,
      })
      const { impaired, answered } = server.counters().stun
      expect(udp.status).toBe('ok')
      expect(impaired).toBeGreaterThan(0)
      expect(udp.sent).toBe(impaired + answered)
      expect(udp.received).toBe(answered)
      expect(udp.lossPct).toBeCloseTo((impaired / udp.sent) * 100, 9)
      expect(udp.lossUpperPct).toBeGreaterThan(udp.lossPct)
    } finally {
      await server.close()
    }
  })

  it('measures UDP round trip and jitter through a delay that varies', async () => {
    // serve's jitter from a fixed sequence: replies alternate between 20 and 40 ms.
    let flip = 0
    const server = await startSpeedServer({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 1e6,
      delayMs: 30,
      jitterMs: 10,
      random: () => (flip++ % 2 ? 1 : 0),
    })
    try {
      const udp = await runStunTrain({
        host: '127.0.0.1',
        port: server.port,
        rate: 100,
        sendUntil: now() + 500,
        replyTimeoutMs: 2000,
        signal: new AbortController().signal,
        now,
      })
      expect(udp.status).toBe('ok')
      expect(udp.rttMedianMs).toBeGreaterThanOrEqual(19)
      expect(udp.jitterMs).toBeGreaterThan(0)
    } finally {
      await server.close()
    }
  })

  it('says UDP is blocked when nothing answers', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 1e6, udpDropPct: 100 })
    try {
      const udp = await runStunTrain({
        host: '127.0.0.1',
        port: server.port,
        rate: 100,
        sendUntil: now() + 300,
        replyTimeoutMs: 200,
        signal: new AbortController().signal,
        now,
      })
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
    const snapshot = await measure(server.url, {
      needMbps: { download: 3, upload: 3 },
      stun: { host: '127.0.0.1', port: server.port },
    })
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
    const server = await startSpeedServer({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 100e6,
      rateMbps: 10,
      tls: { cert, key },
    })
    try {
      const snapshot = await measure(server.url, { ca: cert })
      expect(snapshot.failure).toBeUndefined()
      expect(snapshot.timings?.tlsMs).toBeGreaterThan(0)
      expect(snapshot.download?.mbps).toBeGreaterThan(0)
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
      setTimeout(
        () =>
          options?.all
            ? callback(null, [{ address: '127.0.0.1', family: 4 }])
            : callback(null, '127.0.0.1', 4),
        5,
      )
    }) as unknown as import('node:net').LookupFunction
    try {
      const snapshot = await measure(`http://speed.test:${server.port}`, {
        lookup,
        stun: { host: 'speed.test', port: server.port },
        budgetMs: 1500,
      })
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
      const snapshot = await measure(server.url, { stun: { host: '::1', port: server.port }, budgetMs: 1500 })
      expect(snapshot.failure).toBeUndefined()
      expect(snapshot.ipVersions).toEqual(['IPv6'])
      expect(snapshot.udp?.family).toBe('IPv6')
    } finally {
      await server.close()
    }
  })
})
