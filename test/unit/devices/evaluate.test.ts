import { describe, expect, it } from 'vitest'
import { evaluateDevices, findingsFor } from '../../../src/checks/devices/evaluate.js'

import {
  unknownReading,
  type DeviceReading,
  type DevicesSnapshot,
} from '../../../src/platform/devices/types.js'
import { english, findingWords, runAgain, tipWords } from '../../helpers/english.js'

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
const fine = snapshot(
  { names: ['Integrated Camera'] },
  { names: ['Built-in Audio'], level: { source: 'pactl', muted: false, volumePercent: 100 } },
)

describe('the camera and microphone check decides', () => {
  it.each([
    // [what, snapshot, session, platform, status, finding keys]
    ['all fine on video', fine, 'video', 'linux', 'pass', []],
    ['all fine on audio', fine, 'audio', 'linux', 'pass', []],
    ['no camera on video', snapshot({ presence: 'none' }), 'video', 'linux', 'fail', ['camera.none']],
    ['no camera does not matter on audio', snapshot({ presence: 'none' }), 'audio', 'linux', 'pass', []],
    ['no microphone', snapshot({}, { presence: 'none' }), 'audio', 'darwin', 'fail', ['microphone.none']],
    [
      'desktop apps blocked on Windows',
      snapshot({ access: 'blocked', blockedBy: 'windows-desktop-apps' }),
      'video',
      'win32',
      'fail',
      ['camera.blocked.windows-desktop-apps'],
    ],
    [
      'every app blocked from the microphone',
      snapshot({}, { access: 'blocked', blockedBy: 'windows-all-apps' }),
      'audio',
      'win32',
      'fail',
      ['microphone.blocked.windows-all-apps'],
    ],
    [
      'camera disabled in Device Manager',
      snapshot({ access: 'blocked', blockedBy: 'windows-device-disabled' }),
      'video',
      'win32',
      'fail',
      ['camera.blocked.windows-device-disabled'],
    ],
    [
      'no permission for /dev/video0',
      snapshot({ access: 'blocked', blockedBy: 'linux-permission' }),
      'video',
      'linux',
      'fail',
      ['camera.blocked.linux-permission'],
    ],
    [
      'camera held by another app',
      snapshot({ inUse: 'yes', users: [{ name: 'zoom' }] }),
      'video',
      'linux',
      'warn',
      ['camera.in-use'],
    ],
    [
      'microphone muted on Linux',
      snapshot({}, { level: { source: 'pactl', muted: true, volumePercent: 100 } }),
      'audio',
      'linux',
      'warn',
      ['microphone.muted.linux'],
    ],
    [
      'input volume 0 on macOS',
      snapshot({}, { level: { source: 'osascript', muted: true, volumePercent: 0 } }),
      'audio',
      'darwin',
      'warn',
      ['microphone.muted.darwin'],
    ],
    [
      'volume very low',
      snapshot({}, { level: { source: 'wpctl', muted: false, volumePercent: 5 } }),
      'audio',
      'linux',
      'warn',
      ['microphone.low.linux'],
    ],
    [
      'volume at the threshold is fine',
      snapshot({}, { level: { source: 'wpctl', muted: false, volumePercent: 10 } }),
      'audio',
      'linux',
      'pass',
      [],
    ],
    [
      'could not check the microphone',
      snapshot({}, unknownReading()),
      'audio',
      'linux',
      'warn',
      ['microphone.unknown'],
    ],
    [
      'blocked and muted: the block first',
      snapshot(
        {},
        { access: 'blocked', blockedBy: 'linux-gnome-privacy', level: { source: 'pactl', muted: true } },
      ),
      'audio',
      'linux',
      'fail',
      ['microphone.blocked.linux-gnome-privacy', 'microphone.muted.linux'],
    ],
  ] as const)('%s', (_what, input, session, platform, status, keys) => {
    const outcome = evaluateDevices(input, session, platform, english)
    expect(outcome.status).toBe(status)
    expect(outcome.details?.findings).toEqual(keys)
    const first = keys[0]
    if (first) expect(outcome.summary).toBe(findingWords[first].summary)
  })

  it('skips a text session without reading anything', () => {
    expect(
      evaluateDevices(snapshot(unknownReading(), unknownReading()), 'text', 'linux', english),
    ).toMatchObject({
      status: 'skip',
      advice: [],
    })
  })

  it('never calls a missing command "no camera": unknown presence is "could not check"', () => {
    expect(findingsFor('camera', unknownReading(), 'linux')).toEqual([
      { key: 'camera.unknown', status: 'warn' },
    ])
  })

  it('names the exact Windows setting to change', () => {
    const outcome = evaluateDevices(
      snapshot({ access: 'blocked', blockedBy: 'windows-desktop-apps' }),
      'video',
      'win32',
      english,
    )
    expect(outcome.advice[0]).toContain('Settings › Privacy & security › Camera')
    expect(outcome.advice[0]).toContain('"Let desktop apps access your camera"')
    expect(outcome.advice[0]).toContain('ms-settings:privacy-webcam')
  })

  it('says "run again" once, last, even when two findings ask for it', () => {
    const outcome = evaluateDevices(
      snapshot(
        { access: 'blocked', blockedBy: 'windows-all-apps' },
        { access: 'blocked', blockedBy: 'windows-all-apps' },
      ),
      'video',
      'win32',
      english,
    )
    expect(outcome.advice.filter((step) => step === runAgain)).toHaveLength(1)
    // Last of the fixes; the tips for what the check cannot see are a thing of their own, after them.
    const fixes = (outcome.steps ?? []).filter((step) => step.thing !== 'devices.tips')
    expect(fixes.at(-1)?.text).toBe(runAgain)
  })

  it('does not pretend to see a camera cover or a lid, and says where macOS keeps the app list', () => {
    expect(evaluateDevices(fine, 'video', 'linux', english).advice).toEqual([tipWords.cameraCover])
    expect(
      evaluateDevices(snapshot({ access: 'unknown' }, { access: 'unknown' }), 'video', 'darwin', english)
        .advice,
    ).toEqual([tipWords.macosPrivacy, tipWords.cameraCover])
  })

  it('keeps the app holding a device out of every sentence, in identifiers only', () => {
    const outcome = evaluateDevices(
      snapshot(
        { inUse: 'yes', users: [{ name: 'SecretChat' }] },
        { inUse: 'yes', users: [{ name: 'Zoom.exe' }] },
      ),
      'video',
      'win32',
      english,
    )
    expect(outcome.identifiers).toEqual({ cameraInUseBy: 'SecretChat', microphoneInUseBy: 'Zoom.exe' })
    expect(JSON.stringify({ ...outcome, identifiers: undefined })).not.toMatch(/SecretChat|Zoom\.exe/)
  })

  it('cleans hostile device and app names from the OS', () => {
    const ESC = '\u001b'
    const hostile = `${ESC}[2J${ESC}]0;owned\u0007Cam\u202eera\r\nFAKE LINE`
    const outcome = evaluateDevices(
      snapshot({ names: [hostile], inUse: 'yes', users: [{ name: hostile }] }),
      'video',
      'linux',
      english,
    )
    const text = JSON.stringify(outcome)
    expect(text).not.toContain(ESC)
    expect(text).not.toContain('\u202e')
    expect(text).not.toContain('\\r')
    expect((outcome.details?.camera as { names: string[] }).names).toEqual(['Camera FAKE LINE'])
    expect(outcome.identifiers?.cameraInUseBy).toBe('Camera FAKE LINE')
  })

  it('measures what it read, with the volume judged against the threshold', () => {
    const outcome = evaluateDevices(
      snapshot({}, { level: { source: 'pactl', muted: false, volumePercent: 5 } }),
      'audio',
      'linux',
      english,
    )
    expect(outcome.measurements).toEqual([
      { id: 'microphoneFound', label: 'Microphone found', value: true },
      { id: 'microphoneAllowed', label: 'Microphone allowed', value: true },
      { id: 'microphoneInUse', label: 'Microphone used by another app', value: false },
      { id: 'microphoneMuted', label: 'Microphone muted', value: false },
      { id: 'microphoneVolume', label: 'Microphone volume', value: 5, unit: '%', status: 'warn' },
    ])
  })
})
