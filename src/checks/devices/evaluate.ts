/**
 * The camera and microphone check's decisions. Pure: (snapshot, session, platform) => outcome.
 * Device names go to `details`, app names to `identifiers`; wording.ts says which sentences, the
 * message catalogue holds them.
 */
import type { CheckOutcome } from '../types.js'
import type { AdviceStep, Identifiers, Measurement, SessionType, Status } from '../../report/model.js'
import type { DeviceKind, DeviceReading, DevicesSnapshot } from '../../platform/devices/types.js'
import { sanitizeText } from '../../text/sanitize.js'
import { LOW_INPUT_VOLUME_PERCENT } from './thresholds.js'
import { type Msg, type PlainKey } from '../../messages/index.js'
import { findingSteps, RUN_AGAIN, stepTopics, type FindingKey } from './wording.js'
import { defined } from '../../defined.js'

export interface Finding {
  key: FindingKey
  status: Status
}

const rank: Record<Status, number> = { fail: 4, error: 3, warn: 2, pass: 1, skip: 0 }

/** The devices a session needs: video both, audio the microphone, text none. */
export function devicesFor(session: SessionType): DeviceKind[] {
  if (session === 'video') return ['camera', 'microphone']
  if (session === 'audio') return ['microphone']
  return []
}

function levelFinding(reading: DeviceReading, platform: NodeJS.Platform): Finding | undefined {
  const level = reading.level
  const os = platform === 'darwin' ? 'darwin' : platform === 'linux' ? 'linux' : undefined
  if (!level || !os) return undefined
  if (level.muted || level.volumePercent === 0) return { key: `microphone.muted.${os}`, status: 'warn' }
  // Stryker disable next-line ConditionalExpression: `undefined < 10` is false, so the first test only reads clearly.
  if (level.volumePercent !== undefined && level.volumePercent < LOW_INPUT_VOLUME_PERCENT)
    return { key: `microphone.low.${os}`, status: 'warn' }
  return undefined
}

/** What is wrong with one device, most important first; empty when nothing is. */
export function findingsFor(kind: DeviceKind, reading: DeviceReading, platform: NodeJS.Platform): Finding[] {
  if (reading.presence === 'none') return [{ key: `${kind}.none`, status: 'fail' }]
  const findings: Finding[] = []
  if (reading.access === 'blocked' && reading.blockedBy) {
    const key = `${kind}.blocked.${reading.blockedBy}` as FindingKey
    if (key in findingSteps) findings.push({ key, status: 'fail' })
  }
  if (reading.presence === 'unknown' && findings.length === 0)
    findings.push({ key: `${kind}.unknown`, status: 'warn' })
  // An app holding the device may be the very app of the session: a caution, not a failure.
  if (reading.inUse === 'yes') findings.push({ key: `${kind}.in-use`, status: 'warn' })
  if (kind === 'microphone') {
    const level = levelFinding(reading, platform)
    if (level) findings.push(level)
  }
  return findings
}

function measurementsOf(kinds: readonly DeviceKind[], snapshot: DevicesSnapshot, m: Msg): Measurement[] {
  const list: Measurement[] = []
  for (const kind of kinds) {
    const reading = snapshot[kind]
    list.push({
      id: `${kind}Found`,
      label: m(`devices.label.${kind}Found`),
      value: reading.presence === 'unknown' ? null : reading.presence === 'present',
    })
    if (reading.presence === 'none') continue
    if (reading.access !== 'unknown')
      list.push({
        id: `${kind}Allowed`,
        label: m(`devices.label.${kind}Allowed`),
        value: reading.access === 'allowed',
      })
    if (reading.inUse !== 'unknown')
      list.push({
        id: `${kind}InUse`,
        label: m(`devices.label.${kind}InUse`),
        value: reading.inUse === 'yes',
      })
  }
  const level = kinds.includes('microphone') ? snapshot.microphone.level : undefined
  if (level?.muted !== undefined)
    list.push({ id: 'microphoneMuted', label: m('devices.label.microphoneMuted'), value: level.muted })
  if (level?.volumePercent !== undefined) {
    const low = level.volumePercent < LOW_INPUT_VOLUME_PERCENT
    list.push({
      id: 'microphoneVolume',
      label: m('devices.label.microphoneVolume'),
      value: level.volumePercent,
      unit: '%',
      status: low ? 'warn' : 'pass',
    })
  }
  return list
}

function detailsOf(
  kinds: readonly DeviceKind[],
  snapshot: DevicesSnapshot,
  findings: readonly Finding[],
): Record<string, unknown> {
  const details: Record<string, unknown> = { findings: findings.map((finding) => finding.key) }
  for (const kind of kinds) {
    const reading = snapshot[kind]
    details[kind] = {
      presence: reading.presence,
      names: reading.names
        .map((name) => sanitizeText(name, 80))
        .filter(Boolean)
        .slice(0, 8),
      access: reading.access,
      ...defined({ blockedBy: reading.blockedBy }),
      inUse: reading.inUse,
      ...defined({ level: reading.level }),
      ...(reading.notes.length > 0 ? { notes: reading.notes.map((note) => sanitizeText(note, 120)) } : {}),
    }
  }
  return details
}

/** Names of the apps holding a device: identifiers, because they can say who uses this computer and how. */
function identifiersOf(kinds: readonly DeviceKind[], snapshot: DevicesSnapshot): Identifiers | undefined {
  const ids: Identifiers = {}
  for (const kind of kinds) {
    const names = snapshot[kind].users.map((user) => sanitizeText(user.name, 60)).filter(Boolean)
    if (names.length > 0)
      ids[kind === 'camera' ? 'cameraInUseBy' : 'microphoneInUseBy'] = names.slice(0, 5).join(', ')
  }
  return Object.keys(ids).length > 0 ? ids : undefined
}

function tipsFor(
  kinds: readonly DeviceKind[],
  snapshot: DevicesSnapshot,
  platform: NodeJS.Platform,
): PlainKey[] {
  const tips: PlainKey[] = []
  if (
    platform === 'darwin' &&
    kinds.some((kind) => snapshot[kind].access === 'unknown' && snapshot[kind].presence === 'present')
  )
    tips.push('devices.step.macosPrivacy')
  if (kinds.includes('camera') && snapshot.camera.presence !== 'none') tips.push('devices.step.cameraCover')
  return tips
}

/**
 * The steps, each device judged on its own (issue 22): what the camera needs is a must-do only when
 * the camera's own finding fails, and the microphone's steps are worth a look when its own finding
 * is a caution, whatever happened to the camera. A device's steps are one thing to do (a fix and
 * its alternatives); the tips are one more. "Then run … again" comes once, at the end.
 */
function stepsOf(
  kinds: readonly DeviceKind[],
  ordered: readonly Finding[],
  tips: readonly PlainKey[],
  m: Msg,
): AdviceStep[] {
  const groups = kinds
    .map((kind) => {
      const own = ordered.filter((finding) => finding.key.startsWith(`${kind}.`))
      const priority: AdviceStep['priority'] = own.some((f) => f.status === 'fail') ? 'must' : 'consider'
      const keys = [...new Set(own.flatMap((finding) => findingSteps[finding.key]))]
      return { kind, priority, keys }
    })
    .filter((group) => group.keys.length > 0)
    .sort((a, b) => (a.priority === b.priority ? 0 : a.priority === 'must' ? -1 : 1))
  const lastWithRunAgain = groups.map((group) => group.keys.includes(RUN_AGAIN)).lastIndexOf(true)
  const steps = groups.flatMap((group, index) => {
    const keys = [
      ...group.keys.filter((key) => key !== RUN_AGAIN),
      ...(index === lastWithRunAgain ? [RUN_AGAIN] : []),
    ]
    return keys.map(
      (key): AdviceStep => ({
        text: m(key),
        priority: group.priority,
        from: 'tool',
        thing: `devices.${group.kind}`,
        ...defined({ topic: stepTopics[key] }),
      }),
    )
  })
  const tipSteps = tips.map(
    (key): AdviceStep => ({ text: m(key), priority: 'consider', from: 'tool', thing: 'devices.tips' }),
  )
  return [...steps, ...tipSteps]
}

/** Decides the check, in the language of `m`: the worst finding sets the status, each device's worst finding is in the summary, every finding adds its steps. */
export function evaluateDevices(
  snapshot: DevicesSnapshot,
  session: SessionType,
  platform: NodeJS.Platform,
  m: Msg,
): CheckOutcome {
  const kinds = devicesFor(session)
  if (kinds.length === 0)
    return {
      status: 'skip',
      summary: m('devices.summary.textSession'),
      advice: [],
      details: { reason: 'text-session' },
    }
  const findings = kinds.flatMap((kind) => findingsFor(kind, snapshot[kind], platform))
  const ordered = [...findings].sort((a, b) => rank[b.status] - rank[a.status])
  const worst = ordered[0]
  const status: Status = worst?.status ?? 'pass'
  // Each device with a finding is named by its own worst one, the worse device first: a blocked
  // camera and a missing microphone are both said, not only the one that sets the status.
  const worstOfEach = kinds
    .map((kind) => ordered.find((finding) => finding.key.startsWith(`${kind}.`)))
    .filter((finding): finding is Finding => finding !== undefined)
    .sort((a, b) => rank[b.status] - rank[a.status])
  const summary =
    worstOfEach.length > 0
      ? worstOfEach.map((finding) => m(`devices.summary.${finding.key}`)).join(' ')
      : m(session === 'video' ? 'devices.summary.readyVideo' : 'devices.summary.readyAudio')
  const steps = stepsOf(kinds, ordered, tipsFor(kinds, snapshot, platform), m)
  const identifiers = identifiersOf(kinds, snapshot)
  return {
    status,
    summary,
    advice: steps.map((step) => step.text),
    steps,
    measurements: measurementsOf(kinds, snapshot, m),
    details: detailsOf(kinds, snapshot, ordered),
    ...defined({ identifiers }),
  }
}
