import { parseOsascriptInputVolume, parseSystemProfilerDevices } from './parse-macos.js'
import type { ReadDevicesDeps } from './read-deps.js'
import { unknownReading, type DevicesSnapshot } from './types.js'
import { defined } from '../../defined.js'

export const OSASCRIPT_INPUT_VOLUME = 'input volume of (get volume settings)'

/**
 * macOS: cameras and microphones from one system_profiler run, the input volume from osascript
 * (no prompt: reading volume settings needs no permission). Which apps may use the camera and
 * microphone lives in the TCC database, which only Full Disk Access can read, and macOS does not
 * say cheaply which app uses the camera now: both stay "unknown", and the wording says where to look.
 */
export async function readMacosDevices(deps: ReadDevicesDeps): Promise<DevicesSnapshot> {
  const options = { timeoutMs: Math.max(1, deps.deadline - deps.now()), ...defined({ signal: deps.signal }) }
  const types = deps.kinds.includes('camera') ? ['SPCameraDataType', 'SPAudioDataType'] : ['SPAudioDataType']
  const [profile, volume] = await Promise.all([
    deps.exec('system_profiler', ['-json', ...types], options),
    deps.exec('osascript', ['-e', OSASCRIPT_INPUT_VOLUME], options),
  ])
  const devices = profile.ok ? parseSystemProfilerDevices(profile.stdout) : undefined
  const camera = unknownReading()
  const microphone = unknownReading()
  if (!profile.ok) camera.notes.push(`system_profiler: ${profile.reason}`)
  if (devices?.cameras) {
    camera.presence = devices.cameras.length > 0 ? 'present' : 'none'
    camera.names = devices.cameras
  }
  if (devices?.microphones) {
    microphone.presence = devices.microphones.length > 0 ? 'present' : 'none'
    microphone.names = devices.microphones.map((mic) => mic.name)
  }
  const level = volume.ok ? parseOsascriptInputVolume(volume.stdout) : undefined
  if (typeof level === 'number') {
    microphone.level = { source: 'osascript', volumePercent: level, muted: level === 0 }
    if (microphone.presence === 'unknown') microphone.presence = 'present'
  } else if (level === 'missing' && microphone.presence === 'unknown') microphone.presence = 'none'
  if (!volume.ok) microphone.notes.push(`osascript: ${volume.reason}`)
  return { camera, microphone }
}
