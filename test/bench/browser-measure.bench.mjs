/* global performance, document, window */
// Issue 25: the web check's connection measurement in Chromium against `serve`, beside iperf3, on
// links shaped with tc (tbf for the rate, netem for the round trip) at 2, 10 and 50 Mbit/s; and
// the page's weight (gzip of dist/web) and its time to a usable page on a 2 Mbit/s, 100 ms line.
//
// It makes its own network namespace joined to this one by a veth pair (10.213.79.0/30), runs
// `session-checkup serve` inside it, and Chromium (Debian's, through playwright-core) outside, so
// every byte the page moves crosses the shaped link. Everything it made is removed at the end,
// also on Ctrl-C. Needs root, iperf3 and /usr/bin/chromium.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { report } from './lib.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const id = String(process.pid % 100000)
const ns = `scbm${id}`
const hostIf = `scb${id}a`
const nsIf = `scb${id}b`
const hostIp = '10.213.79.1'
const nsIp = '10.213.79.2'
const port = 18789
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const RATES = (process.env.BROWSER_BENCH_RATES ?? '2,10,50').split(',').map(Number)
/** The round trip serve adds to every reply (--delay), in ms: the true reply time. */
const RTT_MS = Number(process.env.BROWSER_BENCH_RTT ?? 40)
const RUNS = Number(process.env.BROWSER_BENCH_RUNS ?? 2)
/** TCP goodput through tbf, which counts whole Ethernet frames: 1448 of every 1514 bytes. */
const GOODPUT = 1448 / 1514

function sh(args, options = {}) {
  const result = spawnSync(args[0], args.slice(1), { encoding: 'utf8', timeout: 30_000, ...options })
  if (result.status !== 0 && !options.allowFail)
    throw new Error(`${args.join(' ')}: ${result.stderr || result.error}`)
  return result
}

function whyNot() {
  if (process.getuid?.() !== 0) return 'not root'
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed`
  if (sh(['which', 'iperf3'], { allowFail: true }).status !== 0) return 'iperf3 is not installed'
  if (!existsSync(`${root}dist/web/app.js`)) return 'run "npm run build" first'
  const probe = `scbprobe${id}`
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

/**
 * tbf on both ends (the namespace's egress is the download). The round trip comes from serve's own
 * --delay, which it adds to every reply and leaves out of Server-Timing, as the network would:
 * this kernel has no netem (sch_netem) to delay packets.
 */
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

function startServe(cors, delayMs = 0) {
  const args = [
    'netns',
    'exec',
    ns,
    process.execPath,
    `${root}bin/session-checkup.js`,
    'serve',
    '--host',
    nsIp,
    '--port',
    String(port),
  ]
  if (cors) args.push('--cors', cors)
  if (delayMs) args.push('--delay', String(delayMs))
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
  const server = spawn('ip', ['netns', 'exec', ns, 'iperf3', '-s', '-1', '-B', nsIp, '-p', '5203'], {
    stdio: 'ignore',
  })
  children.add(server)
  spawnSync('sleep', ['0.3'])
  const args = ['-c', nsIp, '-p', '5203', '-t', '4', '-O', '1', '-P', '4', '-J']
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

/** One rate beside its target: within ±10% of iperf3, or a lower bound never above what was delivered. */
function rateLine(label, m, iperfMbps, ceiling) {
  if (!m || typeof m.value !== 'number') return `    ${label.padEnd(10)} n/a  MISSED`
  const err = (m.value - iperfMbps) / iperfMbps
  const delivered = Math.max(iperfMbps, ceiling)
  const vs = `${err >= 0 ? '+' : ''}${f(err * 100)}% vs iperf3 ${f(iperfMbps)}`
  if (m.bound === 'lower') {
    const ok = m.value <= delivered
    return `    ${label.padEnd(10)} ${f(m.value).padStart(6)} Mbit/s lower bound, ${vs}   target: at most ${f(delivered)} delivered  ${ok ? 'met' : 'MISSED'}`
  }
  return `    ${label.padEnd(10)} ${f(m.value).padStart(6)} Mbit/s ${vs}   target: within ±10%  ${Math.abs(err) <= 0.1 ? 'met' : 'MISSED'}`
}

/** The measurement's own entry, bundled for the browser, on a page of its own origin. */
async function measurePage() {
  const { build } = await import('esbuild')
  const bundle = await build({
    stdin: {
      contents: `import { measureConnectionInBrowser } from './src/web/measure/index.ts'
import { messagesFor } from './src/messages/index.ts'
window.measure = (endpoint, session) => measureConnectionInBrowser({ endpoint, session, msg: messagesFor('en'),
  signal: new AbortController().signal, now: () => performance.now(), fetch: window.fetch.bind(window) })`,
      resolveDir: root,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  })
  const script = bundle.outputFiles[0].text
  const server = createServer((req, res) => {
    if (req.url === '/m.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' })
      return void res.end(script)
    }
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end('<!doctype html><meta charset="utf-8"><script type="module" src="/m.js"></script>')
  })
  await new Promise((resolve) => server.listen(0, hostIp, resolve))
  return { server, origin: `http://${hostIp}:${server.address().port}` }
}

function pageWeight() {
  const dir = `${root}dist/web`
  const files = readdirSync(dir).filter((name) => /\.(html|js|css|json)$/.test(name))
  const gz = (name) => gzipSync(readFileSync(join(dir, name)), { level: 9 }).length
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const first = files.filter((name) => name === 'index.html' || html.includes(name) || name === 'config.json')
  const firstKb = first.reduce((sum, name) => sum + gz(name), 0) / 1024
  const allKb = files.reduce((sum, name) => sum + gz(name), 0) / 1024
  console.log(`  first load: ${first.join(', ')}; all files: ${files.join(', ')}`)
  report('page weight, first load (gzip)', firstKb, 150, 'KB')
  report('page weight, every file incl. the link analysis (gzip)', allKb, 150, 'KB')
}

async function main() {
  pageWeight()
  const why = whyNot()
  if (why) return console.log(`browser measurement bench: skipped (${why}).`)
  const { chromium } = await import('playwright-core')
  setUp()
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-quic',
    ],
  })
  const context = await browser.newContext()
  const { server: pageServer, origin } = await measurePage()
  try {
    console.log(
      `Chromium's measurement against serve, on tbf + netem links (true round trip ${RTT_MS} ms), ${RUNS} runs each.`,
    )
    for (const rate of RATES) {
      shape(rate)
      const [iperfDown, iperfUp] = [iperf(true), iperf(false)]
      const ceiling = rate * GOODPUT
      console.log(
        `* ${rate} Mbit/s: iperf3 down ${f(iperfDown)} / up ${f(iperfUp)} Mbit/s (TCP goodput ceiling ${f(ceiling)})`,
      )
      const serve = await startServe(origin, RTT_MS)
      const page = await context.newPage()
      await page.goto(`${origin}/`)
      await page.waitForFunction(() => typeof window.measure === 'function')
      for (let run = 0; run < RUNS; run++) {
        const outcome = await page.evaluate(
          (endpoint) => window.measure(endpoint, 'video'),
          `http://${nsIp}:${port}/`,
        )
        const find = (key) => outcome.measurements?.find((m) => m.id === key)
        if (outcome.error) console.log(`    FAILED: ${outcome.error}`)
        console.log(rateLine('download', find('downloadMbps'), iperfDown, ceiling))
        console.log(rateLine('upload', find('uploadMbps'), iperfUp, ceiling))
        const latency = find('latencyMs')?.value
        report(`    reply time vs true RTT ${RTT_MS} ms (error)`, Math.abs(latency - RTT_MS), 5, 'ms')
        console.log(
          `    (reply time ${f(latency)} ms, jitter ${f(find('jitterMs')?.value)} ms, under load +${f(find('loadedLatencyIncreaseMs')?.value)} ms, status ${outcome.status})`,
        )
      }
      await page.close()
      await stopServe(serve)
    }
    // Time to a usable page: serve's own page at / over a 2 Mbit/s, 100 ms line, from an empty cache.
    // The 100 ms round trip in Chromium's own network emulation (DevTools), as no netem is here.
    shape(2)
    const serve = await startServe()
    const times = []
    for (let run = 0; run < 3; run++) {
      // A new context each time: an empty cache, as a client opening the link for the first time.
      const fresh = await browser.newContext()
      const page = await fresh.newPage()
      const cdp = await fresh.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 100,
        downloadThroughput: 2e6 / 8,
        uploadThroughput: 2e6 / 8,
      })
      const started = performance.now()
      await page.goto(`http://${nsIp}:${port}/`, { waitUntil: 'commit' })
      await page.locator('[data-action="start"]').waitFor({ state: 'visible', timeout: 30_000 })
      await page.waitForFunction(() => !document.querySelector('[data-action="start"]')?.disabled)
      times.push(performance.now() - started)
      await fresh.close()
    }
    times.sort((a, b) => a - b)
    console.log(`  time to a usable page (start button ready): ${times.map((t) => f(t, 0)).join(', ')} ms`)
    report('time to a usable page, 2 Mbit/s and 100 ms RTT (median of 3)', times[1], 3000, 'ms')
    await stopServe(serve)
  } finally {
    await browser.close()
    pageServer.close()
    tearDown()
  }
}

main().catch((error) => {
  tearDown()
  console.log(`browser measurement bench: could not finish (${error.message}).`)
})
