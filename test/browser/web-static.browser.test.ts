/// <reference lib="dom" />
// The page functions below run inside Chromium, where the DOM exists.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { binPath } from '../helpers/spawn-cli.js'
import { messagesFor } from '../../src/messages/index.js'
import type { Report } from '../../src/report/model.js'

/**
 * The static copy (`serve --write-static`) in a real browser at a phone's width (Debian's
 * chromium through playwright-core, fake camera and microphone), served by a plain static host on
 * loopback: a practice checklist in config.json is judged by the CLI's own parse path and
 * validators, and the page reaches no origin its Content-Security-Policy does not name.
 * Screenshots go to .tmp/web-screenshots for a person to look at.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const built = existsSync(new URL('../../dist/web/app.js', import.meta.url))
const shots = join(process.cwd(), '.tmp', 'web-screenshots')
const en = messagesFor('en')
const es = messagesFor('es')

/** A static host for one folder: files as they are, nothing else. */
async function staticHost(dir: string): Promise<{ origin: string; server: Server }> {
  const types: Record<string, string> = {
    html: 'text/html',
    js: 'text/javascript',
    css: 'text/css',
    json: 'application/json',
  }
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    const name = path === '/' ? 'index.html' : path.slice(1)
    if (!/^[\w.-]+$/.test(name) || !existsSync(join(dir, name))) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': types[name.split('.').pop()!] ?? 'application/octet-stream' })
    res.end(readFileSync(join(dir, name)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server }
}

/** Another origin (another port) that counts every request that reaches it. */
async function countingOrigin(): Promise<{ origin: string; hits: () => number; server: Server }> {
  let hits = 0
  const server = createServer((_req, res) => {
    hits++
    res.writeHead(200, { 'access-control-allow-origin': '*' }).end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    hits: () => hits,
    server,
  }
}

/** `serve --write-static <dir> [...]` with the built binary, then config.json as a practice edited it. */
function writeCopy(dir: string, args: string[] = [], config?: unknown): void {
  execFileSync(process.execPath, [binPath, 'serve', '--write-static', dir, ...args], { stdio: 'ignore' })
  if (config !== undefined) writeFileSync(join(dir, 'config.json'), JSON.stringify(config))
}

interface Watched {
  page: Page
  requests: string[]
  problems: string[]
}

async function openPage(browser: Browser, url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 400, height: 900 }, locale: 'en-US' })
  const page = await context.newPage()
  const watched: Watched = { page, requests: [], problems: [] }
  page.on('request', (request) => watched.requests.push(request.url()))
  page.on('pageerror', (error) => watched.problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(message.text())
  })
  await page.goto(url)
  await page.waitForSelector('[data-action="start"]')
  return watched
}

/** Goes through the whole check as a person would, answering Yes. */
async function runThrough(page: Page): Promise<Report> {
  await page.click('[data-action="start"]')
  await page.locator('[data-action="devices"]').click()
  await page.locator('[data-action="play-sound"]').click()
  await page.click('[data-answer="yes"]')
  await page.locator('#meeting-link').waitFor()
  await page.click('[data-action="next"]')
  for (;;) {
    await page.waitForSelector('[data-answer="yes"], [data-verdict]')
    if (await page.locator('[data-verdict]').count()) break
    await page.click('[data-answer="yes"]')
  }
  return (await page.evaluate(() => window.sessionCheckupReport)) as Report
}

const invalidChecklist = {
  practice: 'Calm Harbor Therapy',
  welcome: 'We look forward to seeing you.',
  // "keep" asks only the built-in questions, yet the file has its own: checklist validate refuses
  // the file (the shape alone looks fine), so the page must too.
  mode: 'keep',
  questions: [
    { id: 'water-nearby', text: 'Water nearby?', why: 'Thirst.', fix: 'Fetch water.', level: 'advisory' },
  ],
}

describe.skipIf(!hasChromium || !built)('the static copy in Chromium at 400 px', () => {
  let browser: Browser
  const dirs: string[] = []
  const servers: Server[] = []
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-static-'))
    dirs.push(dir)
    return join(dir, 'page')
  }

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--autoplay-policy=no-user-gesture-required',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    for (const server of servers) server.close()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('an invalid checklist in config.json: one calm sentence, no practice text, and the built-in questions', async () => {
    const dir = folder()
    writeCopy(dir, [], { endpoint: '', checklist: invalidChecklist })
    const host = await staticHost(dir)
    servers.push(host.server)
    const { page, problems } = await openPage(browser, `${host.origin}/?lang=en`)
    const main = await page.locator('main').innerText()
    expect(main).toContain(en('web.config.checklist'))
    expect(main).not.toContain('Calm Harbor')
    expect(main).not.toContain('We look forward')
    await page.screenshot({ path: join(shots, 'static-invalid-checklist-400.png'), fullPage: true })
    const report = await runThrough(page)
    expect(report.practice).toBeUndefined()
    const asked = report.checks.find((check) => check.id === 'checklist')!.measurements
    expect(asked.map((m) => m.id)).toContain('private-space')
    expect(asked.some((m) => m.id === 'water-nearby' || m.from === 'practice')).toBe(false)
    expect(problems.filter((p) => /Content Security Policy|Refused|eval/i.test(p))).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= 400)).toBe(true)
    await page.context().close()
  }, 90_000)

  it('says it in Spanish on a Spanish page', async () => {
    const dir = folder()
    writeCopy(dir, [], { endpoint: '', checklist: invalidChecklist })
    const host = await staticHost(dir)
    servers.push(host.server)
    const { page } = await openPage(browser, `${host.origin}/?lang=es`)
    expect(await page.locator('main').innerText()).toContain(es('web.config.checklist'))
    await page.context().close()
  }, 60_000)

  it('a valid checklist written by --write-static is asked, under the practice name', async () => {
    const dir = folder()
    writeCopy(dir, ['--checklist', new URL('../fixtures/checklist/riverside.yaml', import.meta.url).pathname])
    const host = await staticHost(dir)
    servers.push(host.server)
    const { page } = await openPage(browser, `${host.origin}/?lang=en`)
    const main = await page.locator('main').innerText()
    expect(main).toContain('Riverside Counselling')
    expect(main).not.toContain(en('web.config.checklist'))
    await page.context().close()
  }, 60_000)

  it('an endpoint at another origin that the page was not written for: no request leaves to it', async () => {
    const other = await countingOrigin()
    servers.push(other.server)
    const dir = folder()
    // Written for its own origin only, then config.json edited to point elsewhere.
    writeCopy(dir, [], { endpoint: other.origin, checklist: null })
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toMatch(/connect-src 'self';/)
    const host = await staticHost(dir)
    servers.push(host.server)
    const watched = await openPage(browser, `${host.origin}/?lang=en`)
    const { page } = watched
    expect(await page.locator('main').innerText()).toContain(en('web.config.endpoint'))
    await runThrough(page)
    // Even a script that tries is stopped by the page's policy.
    const tried = await page.evaluate(async (url) => {
      try {
        await fetch(`${url}/__down?bytes=0`)
        return 'reached'
      } catch {
        return 'blocked'
      }
    }, other.origin)
    expect(tried).toBe('blocked')
    expect(watched.requests.filter((url) => url.startsWith(other.origin))).toEqual([])
    expect(other.hits()).toBe(0)
    await page.context().close()
  }, 90_000)

  it('--write-static --endpoint names that one origin in the policy, and the page may reach it', async () => {
    const other = await countingOrigin()
    servers.push(other.server)
    const dir = folder()
    writeCopy(dir, ['--endpoint', other.origin])
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`connect-src 'self' ${other.origin};`)
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({
      endpoint: other.origin,
      checklist: null,
    })
    const host = await staticHost(dir)
    servers.push(host.server)
    const { page } = await openPage(browser, `${host.origin}/?lang=en`)
    expect(await page.locator('main').innerText()).not.toContain(en('web.config.endpoint'))
    const status = await page.evaluate(
      async (url) => (await fetch(`${url}/__down?bytes=0`)).status,
      other.origin,
    )
    expect(status).toBe(200)
    await page.context().close()
  }, 60_000)
})
