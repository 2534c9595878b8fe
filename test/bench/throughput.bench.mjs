/* global performance, AbortController */
// Issue 23, finding 6: download and upload figures against iperf3 on 10, 50 and 100 Mbit/s links,
// and above all that a figure marked as a lower bound never claims more than the link delivered.
//
// On a shaped link of its own (test/bench/lib.mjs: a network namespace, a veth pair, tc tbf), it runs `session-checkup serve` inside, and measures with
// the connection check's engine as a user runs it (default mode: 10 s, 30 MB, early stop at the
// video need) and with the early stop off. iperf3 (4 streams, 3 s after a 1 s warm-up) measures
// the same link. Everything it made is removed at the end, also on Ctrl-C. Needs root.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { GOODPUT, shapedLink, whyNoNamespaces } from './lib.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const RATES = (process.env.THROUGHPUT_BENCH_RATES ?? '10,50,100').split(',').map(Number)
const RUNS = Number(process.env.THROUGHPUT_BENCH_RUNS ?? 3)
const link = shapedLink('sctp')
const { nsIp, port } = link

const f = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

/**
 * One figure beside its targets: within ±10% of iperf3; a lower bound may be as low as it likes
 * but never above what the link delivered (iperf3's figure, or the tbf ceiling if that is higher).
 */
function line(label, figures, iperfMbps, ceiling) {
  if (!figures) return `    ${label.padEnd(22)} n/a MISSED`
  const err = (figures.mbps - iperfMbps) / iperfMbps
  const delivered = Math.max(iperfMbps, ceiling)
  if (figures.bound === 'lower') {
    const ok = figures.mbps <= delivered
    return `    ${label.padEnd(22)} ${f(figures.mbps).padStart(6)} Mbit/s  lower bound (${figures.boundReason}), ${err >= 0 ? '+' : ''}${f(err * 100)}% vs iperf3   target: at most ${f(delivered)} (delivered)  ${ok ? 'met' : 'MISSED'}`
  }
  const ok = Math.abs(err) <= 0.1
  return `    ${label.padEnd(22)} ${f(figures.mbps).padStart(6)} Mbit/s  ${err >= 0 ? '+' : ''}${f(err * 100)}% vs iperf3   target: within ±10%  ${ok ? 'met' : 'MISSED'}`
}

async function main() {
  const why = whyNoNamespaces()
  if (why)
    return console.log(`throughput bench: skipped, network namespaces cannot be created here (${why}).`)
  if (!existsSync(`${root}/dist/net/engine.js`))
    return console.log('throughput bench: skipped, run "npm run build" first.')
  const { measureConnection } = await import(`${root}/dist/net/engine.js`)
  const { needFor } = await import(`${root}/dist/checks/connection/thresholds.js`)
  link.setUp()
  console.log('Download and upload against iperf3 on tbf-shaped veth links (issue 23, finding 6).')
  console.log(
    `A figure marked "lower bound" must never exceed what the link delivered; others within ±10% of iperf3. ${RUNS} runs each.\n`,
  )
  const modes = [
    { label: 'default mode', needMbps: needFor('video'), maxBytes: 30e6 },
    { label: 'no early stop', needMbps: { download: 0, upload: 0 }, maxBytes: 200e6 },
  ]
  try {
    for (const rate of RATES) {
      link.shape(rate)
      const [iperfDown, iperfUp] = [link.iperf(true), link.iperf(false)]
      const ceiling = rate * GOODPUT
      console.log(
        `* ${rate} Mbit/s tbf: iperf3 down ${f(iperfDown)} / up ${f(iperfUp)} Mbit/s (TCP goodput ceiling ${f(ceiling)})`,
      )
      const serve = await link.startServe()
      for (const mode of modes) {
        for (let run = 0; run < RUNS; run++) {
          const s = await measureConnection({
            server: new URL(`http://${nsIp}:${port}/`),
            budgetMs: 10000,
            maxBytes: mode.maxBytes,
            quick: false,
            needMbps: mode.needMbps,
            env: {},
            signal: new AbortController().signal,
            now: () => performance.now(),
            userAgent: 'session-checkup-bench',
          })
          if (s.failure) console.log(`    ${mode.label}: FAILED ${s.failure.kind} ${s.failure.detail}`)
          console.log(line(`${mode.label}, down`, s.download, iperfDown, ceiling))
          console.log(line(`${mode.label}, up`, s.upload, iperfUp, ceiling))
          if (process.env.THROUGHPUT_BENCH_DEBUG)
            console.log(JSON.stringify({ down: s.download, up: s.upload }))
        }
      }
      await link.stopServe(serve)
    }
  } finally {
    link.tearDown()
  }
}

main().catch((error) => {
  link.tearDown()
  console.log(`throughput bench: could not finish (${error.message}).`)
})
