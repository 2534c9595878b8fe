/** Pure readers of macOS `system_profiler -json` and `osascript` output. */

export interface MacosDevices {
  /** Undefined when the JSON had no camera section (the query failed or was cut short). */
  cameras?: string[]
  microphones?: Array<{ name: string; isDefault: boolean }>
}

interface AudioItem {
  _name?: unknown
  coreaudio_device_input?: unknown
  coreaudio_default_audio_input_device?: unknown
  _items?: AudioItem[]
}

/**
 * `system_profiler -json SPCameraDataType SPAudioDataType`: `SPCameraDataType` is a list of
 * cameras (`_name`); `SPAudioDataType[0]._items` lists audio devices, inputs having
 * `coreaudio_device_input` (their channel count) and the default one
 * `coreaudio_default_audio_input_device: "spaudio_yes"`.
 */
export function parseSystemProfilerDevices(json: string): MacosDevices | undefined {
  let data: Record<string, unknown>
  try {
    data = JSON.parse(json) as Record<string, unknown>
  } catch {
    return undefined
  }
  if (!data || typeof data !== 'object') return undefined
  const result: MacosDevices = {}
  const cameras = data.SPCameraDataType
  if (Array.isArray(cameras))
    result.cameras = cameras.flatMap((item: { _name?: unknown }) =>
      typeof item?._name === 'string' ? [item._name] : [],
    )
  const audio = data.SPAudioDataType
  if (Array.isArray(audio)) {
    const devices = (audio as AudioItem[]).flatMap((group) =>
      Array.isArray(group?._items) ? group._items : [],
    )
    result.microphones = devices
      .filter(
        (device) => typeof device.coreaudio_device_input === 'number' && device.coreaudio_device_input > 0,
      )
      .map((device) => ({
        name: typeof device._name === 'string' ? device._name : '',
        isDefault: device.coreaudio_default_audio_input_device === 'spaudio_yes',
      }))
  }
  return result
}

/**
 * `osascript -e "input volume of (get volume settings)"`: a number from 0 to 100, or
 * `missing value` when there is no input device. macOS has no separate input mute: 0 is muted.
 */
export function parseOsascriptInputVolume(stdout: string): number | 'missing' | undefined {
  const text = stdout.trim()
  if (text === 'missing value') return 'missing'
  return /^\d{1,3}$/.test(text) ? Number(text) : undefined
}
