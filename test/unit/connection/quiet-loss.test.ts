import { createSocket } from 'node:dgram'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LookupFunction } from 'node:net'
import { encodeBindingSuccess, parseStunHeader } from '../../../src/net/stun.js'
import { evaluateConnection } from '../../../src/checks/connection/evaluate.js'

import { measure, startFakeServer } from './helpers.js'
import { adviceText, english } from '../../helpers/english.js'

/*
 * Issue 11, points 1, 4 and 5, end to end on loopback. The far end here is a small speed server
 * that knows when a download or upload is running, and a STUN responder that drops every probe
 * that arrives while one is: loss that only the check's own load causes. Judged loss must be 0.
 */

let transfers = 0
let speed: Awaited<ReturnType<typeof startFakeServer>>
const stun = createSocket('udp4')
let stunPort = 0
const seenUnderLoad = { count: 0 }

beforeAll(async () => {
  speed = await startFakeServer((req, res) => {
    const bytes = Number(/bytes=(\d+)/.exec(req.url ?? '')?.[1] ?? 0)
    const isLoad = req.method === 'POST' || bytes > 0
    if (isLoad) transfers++
    const done = (): void => {
      if (isLoad) transfers--
    }
    res.once('close', done)
    if (req.method === 'POST') {
      req.resume()
      req.once('end', () =>
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'), 50),
      )
      return
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes) })
    const chunk = Buffer.alloc(64 * 1024)
    let left = bytes
    // About 25 Mbit/s: 64 kB every 20 ms, so the load lasts while the probes run.
    const pump = (): void => {
      if (res.destroyed) return
      if (left <= 0) return void res.end()
      const size = Math.min(left, chunk.length)
      left -= size
      res.write(chunk.subarray(0, size))
      setTimeout(pump, 20)
    }
    pump()
  })
  stun.on('message', (packet, peer) => {
    const header = parseStunHeader(packet)
    if (!header) return
    if (transfers > 0) return void seenUnderLoad.count++
    stun.send(
      encodeBindingSuccess(header.transactionId, peer.address, peer.port, 'IPv4'),
      peer.port,
      peer.address,
    )
  })
  await new Promise<void>((resolve) => stun.bind(0, '127.0.0.1', resolve))
  stunPort = stun.address().port
})

afterAll(async () => {
  await speed.close()
  await new Promise<void>((resolve) => stun.close(() => resolve()))
})

describe('judged loss comes only from probes on a quiet line', () => {
  it("loss caused by the check's own load is reported apart and never judged", async () => {
    const snapshot = await measure(speed.url, { stun: { host: '127.0.0.1', port: stunPort }, maxBytes: 4e6 })
    expect(snapshot.failure).toBeUndefined()
    expect(seenUnderLoad.count).toBeGreaterThan(0)
    expect(snapshot.udp).toMatchObject({ status: 'ok', lossPct: 0, burstLossPct: 0 })
    expect(snapshot.udp?.sent).toBeGreaterThan(0)
    expect(snapshot.udp?.underLoad?.lossPct).toBeGreaterThan(50)
    const outcome = evaluateConnection(snapshot, 'video', english)
    expect(outcome.summary).not.toMatch(/missing/)
    expect(outcome.measurements?.find((m) => m.id === 'packetLossUnderLoadPct')).toMatchObject({
      label: 'Packet loss while this check filled the line (not judged)',
    })
    expect(outcome.measurements?.find((m) => m.id === 'packetLossPct')?.label).toMatch(
      /^Packet loss on a quiet line/,
    )
  })
})

/** A lookup that fails with `code` for one name and never answers for another. */
function lookupFor(names: Record<string, string | 'silent'>): LookupFunction {
  return ((host: string, _options: unknown, callback: (error: NodeJS.ErrnoException | null) => void) => {
    const outcome = names[host]
    if (outcome === 'silent') return
    callback(Object.assign(new Error(`${outcome} ${host}`), { code: outcome ?? 'ENOTFOUND' }))
  }) as unknown as LookupFunction
}

describe('name lookups', () => {
  it('a STUN name that is not found: the loss test says it could not run, the rest is measured', async () => {
    const snapshot = await measure(speed.url, {
      stun: { host: 'stun.example.test', port: 3478 },
      maxBytes: 4e6,
      lookup: lookupFor({ 'stun.example.test': 'ENOTFOUND' }),
    })
    expect(snapshot.failure).toBeUndefined()
    expect(snapshot.udp).toMatchObject({ status: 'untested', cause: 'dns' })
    expect(snapshot.download?.mbps).toBeGreaterThan(0)
    // The speeds depend on this machine; the loss test's own words do not.
    const outcome = evaluateConnection(snapshot, 'video', english)
    expect(outcome.advice).toContain(adviceText.udpUntested)
    expect(outcome.measurements?.find((m) => m.id === 'lossTest')?.value).toBe(
      "not run: the loss-test server's name was not found",
    )
    expect(outcome.measurements?.find((m) => m.id === 'udpReachable')).toBeUndefined()
  })

  it('a STUN name whose lookup never answers: said apart from "not found", and the run still ends', async () => {
    const snapshot = await measure(speed.url, {
      stun: { host: 'stun.example.test', port: 3478 },
      maxBytes: 4e6,
      lookup: lookupFor({ 'stun.example.test': 'silent' }),
    })
    expect(snapshot.udp).toMatchObject({ status: 'untested', cause: 'dns-timeout' })
    expect(
      evaluateConnection(snapshot, 'video', english).measurements?.find((m) => m.id === 'lossTest')?.value,
    ).toBe("not run: the loss-test server's name could not be looked up in time")
  })

  it('a server name whose lookup never answers: "could not measure", and the run ends', async () => {
    const snapshot = await measure(`http://speed.example.test:${speed.port}`, {
      lookup: lookupFor({ 'speed.example.test': 'silent' }),
    })
    expect(snapshot.failure).toMatchObject({ kind: 'dns', phase: 'connect' })
    expect(evaluateConnection(snapshot, 'video', english).summary).toBe(
      'Could not measure your connection: the address of the test server could not be found.',
    )
  })
})
