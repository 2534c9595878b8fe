import { powershellArgs, type ExecResult } from '../exec.js'
import {
  CONSENT_STORE,
  MMDEVICES_CAPTURE,
  WINDOWS_CAMERA_SCRIPT,
  parseCimCameras,
  parseConsentStore,
  parseMmDevicesCapture,
  type ConsentStoreReading,
} from './parse-windows.js'
import type { ReadDevicesDeps } from './read-deps.js'
import { unknownReading, type DeviceReading, type DevicesSnapshot } from './types.js'
import { defined } from '../../defined.js'

const CIM_DISABLED = 22

function consentOf(result: ExecResult, device: 'webcam' | 'microphone'): ConsentStoreReading | undefined {
  return result.ok ? parseConsentStore(result.stdout, device) : undefined
}

/** Privacy switches, most fundamental first: the whole computer, then all apps, then desktop apps. */
function applyConsent(
  reading: DeviceReading,
  user: ConsentStoreReading | undefined,
  machine: ConsentStoreReading | undefined,
): void {
  // A device switched off in Device Manager or Sound settings is the nearer cause: it stays first.
  if (reading.access === 'blocked') {
    // keep it
  } else if (machine?.value === 'Deny')
    Object.assign(reading, { access: 'blocked', blockedBy: 'windows-device' })
  else if (user?.value === 'Deny')
    Object.assign(reading, { access: 'blocked', blockedBy: 'windows-all-apps' })
  else if (user?.desktopApps === 'Deny')
    Object.assign(reading, { access: 'blocked', blockedBy: 'windows-desktop-apps' })
  else if (user) reading.access = 'allowed'
  else reading.notes.push('the privacy settings could not be read')
  const users = [...new Set([...(user?.inUse ?? []), ...(machine?.inUse ?? [])])]
  if (user || machine) {
    reading.inUse = users.length > 0 ? 'yes' : 'no'
    reading.users = users.map((name) => ({ name }))
  }
}

function cameraFrom(cim: ExecResult): DeviceReading {
  const reading = unknownReading()
  const cameras = cim.ok ? parseCimCameras(cim.stdout) : undefined
  if (!cameras) {
    reading.notes.push(cim.ok ? 'PowerShell gave an unexpected camera list' : `PowerShell: ${cim.reason}`)
    return reading
  }
  reading.presence = cameras.length > 0 ? 'present' : 'none'
  reading.names = cameras.map((camera) => camera.name)
  if (cameras.length > 0 && cameras.every((camera) => camera.errorCode === CIM_DISABLED)) {
    reading.access = 'blocked'
    reading.blockedBy = 'windows-device-disabled'
  }
  return reading
}

function microphoneFrom(capture: ExecResult): DeviceReading {
  const reading = unknownReading()
  if (!capture.ok) {
    // No Capture key at all: Windows has never had a microphone to list.
    if (capture.reason === 'exit') reading.presence = 'none'
    else reading.notes.push(`reg: ${capture.reason}`)
    return reading
  }
  const endpoints = parseMmDevicesCapture(capture.stdout)
  const active = endpoints.filter((endpoint) => endpoint.state === 'active')
  const disabled = endpoints.filter((endpoint) => endpoint.state === 'disabled')
  reading.presence = active.length > 0 || disabled.length > 0 ? 'present' : 'none'
  reading.names = (active.length > 0 ? active : disabled).flatMap((endpoint) =>
    endpoint.name ? [endpoint.name] : [],
  )
  if (active.length === 0 && disabled.length > 0) {
    reading.access = 'blocked'
    reading.blockedBy = 'windows-endpoint-disabled'
  }
  return reading
}

/**
 * Windows: the privacy switches and who uses each device now from the ConsentStore (reg.exe,
 * milliseconds), microphones from the MMDevices registry, cameras from one CIM query. The mute
 * switch and the input volume live behind the Core Audio COM interface, which PowerShell reaches
 * only by compiling C# (seconds, not milliseconds), so they are not read here.
 */
export async function readWindowsDevices(deps: ReadDevicesDeps): Promise<DevicesSnapshot> {
  const options = { timeoutMs: Math.max(1, deps.deadline - deps.now()), ...defined({ signal: deps.signal }) }
  const reg = (key: string): Promise<ExecResult> => deps.exec('reg', ['query', key, '/s'], options)
  const wantCamera = deps.kinds.includes('camera')
  const skipped = Promise.resolve<ExecResult>({
    ok: false,
    reason: 'aborted',
    stdout: '',
    stderr: '',
    message: 'not needed',
  })
  const [camUser, camMachine, micUser, micMachine, capture, cim] = await Promise.all([
    wantCamera ? reg(`HKCU\\${CONSENT_STORE}\\webcam`) : skipped,
    wantCamera ? reg(`HKLM\\${CONSENT_STORE}\\webcam`) : skipped,
    reg(`HKCU\\${CONSENT_STORE}\\microphone`),
    reg(`HKLM\\${CONSENT_STORE}\\microphone`),
    reg(MMDEVICES_CAPTURE),
    wantCamera ? deps.exec('powershell.exe', powershellArgs(WINDOWS_CAMERA_SCRIPT), options) : skipped,
  ])
  const camera = wantCamera ? cameraFrom(cim) : unknownReading()
  if (wantCamera) applyConsent(camera, consentOf(camUser, 'webcam'), consentOf(camMachine, 'webcam'))
  const microphone = microphoneFrom(capture)
  applyConsent(microphone, consentOf(micUser, 'microphone'), consentOf(micMachine, 'microphone'))
  return { camera, microphone }
}
