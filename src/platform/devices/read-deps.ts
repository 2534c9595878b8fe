import type { Exec } from '../exec.js'
import type { DeviceKind } from './types.js'

/** What every OS reader gets: the one exec, the clock and signal, and the moment to be done by. */
export interface ReadDevicesDeps {
  exec: Exec
  /** Milliseconds from a monotonic clock. */
  now: () => number
  /** `now()` value by which every command must have answered. */
  deadline: number
  signal?: AbortSignal
  env?: Readonly<Record<string, string | undefined>>
  /** Which devices the session needs; the camera is not read for audio sessions. */
  kinds: readonly DeviceKind[]
}
