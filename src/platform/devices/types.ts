/**
 * What the camera and microphone readers hand to the check. Plain data, so `evaluate` stays pure
 * and table-tested. Every field that could not be read is `unknown`: a missing command or an
 * unreadable file means "could not check", never "no camera".
 */

export type DeviceKind = 'camera' | 'microphone'

/** present: the OS lists at least one. none: the OS answered and lists none. unknown: no answer. */
export type Presence = 'present' | 'none' | 'unknown'

/**
 * Whether the OS lets apps use the device. `blocked` names where (`scope`); `unknown` when the
 * OS keeps this where we cannot read it without a prompt or elevated rights (macOS).
 */
export type Access = 'allowed' | 'blocked' | 'unknown'

/** Where a block is set, so the wording can name the exact switch. */
export type BlockScope =
  | 'windows-device' // HKLM ConsentStore Value=Deny: "Camera access" for everyone on this computer
  | 'windows-all-apps' // HKCU ConsentStore Value=Deny: "Let apps access your camera"
  | 'windows-desktop-apps' // HKCU ConsentStore\NonPackaged Value=Deny: "Let desktop apps access your camera"
  | 'windows-device-disabled' // Device Manager: the camera is disabled (CIM ConfigManagerErrorCode 22)
  | 'windows-endpoint-disabled' // Sound settings: every microphone is disabled (MMDevices DeviceState 2)
  | 'linux-permission' // this user account may not open /dev/video*
  | 'linux-gnome-privacy' // GNOME Settings › Privacy: org.gnome.desktop.privacy disable-camera/-microphone

/** The microphone's level at the system level: mute switch and input volume. */
export interface InputLevel {
  muted?: boolean
  /** 0-100 (may exceed 100 when boosted). */
  volumePercent?: number
  source: 'pactl' | 'wpctl' | 'osascript'
}

/** Another app holding the device right now. `name` is an identifier (kept out of exports). */
export interface DeviceUser {
  name: string
}

export interface DeviceReading {
  presence: Presence
  /** Device names the OS gave (camera model, microphone description); sanitized by the check. */
  names: string[]
  access: Access
  blockedBy?: BlockScope
  /** Microphone only: mute and volume. Undefined when not readable on this OS. */
  level?: InputLevel
  /** yes/no when the OS tells; unknown when it cannot be read (macOS, other users' processes). */
  inUse: 'yes' | 'no' | 'unknown'
  users: DeviceUser[]
  /** Short technical notes on what could not be read, for --verbose and JSON (never identifiers). */
  notes: string[]
}

export interface DevicesSnapshot {
  camera: DeviceReading
  microphone: DeviceReading
}

/** A reading that knows nothing yet. */
export function unknownReading(): DeviceReading {
  return { presence: 'unknown', names: [], access: 'unknown', inUse: 'unknown', users: [], notes: [] }
}
