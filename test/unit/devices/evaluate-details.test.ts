/**
 * The camera and microphone verdict beyond its headline (issue 15: surviving mutants showed these
 * untested): which findings a reading gives on each system, their order, the ready sentence per
 * session, the tips, and what the measurements, details and identifiers hold.
 */
import { describe, expect, it } from 'vitest'
import { evaluateDevices, findingsFor } from '../../../src/checks/devices/evaluate.js'

import {
  unknownReading,
  type DeviceReading,
  type DevicesSnapshot,
} from '../../../src/platform/devices/types.js'
import { english, findingWords, msg, tipWords } from '../../helpers/english.js'

const ok = (extra: Partial<DeviceReading> = {}): DeviceReading => ({
  ...unknownReading(),
  presence: 'present',
  access: 'allowed',
  inUse: 'no',
  ...extra,
})
const snapshot = (
  camera: Partial<DeviceReading> = {},
  microphone: Partial<DeviceReading> = {},
): DevicesSnapshot => ({ camera: ok(camera), microphone: ok(microphone) })
/** Measurements without their labels (the words belong to the catalogue). */
const measured = (outcome: ReturnType<typeof evaluateDevices>) =>
  outcome.measurements?.map(({ label: _label, ...rest }) => rest)

describe('findings from one reading', () => {
  it('a block is reported only when the device is blocked and the reason has words for this device', () => {
    expect(findingsFor('camera', ok({ access: 'allowed', blockedBy: 'linux-permission' }), 'linux')).toEqual(
      [],
    )
    expect(
      findingsFor('microphone', ok({ access: 'blocked', blockedBy: 'linux-permission' }), 'linux'),
    ).toEqual([])
    expect(
      findingsFor(
        'camera',
        ok({ presence: 'unknown', access: 'blocked', blockedBy: 'linux-permission' }),
        'linux',
      ),
    ).toEqual([{ key: 'camera.blocked.linux-permission', status: 'fail' }])
  })

  it('the input level counts on macOS and Linux only, and for the microphone only', () => {
    const level = { source: 'pactl' as const, muted: true, volumePercent: 100 }
    expect(findingsFor('microphone', ok({ level }), 'win32')).toEqual([])
    expect(findingsFor('camera', ok({ level }), 'linux')).toEqual([])
    expect(
      findingsFor(
        'microphone',
        ok({ level: { source: 'osascript', muted: false, volumePercent: 0 } }),
        'darwin',
      ),
    ).toEqual([{ key: 'microphone.muted.darwin', status: 'warn' }])
  })

  it('the most serious finding speaks first, whatever order they came in', () => {
    const outcome = evaluateDevices(
      { camera: { ...unknownReading(), inUse: 'yes' }, microphone: ok({ presence: 'none' }) },
      'video',
      'linux',
      english,
    )
    expect(outcome.details?.findings).toEqual(['microphone.none', 'camera.unknown', 'camera.in-use'])
    // The most serious first, then the other device's own worst finding (issue 22: every problem is named).
    expect(outcome.summary).toBe(
      `${findingWords['microphone.none'].summary} ${findingWords['camera.unknown'].summary}`,
    )
  })

  it('a camera problem and a microphone problem are both named in the summary, the worse first', () => {
    const outcome = evaluateDevices(
      { camera: ok({ inUse: 'yes' }), microphone: ok({ presence: 'none' }) },
      'video',
      'linux',
      english,
    )
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(
      `${findingWords['microphone.none'].summary} ${findingWords['camera.in-use'].summary}`,
    )
  })
})

describe('the ready sentence and the tips', () => {
  it('says what it found for the session: both devices for video, the microphone for audio', () => {
    expect(evaluateDevices(snapshot(), 'video', 'linux', english).summary).toBe(
      msg('devices.summary.readyVideo'),
    )
    expect(evaluateDevices(snapshot(), 'audio', 'linux', english).summary).toBe(
      msg('devices.summary.readyAudio'),
    )
  })

  it('the macOS privacy tip only on macOS, only for a device found whose access it could not read', () => {
    expect(evaluateDevices(snapshot({ access: 'unknown' }), 'video', 'darwin', english).advice).toEqual([
      tipWords.macosPrivacy,
      tipWords.cameraCover,
    ])
    expect(evaluateDevices(snapshot({ access: 'unknown' }), 'video', 'linux', english).advice).toEqual([
      tipWords.cameraCover,
    ])
    expect(
      evaluateDevices(snapshot({ access: 'unknown', presence: 'unknown' }), 'video', 'darwin', english)
        .advice,
    ).not.toContain(tipWords.macosPrivacy)
    expect(evaluateDevices(snapshot(), 'video', 'darwin', english).advice).toEqual([tipWords.cameraCover])
  })

  it('the camera-cover tip only when the camera matters and may be there', () => {
    expect(evaluateDevices(snapshot(), 'audio', 'linux', english).advice).toEqual([])
    expect(evaluateDevices(snapshot({ presence: 'none' }), 'video', 'linux', english).advice).not.toContain(
      tipWords.cameraCover,
    )
  })

  it('a text session says why it skipped', () => {
    expect(evaluateDevices(snapshot(), 'text', 'linux', english).details).toStrictEqual({
      reason: 'text-session',
    })
  })
})

describe('measurements', () => {
  it('found, allowed and in use for each device read, nothing more for a missing one', () => {
    const outcome = evaluateDevices(
      snapshot(
        { access: 'blocked', blockedBy: 'linux-permission', inUse: 'yes' },
        { presence: 'none', access: 'allowed', inUse: 'no' },
      ),
      'video',
      'linux',
      english,
    )
    expect(measured(outcome)).toStrictEqual([
      { id: 'cameraFound', value: true },
      { id: 'cameraAllowed', value: false },
      { id: 'cameraInUse', value: true },
      { id: 'microphoneFound', value: false },
    ])
  })

  it('what it could not tell is left out, or null when it is whether the device is there', () => {
    const outcome = evaluateDevices(
      { camera: unknownReading(), microphone: ok({ access: 'allowed', inUse: 'no' }) },
      'video',
      'linux',
      english,
    )
    expect(measured(outcome)).toStrictEqual([
      { id: 'cameraFound', value: null },
      { id: 'microphoneFound', value: true },
      { id: 'microphoneAllowed', value: true },
      { id: 'microphoneInUse', value: false },
    ])
  })

  it('each device has its own label', () => {
    const [camera, , , microphone] = evaluateDevices(snapshot(), 'video', 'linux', english).measurements ?? []
    expect(camera?.label).not.toBe(microphone?.label)
    expect(camera?.label.trim()).not.toBe('found')
  })

  it('the volume at the threshold passes; just below is a caution', () => {
    const volume = (volumePercent: number) =>
      measured(
        evaluateDevices(
          snapshot({}, { level: { source: 'wpctl', volumePercent } }),
          'audio',
          'linux',
          english,
        ),
      )?.find((m) => m.id === 'microphoneVolume')
    expect(volume(10)).toStrictEqual({ id: 'microphoneVolume', value: 10, unit: '%', status: 'pass' })
    expect(volume(9)).toStrictEqual({ id: 'microphoneVolume', value: 9, unit: '%', status: 'warn' })
  })
})

describe('details and identifiers', () => {
  it('device names cleaned, empty ones dropped, at most eight; the block, level and notes when there are some', () => {
    const names = ['', ...Array.from({ length: 10 }, (_, i) => `Cam ${i}`)]
    const level = { source: 'pactl' as const, muted: false, volumePercent: 80 }
    const outcome = evaluateDevices(
      snapshot(
        { names, access: 'blocked', blockedBy: 'linux-permission', notes: ['group video'] },
        { level },
      ),
      'video',
      'linux',
      english,
    )
    expect(outcome.details?.camera).toStrictEqual({
      presence: 'present',
      names: names.slice(1, 9),
      access: 'blocked',
      blockedBy: 'linux-permission',
      inUse: 'no',
      notes: ['group video'],
    })
    expect(outcome.details?.microphone).toStrictEqual({
      presence: 'present',
      names: [],
      access: 'allowed',
      inUse: 'no',
      level,
    })
  })

  it('the apps holding a device: named, empty names dropped, at most five', () => {
    const users = ['', 'a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({ name }))
    const outcome = evaluateDevices(snapshot({ inUse: 'yes', users }), 'video', 'linux', english)
    expect(outcome.identifiers).toStrictEqual({ cameraInUseBy: 'a, b, c, d, e' })
    expect(
      evaluateDevices(snapshot({ inUse: 'yes', users: [{ name: '' }] }), 'video', 'linux', english),
    ).not.toHaveProperty('identifiers')
  })
})
