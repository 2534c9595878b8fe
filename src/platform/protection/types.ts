/**
 * What the protection readers hand to the check: plain data, so `evaluate` stays pure and
 * table-tested. A part that could not be read is `unknown` with the reason; a missing command or
 * an unreadable file means "could not check", never "off".
 */

/** Why a part could not be read, in words the catalogue has a sentence for. */
export type UnknownReason =
  | 'missing' // the command is not on this computer
  | 'timeout' // it did not answer in time
  | 'denied' // it refused to answer without more rights (often a managed work computer)
  | 'unreadable' // it answered in a way we do not recognise
  | 'no-disk' // the disk that holds the system could not be found (a container, a network disk)
  | 'no-desktop' // no desktop session we can read (a server, a remote shell, another desktop)
  | 'unknown-system' // a system version we have no dates for
  | 'unsupported-os' // this kind of system is not read at all

export interface Unknown {
  state: 'unknown'
  reason: UnknownReason
}

/** Disk encryption of the system disk (and, on Linux, /home when it is a disk of its own). */
export type DiskEncryption =
  | Unknown
  | {
      state: 'on' | 'off' | 'encrypting' | 'decrypting' | 'suspended'
      /** FileVault, BitLocker (also Windows "Device encryption"), dm-crypt/LUKS, or eCryptfs (a home folder only). */
      method: 'filevault' | 'bitlocker' | 'dm-crypt' | 'ecryptfs' | 'none'
      /** Linux: /home is on a disk of its own that is not encrypted, while / is. */
      homeUnencrypted?: boolean
    }

/** Whether the screen locks by itself with a password, and after how long idle. */
export type ScreenLock =
  | Unknown
  | {
      state: 'on' | 'off'
      /** Seconds of idle time after which the screen locks, when known. */
      afterSeconds?: number
      /** Where it was read: the wording names that system's settings. */
      source: 'sysadminctl' | 'gnome' | 'kde' | 'windows'
      /** Set by the workplace (a Windows group policy): its IT decides. */
      managed?: boolean
    }

/** The system and its version, as the OS names it; the check looks its support dates up. */
export type SystemVersion =
  | Unknown
  | {
      state: 'known'
      family: 'windows' | 'macos' | 'linux'
      /** Linux: os-release ID (ubuntu, debian, fedora…); Windows: "windows"; macOS: "macos". */
      id: string
      /** Linux: os-release ID_LIKE words. */
      like: string[]
      /** Linux VERSION_ID, macOS product version (15.3.1), Windows build number (26100). */
      version: string
      /** A name to show (PRETTY_NAME, "macOS 15.3.1", "Windows 11 24H2"); untrusted, sanitized by the check. */
      name: string
      /** Windows EditionID (Core, Professional, Enterprise, EnterpriseS, Education…). */
      edition?: string
    }

/** A security product as Windows Security Center lists it. `name` is untrusted. */
export interface SecurityProduct {
  name: string
  /** productState decoded: the product's switch (real-time protection for antivirus). */
  state: 'on' | 'off' | 'snoozed' | 'expired' | 'unknown'
  /** Antivirus only: whether its signatures are up to date. */
  upToDate?: boolean
  /** Made by Microsoft (Defender) or by another vendor. */
  byMicrosoft: boolean
}

export type MalwareProtection =
  | Unknown
  | { state: 'not-judged' }
  | { state: 'known'; source: 'security-center'; products: SecurityProduct[] }
  | { state: 'known'; source: 'gatekeeper'; enabled: boolean }

export type Firewall =
  | Unknown
  | { state: 'not-judged' }
  | { state: 'known'; source: 'application-firewall'; enabled: boolean; blockAll?: boolean }
  | {
      state: 'known'
      source: 'windows'
      /** Third-party firewalls Security Center lists (Windows' own firewall is not listed there). */
      products: SecurityProduct[]
      /** Windows Defender Firewall, per profile (Domain, Private, Public): on or off. */
      profiles: Array<{ name: string; enabled: boolean }>
      /** The profiles of the networks this computer is on now (Public, Private, DomainAuthenticated). */
      active: string[]
    }

export interface ProtectionSnapshot {
  encryption: DiskEncryption
  screenLock: ScreenLock
  system: SystemVersion
  malware: MalwareProtection
  firewall: Firewall
  /** Short technical notes for --verbose and JSON (never identifiers). */
  notes: string[]
}

export const unknown = (reason: UnknownReason): Unknown => ({ state: 'unknown', reason })

/** The reason an exec failure gives. */
export function reasonOfFailure(
  reason: 'missing' | 'timeout' | 'exit' | 'too-large' | 'aborted' | 'failed',
): UnknownReason {
  if (reason === 'missing') return 'missing'
  if (reason === 'timeout' || reason === 'aborted') return 'timeout'
  return 'unreadable'
}
