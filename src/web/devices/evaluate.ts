/**
 * The camera, microphone and speakers as a browser sees them, judged. Pure: facts in, outcome out.
 * The CLI's devices check judges what the operating system says (src/checks/devices/); a page
 * sees other facts (a browser's permission, a level it heard, a sound the person heard), so it has
 * this small evaluate of its own. It reports under the same id and labels, and where the finding is
 * the same (no camera, no microphone) it gives the CLI's own summary and steps.
 */
import type { CheckOutcome } from '../../checks/types.js'
import { devicesFor } from '../../checks/devices/evaluate.js'
import { findingSteps } from '../../checks/devices/wording.js'
import type { AdviceStep, Measurement, SessionType, Status } from '../../report/model.js'
import type { Msg, PlainKey } from '../../messages/index.js'
import type { BrowserName, SystemName } from '../browser-info.js'

/**
 * Why the camera or microphone could not be turned on, from getUserMedia's error:
 * denied (NotAllowedError, SecurityError), busy (NotReadableError: another app holds it),
 * unsupported (no mediaDevices: an http:// page or an old browser), failed (anything else).
 */
export type MediaProblem = 'denied' | 'busy' | 'unsupported' | 'failed'

export interface BrowserDeviceFacts {
  /** Whether the browser lists a camera and a microphone (enumerateDevices). */
  camera: boolean
  microphone: boolean
  problem?: MediaProblem
  /** The microphone's level rose above silence while the page listened; undefined if it never listened. */
  microphoneHeard?: boolean
  /** The person's answer to "Did you hear the test sound?"; undefined if not asked. */
  speakersHeard?: boolean
}

export interface BrowserPlace {
  browser: BrowserName
  system: SystemName
}

/** The steps to allow the camera and microphone in this browser on this system, then the system's own switch. */
export function allowSteps(place: BrowserPlace): PlainKey[] {
  const { browser, system } = place
  let own: PlainKey
  // On iOS every browser uses Safari's engine, but only Safari has Website Settings; others use the Settings app.
  if (system === 'ios') own = browser === 'safari' ? 'web.allow.safari.ios' : 'web.allow.other.ios'
  else if (system === 'android')
    own =
      browser === 'firefox'
        ? 'web.allow.firefox.android'
        : browser === 'samsung'
          ? 'web.allow.samsung.android'
          : browser === 'chrome' || browser === 'edge' || browser === 'opera'
            ? 'web.allow.chrome.android'
            : 'web.allow.other'
  else if (browser === 'safari') own = 'web.allow.safari.macos'
  else if (browser === 'firefox') own = 'web.allow.firefox.computer'
  else if (browser === 'edge') own = 'web.allow.edge.computer'
  else if (browser === 'chrome' || browser === 'opera') own = 'web.allow.chrome.computer'
  else own = 'web.allow.other'
  const systemStep: Partial<Record<SystemName, PlainKey>> = {
    windows: 'web.allow.system.windows',
    macos: 'web.allow.system.macos',
    android: 'web.allow.system.android',
  }
  const extra = systemStep[system]
  return extra ? [own, extra] : [own]
}

interface Finding {
  summary: PlainKey
  status: Status
  steps: PlainKey[]
  /** Steps of one finding are one thing to do: a fix and its alternatives. */
  thing: string
}

function problemFinding(facts: BrowserDeviceFacts, session: SessionType, place: BrowserPlace): Finding {
  switch (facts.problem) {
    case 'denied':
      return {
        summary: session === 'video' ? 'web.devices.summary.denied' : 'web.devices.summary.deniedAudio',
        status: 'fail',
        steps: allowSteps(place),
        thing: 'devices.allow',
      }
    case 'busy':
      return {
        summary: 'web.devices.summary.busy',
        status: 'fail',
        steps: ['web.devices.step.closeOtherApp'],
        thing: 'devices.busy',
      }
    case 'unsupported':
      return {
        summary: 'web.devices.summary.unsupported',
        status: 'fail',
        steps: ['web.devices.step.otherBrowser'],
        thing: 'devices.unsupported',
      }
    default:
      return {
        summary: 'web.devices.summary.failed',
        status: 'fail',
        steps: ['web.devices.step.closeOtherApp', 'web.devices.step.otherBrowser'],
        thing: 'devices.failed',
      }
  }
}

/** What is wrong, most important first; empty when all is well. */
export function browserDeviceFindings(
  facts: BrowserDeviceFacts,
  session: SessionType,
  place: BrowserPlace,
): Finding[] {
  const kinds = devicesFor(session)
  const findings: Finding[] = []
  // No device is the CLI's finding, with the CLI's words: plug one in, use a phone, or join by audio.
  for (const kind of kinds)
    if (!facts[kind])
      findings.push({
        summary: `devices.summary.${kind}.none`,
        status: 'fail',
        steps: [...findingSteps[`${kind}.none`]],
        thing: `devices.${kind}.none`,
      })
  const present = kinds.every((kind) => facts[kind])
  if (present && facts.problem) findings.push(problemFinding(facts, session, place))
  if (facts.speakersHeard === false)
    findings.push({
      summary: 'web.devices.summary.speakersNotHeard',
      status: 'fail',
      steps: ['web.devices.step.volume'],
      thing: 'devices.speakers',
    })
  if (!facts.problem && facts.microphone && facts.microphoneHeard === false)
    findings.push({
      summary: 'web.devices.summary.silent',
      status: 'warn',
      steps: ['web.devices.step.silent'],
      thing: 'devices.silent',
    })
  return findings
}

function measurementsOf(facts: BrowserDeviceFacts, session: SessionType, m: Msg): Measurement[] {
  const list: Measurement[] = []
  for (const kind of devicesFor(session)) {
    list.push({ id: `${kind}Found`, label: m(`devices.label.${kind}Found`), value: facts[kind] })
    if (facts[kind] && facts.problem !== 'unsupported' && facts.problem !== 'failed')
      list.push({
        id: `${kind}Allowed`,
        label: m(`devices.label.${kind}Allowed`),
        value: facts.problem !== 'denied',
      })
  }
  if (facts.microphoneHeard !== undefined)
    list.push({
      id: 'microphoneHeard',
      label: m('web.label.microphoneHeard'),
      value: facts.microphoneHeard,
      status: facts.microphoneHeard ? 'pass' : 'warn',
    })
  if (facts.speakersHeard !== undefined)
    list.push({
      id: 'speakersHeard',
      label: m('web.label.speakersHeard'),
      value: facts.speakersHeard,
      status: facts.speakersHeard ? 'pass' : 'fail',
    })
  return list
}

/** The devices check in a browser, in the language of `m`. */
export function evaluateBrowserDevices(
  facts: BrowserDeviceFacts,
  session: SessionType,
  place: BrowserPlace,
  m: Msg,
): CheckOutcome {
  if (devicesFor(session).length === 0)
    return {
      status: 'skip',
      summary: m('web.devices.summary.textSession'),
      advice: [],
      details: { reason: 'text-session', source: 'browser' },
    }
  const findings = browserDeviceFindings(facts, session, place)
  const worst = findings.find((finding) => finding.status === 'fail') ?? findings[0]
  const status: Status = worst?.status ?? 'pass'
  const steps: AdviceStep[] = findings.flatMap((finding) =>
    finding.steps.map((key) => ({
      text: m(key),
      priority: finding.status === 'fail' ? ('must' as const) : ('consider' as const),
      from: 'tool' as const,
      thing: finding.thing,
    })),
  )
  return {
    status,
    // Every finding is named, the ones that fail first, as the CLI's devices check does.
    summary:
      findings.length > 0
        ? [...findings.filter((f) => f.status === 'fail'), ...findings.filter((f) => f.status !== 'fail')]
            .map((finding) => m(finding.summary))
            .join(' ')
        : m(`web.devices.summary.ready.${session === 'video' ? 'video' : 'audio'}`),
    advice: steps.map((step) => step.text),
    steps,
    measurements: measurementsOf(facts, session, m),
    details: {
      source: 'browser',
      findings: findings.map((finding) => finding.thing),
      ...(facts.problem ? { problem: facts.problem } : {}),
    },
  }
}
