/**
 * Pure parsers for what the protection check reads on Linux: lsblk's JSON, /proc/self/mountinfo,
 * a device-mapper uuid, /etc/os-release, gsettings values and KDE's kscreenlockerrc.
 */

interface LsblkNode {
  name?: unknown
  type?: unknown
  fstype?: unknown
  mountpoint?: unknown
  mountpoints?: unknown
  children?: unknown
}

/** Whether the filesystem at a mount point sits on dm-crypt: true, false, or not found. */
export interface MountEncryption {
  root?: boolean
  home?: boolean
}

function mountsOf(node: LsblkNode): string[] {
  const list: unknown[] = Array.isArray(node.mountpoints) ? node.mountpoints : [node.mountpoint]
  return list.filter((entry): entry is string => typeof entry === 'string')
}

/**
 * `lsblk -J` (util-linux; no root needed): a tree from each disk down to what is built on it.
 * A filesystem is on dm-crypt when it, or a device above it in the tree, has TYPE "crypt" (LUKS,
 * plain dm-crypt, VeraCrypt mapped by cryptsetup). util-linux 2.37 and later print "mountpoints"
 * (every mount of a device, for btrfs subvolumes); older ones print one "mountpoint".
 */
export function parseLsblkJson(stdout: string): MountEncryption | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    return undefined
  }
  const top = (parsed as { blockdevices?: unknown } | null)?.blockdevices
  if (!Array.isArray(top)) return undefined
  const found: Record<'root' | 'home', boolean[]> = { root: [], home: [] }
  const walk = (nodes: unknown, onCrypt: boolean, depth: number): void => {
    if (!Array.isArray(nodes) || depth > 16) return
    for (const raw of nodes) {
      if (!raw || typeof raw !== 'object') continue
      const node = raw as LsblkNode
      const crypt = onCrypt || node.type === 'crypt'
      const mounts = mountsOf(node)
      if (mounts.includes('/')) found.root.push(crypt)
      if (mounts.includes('/home')) found.home.push(crypt)
      walk(node.children, crypt, depth + 1)
    }
  }
  walk(top, false, 0)
  const result: MountEncryption = {}
  if (found.root.length > 0) result.root = found.root.every(Boolean)
  if (found.home.length > 0) result.home = found.home.every(Boolean)
  return result
}

export interface MountInfoEntry {
  /** "254:0"; "0:NN" for filesystems without a block device of their own (btrfs, overlay, tmpfs). */
  device: string
  mountPoint: string
  fsType: string
  source: string
}

/** "\040" and the like in mountinfo paths are octal escapes. */
const unescapeOctal = (text: string): string =>
  text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)))

/**
 * /proc/self/mountinfo (proc(5)): "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw".
 * Fields before " - " are id, parent, major:minor, root, mount point, options and optional tags;
 * after it, the filesystem type and the source.
 */
export function parseMountinfo(text: string): MountInfoEntry[] {
  const entries: MountInfoEntry[] = []
  for (const line of text.split('\n')) {
    const [left, right] = line.split(' - ')
    if (!left || !right) continue
    const fields = left.split(' ')
    const [fsType, source] = right.split(' ')
    const device = fields[2]
    const mountPoint = fields[4]
    if (!device || !mountPoint || !fsType || !/^\d+:\d+$/.test(device)) continue
    entries.push({
      device,
      mountPoint: unescapeOctal(mountPoint),
      fsType,
      source: unescapeOctal(source ?? ''),
    })
  }
  return entries
}

/** The entry that is mounted last at a mount point (later mounts hide earlier ones). */
export function mountAt(entries: readonly MountInfoEntry[], mountPoint: string): MountInfoEntry | undefined {
  return entries.filter((entry) => entry.mountPoint === mountPoint).at(-1)
}

/**
 * /sys/block/dm-N/dm/uuid: cryptsetup names its devices "CRYPT-LUKS2-<uuid>-<name>",
 * "CRYPT-LUKS1-…", "CRYPT-PLAIN-…" or "CRYPT-TCRYPT-…"; LVM's are "LVM-…".
 */
export function isCryptUuid(text: string): boolean {
  return text.trim().startsWith('CRYPT-')
}

/** os-release(5): KEY=value lines, values optionally in single or double quotes. */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim())
    if (!match?.[1]) continue
    let value = (match[2] ?? '').trim()
    const quote = value[0]
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2)
      value = value.slice(1, -1).replace(/\\(["'$`\\])/g, '$1')
    fields[match[1]] = value
  }
  return fields
}

/** `gsettings get <schema> <key>` of a boolean: "true" or "false". */
export function parseGsettingsBool(stdout: string): boolean | undefined {
  const text = stdout.trim()
  if (text === 'true') return true
  if (text === 'false') return false
  return undefined
}

/** `gsettings get <schema> <key>` of an unsigned number: "uint32 300" (GVariant text format). */
export function parseGsettingsUint(stdout: string): number | undefined {
  const match = /^(?:uint32 )?(\d{1,10})$/.exec(stdout.trim())
  return match ? Number(match[1]) : undefined
}

export interface KdeScreenLocker {
  /** "Lock screen automatically" (default on). */
  autolock: boolean
  /** Minutes of idle before it locks (default 5). */
  timeoutMinutes: number
  /** Seconds after the screen locks during which no password is asked (default 5). */
  graceSeconds: number
}

/**
 * ~/.config/kscreenlockerrc, group [Daemon]: Autolock, Timeout (minutes), LockGrace (seconds).
 * KDE writes only what differs from the defaults (kscreenlocker's kscreensaversettings.kcfg:
 * Autolock true, Timeout 5, LockGrace 5), so a missing key or file means the default.
 */
export function parseKscreenlockerrc(text: string): KdeScreenLocker {
  const settings: KdeScreenLocker = { autolock: true, timeoutMinutes: 5, graceSeconds: 5 }
  let group = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    const header = /^\[(.*)\]$/.exec(line)
    if (header) {
      group = header[1] ?? ''
      continue
    }
    if (group !== 'Daemon') continue
    const [key, ...rest] = line.split('=')
    const value = rest.join('=').trim()
    if (key === 'Autolock') settings.autolock = value !== 'false'
    const number = /^\d{1,6}$/.test(value) ? Number(value) : undefined
    if (key === 'Timeout' && number !== undefined) settings.timeoutMinutes = number
    if (key === 'LockGrace' && number !== undefined) settings.graceSeconds = number
  }
  return settings
}
