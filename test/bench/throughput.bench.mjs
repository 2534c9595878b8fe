/* global performance, AbortController */
// Issue 23, finding 6: download and upload figures against iperf3 on 10, 50 and 100 Mbit/s links,
// and above all that a figure marked as a lower bound never claims more than the link delivered.
//
// It makes its own network namespace joined to this one by a veth pair (10.213.78.0/30), shapes
// both directions with `tc qdisc … tbf`, runs `session-checkup serve` inside, and measures with
// the connection check's engine as a user runs it (default mode: 10 s, 30 MB, early stop at the
// video need) and with the early stop off. iperf3 (4 streams, 3 s after a 1 s warm-up) measures
// the same link. Everything it made is removed at the end, also on Ctrl-C. Needs root.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const id = String(process.pid % 100000)
const ns = `sctp${id}`
const hostIf = `sct${id}a`
const nsIf = `sct${id}b`
const hostIp = '10.213.78.1'
const nsIp = '10.213.78.2'
const port = 18788
const RATES = (process.env.THROUGHPUT_BENCH_RATES ?? '10,50,100').split(',').map(Number)
const RUNS = Number(process.env.THROUGHPUT_BENCH_RUNS ?? 3)
/** TCP goodput through tbf, which counts whole Ethernet frames: 1448 of every 1514 bytes. */
const GOODPUT = 1448 / 1514

function sh(args, options = {}) {
  const result = spawnSync(args[0], args.slice(1), { encoding: 'utf8', timeout: 30_000, ...options })
  if (result.status !== 0 && !options.allowFail)
    throw new Error(`${args.join(' ')}: ${result.stderr || result.error}`)
  return result
}

function canUseNamespaces() {
  if (process.getuid?.() !== 0) return 'not root'
  const probe = `sctprobe${id}`
  const added = sh(['ip', 'netns', 'add', probe], { allowFail: true })
  if (added.status !== 0) return `ip netns add failed: ${(added.stderr || String(added.error)).trim()}`
  sh(['ip', 'netns', 'del', probe], { allowFail: true })
  return undefined
}

const children = new Set()
let cleaned = false
function tearDown() {
  if (cleaned) return
  cleaned = true
  for (const child of children) child.kill('SIGKILL')
  sh(['ip', 'link', 'del', hostIf], { allowFail: true })
  sh(['ip', 'netns', 'del', ns], { allowFail: true })
}
process.on('SIGINT', () => {
  tearDown()
  process.exit(130)
})

function setUp() {
  sh(['ip', 'netns', 'add', ns])
  sh(['ip', 'link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf])
  sh(['ip', 'link', 'set', nsIf, 'netns', ns])
  sh(['ip', 'addr', 'add', `${hostIp}/30`, 'dev', hostIf])
  sh(['ip', 'link', 'set', hostIf, 'up'])
  sh(['ip', 'netns', 'exec', ns, 'ip', 'addr', 'add', `${nsIp}/30`, 'dev', nsIf])
  sh(['ip', 'netns', 'exec', ns, 'ip', 'link', 'set', nsIf, 'up'])
  sh(['ip', 'netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up'])
}

/** tbf on both ends: the namespace's egress is the download, ours is the upload. */
function shape(mbps) {
  const burst = Math.max(16_000, Math.round((mbps * 1e6) / 8 / 250))
  for (const [dev, inNs] of [
    [hostIf, false],
    [nsIf, true],
  ]) {
    const tc = [
      'tc',
      'qdisc',
      'replace',
      'dev',
      dev,
      'root',
      'tbf',
      'rate',
      `${mbps}mbit`,
      'burst',
      String(burst),
      'latency',
      '50ms',
    ]
    sh(inNs ? ['ip', 'netns', 'exec', ns, ...tc] : tc)
  }
}

function startServe() {
  const args = [
    'netns',
    'exec',
    ns,
    process.execPath,
    `${root}/bin/session-checkup.js`,
    'serve',
    '--host',
    nsIp,
    '--port',
    String(port),
  ]
  const child = spawn('ip', args, { stdio: ['ignore', 'pipe', 'ignore'] })
  children.add(child)
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (out.includes('Ctrl-C')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)))
  })
}

async function stopServe(child) {
  children.delete(child)
  child.removeAllListeners('exit')
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGINT')
  await exited
}

function iperf(reverse) {
  const server = spawn('ip', ['netns', 'exec', ns, 'iperf3', '-s', '-1', '-B', nsIp, '-p', '5202'], {
    stdio: 'ignore',
  })
  children.add(server)
  spawnSync('sleep', ['0.3'])
  const args = ['-c', nsIp, '-p', '5202', '-t', '3', '-O', '1', '-P', '4', '-J']
  if (reverse) args.push('-R')
  const result = sh(['iperf3', ...args], { allowFail: true })
  server.kill()
  children.delete(server)
  try {
    return JSON.parse(result.stdout).end.sum_received.bits_per_second / 1e6
  } catch {
    return Number.NaN
  }
}

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
  const why = canUseNamespaces()
  if (why)
    return console.log(`throughput bench: skipped, network namespaces cannot be created here (${why}).`)
  if (!existsSync(`${root}/dist/net/engine.js`))
    return console.log('throughput bench: skipped, run "npm run build" first.')
  const { measureConnection } = await import(`${root}/dist/net/engine.js`)
  const { needFor } = await import(`${root}/dist/checks/connection/thresholds.js`)
  setUp()
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
      shape(rate)
      const [iperfDown, iperfUp] = [iperf(true), iperf(false)]
      const ceiling = rate * GOODPUT
      console.log(
        `* ${rate} Mbit/s tbf: iperf3 down ${f(iperfDown)} / up ${f(iperfUp)} Mbit/s (TCP goodput ceiling ${f(ceiling)})`,
      )
      const serve = await startServe()
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
      await stopServe(serve)
    }
  } finally {
    tearDown()
  }
}

main().catch((error) => {
  tearDown()
  console.log(`throughput bench: could not finish (${error.message}).`)
})
