import { baseName, type ProcessInfo, type ProcessOwner } from './types.js'

/** What was read from /proc/<pid>: each part may be missing (permissions, a process that just ended). */
export interface ProcEntry {
  pid: number
  /** Raw /proc/<pid>/cmdline: arguments separated by NUL bytes. */
  cmdline?: string
  /** Target of the /proc/<pid>/exe link; readable only for our own processes unless we are root. */
  exe?: string
  /** Owner uid of the /proc/<pid> directory (the process's real user). */
  uid?: number
}

// Linux hands out uids from 1000 for people (UID_MIN in /etc/login.defs); lower ones are services.
const FIRST_HUMAN_UID = 1000

/** Classifies a uid against ours: our own, a service account, or another person's. */
export function classifyUnixOwner(
  uid: number | undefined,
  currentUid: number | undefined,
  firstHumanUid = FIRST_HUMAN_UID,
): ProcessOwner {
  if (uid === undefined || currentUid === undefined) return 'unknown'
  if (uid === currentUid) return 'self'
  return uid < firstHumanUid ? 'system' : 'other-user'
}

/**
 * The executable path from a raw cmdline. Chromium and Electron rewrite their process title into
 * one space-separated string (no NULs), so there the path ends at the first " -" (as ps shows it).
 */
export function executableFromCmdline(cmdline: string): string {
  const fields = cmdline.split('\0').filter((field) => field.length > 0)
  const first = fields[0] ?? ''
  if (fields.length === 1 && first.includes(' -')) return first.slice(0, first.indexOf(' -')).trim()
  return first
}

// Interpreters whose first argument is the program that really runs (kazam, chrome-remote-desktop).
const INTERPRETER = /^(python[\d.]*|perl[\d.]*|ruby[\d.]*|node|gjs|bash|sh|dash)$/

export function isInterpreter(name: string): boolean {
  return INTERPRETER.test(name)
}

/** The script's file name when an interpreter runs one: `python3 /usr/bin/kazam` gives `kazam`. */
export function scriptFromCmdline(interpreter: string, cmdline: string): string | undefined {
  if (!isInterpreter(interpreter)) return undefined
  const script = cmdline
    .split('\0')
    .slice(1)
    .find((field) => field.length > 0)
  return script && !script.startsWith('-') ? baseName(script) || undefined : undefined
}

/**
 * Turns one /proc entry into a process. The exe link is exact, so it wins; for other users'
 * processes (no permission) argv[0] from cmdline is used. Kernel threads have neither and are skipped.
 */
export function parseProcEntry(entry: ProcEntry, currentUid: number | undefined): ProcessInfo | undefined {
  // A binary replaced on disk after it started shows as "/path (deleted)".
  const exe = entry.exe?.replace(/ \(deleted\)$/, '')
  const executable = exe || (entry.cmdline ? executableFromCmdline(entry.cmdline) : '')
  if (!executable) return undefined
  const name = baseName(executable)
  if (!name) return undefined
  const script = entry.cmdline ? scriptFromCmdline(name, entry.cmdline) : undefined
  return {
    pid: entry.pid,
    name,
    ...(executable.startsWith('/') ? { path: executable } : {}),
    owner: classifyUnixOwner(entry.uid, currentUid),
    ...(script ? { script } : {}),
  }
}
