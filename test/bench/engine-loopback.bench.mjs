/* global performance, AbortController */
// The engine's accuracy against `serve` on loopback, in --quick mode (3 s), with serve adding the
// rate limit, the delay, the jitter and the UDP drop. These figures depend on the computer having
// time to read its sockets, so they are measured here, beside their targets, and not asserted by
// the unit tests (test/unit/connection/engine.test.ts checks the same runs' behaviour only).
// Needs no root: everything is on 127.0.0.1.
import { readFileSync } from 'node:fs'
import { root, report } from './lib.mjs'

const { startSpeedServer } = await import(`${root}dist/net/speed-server.js`)
const { measureConnection } = await import(`${root}dist/net/engine.js`)
const { runStunTrain } = await import(`${root}dist/net/stun-probe.js`)

const now = () => performance.now()
const TARGET = {
  throughputErrPct: 10,
  latencyErrPct: 10,
  latencyErrMs: 5,
  lossPoints: 1,
  rttErrPct: 20,
  jitterMaxMs: 15,
  quickWallMs: 3300,
}

function measure(server, overrides = {}) {
  return measureConnection({
    server: new URL(server.endsWith('/') ? server : server + '/'),
    budgetMs: 3000,
    maxBytes: 30e6,
    quick: true,
    needMbps: { download: 0, upload: 0 },
    env: {},
    signal: new AbortController().signal,
    now,
    userAgent: 'session-checkup-bench',
    ...overrides,
  })
}

const errPct = (measured, truth) => (Math.abs(measured - truth) / truth) * 100

async function withServer(options, run) {
  const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 100e6, ...options })
  try {
    return await run(server)
  } finally {
    await server.close()
  }
}

console.log('The connection engine against serve on loopback (--quick, 3 s budget):')
for (const rate of [2, 10, 50]) {
  await withServer({ rateMbps: rate, delayMs: 40 }, async (server) => {
    const s = await measure(server.url)
    if (s.failure)
      console.log(`MISSED  ${rate} Mbit/s + 40 ms: failed (${s.failure.kind}: ${s.failure.detail})`)
    report(
      `${rate} Mbit/s + 40 ms: download error (%)`,
      errPct(s.download?.mbps ?? 0, rate),
      TARGET.throughputErrPct,
      '%',
    )
    report(
      `${rate} Mbit/s + 40 ms: upload error (%)`,
      errPct(s.upload?.mbps ?? 0, rate),
      TARGET.throughputErrPct,
      '%',
    )
    report(
      `${rate} Mbit/s + 40 ms: idle reply-time error (ms)`,
      Math.abs((s.idle?.medianMs ?? 0) - 40),
      Math.max(TARGET.latencyErrMs, 40 * 0.1),
      'ms',
    )
    report(`${rate} Mbit/s + 40 ms: idle reply-time samples`, s.idle?.samples ?? 0, 10, '', {
      higherIsBetter: true,
    })
    report(`${rate} Mbit/s + 40 ms: wall time on the engine's clock`, s.durationMs, TARGET.quickWallMs, 'ms')
  })
}

await withServer({ rateMbps: 20, delayMs: 150 }, async (server) => {
  const s = await measure(server.url, { budgetMs: 4000 })
  report('+150 ms: idle reply-time error (%)', errPct(s.idle?.medianMs ?? 0, 150), TARGET.latencyErrPct, '%')
})

for (const drop of [2, 5]) {
  await withServer({ maxBytes: 1e6, udpDropPct: drop }, async (server) => {
    const udp = await runStunTrain({
      host: '127.0.0.1',
      port: server.port,
      rate: 200,
      sendUntil: now() + 1500,
      replyTimeoutMs: 300,
      signal: new AbortController().signal,
      now,
    })
    report(
      `UDP ${drop}% drop, 300 probes, replies late after 300 ms: loss error (points)`,
      Math.abs(udp.lossPct - drop),
      TARGET.lossPoints,
      'pt',
    )
  })
}

await withServer({ maxBytes: 1e6, delayMs: 30, jitterMs: 10 }, async (server) => {
  const udp = await runStunTrain({
    host: '127.0.0.1',
    port: server.port,
    rate: 100,
    sendUntil: now() + 1000,
    replyTimeoutMs: 300,
    signal: new AbortController().signal,
    now,
  })
  report('UDP +30 ms ± 10 ms: round-trip error (%)', errPct(udp.rttMedianMs ?? 0, 30), TARGET.rttErrPct, '%')
  report('UDP +30 ms ± 10 ms: jitter (ms)', udp.jitterMs ?? 0, TARGET.jitterMaxMs, 'ms')
})

const cert = readFileSync(`${root}test/fixtures/connection/cert.pem`)
const key = readFileSync(`${root}test/fixtures/connection/key.pem`)
await withServer({ rateMbps: 10, tls: { cert, key } }, async (server) => {
  const s = await measure(server.url, { ca: cert })
  report(
    'HTTPS 10 Mbit/s: download error (%)',
    errPct(s.download?.mbps ?? 0, 10),
    TARGET.throughputErrPct,
    '%',
  )
})
