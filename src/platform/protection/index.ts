/** The one entry the protection check calls: reads settings only, changes nothing, needs no admin rights. */
import { readLinuxProtection } from './read-linux.js'
import { readMacosProtection } from './read-macos.js'
import { readWindowsProtection } from './read-windows.js'
import type { ReadProtectionDeps } from './read-deps.js'
import { unknown, type ProtectionSnapshot } from './types.js'

export type * from './types.js'
export type { ReadProtectionDeps, ProtectionRoots } from './read-deps.js'

export async function readProtection(
  platform: NodeJS.Platform,
  deps: ReadProtectionDeps,
): Promise<ProtectionSnapshot> {
  if (platform === 'linux') return readLinuxProtection(deps)
  if (platform === 'darwin') return readMacosProtection(deps)
  if (platform === 'win32') return readWindowsProtection(deps)
  const none = unknown('unsupported-os')
  return { encryption: none, screenLock: none, system: none, malware: none, firewall: none, notes: [] }
}
