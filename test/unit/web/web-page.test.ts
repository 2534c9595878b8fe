import { describe, expect, it } from 'vitest'
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readBrowser } from '../../../src/web/browser-info.js'
import { pageLanguage } from '../../../src/web/language.js'
import { allowSteps, evaluateBrowserDevices } from '../../../src/web/devices/evaluate.js'
import { evaluateThisDevice } from '../../../src/web/this-device/evaluate.js'
import { endpointAllowed, loadConfig, readConfig } from '../../../src/web/config.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { checkLinkOffline } from '../../../src/web/link.js'
import { createPageRoutes, PAGE_CSP, withConnectSources } from '../../../src/net/page-routes.js'
import { messagesFor } from '../../../src/messages/index.js'
import { reportValidator } from '../../helpers/report-validator.js'
import { buildWebReport } from '../../../src/web/report.js'

const m = messagesFor('en')

// User-agent strings as the browsers send them (each browser's published UA format; hand-typed here).
describe('readBrowser', () => {
  it.each([
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      0,
      { browser: 'safari', system: 'ios', device: 'phone' },
    ],
    [
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      5,
      { browser: 'chrome', system: 'android', device: 'phone' },
    ],
    [
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      5,
      { browser: 'chrome', system: 'android', device: 'tablet' },
    ],
    // iPadOS asks for desktop pages and says "Macintosh"; only its touch screen gives it away.
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      5,
      { browser: 'safari', system: 'ios', device: 'tablet' },
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      0,
      { browser: 'safari', system: 'macos', device: 'computer' },
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
      0,
      { browser: 'edge', system: 'windows', device: 'computer', version: '126' },
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      0,
      { browser: 'firefox', system: 'linux', device: 'computer' },
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
      5,
      { browser: 'samsung', system: 'android', device: 'phone' },
    ],
  ])('%s', (userAgent, maxTouchPoints, expected) => {
    expect(readBrowser({ userAgent, maxTouchPoints })).toMatchObject(expected)
  })
})

describe('pageLanguage', () => {
  it.each([
    ['', ['es-MX', 'en'], 'es'],
    ['', ['fr-FR', 'de'], 'en'],
    ['?lang=es', ['en-US'], 'es'],
    ['?lang=en', ['es-ES'], 'en'],
    ['?lang=xx', ['es-419'], 'es'],
  ] as const)('%s with %j speaks %s', (search, languages, expected) => {
    expect(pageLanguage(search, languages)).toBe(expected)
  })
})

describe('the devices check in a browser', () => {
  const chromeWindows = { browser: 'chrome', system: 'windows' } as const

  it('names the browser and the system in the steps to allow the camera', () => {
    expect(allowSteps(chromeWindows)).toEqual(['web.allow.chrome.computer', 'web.allow.system.windows'])
    expect(allowSteps({ browser: 'safari', system: 'ios' })).toEqual(['web.allow.safari.ios'])
    expect(allowSteps({ browser: 'chrome', system: 'ios' })).toEqual(['web.allow.other.ios'])
    expect(allowSteps({ browser: 'firefox', system: 'android' })).toEqual([
      'web.allow.firefox.android',
      'web.allow.system.android',
    ])
    expect(allowSteps({ browser: 'safari', system: 'macos' })).toEqual([
      'web.allow.safari.macos',
      'web.allow.system.macos',
    ])
  })

  it.each([
    [
      { camera: true, microphone: true, microphoneHeard: true, speakersHeard: true },
      'pass',
      'web.devices.summary.ready.video',
    ],
    [{ camera: true, microphone: true, problem: 'denied' }, 'fail', 'web.devices.summary.denied'],
    [{ camera: true, microphone: true, problem: 'busy' }, 'fail', 'web.devices.summary.busy'],
    [{ camera: false, microphone: true }, 'fail', 'devices.summary.camera.none'],
    [
      { camera: true, microphone: true, microphoneHeard: false, speakersHeard: true },
      'warn',
      'web.devices.summary.silent',
    ],
    [
      { camera: true, microphone: true, microphoneHeard: true, speakersHeard: false },
      'fail',
      'web.devices.summary.speakersNotHeard',
    ],
  ] as const)('%j is %s', (facts, status, summary) => {
    const outcome = evaluateBrowserDevices(facts, 'video', chromeWindows, m)
    expect(outcome.status).toBe(status)
    expect(outcome.summary).toBe(m(summary))
  })

  it('names every problem, the ones that fail first: a silent microphone and speakers not heard', () => {
    const outcome = evaluateBrowserDevices(
      { camera: true, microphone: true, microphoneHeard: false, speakersHeard: false },
      'video',
      chromeWindows,
      m,
    )
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(
      `${m('web.devices.summary.speakersNotHeard')} ${m('web.devices.summary.silent')}`,
    )
  })

  it('a busy camera says to close the other app', () => {
    const outcome = evaluateBrowserDevices(
      { camera: true, microphone: true, problem: 'busy' },
      'video',
      chromeWindows,
      m,
    )
    expect(outcome.advice).toEqual([m('web.devices.step.closeOtherApp')])
  })

  it('a text session needs no devices', () => {
    expect(
      evaluateBrowserDevices({ camera: false, microphone: false }, 'text', chromeWindows, m).status,
    ).toBe('skip')
  })
})

describe('this device', () => {
  it('a phone gets the phone advice, Do Not Disturb under its topic', () => {
    const outcome = evaluateThisDevice({ device: 'phone', browser: 'Safari 17' }, 'video', m)
    expect(outcome.status).toBe('pass')
    expect(outcome.advice).toEqual([
      m('web.device.step.plugIn'),
      m('web.device.step.doNotDisturb'),
      m('web.device.step.stand'),
    ])
    expect(outcome.steps?.find((step) => step.topic === 'do-not-disturb')?.text).toBe(
      m('web.device.step.doNotDisturb'),
    )
  })

  it('a low battery that is not charging is worth a look; charging is fine', () => {
    expect(
      evaluateThisDevice(
        { device: 'computer', browser: 'Chrome', battery: { level: 0.15, charging: false } },
        'video',
        m,
      ).status,
    ).toBe('warn')
    expect(
      evaluateThisDevice(
        { device: 'computer', browser: 'Chrome', battery: { level: 0.15, charging: true } },
        'video',
        m,
      ).status,
    ).toBe('pass')
  })
})

describe('config.json', () => {
  /** loadConfig with config.json's content served by a fake fetch. */
  const load = (content: unknown) =>
    loadConfig(
      (async () => new Response(JSON.stringify(content))) as typeof fetch,
      'https://clinic.example/check/',
    )

  it('keeps a valid checklist, cleaned of control characters, as the CLI reads it', async () => {
    const { config, problem } = await load({
      endpoint: 'https://speed.example.org/',
      checklist: {
        practice: 'Calm\u001b[31m Harbor',
        mode: 'add',
        questions: [{ id: 'water', text: 'Water?', why: 'Thirst.', fix: 'Fetch water.', level: 'advisory' }],
      },
    })
    expect(problem).toBeUndefined()
    expect(config.endpoint).toBe('https://speed.example.org')
    expect(config.checklist?.practice).toBe('Calm Harbor')
    expect(config.checklist?.questions).toEqual([
      {
        id: 'water',
        text: 'Water?',
        why: 'Thirst.',
        fix: 'Fetch water.',
        level: 'advisory',
        sessions: ['video', 'audio', 'text'],
      },
    ])
  })

  it('takes the checklist serve writes (already validated, defaults filled in) unchanged', async () => {
    const file = parseChecklist(
      readFileSync(new URL('../../fixtures/checklist/riverside.yaml', import.meta.url), 'utf8'),
      m,
    ).checklist
    expect(file).toBeDefined()
    expect((await load({ endpoint: '', checklist: file })).config.checklist).toEqual(file)
  })

  it.each([
    ['a question without its why and fix', { questions: [{ id: 'x', text: 'X?' }] }],
    [
      'a level the CLI refuses',
      { questions: [{ id: 'x', text: 'X?', why: 'W.', fix: 'F.', level: 'sometimes' }] },
    ],
    ['a field the schema does not know', { practice: 'Calm Harbor', colour: 'blue' }],
    [
      'an id used twice',
      { mode: 'add', questions: [1, 2].map(() => ({ id: 'x', text: 'X?', why: 'W.', fix: 'F.' })) },
    ],
    ['a public suffix as a meeting host', { practice: 'Calm Harbor', meetingHosts: ['github.io'] }],
    [
      'mode keep with questions',
      { mode: 'keep', questions: [{ id: 'x', text: 'X?', why: 'W.', fix: 'F.' }] },
    ],
    ['text, not a checklist', 'practice: Calm Harbor'],
  ])('leaves out the whole checklist with %s, and says so', async (_name, checklist) => {
    const { config, problem } = await load({ endpoint: 'https://speed.example.org', checklist })
    expect(problem).toBe('checklist')
    expect(config.checklist).toBeUndefined()
    expect(config.endpoint).toBe('https://speed.example.org')
  })

  it('leaves out an endpoint that is not an address', async () => {
    expect(readConfig({ endpoint: 'javascript:alert(1)' })).toEqual({ endpoint: '' })
  })
})

describe('the meeting link on the page', () => {
  it('is judged offline, like link --offline, and keeps no identifiers', () => {
    const result = checkLinkOffline('https://zoom.us/j/123456789?pwd=abc', [], m)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.outcome.status).toBe('pass')
      expect(result.outcome.identifiers).toBeUndefined()
    }
    expect(checkLinkOffline('not a link', [], m)).toEqual({ ok: false, problem: 'not-a-url' })
  })
})

describe('the web report', () => {
  it('validates against the schema, names the browser, and leaves out Wi-Fi and the apps as not checked', () => {
    const report = buildWebReport({
      results: [],
      session: 'video',
      lang: 'en',
      startedAt: new Date('2026-01-01T00:00:00Z'),
      durationMs: 10,
      version: '0.1.0',
      browser: { name: 'Chrome', version: '126', device: 'phone' },
      system: 'Android',
      place: { timeZone: 'America/Chicago' },
    })
    expect(reportValidator()(report)).toBe(true)
    expect(report.unchecked).toEqual(expect.arrayContaining(['wifi', 'apps']))
    expect(report.platform.os).toBe('Android')
  })
})

describe("serve's page routes", () => {
  it('serves the page with the CSP and an ETag, answers 304 when the browser has it, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-page-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>')
    writeFileSync(join(dir, 'app.js'), 'void 0')
    const routes = createPageRoutes(dir, { endpoint: '', checklist: null })
    const server = createServer((req, res) => {
      if (!routes.handle(req, res, req.url ?? '/')) {
        res.writeHead(404)
        res.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      const page = await fetch(`http://127.0.0.1:${port}/`)
      expect(page.status).toBe(200)
      expect(page.headers.get('content-security-policy')).toBe(PAGE_CSP)
      expect(PAGE_CSP).toContain("script-src 'self'")
      // Sent compressed (fetch undoes it): the page is a few hundred KB before, under 150 KB after.
      expect(page.headers.get('content-encoding')).toMatch(/^(br|gzip)$/)
      expect(await page.text()).toBe('<!doctype html><title>x</title>')
      const etag = page.headers.get('etag')!
      const again = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'if-none-match': etag } })
      expect(again.status).toBe(304)
      expect(await (await fetch(`http://127.0.0.1:${port}/config.json`)).json()).toEqual({
        endpoint: '',
        checklist: null,
      })
      expect((await fetch(`http://127.0.0.1:${port}/../package.json`)).status).toBe(404)
      expect((await fetch(`http://127.0.0.1:${port}/app.js`, { method: 'POST' })).status).toBe(404)
    } finally {
      server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the microphone meter', () => {
  it('counts a sound of 20 ms anywhere in the last 0.7 s as heard, and silence as silence', async () => {
    const { loudestBlock, HEARD_LEVEL } = await import('../../../src/web/devices/media.js')
    const samples = new Float32Array(32768)
    expect(loudestBlock(samples)).toBe(0)
    // A 1 kHz beep of 20 ms (960 samples at 48 kHz) near the end, where a reading of only the last 1024 samples misses it by a little.
    for (let i = 30000; i < 30960; i++) samples[i] = 0.3 * Math.sin((2 * Math.PI * 1000 * i) / 48000)
    expect(loudestBlock(samples)).toBeGreaterThan(HEARD_LEVEL)
  })
})

describe("the page's own policy decides which endpoint it may contact", () => {
  const page = 'https://clinic.example'
  const written = withConnectSources(
    readFileSync(new URL('../../../src/web/index.html', import.meta.url), 'utf8'),
    ['https://speed.clinic.example'],
  )
  const policy = /content="([^"]*)"/.exec(written.slice(written.indexOf('Content-Security-Policy')))?.[1]

  it('the page as built may reach only its own origin', () => {
    const built = readFileSync(new URL('../../../src/web/index.html', import.meta.url), 'utf8')
    expect(built).toMatch(/connect-src 'self';/)
    expect(PAGE_CSP).toContain("connect-src 'self';")
  })

  it('a copy written for one endpoint names that origin and no other', () => {
    expect(policy).toContain("connect-src 'self' https://speed.clinic.example;")
    expect(endpointAllowed('https://speed.clinic.example/path', policy, page)).toBe(true)
    expect(endpointAllowed('', policy, page)).toBe(true)
    expect(endpointAllowed('https://clinic.example/measure', policy, page)).toBe(true)
  })

  it.each([
    'https://evil.example',
    'http://speed.clinic.example',
    'https://speed.clinic.example:8443',
    'not a url',
  ])('refuses %s', (endpoint) => {
    expect(endpointAllowed(endpoint, policy, page)).toBe(false)
  })
})
