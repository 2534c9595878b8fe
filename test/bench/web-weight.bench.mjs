/* global performance, document */
// Issue 25's weight: "the page, its script and its styles together are at most 150 KB gzipped. It
// is usable within 3 s on a 2 Mbit/s line with 100 ms RTT."
//
// Weight: every file in dist/web (npm run build first), gzip -9 and brotli, split into the first
// load (index.html, config.json, what it links and what those import) and what loads later (the
// link analysis when a link is pasted; the checklist check when config.json names a checklist). The
// 150 KB counts every file the page can ever load.
//
// Time to a usable page: `serve` on this machine's loopback, Chromium (Debian's, through
// playwright-core) from an empty cache, with Chromium's own network emulation at 2 Mbit/s each
// way and a 100 ms round trip; from the navigation to the start button being enabled. Needs no
// root (browser-measure.bench.mjs times the same on a tc-shaped link, as root). Exits 0.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib'
import { bin, median, report, root } from './lib.mjs'

const dir = join(root, 'dist', 'web')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const RUNS = Number(process.env.WEB_WEIGHT_RUNS ?? 5)
const kb = (bytes) => bytes / 1024

/** The files a first visit loads: the page, its config, what it links, and their static imports. */
function firstLoad(files) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const wanted = ['index.html', 'config.json', ...files.filter((name) => html.includes(name))]
  for (let index = 0; index < wanted.length; index += 1) {
    const name = wanted[index]
    if (!name.endsWith('.js')) continue
    // Static imports only (import{…}from"./x.js", import"./x.js"); import("./x.js") loads later.
    for (const [, imported] of readFileSync(join(dir, name), 'utf8').matchAll(
      /(?:\bfrom|\bimport)\s*"\.\/([^"]+)"/g,
    ))
      if (!wanted.includes(imported)) wanted.push(imported)
  }
  return wanted
}

function weight() {
  const files = readdirSync(dir).filter((name) => /\.(html|js|css|json)$/.test(name))
  const first = firstLoad(files)
  const sizes = files.map((name) => {
    const body = readFileSync(join(dir, name))
    return {
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
      first: first.includes(name),
    }
  })
  console.log('  file                        raw KB  gzip KB  brotli KB  loads')
  for (const file of sizes.sort((a, b) => b.gzip - a.gzip))
    console.log(
      `  ${file.name.padEnd(26)} ${kb(file.raw).toFixed(1).padStart(7)} ${kb(file.gzip).toFixed(1).padStart(8)} ${kb(file.brotli).toFixed(1).padStart(10)}  ${file.first ? 'first' : 'later (a pasted link, a practice checklist)'}`,
    )
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0)
  const firstFiles = sizes.filter((file) => file.first)
  console.log(
    `  brotli (what serve sends when the browser takes it): first load ${kb(sum(firstFiles, 'brotli')).toFixed(1)} KB, every file ${kb(sum(sizes, 'brotli')).toFixed(1)} KB`,
  )
  report('page weight, first load (gzip -9)', kb(sum(firstFiles, 'gzip')), 150, 'KB')
  report('page weight, every file it can load (gzip -9)', kb(sum(sizes, 'gzip')), 150, 'KB')
}

function startServe(port) {
  const child = spawn(process.execPath, [bin, 'serve', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, LANG: 'C.UTF-8' },
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (out.includes('Ctrl-C')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)))
  })
}

async function timeToUsable() {
  if (!existsSync(CHROMIUM))
    return console.log(`  time to a usable page: skipped (${CHROMIUM} is not installed)`)
  const { chromium } = await import('playwright-core')
  const port = 18000 + (process.pid % 1000)
  const serve = await startServe(port)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    const times = []
    for (let run = 0; run < RUNS; run += 1) {
      // A new context each time: an empty cache, as a client opening the link for the first time.
      const context = await browser.newContext({ viewport: { width: 400, height: 800 } })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 100,
        downloadThroughput: 2e6 / 8,
        uploadThroughput: 2e6 / 8,
      })
      const started = performance.now()
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' })
      await page.locator('[data-action="start"]').waitFor({ state: 'visible', timeout: 30_000 })
      await page.waitForFunction(() => !document.querySelector('[data-action="start"]')?.disabled)
      times.push(performance.now() - started)
      await context.close()
    }
    console.log(`  time to a usable page, each run: ${times.map((t) => t.toFixed(0)).join(', ')} ms`)
    report(`time to a usable page, 2 Mbit/s, 100 ms RTT (median of ${RUNS})`, median(times), 3000, 'ms')
  } finally {
    await browser.close()
    serve.kill()
  }
}

weight()
await timeToUsable().catch((error) =>
  console.log(`  time to a usable page: could not finish (${error.message})`),
)
