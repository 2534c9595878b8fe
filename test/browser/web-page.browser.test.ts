/// <reference lib="dom" />
// The page functions below run inside Chromium, where the DOM exists.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { binPath } from '../helpers/spawn-cli.js'
import { reportValidator } from '../helpers/report-validator.js'
import { catalogueOf, messagesFor } from '../../src/messages/index.js'
import type { Report } from '../../src/report/model.js'

/**
 * The web check in a real browser (Debian's chromium through playwright-core; nothing is
 * downloaded), against a `serve` this test starts on loopback: whole runs in English and in
 * Spanish at a phone's width, with fake camera and microphone; denied permissions; no devices.
 * Screenshots go to .tmp/web-screenshots for a person to look at.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const built = existsSync(new URL('../../dist/web/app.js', import.meta.url))
const shots = join(process.cwd(), '.tmp', 'web-screenshots')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const validate = reportValidator()

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
]
const FAKE_DEVICES = '--use-fake-device-for-media-stream'
const FAKE_UI = '--use-fake-ui-for-media-stream'

interface Serving {
  child: ChildProcess
  url: string
}

function startServe(args: string[]): Promise<Serving> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, 'serve', '--port', '0', ...args], {
      env: { ...process.env, LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /Speed endpoint ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)
      if (match?.[1] && stdout.includes('Ctrl-C')) resolve({ child, url: match[1] })
    })
    child.on('close', (code) => reject(new Error(`serve ended early (${code}): ${stderr}`)))
  })
}

interface Watched {
  page: Page
  requests: string[]
  problems: string[]
  /** Visible text at each step, for the language check. */
  texts: string[]
}

async function openPage(browser: Browser, url: string, width = 400): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-US' })
  const page = await context.newPage()
  const watched: Watched = { page, requests: [], problems: [], texts: [] }
  page.on('request', (request) => watched.requests.push(request.url()))
  page.on('pageerror', (error) => watched.problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(message.text())
  })
  await page.goto(url)
  await page.waitForSelector('[data-action="start"]')
  return watched
}

async function remember(watched: Watched): Promise<void> {
  watched.texts.push(await watched.page.locator('body').innerText())
}

/** Goes through the whole check as a person would, answering Yes, pasting `link` if given. */
async function runThrough(watched: Watched, link?: string): Promise<Report> {
  const { page } = watched
  await remember(watched)
  await page.click('[data-action="start"]')
  const devices = page.locator('[data-action="devices"]')
  await devices.waitFor()
  await remember(watched)
  await devices.click()
  await page.locator('[data-action="play-sound"]').waitFor()
  await remember(watched)
  await page.click('[data-action="play-sound"]')
  await page.click('[data-answer="yes"]')
  await page.locator('#meeting-link').waitFor()
  await remember(watched)
  if (link) await page.fill('#meeting-link', link)
  await page.click('[data-action="next"]')
  // One question at a time, Yes and No buttons, until the headline carries the verdict.
  for (;;) {
    await page.waitForSelector('[data-answer="yes"], [data-verdict]')
    if (await page.locator('[data-verdict]').count()) break
    await remember(watched)
    await page.click('[data-answer="yes"]')
  }
  await remember(watched)
  return (await page.evaluate(() => window.sessionCheckupReport)) as Report
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's own CSP stays on for everything else.
  await page.evaluate(axeSource)
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> }
      }
    ).axe
    const found = await axe.run()
    return found.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)
  })
  return results
}

async function fits(page: Page, width: number): Promise<boolean> {
  return page.evaluate((w) => document.documentElement.scrollWidth <= w, width)
}

function onlyOwnOrigin(watched: Watched, origin: string): string[] {
  return watched.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))
}

/** English sentences of the catalogue that Spanish words differently (long enough not to be a name). */
const englishOnly = (() => {
  const en = catalogueOf('en') as Record<string, string>
  const es = catalogueOf('es') as Record<string, string>
  return Object.keys(en)
    .filter((key) => en[key] !== es[key] && !en[key]!.includes('{') && en[key]!.length >= 12)
    .map((key) => en[key]!)
})()

describe.skipIf(!hasChromium || !built)('the web check in Chromium, against serve', () => {
  let fake: Browser
  let serving: Serving
  let dir: string

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    dir = mkdtempSync(join(tmpdir(), 'sc-web-'))
    const checklist = join(dir, 'practice.yaml')
    writeFileSync(
      checklist,
      [
        'version: 1',
        'practice: Calm Harbor Therapy',
        'welcome: We look forward to seeing you.',
        'meetingHosts: [calmharbor.zoom.us]',
        'mode: add',
        'questions:',
        '  - id: water-nearby',
        '    text: {en: "Do you have a glass of water nearby?", es: "¿Tiene un vaso de agua cerca?"}',
        '    why: {en: "Talking for an hour is thirsty work.", es: "Hablar una hora da sed."}',
        '    fix: {en: "Fetch a glass of water before you start.", es: "Traiga un vaso de agua antes de empezar."}',
        '    level: advisory',
        '    sessions: [video, audio]',
        '',
      ].join('\n'),
    )
    serving = await startServe(['--checklist', checklist])
    fake = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...BASE_ARGS, FAKE_DEVICES, FAKE_UI],
    })
  }, 60_000)

  afterAll(async () => {
    await fake?.close()
    serving?.child.kill('SIGKILL')
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('runs a whole video check in English at 400 px: a verdict, devices present, the microphone measured, a valid report, nothing from another origin, axe clean', async () => {
    const watched = await openPage(fake, `${serving.url}/?lang=en`)
    const { page } = watched
    expect(await page.locator('main').innerText()).toContain('From Calm Harbor Therapy:')
    expect(await axeViolations(page)).toEqual([])
    const report = await runThrough(watched, 'https://calmharbor.zoom.us/j/123456789?pwd=abc')
    const verdict = await page.getAttribute('#headline', 'data-verdict')
    expect(verdict).toBe(report.verdict)
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report.browser).toMatchObject({ name: 'Chrome', device: 'computer' })
    expect(report.practice?.name).toBe('Calm Harbor Therapy')
    const devices = report.checks.find((check) => check.id === 'devices')!
    const value = (id: string) => devices.measurements.find((m) => m.id === id)?.value
    expect(value('cameraFound')).toBe(true)
    expect(value('microphoneFound')).toBe(true)
    // Chromium's fake microphone beeps: the meter heard it.
    expect(value('microphoneHeard')).toBe(true)
    expect(value('speakersHeard')).toBe(true)
    // The practice's own question was asked, and its answer kept under the practice.
    const checklist = report.checks.find((check) => check.id === 'checklist')!
    expect(checklist.measurements.find((m) => m.id === 'water-nearby')).toMatchObject({
      value: 'yes',
      from: 'practice',
    })
    // The link stays on the page: judged offline, kept out of the report.
    const link = report.checks.find((check) => check.id === 'link')!
    expect(link.identifiers).toBeUndefined()
    expect(JSON.stringify(report)).not.toContain('123456789')
    expect(report.unchecked).toEqual(expect.arrayContaining(['wifi', 'apps']))
    // Lost data cannot be measured in a browser: the headline names it as not checked (issue 25).
    expect(report.uncheckedParts).toEqual(['packetLoss'])
    const headline = (await page.locator('#headline').innerText()).toLowerCase()
    expect(headline).toContain(messagesFor('en')('report.part.packetLoss').toLowerCase())
    expect(await page.locator('#not-checked').innerText()).toBe(messagesFor('en')('report.browserGap'))
    expect(await page.locator('footer').innerText()).toContain(report.crisis.text)
    expect(onlyOwnOrigin(watched, serving.url)).toEqual([])
    // The page may upload to the serve that handed it out (a browser sends Origin even to its own origin).
    const upload = await page.evaluate(
      async () => (await fetch('/__up', { method: 'POST', body: 'x' })).status,
    )
    expect(upload).toBe(200)
    expect(watched.problems.filter((p) => /Content Security Policy|Refused/.test(p))).toEqual([])
    expect(await fits(page, 400)).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: join(shots, 'en-400.png'), fullPage: true })
    await page.setViewportSize({ width: 1000, height: 900 })
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: join(shots, 'en-1000.png'), fullPage: true })
    // "Save for your therapist" downloads the same HTML report the CLI writes.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save"]')])
    const saved = readFileSync((await download.path())!, 'utf8')
    expect(saved).toContain('<html lang="en">')
    expect(saved).toContain(report.crisis.text)
    await page.context().close()
  }, 90_000)

  it('speaks Spanish throughout with ?lang=es, and the report validates', async () => {
    const watched = await openPage(fake, `${serving.url}/?lang=es`)
    const { page } = watched
    expect(await page.getAttribute('html', 'lang')).toBe('es')
    const report = await runThrough(watched)
    expect(report.lang).toBe('es')
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(await page.getAttribute('#headline', 'data-verdict')).toBe(report.verdict)
    const devices = report.checks.find((check) => check.id === 'devices')!
    expect(devices.measurements.find((m) => m.id === 'microphoneHeard')?.value).toBe(true)
    expect(await page.locator('main').innerText()).toContain('¿Tiene un vaso de agua cerca?')
    for (const text of watched.texts)
      for (const sentence of englishOnly)
        expect(text, `English on a Spanish page: "${sentence}"`).not.toContain(sentence)
    expect(await fits(page, 400)).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: join(shots, 'es-400.png'), fullPage: true })
    await page.context().close()
  }, 90_000)

  it('denied permissions: says the camera and microphone were not allowed, and how to allow them in Chrome', async () => {
    const denying = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...BASE_ARGS, FAKE_DEVICES],
    })
    try {
      const watched = await openPage(denying, `${serving.url}/?lang=en`)
      const report = await runThrough(watched)
      const devices = report.checks.find((check) => check.id === 'devices')!
      const say = messagesFor('en')
      expect(devices.status).toBe('fail')
      expect(devices.summary).toBe(say('web.devices.summary.denied'))
      expect(devices.advice).toContain(say('web.allow.chrome.computer'))
      expect(report.verdict).toBe('not-ready')
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
      await watched.page.screenshot({ path: join(shots, 'denied-400.png'), fullPage: true })
    } finally {
      await denying.close()
    }
  }, 90_000)

  it('no camera or microphone: gives the same advice as the CLI (plug one in, use a phone, or join by audio)', async () => {
    const empty = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...BASE_ARGS, FAKE_UI],
    })
    try {
      const watched = await openPage(empty, `${serving.url}/?lang=en`)
      const report = await runThrough(watched)
      const devices = report.checks.find((check) => check.id === 'devices')!
      const say = messagesFor('en')
      // Neither device is there, and the summary names both (each device's own finding is said).
      expect(devices.summary).toBe(
        `${say('devices.summary.camera.none')} ${say('devices.summary.microphone.none')}`,
      )
      expect(devices.advice).toEqual(
        expect.arrayContaining([say('devices.step.phoneOrTablet'), say('devices.step.audioInstead')]),
      )
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    } finally {
      await empty.close()
    }
  }, 90_000)

  it('works with the keyboard alone, from the start button to the verdict', async () => {
    const watched = await openPage(fake, `${serving.url}/?lang=en`)
    const { page } = watched
    /** Presses Tab until the element is focused, then activates it with `key`. */
    const reach = async (selector: string, key = 'Enter'): Promise<void> => {
      await page.locator(selector).first().waitFor()
      for (let i = 0; i < 25; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
          await page.keyboard.press(key)
          return
        }
        await page.keyboard.press('Tab')
      }
      throw new Error(`${selector} could not be reached with Tab`)
    }
    await reach('[data-action="start"]')
    await reach('[data-action="devices"]', 'Space')
    await reach('[data-action="play-sound"]')
    await reach('[data-answer="yes"]', 'Space')
    await reach('#meeting-link', 'Tab')
    await reach('[data-action="next"]')
    for (;;) {
      await page.waitForSelector('[data-answer="yes"], [data-verdict]')
      if (await page.locator('[data-verdict]').count()) break
      await reach('[data-answer="yes"]', 'Space')
    }
    // The result's heading takes the focus, and the live region says the run has ended.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading')
    expect(await page.locator('#status').innerText()).toContain(messagesFor('en')('web.progress.done'))
    await page.context().close()
  }, 90_000)

  it('the static copy in dist/web/ runs from any static host, under its own CSP meta tag', async () => {
    const root = new URL('../../dist/web/', import.meta.url)
    const types: Record<string, string> = {
      html: 'text/html',
      js: 'text/javascript',
      css: 'text/css',
      json: 'application/json',
    }
    const host = createServer((req, res) => {
      const name =
        (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0]!.slice(1)
      if (!/^[\w.-]+$/.test(name) || !existsSync(new URL(name, root))) {
        res.writeHead(404)
        return void res.end()
      }
      res.writeHead(200, { 'content-type': types[name.split('.').pop()!] ?? 'application/octet-stream' })
      res.end(readFileSync(new URL(name, root)))
    })
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(host.address() as { port: number }).port}`
    try {
      const watched = await openPage(fake, `${origin}/?lang=es`)
      const report = await runThrough(watched)
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
      expect(report.lang).toBe('es')
      expect(onlyOwnOrigin(watched, origin)).toEqual([])
      expect(watched.problems.filter((p) => /Content Security Policy|Refused/.test(p))).toEqual([])
      await watched.page.context().close()
    } finally {
      host.close()
    }
  }, 90_000)
})
