/* global performance, AbortController */
// Accuracy matrix of the connection engine on a link shaped by the kernel.
//
// It makes its own network namespace joined to this one by a veth pair, with its own private
// addresses (10.213.77.0/30), rate-limits both directions with `tc qdisc … tbf` and runs
// `session-check serve` inside (serve adds the delay and the UDP drop, as netem is missing on
// these machines). Each cell prints the true value and the measured one, the error, the wall
// time and the bytes used. iperf3 measures the same link for comparison. Everything it made is
// removed at the end, also on Ctrl-C. Without root (or without namespaces) it says so and skips.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const id = String(process.pid % 100000)
const ns = `scbench${id}`
const hostIf = `scb${id}a`
const nsIf = `scb${id}b`
const hostIp = '10.213.77.1'
const nsIp = '10.213.77.2'
const port = 18787

function sh(args, options = {}) {
  const result = spawnSync(args[0], args.slice(1), { encoding: 'utf8', timeout: 30_000, ...options })
  if (result.status !== 0 && !options.allowFail) throw new Error(`${args.join(' ')}: ${result.stderr || result.error}`)
  return result
}

function canUseNamespaces() {
  if (process.getuid?.() !== 0) return 'not root'
  const probe = `scbprobe${id}`
  const added = sh(['ip', 'netns', 'add', probe], { allowFail: true })
  if (added.status !== 0) return `ip netns add failed: ${(added.stderr || String(added.error)).trim()}`
  sh(['ip', 'netns', 'del', probe], { allowFail: true })
  return undefined
}

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

let cleaned = false
const children = new Set()
function tearDown() {
  if (cleaned) return
  cleaned = true
  for (const child of children) child.kill('SIGINT')
  sh(['ip', 'link', 'del', hostIf], { allowFail: true })
  sh(['ip', 'netns', 'del', ns], { allowFail: true })
}
process.on('SIGINT', () => {
  tearDown()
  process.exit(130)
})

/** tbf on both ends: the namespace's egress is the download, ours is the upload. */
function shape(mbps) {
  const burst = Math.max(16_000, Math.round((mbps * 1e6) / 8 / 250)) // at least 4 ms of data
  for (const [dev, inNs] of [[hostIf, false], [nsIf, true]]) {
    const tc = ['tc', 'qdisc', 'replace', 'dev', dev, 'root', 'tbf', 'rate', `${mbps}mbit`, 'burst', String(burst), 'latency', '50ms']
    sh(inNs ? ['ip', 'netns', 'exec', ns, ...tc] : tc)
  }
}

function startServe(delay, drop) {
  const args = ['netns', 'exec', ns, process.execPath, `${root}/bin/session-checkup.js`, 'serve', '--host', nsIp, '--port', String(port)]
  if (delay) args.push('--delay', String(delay))
  if (drop) args.push('--udp-drop', String(drop))
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

function iperf(mbpsLabel, reverse) {
  const server = spawn('ip', ['netns', 'exec', ns, 'iperf3', '-s', '-1', '-B', nsIp, '-p', '5201'], { stdio: 'ignore' })
  children.add(server)
  spawnSync('sleep', ['0.3'])
  const args = ['-c', nsIp, '-p', '5201', '-t', '3', '-O', '1', '-P', '4', '-J']
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

const f = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const pct = (measured, truth) => (truth ? `${f(((measured - truth) / truth) * 100, 1)}%` : 'n/a')

async function main() {
  const why = canUseNamespaces()
  if (why) {
    console.log(`connection bench: skipped, network namespaces cannot be created here (${why}).`)
    return
  }
  if (!existsSync(`${root}/dist/net/engine.js`)) {
    console.log('connection bench: skipped, run "npm run build" first (dist/ is missing).')
    return
  }
  if (sh(['iperf3', '--version'], { allowFail: true }).status !== 0) console.log('iperf3 is not installed (apt-get install iperf3): its column will say n/a.')
  const { measureConnection } = await import(`${root}/dist/net/engine.js`)
  setUp()
  console.log('Connection engine accuracy on a tbf-shaped veth link (serve adds delay and UDP drop)')
  console.log('Targets: download and upload within ±10% of iperf3 on the same link; latency within ±5 ms or ±10% of the added delay;')
  console.log('loss within ±1 point of the drop rate; wall time ≤10 s (≤3 s with --quick); data ≤30 MB.\n')
  const cells = [
    { rate: 2, delay: 0, drop: 0, quick: false },
    { rate: 10, delay: 0, drop: 0, quick: false },
    { rate: 50, delay: 0, drop: 0, quick: false },
    { rate: 10, delay: 40, drop: 2, quick: false },
    { rate: 10, delay: 100, drop: 5, quick: false },
    { rate: 2, delay: 0, drop: 0, quick: true },
    { rate: 50, delay: 20, drop: 0, quick: true },
  ]
  const iperfCache = new Map()
  const header = ['cell', 'iperf3 down/up', 'down', 'err', 'up', 'err', 'latency true/meas', 'loss true/meas (95% ub)', 'bloat', 'wall s', 'MB']
  console.log(header.join(' | '))
  try {
    for (const cell of cells) {
      shape(cell.rate)
      if (!iperfCache.has(cell.rate)) iperfCache.set(cell.rate, [iperf(cell.rate, true), iperf(cell.rate, false)])
      const [iperfDown, iperfUp] = iperfCache.get(cell.rate)
      const serve = await startServe(cell.delay, cell.drop)
      const started = performance.now()
      const s = await measureConnection({
        server: new URL(`http://${nsIp}:${port}/`),
        stun: { host: nsIp, port },
        budgetMs: cell.quick ? 3000 : 10000,
        maxBytes: 30e6,
        quick: cell.quick,
        needMbps: { download: 0, upload: 0 },
        env: {},
        signal: new AbortController().signal,
        now: () => performance.now(),
        userAgent: 'session-check-bench',
      })
      const wall = (performance.now() - started) / 1000
      await stopServe(serve)
      const down = s.download?.mbps ?? Number.NaN
      const up = s.upload?.mbps ?? Number.NaN
      const latency = s.idle?.medianMs ?? Number.NaN
      console.log([
        `${cell.rate} Mbit/s tbf, +${cell.delay} ms, ${cell.drop}% drop${cell.quick ? ', --quick' : ''}`,
        `${f(iperfDown)}/${f(iperfUp)}`,
        f(down), pct(down, iperfDown),
        f(up), pct(up, iperfUp),
        `${cell.delay}/${f(latency, 1)} ms`,
        `${cell.drop}/${f(s.udp?.lossPct ?? Number.NaN, 1)}% (${f(s.udp?.lossUpperPct ?? Number.NaN, 1)}%, n=${s.udp?.sent ?? 0})`,
        `+${f(s.loaded?.increaseMs ?? Number.NaN, 0)} ms`,
        f(wall, 1),
        f(s.bytesUsed / 1e6, 1),
      ].join(' | ') + (s.failure ? `  FAILED: ${s.failure.kind} ${s.failure.detail}` : ''))
    }
  } finally {
    tearDown()
  }
  console.log('\nNotes: tbf counts Ethernet frames, so TCP goodput is about 95% of the tbf rate; the error columns compare with iperf3')
  console.log('(4 streams, 3 s, first second omitted) on the same link. "bloat" is the latency increase under load, from the tbf queue.')
}

main().catch((error) => {
  tearDown()
  console.log(`connection bench: could not finish (${error.message}).`)
})
