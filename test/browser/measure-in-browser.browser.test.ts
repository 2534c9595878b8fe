/// <reference lib="dom" />
// The page functions below run inside Chromium, where the DOM exists.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from 'esbuild'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { startSpeedServer, type SpeedServer } from '../../src/net/speed-server.js'
import type { CheckOutcome } from '../../src/checks/types.js'
import { ROOT } from '../helpers/core-bundle.js'

/**
 * The connection check in a real browser (Debian's chromium) against a real `serve` on loopback:
 * a static page on one origin (as a practice's static host would serve it), `serve` on another
 * with --cors for it. The page measures with fetch and streams and judges with the CLI's evaluate.
 * No figure is compared with a speed: accuracy is `npm run bench`'s job.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'the connection measured in Chromium'
  : `the connection measured in Chromium (skipped: ${CHROMIUM} is not installed; apt-get install chromium)`

const ENTRY = `
import { measureConnectionInBrowser } from './src/web/measure/index.ts'
import { messagesFor } from './src/messages/index.ts'
window.measure = (endpoint, session, lang) =>
  measureConnectionInBrowser({
    endpoint,
    session,
    msg: messagesFor(lang),
    signal: new AbortController().signal,
    now: () => performance.now(),
    fetch: window.fetch.bind(window),
  })
`

describe.skipIf(!hasChromium)(title, () => {
  let context: BrowserContext
  let profile: string
  let page: Page
  let pageServer: Server
  let serve: SpeedServer
  let pageOrigin: string
  const requests: string[] = []

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'measure-entry.ts', loader: 'ts' },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
    })
    const script = bundle.outputFiles[0]?.text ?? ''
    pageServer = createServer((req, res) => {
      const csp = `default-src 'none'; script-src 'self'; connect-src 'self' ${serve.url}`
      if (req.url === '/measure.js') {
        res.writeHead(200, { 'content-type': 'text/javascript', 'content-security-policy': csp })
        return void res.end(script)
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
      res.end(
        '<!doctype html><meta charset="utf-8"><title>measure</title><script type="module" src="/measure.js"></script>',
      )
    })
    await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve))
    pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`
    // Shaped by serve itself, so the run is gentle on a busy machine; the page is its one allowed origin.
    serve = await startSpeedServer({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 30e6,
      rateMbps: 20,
      delayMs: 10,
      cors: pageOrigin,
    })
    profile = mkdtempSync(join(tmpdir(), 'sc-chromium-measure-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    })
    page = await context.newPage()
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(`${pageOrigin}/`)
    await page.waitForFunction(() => typeof (window as { measure?: unknown }).measure === 'function')
  })

  afterAll(async () => {
    await context?.close()
    await serve?.close()
    await new Promise((resolve) => pageServer?.close(resolve))
    if (profile) rmSync(profile, { recursive: true, force: true })
  })

  it('measures download, upload and reply time, judges them for video, and says loss was not measured', async () => {
    const outcome = (await page.evaluate(
      ([endpoint]) =>
        (window as unknown as { measure(e: string, s: string, l: string): Promise<unknown> }).measure(
          endpoint as string,
          'video',
          'en',
        ),
      [serve.url],
    )) as CheckOutcome
    expect(outcome.error, outcome.summary).toBeUndefined()
    expect(['pass', 'warn', 'fail']).toContain(outcome.status)
    const figure = (id: string) => outcome.measurements?.find((m) => m.id === id)?.value
    for (const id of ['downloadMbps', 'uploadMbps', 'latencyMs']) {
      expect(typeof figure(id), id).toBe('number')
      expect(figure(id) as number, id).toBeGreaterThan(0)
    }
    const loss = outcome.measurements?.find((m) => m.id === 'lossTest')
    expect(loss?.status).toBe('skip')
    expect(loss?.value).toBe('not measured: a browser cannot send the UDP probes this test uses')
    expect(outcome.summary).toContain('packet loss) was not measured')
    expect(outcome.details?.notMeasured).toEqual(['packetLoss'])
  })

  it('speaks Spanish when asked, and makes no request to any other origin', async () => {
    const outcome = (await page.evaluate(
      ([endpoint]) =>
        (window as unknown as { measure(e: string, s: string, l: string): Promise<unknown> }).measure(
          endpoint as string,
          'audio',
          'es',
        ),
      [serve.url],
    )) as CheckOutcome
    expect(outcome.error, outcome.summary).toBeUndefined()
    expect(outcome.summary).toContain('No se midió la pérdida de datos')
    const origins = new Set(requests.map((url) => new URL(url).origin))
    expect([...origins].sort()).toEqual([pageOrigin, new URL(serve.url).origin].sort())
    expect(requests.some((url) => url.includes('/__up'))).toBe(true)
    expect(requests.some((url) => url.includes('/__down?bytes=0'))).toBe(true)
  })
})
