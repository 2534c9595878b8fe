/// <reference lib="dom" />
// The page functions below run inside Chromium, where the DOM exists.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { bundleCore, namespaceOf } from '../helpers/core-bundle.js'
import { evaluateConnection } from '../../src/checks/connection/evaluate.js'
import { analyseLink } from '../../src/checks/link/analyse.js'
import { evaluateLink } from '../../src/checks/link/evaluate.js'
import { parseChecklist } from '../../src/checks/checklist/load-checklist.js'
import { questionsFor } from '../../src/checks/checklist/select-questions.js'
import { messagesFor } from '../../src/messages/index.js'
import { renderHtml } from '../../src/render/html.js'
import { renderJson } from '../../src/render/json.js'
import { renderText } from '../../src/render/terminal.js'
import { percentile, lossUpperBound } from '../../src/net/stats.js'
import { planPhases } from '../../src/net/phase-plan.js'
import type { ConnectionSnapshot } from '../../src/net/types.js'
import { mixedReport, practiceReport } from '../fixtures/reports/sample-reports.js'

/**
 * The shared core run in a real browser (Debian's chromium), on a page with a strict
 * Content-Security-Policy like the web check's own (no eval): the same inputs give the same
 * judgements, words and reports as in Node, sentence for sentence.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
const title = hasChromium
  ? 'the core in Chromium'
  : `the core in Chromium (skipped: ${CHROMIUM} is not installed; apt-get install chromium)`

const ORIGIN = 'http://core.test'
const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'"

const snapshot: ConnectionSnapshot = {
  engine: 'builtin',
  server: 'http://127.0.0.1:8080',
  ipVersions: ['IPv4'],
  idle: { medianMs: 120, p90Ms: 160, jitterMs: 25, samples: 20 },
  download: {
    mbps: 2.4,
    windows: 30,
    variation: 0.05,
    bytes: 1e6,
    measuredMs: 2000,
    graceMs: 1000,
    streams: 4,
    stoppedEarly: false,
    capped: false,
  },
  upload: {
    mbps: 0.5,
    windows: 30,
    variation: 0.05,
    bytes: 2e5,
    measuredMs: 2000,
    graceMs: 1000,
    streams: 2,
    stoppedEarly: false,
    capped: false,
  },
  loaded: { downloadMedianMs: 400, uploadMedianMs: 380, samples: 30, increaseMs: 280, rpm: 150 },
  bytesUsed: 1.2e6,
  durationMs: 9000,
  budgetMs: 10000,
  maxBytes: 30e6,
}

const checklistYaml = readFileSync(join(import.meta.dirname, '../fixtures/checklist/riverside.yaml'), 'utf8')
const badYaml = 'name: Riverside\nquestions:\n  - id: quiet\n    text: [unclosed\n'
const links = [
  'https://zoom.us/j/123456789?pwd=abc',
  'https://zoom.us.meet-secure.example/j/1',
  'https://xn--zom-8cd.us/j/1',
  'http://203.0.113.9/meeting',
]

/** What the page computes, and what Node computes from the same inputs. */
type Core = Record<string, Record<string, (...args: never[]) => unknown>>
interface Results {
  spanishTitle: string
  connection: unknown[]
  links: unknown[]
  checklist: unknown
  badChecklist: unknown
  questions: unknown
  reports: string[]
  stats: unknown
}

function compute(core: Core, names: Record<string, string>, inputs: unknown): Results {
  // Runs in the page (as a string, so no outside names) and in Node alike.
  const { snapshot, links, checklistYaml, badYaml, reports } = inputs as {
    snapshot: unknown
    links: string[]
    checklistYaml: string
    badYaml: string
    reports: unknown[]
  }
  const ns = (key: string): Record<string, (...args: unknown[]) => unknown> =>
    core[names[key] as string] as Record<string, (...args: unknown[]) => unknown>
  const messages = ns('messages')
  const en = messages.messagesFor!('en')
  const es = messages.messagesFor!('es')
  const say = (m: unknown) => m as (key: string) => string
  const connection = ['video', 'audio', 'text'].flatMap((session) => [
    ns('connection').evaluateConnection!(snapshot, session, en),
    ns('connection').evaluateConnection!(snapshot, session, es),
  ])
  const linkResults = links.map((link) => {
    const analysis = ns('analyse').analyseLink!(new URL(link)) as { findings: unknown }
    return [analysis, ns('linkEvaluate').evaluateLink!({ analysis, online: { state: 'offline' } }, es)]
  })
  const checklist = ns('checklist').parseChecklist!(checklistYaml, es)
  const badChecklist = ns('checklist').parseChecklist!(badYaml, es)
  const loaded = (checklist as { checklist?: unknown }).checklist
  const questions = ns('questions').questionsFor!('video', loaded, 'es')
  const rendered = reports.flatMap((report) => [
    ns('html').renderHtml!(report, { timeZone: 'America/Chicago' }) as string,
    ns('json').renderJson!(report) as string,
    ns('terminal').renderText!(report) as string,
  ])
  const stats = {
    p90: ns('stats').percentile!([5, 1, 4, 2, 3], 0.9),
    bound: ns('stats').lossUpperBound!(0, 300),
    plan: ns('plan').planPhases!(10_000, false, 0),
  }
  return {
    spanishTitle: say(es)('connection.title'),
    connection,
    links: linkResults,
    checklist,
    badChecklist,
    questions,
    reports: rendered,
    stats,
  }
}

const names = {
  messages: namespaceOf('src/messages/index.ts'),
  connection: namespaceOf('src/checks/connection/evaluate.ts'),
  analyse: namespaceOf('src/checks/link/analyse.ts'),
  linkEvaluate: namespaceOf('src/checks/link/evaluate.ts'),
  checklist: namespaceOf('src/checks/checklist/load-checklist.ts'),
  questions: namespaceOf('src/checks/checklist/select-questions.ts'),
  html: namespaceOf('src/render/html.ts'),
  json: namespaceOf('src/render/json.ts'),
  terminal: namespaceOf('src/render/terminal.ts'),
  stats: namespaceOf('src/net/stats.ts'),
  plan: namespaceOf('src/net/phase-plan.ts'),
}
const inputs = {
  snapshot,
  links,
  checklistYaml,
  badYaml,
  reports: [practiceReport, { ...mixedReport, lang: 'es' }],
}

/** The same core as Node loads it, under the namespace names of the bundle. */
const nodeCore = {
  [names.messages]: { messagesFor },
  [names.connection]: { evaluateConnection },
  [names.analyse]: { analyseLink },
  [names.linkEvaluate]: { evaluateLink },
  [names.checklist]: { parseChecklist },
  [names.questions]: { questionsFor },
  [names.html]: { renderHtml },
  [names.json]: { renderJson },
  [names.terminal]: { renderText },
  [names.stats]: { percentile, lossUpperBound },
  [names.plan]: { planPhases },
} as unknown as Core

/** Structured clone through JSON, as values come back from the page (URLs as strings). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe.skipIf(!hasChromium)(title, () => {
  let context: BrowserContext
  let profile: string
  let page: Page
  const requests: string[] = []
  const errors: string[] = []
  let state = ''

  beforeAll(async () => {
    const bundle = await bundleCore()
    expect(bundle.nodeImports).toEqual([])
    profile = mkdtempSync(join(tmpdir(), 'sc-chromium-core-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    })
    const files: Record<string, { type: string; body: string }> = {
      '/': {
        type: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><title>core</title><script type="module" src="/start.js"></script>',
      },
      '/core.js': { type: 'text/javascript', body: bundle.code },
      '/start.js': {
        type: 'text/javascript',
        body: [
          "import('./core.js').then(",
          '  (core) => { window.core = core; document.documentElement.dataset.state = "ready" },',
          '  (error) => { document.documentElement.dataset.state = "failed: " + error },',
          ')',
        ].join('\n'),
      },
    }
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      requests.push(url.href)
      const file = url.origin === ORIGIN ? files[url.pathname] : undefined
      if (!file) return route.abort()
      return route.fulfill({
        status: 200,
        contentType: file.type,
        headers: { 'content-security-policy': CSP },
        body: file.body,
      })
    })
    page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(`${ORIGIN}/`)
    const root = await page.waitForSelector('html[data-state]', { timeout: 20_000 })
    state = (await root.getAttribute('data-state')) ?? ''
    if (state !== 'ready') errors.push(state)
  })

  afterAll(async () => {
    await context?.close()
    if (profile) rmSync(profile, { recursive: true, force: true })
  })

  it('loads under a strict Content-Security-Policy (no eval) without an error', () => {
    expect(errors).toEqual([])
    expect(state).toBe('ready')
  })

  it('judges, words and renders exactly as in Node', async () => {
    const source = `(${compute.toString()})(window.core, ${JSON.stringify(names)}, ${JSON.stringify(inputs)})`
    const inBrowser = plain(await page.evaluate(source)) as Results
    const inNode = plain(compute(nodeCore, names, plain(inputs))) as Results
    expect(inBrowser.spanishTitle).toBe(messagesFor('es')('connection.title'))
    expect(inBrowser.connection).toEqual(inNode.connection)
    expect(inBrowser.links).toEqual(inNode.links)
    expect(inBrowser.checklist).toEqual(inNode.checklist)
    expect(inBrowser.badChecklist).toEqual(inNode.badChecklist)
    expect(inBrowser.questions).toEqual(inNode.questions)
    expect(inBrowser.reports).toEqual(inNode.reports)
    expect(inBrowser.stats).toEqual(inNode.stats)
    // And the figures mean something: a slow line fails video, and a lookalike link fails.
    expect((inBrowser.connection[0] as { status: string }).status).toBe('fail')
    expect(JSON.stringify(inBrowser.links[1])).toContain('lookalike')
    expect(JSON.stringify(inBrowser.links[2])).toContain('idn-')
  })

  it('makes no request beyond its own page', () => {
    expect(requests.every((url) => url.startsWith(`${ORIGIN}/`))).toBe(true)
  })
})
