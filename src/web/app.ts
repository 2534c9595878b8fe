/// <reference lib="dom" />
/**
 * The web check's orchestrator: the start screen, then the steps (camera, microphone and speakers;
 * the meeting link; the checklist) while the connection is measured in the background, then the
 * report. It only sequences: judging is in the core's evaluate functions, words in the catalogue.
 */
import type { CheckOutcome } from '../checks/types.js'
import type { CheckResult, SessionType } from '../report/model.js'
import { SESSION_TYPES } from '../report/model.js'
import { messagesFor, type Language, type Msg } from '../messages/index.js'
import {
  evaluateChecklist,
  evaluateNoQuestions,
  introLine,
  type AnsweredQuestion,
} from '../checks/checklist/evaluate.js'
import { questionsFor } from '../checks/checklist/select-questions.js'
import { practiceIn } from '../checks/checklist/languages.js'
import type { ChecklistQuestion } from '../checks/checklist/types.js'
import { renderHtml } from '../render/html.js'
import { renderJson } from '../render/json.js'
import { practiceLabel } from '../render/wording.js'
import { sanitizeText } from '../text/sanitize.js'
import { browserInfo, readBrowser, systemLabel, browserLabel, type BrowserFacts } from './browser-info.js'
import { endpointAllowed, loadConfig, type PageConfig } from './config.js'
import { evaluateBrowserDevices, type BrowserDeviceFacts } from './devices/evaluate.js'
import {
  HEARD_LEVEL,
  listDevices,
  listen,
  playTone,
  problemOf,
  stopStream,
  type Listening,
} from './devices/media.js'
import { pageLanguage } from './language.js'
import { measureConnectionInBrowser } from './measure/index.js'
import { buildWebReport } from './report.js'
import { renderReportView } from './report-view.js'
import { evaluateThisDevice, THIS_DEVICE_ID } from './this-device/evaluate.js'
import { choice, h, replace } from './dom.js'

declare global {
  interface Window {
    /** The JSON report, once the run ends (the machine contract; see the README). */
    sessionCheckupReport?: unknown
  }
}

interface Run {
  m: Msg
  lang: Language
  session: SessionType
  config: PageConfig
  browser: BrowserFacts
  main: HTMLElement
  status: HTMLElement
  version: string
  /** The connection measurement's latest progress, and whether the person is waiting for it. */
  connectionProgress?: string
  waiting?: boolean
}

/** Says something in the live region, for screen readers and for everyone who looks. */
function announce(run: Pick<Run, 'status'>, text: string): void {
  run.status.textContent = text
}

function result(id: string, title: string, outcome: CheckOutcome, durationMs: number): CheckResult {
  return {
    id,
    title,
    ...outcome,
    measurements: outcome.measurements ?? [],
    durationMs: Math.max(0, Math.round(durationMs)),
  }
}

function stepHeading(run: Run, text: string): HTMLElement {
  return h('h2', { tabindex: '-1' }, text)
}

/** Shows one step and moves the keyboard focus to its heading. */
function showStep(run: Run, heading: HTMLElement, ...content: Array<Node | false | undefined>): void {
  replace(run.main, heading, ...content)
  heading.focus()
}

function yesNo(m: Msg): [HTMLButtonElement, HTMLButtonElement] {
  return [
    h('button', { type: 'button', class: 'answer', 'data-answer': 'yes' }, m('report.answer.yes')),
    h('button', { type: 'button', class: 'answer', 'data-answer': 'no' }, m('report.answer.no')),
  ]
}

// ── Camera, microphone and speakers.

interface DevicesStep {
  facts: BrowserDeviceFacts
  listening?: Listening
  stream?: MediaStream
}

async function openMedia(
  run: Run,
  step: DevicesStep,
  video: HTMLVideoElement,
  meter: HTMLMeterElement,
  heard: HTMLElement,
): Promise<void> {
  const media = navigator.mediaDevices
  if (!media?.getUserMedia) {
    step.facts = { camera: false, microphone: false, problem: 'unsupported' }
    return
  }
  const listed = await listDevices(media)
  const wantVideo = run.session === 'video' && listed.camera
  step.facts = { ...listed }
  if (!wantVideo && !listed.microphone) return
  try {
    const stream = await media.getUserMedia({ video: wantVideo, audio: listed.microphone })
    step.stream = stream
    if (wantVideo) {
      video.srcObject = stream
      video.hidden = false
      void video.play().catch(() => undefined)
    }
    if (listed.microphone) {
      step.listening = listen(stream, (level) => {
        meter.value = level
        if (level * 0.25 > HEARD_LEVEL || step.listening?.heard())
          heard.textContent = run.m('web.devices.heard')
      })
      meter.hidden = false
    }
  } catch (error) {
    step.facts = { ...listed, problem: problemOf(error) }
  }
}

async function devicesStep(run: Run): Promise<DevicesStep> {
  const { m } = run
  const kind = run.session === 'video' ? 'video' : 'audio'
  const step: DevicesStep = { facts: { camera: false, microphone: false } }
  const allow = h('button', { type: 'button', 'data-action': 'devices' }, m(`web.devices.allow.${kind}`))
  const video = h('video', {
    class: 'self-view',
    muted: true,
    playsinline: true,
    autoplay: true,
    hidden: true,
    'aria-label': m('web.devices.selfView'),
  })
  video.muted = true
  const meter = h('meter', { id: 'mic-level', min: '0', max: '1', low: '0.25', value: '0', hidden: true })
  const heard = h('p', { class: 'heard' }, m('web.devices.notHeardYet'))
  const live = h('div', { class: 'live' })
  const heading = stepHeading(run, m('web.devices.heading'))
  showStep(run, heading, h('p', {}, m(`web.devices.explain.${kind}`)), allow, live)
  await choice([allow])
  allow.disabled = true
  announce(run, m('web.devices.waiting'))
  await openMedia(run, step, video, meter, heard)
  announce(run, '')
  const problem = step.facts.problem || !step.facts.microphone || (kind === 'video' && !step.facts.camera)
  const help = problem
    ? evaluateBrowserDevices({ ...step.facts, microphoneHeard: undefined }, run.session, run.browser, m)
    : undefined
  const play = h('button', { type: 'button', 'data-action': 'play-sound' }, m('web.speakers.play'))
  const [yes, no] = yesNo(m)
  const question = h(
    'fieldset',
    { class: 'question', disabled: true },
    h('legend', {}, m('web.speakers.question')),
    h('div', { class: 'buttons' }, yes, no),
  )
  replace(
    live,
    help &&
      h(
        'div',
        { class: 'alert', role: 'alert' },
        h('p', {}, help.summary),
        h('ul', {}, ...help.advice.map((text) => h('li', {}, text))),
      ),
    step.stream && kind === 'video' && video,
    step.listening &&
      h(
        'div',
        { class: 'meter' },
        h('label', { for: 'mic-level' }, m('web.devices.meter')),
        meter,
        h('p', { 'aria-live': 'polite' }, heard),
        h('p', { class: 'meta' }, m('web.devices.speak')),
      ),
    play,
    question,
  )
  play.addEventListener('click', () => {
    void playTone().catch(() => undefined)
    question.disabled = false
  })
  const answer = await choice([yes, no])
  step.facts.speakersHeard = answer === yes
  return step
}

// ── The meeting link.

async function linkStep(run: Run): Promise<CheckOutcome | undefined> {
  const { m } = run
  const input = h('input', {
    id: 'meeting-link',
    type: 'url',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'link-hint link-error',
  })
  const error = h('p', { id: 'link-error', class: 'error', 'aria-live': 'assertive' })
  const next = h('button', { type: 'submit', 'data-action': 'next' }, m('web.next'))
  const form = h(
    'form',
    { novalidate: true },
    h('label', { for: 'meeting-link' }, m('web.link.label')),
    input,
    h('p', { id: 'link-hint', class: 'meta' }, m('web.link.skip')),
    error,
    next,
  )
  showStep(run, stepHeading(run, m('web.link.heading')), h('p', {}, m('web.link.explain')), form)
  const hosts = run.config.checklist?.meetingHosts ?? []
  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const text = input.value.trim()
      if (!text) return resolve(undefined)
      next.disabled = true
      // The analysis loads only now: most of its weight is tables a run without a link never needs.
      void import('./link.js').then(({ checkLinkOffline }) => {
        next.disabled = false
        const checked = checkLinkOffline(text, hosts, m)
        if (checked.ok) return resolve(checked.outcome)
        input.setAttribute('aria-invalid', 'true')
        error.textContent = m(`link.input.${checked.problem}`)
        input.focus()
      })
    })
  })
}

// ── The checklist.

async function askQuestion(
  run: Run,
  question: ChecklistQuestion,
  asked: number,
  total: number,
  intro: string,
  practice: string,
): Promise<'yes' | 'no'> {
  const { m } = run
  const [yes, no] = yesNo(m)
  const heading = stepHeading(run, m('web.checklist.heading'))
  showStep(
    run,
    heading,
    asked === 1 && h('p', {}, intro),
    h(
      'fieldset',
      { class: 'question' },
      h('legend', {}, m('checklist.question', { asked, total, question: question.text })),
      question.from === 'practice' && h('p', { class: 'from' }, practice),
      h('div', { class: 'buttons' }, yes, no),
    ),
  )
  return (await choice([yes, no])) === yes ? 'yes' : 'no'
}

async function checklistStep(run: Run, devices: CheckResult | undefined): Promise<CheckOutcome> {
  const { m, lang, session } = run
  const checklist = run.config.checklist
  const questions = questionsFor(session, checklist, lang)
  if (questions.length === 0) return evaluateNoQuestions(session, m)
  // Only the camera and microphone check runs here among those that can answer a question.
  const covered = (question: ChecklistQuestion): boolean =>
    question.answeredBy?.check === 'devices' && devices?.status === question.answeredBy.status
  const toAsk = questions.filter((question) => !covered(question))
  const practice = practiceIn(checklist, lang)
  const intro = introLine(toAsk.length, practice?.name, m)
  const label = practiceLabel({ ...(practice ? { practice } : {}) }, m)
  const answered: AnsweredQuestion[] = []
  let asked = 0
  for (const question of questions) {
    if (covered(question)) {
      answered.push({ question, outcome: 'covered' })
      continue
    }
    asked += 1
    answered.push({ question, outcome: await askQuestion(run, question, asked, toAsk.length, intro, label) })
  }
  return evaluateChecklist(
    {
      answered,
      answeredIn: 'page',
      checklist: checklist && checklist.mode !== 'keep' ? 'practice' : 'built-in',
    },
    m,
  )
}

// ── This device.

interface BatteryManagerLike {
  level: number
  charging: boolean
}

async function readBattery(): Promise<BatteryManagerLike | undefined> {
  const getBattery = (navigator as Navigator & { getBattery?: () => Promise<BatteryManagerLike> }).getBattery
  if (!getBattery) return undefined
  try {
    const battery = await getBattery.call(navigator)
    return Number.isFinite(battery.level) ? { level: battery.level, charging: battery.charging } : undefined
  } catch {
    return undefined
  }
}

// ── The report.

function saveButton(run: Run, html: string): HTMLElement {
  const save = h('button', { type: 'button', 'data-action': 'save' }, run.m('web.save'))
  save.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }))
    const link = h('a', { href: url, download: 'session-checkup-report.html', hidden: true })
    document.body.append(link)
    link.click()
    link.remove()
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
  })
  return save
}

async function finish(
  run: Run,
  startedAt: Date,
  started: number,
  results: CheckResult[],
  connection: Promise<CheckResult>,
): Promise<void> {
  const { m } = run
  run.waiting = true
  announce(run, run.connectionProgress ?? m('web.progress.connectionWaiting'))
  replace(run.main, h('p', { class: 'waiting' }, m('web.progress.connectionWaiting')))
  const battery = await readBattery()
  const device = evaluateThisDevice(
    {
      device: run.browser.device,
      browser: `${browserLabel(run.browser.browser)} ${run.browser.version}`.trim(),
      ...(battery ? { battery } : {}),
    },
    run.session,
    m,
  )
  const all = [...results, result(THIS_DEVICE_ID, m('web.device.title'), device, 0), await connection]
  run.waiting = false
  const practice = practiceIn(run.config.checklist, run.lang)
  const report = buildWebReport({
    results: all,
    session: run.session,
    lang: run.lang,
    startedAt,
    durationMs: performance.now() - started,
    version: run.version,
    browser: browserInfo(run.browser),
    system: systemLabel(run.browser.system),
    place: { locale: navigator.language, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    ...(practice ? { practice } : {}),
  })
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const actions = h(
    'div',
    { class: 'actions' },
    saveButton(run, renderHtml(report, { timeZone })),
    h('a', { class: 'button secondary', href: `./?lang=${run.lang}` }, m('web.checkAgain')),
    h('p', { class: 'meta' }, m('web.saveHint')),
  )
  const view = renderReportView(report, actions)
  replace(run.main, view)
  window.sessionCheckupReport = JSON.parse(renderJson(report)) as unknown
  announce(
    run,
    `${m('web.progress.done')} ${view.querySelector('#headline')?.lastChild?.textContent?.trim() ?? ''}`,
  )
  view.querySelector<HTMLElement>('#result-heading')?.focus()
}

// ── The run.

async function runSteps(run: Run): Promise<void> {
  const { m } = run
  const startedAt = new Date()
  const started = performance.now()
  const controller = new AbortController()
  const connectionStart = performance.now()
  announce(run, m('web.progress.connection'))
  const connection = measureConnectionInBrowser({
    endpoint: run.config.endpoint || location.origin,
    session: run.session,
    msg: m,
    signal: controller.signal,
    now: () => performance.now(),
    fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
    // The measurement's own words, shown while the person waits for it at the end.
    onProgress: (text) => {
      run.connectionProgress = text
      if (run.waiting) announce(run, text)
    },
  })
    .catch(
      (error: unknown): CheckOutcome => ({
        status: 'error',
        summary: m('web.connection.failed'),
        advice: [],
        error: sanitizeText(error instanceof Error ? error.message : String(error), 200),
      }),
    )
    .then((outcome) =>
      result('connection', m('connection.title'), outcome, performance.now() - connectionStart),
    )
  const results: CheckResult[] = []
  let step: DevicesStep | undefined
  let devicesMs = 0
  if (run.session !== 'text') {
    const began = performance.now()
    step = await devicesStep(run)
    devicesMs = performance.now() - began
  }
  // The microphone keeps listening until the end, so a word said at any time counts as heard.
  const devicesResult = (): CheckResult | undefined => {
    if (!step) return undefined
    const facts = { ...step.facts, ...(step.listening ? { microphoneHeard: step.listening.heard() } : {}) }
    return result(
      'devices',
      m('devices.title'),
      evaluateBrowserDevices(facts, run.session, run.browser, m),
      devicesMs,
    )
  }
  const linkBegan = performance.now()
  const link = await linkStep(run)
  if (link) results.push(result('link', m('link.title'), link, performance.now() - linkBegan))
  const askedFrom = performance.now()
  const checklist = await checklistStep(run, devicesResult())
  results.push(result('checklist', m('checklist.title'), checklist, performance.now() - askedFrom))
  const devices = devicesResult()
  if (devices) results.push(devices)
  step?.listening?.stop()
  stopStream(step?.stream)
  await finish(run, startedAt, started, results, connection)
}

function sessionChoice(m: Msg, chosen: SessionType): HTMLElement {
  return h(
    'fieldset',
    { class: 'sessions' },
    h('legend', {}, m('web.session.legend')),
    ...SESSION_TYPES.map((session) =>
      h(
        'label',
        { class: 'option' },
        h('input', { type: 'radio', name: 'session', value: session, checked: session === chosen }),
        ` ${m(`web.session.${session}`)}`,
      ),
    ),
  )
}

/** The practice's name and welcome, under its name as everywhere else: its words, never the tool's. */
function practiceBlock(run: Pick<Run, 'm' | 'lang' | 'config'>): HTMLElement | undefined {
  const practice = practiceIn(run.config.checklist, run.lang)
  if (!practice) return undefined
  return h(
    'div',
    { class: 'practice' },
    h('p', { class: 'from' }, practiceLabel({ practice }, run.m)),
    practice.welcome ? h('blockquote', {}, practice.welcome) : undefined,
  )
}

export interface PageEnvironment {
  /** The tool's version, written into the page's script when it is built. */
  version: string
}

/** Starts the page: reads its settings, shows the start screen, and runs the check when asked. */
export async function startPage(environment: PageEnvironment): Promise<void> {
  const lang = pageLanguage(location.search, navigator.languages ?? [navigator.language])
  const m = messagesFor(lang)
  document.documentElement.lang = lang
  document.title = m('web.title')
  const main = document.getElementById('app') ?? document.body.appendChild(h('main', { id: 'app' }))
  const status =
    document.getElementById('status') ?? document.body.appendChild(h('p', { id: 'status', role: 'status' }))
  const loaded = await loadConfig(fetch.bind(window), location.href)
  const policy =
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? undefined
  // An endpoint the page's own policy does not name is never contacted (src/web/config.ts).
  const { config, problem } = endpointAllowed(loaded.config.endpoint, policy, location.origin)
    ? loaded
    : { config: { ...loaded.config, endpoint: '' }, problem: 'endpoint' as const }
  const asked = new URLSearchParams(location.search).get('session')
  const chosen = (SESSION_TYPES as readonly string[]).includes(asked ?? '') ? (asked as SessionType) : 'video'
  const browser = readBrowser({ userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints })
  const start = h('button', { type: 'submit', 'data-action': 'start' }, m('web.start'))
  const other = lang === 'es' ? 'en' : 'es'
  const form = h('form', {}, sessionChoice(m, chosen), start)
  const header = document.getElementById('top')
  if (header)
    replace(
      header,
      h('h1', {}, m('web.title')),
      h(
        'p',
        { class: 'lang' },
        h('a', { href: `./?lang=${other}`, lang: other, hreflang: other }, m('web.otherLanguage')),
      ),
    )
  const run: Run = { m, lang, session: chosen, config, browser, main, status, version: environment.version }
  replace(
    main,
    practiceBlock(run),
    problem &&
      h(
        'p',
        { class: 'meta' },
        m(
          problem === 'checklist'
            ? 'web.config.checklist'
            : problem === 'endpoint'
              ? 'web.config.endpoint'
              : 'web.config.failed',
        ),
      ),
    h('p', {}, m('web.intro')),
    h('p', {}, m('web.privacy')),
    form,
  )
  await new Promise<void>((resolve) =>
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      resolve()
    }),
  )
  const picked = form.querySelector<HTMLInputElement>('input[name="session"]:checked')?.value
  run.session = (SESSION_TYPES as readonly string[]).includes(picked ?? '') ? (picked as SessionType) : chosen
  await runSteps(run)
}
