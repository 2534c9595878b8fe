import { describe, expect, it } from 'vitest'
import { evaluateDevices } from '../../../src/checks/devices/evaluate.js'
import { evaluateChecklist } from '../../../src/checks/checklist/evaluate.js'
import { defaultQuestionsFor } from '../../../src/checks/checklist/default-questions.js'
import { buildReport } from '../../../src/report/build-report.js'
import { thingsToDo } from '../../../src/report/to-do.js'
import { chooseCrisisLine } from '../../../src/report/crisis.js'
import { messagesFor } from '../../../src/messages/index.js'
import type { CheckResult, SessionType } from '../../../src/report/model.js'
import { unknownReading, type DeviceReading } from '../../../src/platform/devices/types.js'

/**
 * Issue 22 item 7: each device is judged on its own (the camera matters for video only, the
 * microphone for video and audio), the checklist's microphone question and the devices check say
 * "try your microphone" once, and an audio session is never told to open its "video app".
 */
const en = messagesFor('en')
const present: DeviceReading = { ...unknownReading(), presence: 'present', access: 'allowed', inUse: 'no' }
const noCamera = { camera: { ...unknownReading(), presence: 'none' as const }, microphone: unknownReading() }
const micUnknown = { camera: present, microphone: unknownReading() }

const priorityOf = (outcome: ReturnType<typeof evaluateDevices>, key: Parameters<typeof en>[0]) =>
  outcome.steps?.find((step) => step.text === en(key as never))?.priority

describe('the microphone step, judged on its own', () => {
  it('no camera in a video session: the camera is a must-do, trying the microphone only worth a look', () => {
    const outcome = evaluateDevices(noCamera, 'video', 'linux', en)
    expect(outcome.status).toBe('fail')
    expect(priorityOf(outcome, 'devices.step.plugInWebcam')).toBe('must')
    expect(priorityOf(outcome, 'devices.step.testMicrophone')).toBe('consider')
  })

  it.each<SessionType>(['video', 'audio'])(
    'an unknown microphone is worth a look in a %s session, the same in both',
    (session) => {
      const outcome = evaluateDevices(micUnknown, session, 'linux', en)
      expect(outcome.status).toBe('warn')
      expect(priorityOf(outcome, 'devices.step.testMicrophone')).toBe('consider')
    },
  )

  it("the camera's fix and its alternatives are one thing to do; the microphone is another", () => {
    const outcome = evaluateDevices(noCamera, 'video', 'linux', en)
    const report = buildReport(
      [{ id: 'devices', title: 'Devices', ...outcome, measurements: [], durationMs: 1 }],
      {
        tool: { name: 'session-checkup', version: '1' },
        startedAt: new Date(0),
        durationMs: 1,
        platform: { os: 'linux', release: '6', arch: 'x64' },
        session: 'video',
        lang: 'en',
        crisis: chooseCrisisLine({ timeZone: 'UTC' }, 'en'),
        knownChecks: ['devices'],
      },
    )
    const things = thingsToDo(report.checks)
    expect(things.must.map((thing) => thing.text)).toEqual([en('devices.step.plugInWebcam')])
    expect(things.must[0]?.more).toContain(en('devices.step.phoneOrTablet'))
    expect(things.consider.map((thing) => thing.text)).toContain(en('devices.step.testMicrophone'))
  })

  it('a "no" to the checklist\'s microphone question and an unknown microphone: one step, not two', () => {
    const question = defaultQuestionsFor('audio', 'en').find((q) => q.id === 'microphone-ready')!
    expect(question).toBeDefined()
    const checklist = evaluateChecklist(
      { answered: [{ question, outcome: 'no' }], answeredIn: 'terminal', checklist: 'built-in' },
      en,
    )
    const devices = evaluateDevices(micUnknown, 'audio', 'linux', en)
    const results: CheckResult[] = [
      { id: 'devices', title: 'Devices', ...devices, measurements: [], durationMs: 1 },
      { id: 'checklist', title: 'Checklist', ...checklist, measurements: [], durationMs: 1 },
    ]
    const report = buildReport(results, {
      tool: { name: 'session-checkup', version: '1' },
      startedAt: new Date(0),
      durationMs: 1,
      platform: { os: 'linux', release: '6', arch: 'x64' },
      session: 'audio',
      lang: 'en',
      crisis: chooseCrisisLine({ timeZone: 'UTC' }, 'en'),
      knownChecks: ['devices', 'checklist'],
    })
    const texts = thingsToDo(report.checks).consider.flatMap((thing) => [thing.text, ...thing.more])
    const aboutTheLevel = texts.filter((text) => /microphone level moves/.test(text))
    expect(aboutTheLevel).toHaveLength(1)
  })

  it.each(['en', 'es'] as const)('an audio session is never told to open its "video app" (%s)', (lang) => {
    const m = messagesFor(lang)
    const readings: DeviceReading[] = [
      unknownReading(),
      { ...present, inUse: 'yes' },
      { ...present, access: 'unknown' },
    ]
    for (const microphone of readings)
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        const outcome = evaluateDevices({ camera: present, microphone }, 'audio', platform, m)
        expect([outcome.summary, ...outcome.advice].join(' ')).not.toMatch(/video app|aplicación de video/i)
      }
  })
})
