import { userInfo } from 'node:os'
import { powershellArgs, type Exec } from '../exec.js'
import { parseCimProcesses } from './parse-cim.js'
import { parsePsOutput } from './parse-ps.js'
import { readProcFs } from './read-proc.js'
import type { CurrentIdentity, ProcessSnapshot } from './types.js'
import { defined } from '../../defined.js'

export type { ProcessInfo, ProcessOwner, ProcessSnapshot, ProcessSource, CurrentIdentity } from './types.js'

/**
 * One PowerShell start and one CIM query, asking only for the four properties we read (WMI then
 * skips the costly ones such as CommandLine and owner). The session id of this PowerShell tells
 * which processes belong to the person at the keyboard. Output is forced to UTF-8 so paths with
 * non-ASCII folder names survive.
 */
export const WINDOWS_PROCESS_SCRIPT = [
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  '$ErrorActionPreference = "Stop"',
  '$session = [System.Diagnostics.Process]::GetCurrentProcess().SessionId',
  '$list = @(Get-CimInstance -ClassName Win32_Process -Property ProcessId,Name,ExecutablePath,SessionId | Select-Object ProcessId,Name,ExecutablePath,SessionId)',
  'ConvertTo-Json -InputObject @{ currentSession = $session; processes = $list } -Depth 3 -Compress',
].join('; ')

/** macOS and BSD: `comm` is the executable's full path there (no arguments to split). */
export const PS_ARGS = ['-axww', '-o', 'pid,uid,comm'] as const
/** Linux fallback (procps): `comm` is cut to 15 characters there, so read the command line. */
export const LINUX_PS_ARGS = ['-eww', '-o', 'pid,uid,args'] as const

export interface ListProcessesDeps {
  exec: Exec
  platform: NodeJS.Platform
  signal?: AbortSignal
  /** Who runs this tool; read from the OS when not given. */
  identity?: CurrentIdentity
  /** Where procfs is mounted (tests point it elsewhere). */
  procRoot?: string
}

/** Thrown when the process list cannot be read; the message is plain and short. */
export class ProcessListError extends Error {}

function currentIdentity(): CurrentIdentity {
  try {
    const info = userInfo()
    return { ...(info.uid >= 0 ? { uid: info.uid } : {}), user: info.username }
  } catch {
    return {}
  }
}

async function listWindows(deps: ListProcessesDeps): Promise<ProcessSnapshot> {
  const args = powershellArgs(WINDOWS_PROCESS_SCRIPT)
  // A cold PowerShell start takes one to two seconds on a slow laptop; the query itself is fast.
  const result = await deps.exec('powershell.exe', args, {
    timeoutMs: 10_000,
    ...defined({ signal: deps.signal }),
  })
  const processes = result.ok ? parseCimProcesses(result.stdout) : undefined
  if (!processes)
    throw new ProcessListError(result.ok ? 'PowerShell gave an unexpected process list' : result.message)
  return { source: 'powershell-cim', processes }
}

async function listWithPs(deps: ListProcessesDeps, identity: CurrentIdentity): Promise<ProcessSnapshot> {
  const isLinux = deps.platform === 'linux'
  const result = await deps.exec('ps', isLinux ? LINUX_PS_ARGS : PS_ARGS, {
    timeoutMs: 5000,
    ...defined({ signal: deps.signal }),
  })
  if (!result.ok) throw new ProcessListError(result.message)
  const options = isLinux
    ? { identity, lastColumn: 'args' as const, firstHumanUid: 1000 }
    : { identity, lastColumn: 'path' as const }
  const processes = parsePsOutput(result.stdout, options)
  // ps always lists at least itself and this tool: nothing readable means the list is broken, not empty.
  if (processes.length === 0) throw new ProcessListError('ps printed no process list we could read')
  return { source: 'ps', processes }
}

/**
 * Lists the running processes once, the fastest reliable way for each OS: /proc on Linux (with
 * `ps` as a fallback), `ps` on macOS and the BSDs, one PowerShell CIM query on Windows.
 */
export async function listProcesses(deps: ListProcessesDeps): Promise<ProcessSnapshot> {
  const identity = deps.identity ?? currentIdentity()
  if (deps.platform === 'win32') return listWindows(deps)
  if (deps.platform === 'linux') {
    // An empty /proc (not mounted, or a container that hides it) would read as "no apps running":
    // this tool itself is always there, so an empty list means /proc cannot be used. Ask ps instead.
    const processes = await readProcFs(identity.uid, deps.procRoot).catch(() => [])
    if (processes.length > 0) return { source: 'proc', processes }
    return listWithPs(deps, identity)
  }
  return listWithPs(deps, identity)
}
