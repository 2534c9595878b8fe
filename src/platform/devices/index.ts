/** The one entry the camera and microphone check calls: reads state only, never opens a device. */
import { readLinuxDevices, type LinuxRoots } from './read-linux.js'
import { readMacosDevices } from './read-macos.js'
import { readWindowsDevices } from './read-windows.js'
import type { ReadDevicesDeps } from './read-deps.js'
import { unknownReading, type DevicesSnapshot } from './types.js'

export type {
  DevicesSnapshot,
  DeviceReading,
  DeviceKind,
  BlockScope,
  Presence,
  Access,
  InputLevel,
} from './types.js'
export type { ReadDevicesDeps } from './read-deps.js'

export async function readDevices(
  platform: NodeJS.Platform,
  deps: ReadDevicesDeps & { roots?: Partial<LinuxRoots> },
): Promise<DevicesSnapshot> {
  if (platform === 'linux') return readLinuxDevices(deps)
  if (platform === 'darwin') return readMacosDevices(deps)
  if (platform === 'win32') return readWindowsDevices(deps)
  return { camera: unknownReading(), microphone: unknownReading() }
}
