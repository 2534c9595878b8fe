import { readdir, readFile, readlink } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  isCryptUuid,
  mountAt,
  parseGsettingsBool,
  parseGsettingsUint,
  parseKscreenlockerrc,
  parseLsblkJson,
  parseMountinfo,
  parseOsRelease,
  type MountInfoEntry,
} from './parse-linux.js'
import { DEFAULT_ROOTS, runWithin, type ProtectionRoots, type ReadProtectionDeps } from './read-deps.js'
import {
  reasonOfFailure,
  unknown,
  type DiskEncryption,
  type ProtectionSnapshot,
  type ScreenLock,
  type SystemVersion,
} from './types.js'

const readText = (path: string): Promise<string | undefined> => readFile(path, 'utf8').catch(() => undefined)

/**
 * Whether a block device sits on dm-crypt, from /sys: a device-mapper device whose dm/uuid starts
 * with "CRYPT-" is one (cryptsetup names them so); otherwise every device under it (its slaves/,
 * so LVM on LUKS is followed down to the LUKS device) must be. A partition or a disk with nothing
 * under it is not. Undefined when /sys does not know the device.
 */
async function isOnCrypt(sys: string, name: string, depth = 0): Promise<boolean | undefined> {
  if (depth > 8 || !/^[\w.:-]+$/.test(name)) return undefined
  const dir = `${sys}/class/block/${name}`
  const uuid = await readText(`${dir}/dm/uuid`)
  if (uuid !== undefined && isCryptUuid(uuid)) return true
  const slaves = await readdir(`${dir}/slaves`).catch(() => undefined)
  if (slaves === undefined) return (await readText(`${dir}/dev`)) === undefined ? undefined : false
  if (slaves.length === 0) return false
  const under = await Promise.all(slaves.map((slave) => isOnCrypt(sys, slave, depth + 1)))
  if (under.some((value) => value === undefined)) return undefined
  return under.every(Boolean)
}

/** The /sys name of the device a mount sits on: by its major:minor, or by its source for btrfs (major 0). */
async function blockNameOf(sys: string, entry: MountInfoEntry): Promise<string | undefined> {
  if (!entry.device.startsWith('0:')) {
    const target = await readlink(`${sys}/dev/block/${entry.device}`).catch(() => undefined)
    return target ? basename(target) : undefined
  }
  if (!entry.source.startsWith('/dev/')) return undefined
  const mapped = /^\/dev\/mapper\/(.+)$/.exec(entry.source)?.[1]
  if (!mapped) return basename(entry.source)
  const blocks = await readdir(`${sys}/class/block`).catch(() => [] as string[])
  for (const block of blocks.filter((name) => name.startsWith('dm-')))
    if ((await readText(`${sys}/class/block/${block}/dm/name`))?.trim() === mapped) return block
  return undefined
}

async function mountOnCrypt(sys: string, entry: MountInfoEntry | undefined): Promise<boolean | undefined> {
  if (!entry) return undefined
  const name = await blockNameOf(sys, entry)
  return name ? isOnCrypt(sys, name) : undefined
}

/**
 * Disk encryption on Linux: whether / (and /home, if it is a filesystem of its own) sits on
 * dm-crypt. /proc/self/mountinfo and /sys first (no process to start); `lsblk -J` when /sys
 * cannot tell. An eCryptfs home folder (Ubuntu's old "encrypt my home folder") also counts.
 */
async function readEncryption(
  deps: ReadProtectionDeps,
  roots: ProtectionRoots,
  notes: string[],
): Promise<DiskEncryption> {
  const mounts = parseMountinfo((await readText(`${roots.proc}/self/mountinfo`)) ?? '')
  const rootMount = mountAt(mounts, '/')
  const homeMount = mountAt(mounts, '/home')
  const separateHome = homeMount !== undefined && homeMount.device !== rootMount?.device
  let [root, home] = await Promise.all([
    mountOnCrypt(roots.sys, rootMount),
    separateHome ? mountOnCrypt(roots.sys, homeMount) : Promise.resolve(undefined),
  ])
  if (root === undefined || (separateHome && home === undefined)) {
    const result = await runWithin(deps)('lsblk', ['-J'])
    const parsed = result.ok ? parseLsblkJson(result.stdout) : undefined
    if (!result.ok) notes.push(`lsblk: ${result.reason}`)
    root ??= parsed?.root
    if (separateHome) home ??= parsed?.home
  }
  const ecryptfsHome = mounts.some(
    (entry) => entry.fsType === 'ecryptfs' && entry.mountPoint.startsWith('/home/'),
  )
  if (root === undefined) return unknown('no-disk')
  if (root && separateHome && home === false)
    return { state: 'on', method: 'dm-crypt', homeUnencrypted: true }
  if (root) return { state: 'on', method: 'dm-crypt' }
  if (separateHome && home) return { state: 'on', method: 'dm-crypt' }
  if (ecryptfsHome) return { state: 'on', method: 'ecryptfs' }
  return { state: 'off', method: 'none' }
}

function desktopOf(env: ReadProtectionDeps['env']): 'gnome' | 'kde' | undefined {
  const desktops = (env?.XDG_CURRENT_DESKTOP ?? '').split(':').map((name) => name.toLowerCase())
  if (desktops.some((name) => name === 'gnome' || name === 'gnome-classic' || name === 'gnome-flashback'))
    return 'gnome'
  if (desktops.includes('kde')) return 'kde'
  return undefined
}

/**
 * GNOME (Settings › Privacy & Security › Screen Lock): the screen blanks after
 * org.gnome.desktop.session idle-delay seconds (0 = never) and locks lock-delay seconds later when
 * org.gnome.desktop.screensaver lock-enabled is true.
 */
async function readGnomeLock(deps: ReadProtectionDeps): Promise<ScreenLock> {
  const run = runWithin(deps)
  const [enabled, idle, delay] = await Promise.all([
    run('gsettings', ['get', 'org.gnome.desktop.screensaver', 'lock-enabled']),
    run('gsettings', ['get', 'org.gnome.desktop.session', 'idle-delay']),
    run('gsettings', ['get', 'org.gnome.desktop.screensaver', 'lock-delay']),
  ])
  if (!enabled.ok) return unknown(reasonOfFailure(enabled.reason))
  // Without a session bus gsettings reads a "memory" backend of defaults, which says nothing about this person.
  if (/memory/i.test(enabled.stderr)) return unknown('no-desktop')
  const lockEnabled = parseGsettingsBool(enabled.stdout)
  const idleSeconds = idle.ok ? parseGsettingsUint(idle.stdout) : undefined
  const lockDelay = delay.ok ? parseGsettingsUint(delay.stdout) : undefined
  if (lockEnabled === undefined) return unknown('unreadable')
  if (!lockEnabled || idleSeconds === 0) return { state: 'off', source: 'gnome' }
  if (idleSeconds === undefined) return { state: 'on', source: 'gnome' }
  return { state: 'on', source: 'gnome', afterSeconds: idleSeconds + (lockDelay ?? 0) }
}

/** KDE Plasma (System Settings › Security & Privacy › Screen Locking): ~/.config/kscreenlockerrc. */
async function readKdeLock(deps: ReadProtectionDeps): Promise<ScreenLock> {
  const home = deps.env?.HOME
  const config = deps.env?.XDG_CONFIG_HOME || (home ? `${home}/.config` : undefined)
  if (!config) return unknown('no-desktop')
  const settings = parseKscreenlockerrc((await readText(`${config}/kscreenlockerrc`)) ?? '')
  if (!settings.autolock) return { state: 'off', source: 'kde' }
  return { state: 'on', source: 'kde', afterSeconds: settings.timeoutMinutes * 60 + settings.graceSeconds }
}

async function readScreenLock(deps: ReadProtectionDeps): Promise<ScreenLock> {
  const desktop = desktopOf(deps.env)
  if (desktop === 'gnome') return readGnomeLock(deps)
  if (desktop === 'kde') return readKdeLock(deps)
  return unknown('no-desktop')
}

/** os-release(5): /etc/os-release, else /usr/lib/os-release. */
async function readSystem(roots: ProtectionRoots): Promise<SystemVersion> {
  const text = (await readText(`${roots.etc}/os-release`)) ?? (await readText(`${roots.usr}/lib/os-release`))
  if (text === undefined) return unknown('unreadable')
  const fields = parseOsRelease(text)
  const id = (fields.ID ?? '').toLowerCase()
  if (!id) return unknown('unreadable')
  return {
    state: 'known',
    family: 'linux',
    id,
    like: (fields.ID_LIKE ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    version: fields.VERSION_ID ?? '',
    name: fields.PRETTY_NAME ?? fields.NAME ?? id,
  }
}

/**
 * Linux: disk encryption from /sys (or lsblk), the screen lock of GNOME or KDE, the distribution
 * from os-release. Malware protection is not judged (Linux desktops rarely run antivirus, and the
 * distributions do not ask for one); the firewall is not judged either, as its rules (nftables,
 * iptables, ufw, firewalld) can only be read by root.
 */
export async function readLinuxProtection(deps: ReadProtectionDeps): Promise<ProtectionSnapshot> {
  const roots = { ...DEFAULT_ROOTS, ...deps.roots }
  const notes: string[] = []
  const [encryption, screenLock, system] = await Promise.all([
    readEncryption(deps, roots, notes),
    readScreenLock(deps),
    readSystem(roots),
  ])
  return {
    encryption,
    screenLock,
    system,
    malware: { state: 'not-judged' },
    firewall: { state: 'not-judged' },
    notes,
  }
}
