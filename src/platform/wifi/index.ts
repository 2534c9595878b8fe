/** The one entry the Wi-Fi check calls: reads the link and Wi-Fi security on this OS. */
import type { Exec } from '../exec.js'
import { readLinuxWifi } from './read-linux.js'
import { readMacosWifi } from './read-macos.js'
import { readWindowsWifi } from './read-windows.js'
import type { WifiSnapshot } from './types.js'
import { defined } from '../../defined.js'

export type { WifiSnapshot } from './types.js'

export async function readWifiSnapshot(
  platform: NodeJS.Platform,
  exec: Exec,
  signal?: AbortSignal,
  limitMs?: number,
): Promise<WifiSnapshot> {
  const deps = { exec, ...defined({ signal }) }
  if (platform === 'linux') return readLinuxWifi({ ...deps, ...defined({ limitMs }) })
  if (platform === 'darwin') return readMacosWifi(deps)
  if (platform === 'win32') return readWindowsWifi(deps)
  return { link: { kind: 'unknown', vpn: { active: false } } }
}
