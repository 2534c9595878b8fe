/// <reference lib="dom" />
// The page functions below run inside Chromium, where the DOM exists.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { renderHtml } from '../../src/render/html.js'
import type { Report } from '../../src/report/model.js'
import { buildReport } from '../../src/report/build-report.js'
import { mixedReport, practiceReport, sevenNoReport } from '../fixtures/reports/sample-reports.js'

/**
 * The saved HTML report in a real browser (Debian's chromium, driven by playwright-core; nothing
 * is downloaded), at a phone's width and a desktop's. Screenshots go to .tmp/html-screenshots for
 * a person to look at.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'the HTML report in Chromium'
  : `the HTML report in Chromium (skipped: ${CHROMIUM} is not installed; apt-get install chromium)`
const shots = join(process.cwd(), '.tmp', 'html-screenshots')

// A report with text that tends to overflow: a long unbroken address, a long network name.
const longWords: Report = buildReport(
  [
    {
      ...mixedReport.checks[0]!,
      identifiers: { networkName: 'A-very-long-network-name-without-any-spaces-at-all-1234567890' },
      summary:
        'See https://example.org/a/very/long/path/that/never/breaks/anywhere/at/all/because/it/has/no/spaces',
    },
    ...practiceReport.checks.slice(1),
  ],
  {
    ...practiceReport,
    startedAt: new Date(practiceReport.startedAt),
    tool: practiceReport.tool,
    practice: practiceReport.practice!,
  },
)

const pages: Array<[string, Report]> = [
  ['practice', practiceReport],
  ['seven-no', sevenNoReport],
  ['mixed', mixedReport],
  ['long-words', longWords],
  // Spanish sentences run longer (issue 16): the same reports, in Spanish, must fit a phone too.
  ['spanish-practice', { ...practiceReport, lang: 'es' }],
  ['spanish-seven-no', { ...sevenNoReport, lang: 'es' }],
  ['spanish-long-words', { ...longWords, lang: 'es' }],
]

describe.skipIf(!hasChromium)(title, () => {
  let context: BrowserContext
  let profile: string
  let dir: string

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'sc-chromium-profile-'))
    dir = mkdtempSync(join(tmpdir(), 'sc-html-'))
    mkdirSync(shots, { recursive: true })
    for (const [name, report] of pages)
      writeFileSync(join(dir, `${name}.html`), renderHtml(report, { timeZone: 'America/Chicago' }))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      offline: true,
    })
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    if (profile) rmSync(profile, { recursive: true, force: true })
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  async function open(name: string, width: number): Promise<Page> {
    const page = await context.newPage()
    await page.setViewportSize({ width, height: 900 })
    await page.goto(pathToFileURL(join(dir, `${name}.html`)).href)
    return page
  }

  /** The widest thing on the page: the document's scroll width and every element's right edge. */
  async function widest(page: Page): Promise<{ scrollWidth: number; right: number; what: string }> {
    return page.evaluate(() => {
      let right = 0
      let what = ''
      for (const element of Array.from(document.querySelectorAll('body *'))) {
        const edge = element.getBoundingClientRect().right
        if (edge > right) {
          right = edge
          what = `${element.tagName.toLowerCase()}.${element.className}`
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, right: Math.ceil(right), what }
    })
  }

  for (const width of [400, 1000]) {
    for (const [name] of pages) {
      it(`${name}: nothing is wider than a ${width} px screen`, async () => {
        const page = await open(name, width)
        await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true })
        await page.screenshot({ path: join(shots, `${name}-${width}-first-screen.png`) })
        const size = await widest(page)
        expect(size.scrollWidth, `document at ${width} px`).toBeLessThanOrEqual(width)
        expect(size.right, `widest element ${size.what}`).toBeLessThanOrEqual(width)
        await page.close()
      })
    }
  }

  it('shows the headline, the steps, the answers and the crisis links on a phone', async () => {
    const page = await open('practice', 400)
    await expect(
      page.getByText('Not ready yet: 1 thing to fix before the session.').isVisible(),
    ).resolves.toBe(true)
    await expect(page.getByText('The session can usually still go ahead').isVisible()).resolves.toBe(true)
    await expect(page.getByRole('heading', { name: 'To fix before the session' }).isVisible()).resolves.toBe(
      true,
    )
    // The practice's fix sits in the box under its name.
    const practiceBox = page.locator('.practice', { hasText: 'Close the door, or put a note on it' })
    await expect(practiceBox.locator('.from').innerText()).resolves.toBe('From Riverside Counselling:')
    // The checklist: "no" answers first, highlighted.
    const answers = await page.locator('ol.answers li').allInnerTexts()
    // Plain words, as written (issue 22): not a shouted "✖ NO (NEEDED)".
    expect(answers[0]).toMatch(
      /^✖ No, and it is needed before the session[\s\S]*Is the door to your room closed\?/,
    )
    expect(answers.slice(1, 3).every((text) => /^▲ No, worth a look/.test(text))).toBe(true)
    expect(answers.at(-1)).toMatch(/^✔ Yes/)
    // The answers and the steps come before the figures, which stand last under their own heading.
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.getBoundingClientRect().top)
    const figures = await top('section.figures')
    expect(await top('ol.answers')).toBeLessThan(figures)
    expect(await top('ul.steps')).toBeLessThan(await top('ol.answers'))
    await expect(page.getByRole('heading', { name: 'Measurements' }).isVisible()).resolves.toBe(true)
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/samples|\bConnect\b/)
    const [noColour, yesColour] = await page.evaluate(() => {
      const items = Array.from(document.querySelectorAll('ol.answers li'))
      return [items[0], items.at(-1)].map((li) => getComputedStyle(li!).backgroundColor)
    })
    expect(noColour).not.toBe(yesColour)
    // Local time with its zone.
    await expect(page.getByText('24 Nov 2026, 12:59 (UTC-06:00, America/Chicago)').isVisible()).resolves.toBe(
      true,
    )
    // The crisis resources are links.
    const links = await page
      .locator('footer a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')))
    expect(links).toEqual([
      'tel:999',
      'tel:111',
      'tel:116123',
      'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
    ])
    await expect(page.locator('footer').isVisible()).resolves.toBe(true)
    // No link anywhere except the crisis ones: a practice's address stays text.
    await expect(page.locator('main a:not(footer a)').count()).resolves.toBe(0)
    await page.close()
  })

  it('a Spanish report declares its language, and shows its Spanish headline and date on a phone', async () => {
    const page = await open('spanish-practice', 400)
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es')
    await expect(
      page.getByText('Todavía no está todo listo: hay 1 cosa que arreglar antes de la sesión.').isVisible(),
    ).resolves.toBe(true)
    await expect(
      page.getByRole('heading', { name: 'Arreglar antes de la sesión', exact: true }).isVisible(),
    ).resolves.toBe(true)
    await expect(page.getByText('24 nov 2026, 12:59 (UTC-06:00, America/Chicago)').isVisible()).resolves.toBe(
      true,
    )
    await page.close()
  })

  it('has a print style: no wider than the paper, links spelled out', async () => {
    const page = await open('practice', 400)
    await page.emulateMedia({ media: 'print' })
    const after = await page
      .locator('footer a[href^="https:"]')
      .evaluate((a) => getComputedStyle(a, '::after').content)
    expect(after).toContain('https://www.nhs.uk/')
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(400)
    await page.pdf({ path: join(shots, 'practice-print.pdf'), format: 'A4' })
    await page.close()
  })
})
