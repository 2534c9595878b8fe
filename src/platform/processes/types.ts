/** Whose process it is, as far as the OS tells us without extra permissions. */
export type ProcessOwner = 'self' | 'other-user' | 'system' | 'unknown'

/** One running process, reduced to what matching needs. */
export interface ProcessInfo {
  pid: number
  /** The executable's file name, e.g. `signal-desktop`, `zoom.us`, `WhatsApp.Root.exe`. */
  name: string
  /** The executable's full path when the OS gives it (Windows: with the file name). */
  path?: string
  owner: ProcessOwner
  /** For a script run by an interpreter (python3, perl, …): the script's file name. */
  script?: string
}

/** How the list was read: the Linux /proc file system, BSD/macOS `ps`, or one PowerShell CIM query. */
export type ProcessSource = 'proc' | 'ps' | 'powershell-cim'

export interface ProcessSnapshot {
  source: ProcessSource
  processes: ProcessInfo[]
}

/** Who is running this tool, so each process can be said to be ours or another user's. */
export interface CurrentIdentity {
  uid?: number
  user?: string
  /** Windows: the logon session of this process. */
  sessionId?: number
}

/** The last path segment, for both `/` and `\` separators. */
export function baseName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '')
  const index = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'))
  return index >= 0 ? trimmed.slice(index + 1) : trimmed
}
