import { baseName, type ProcessInfo, type ProcessOwner } from './types.js'

/** One Win32_Process as ConvertTo-Json writes it (systeminformation's query uses Caption for the name). */
interface CimProcess {
  ProcessId?: unknown
  Name?: unknown
  Caption?: unknown
  ExecutablePath?: unknown
  SessionId?: unknown
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}

/** Session 0 holds services; each signed-in person gets their own session (1, 2, …). */
function ownerFromSession(sessionId: number | undefined, current: number | undefined): ProcessOwner {
  if (sessionId === undefined) return 'unknown'
  if (sessionId === 0) return 'system'
  if (current === undefined) return 'unknown'
  return sessionId === current ? 'self' : 'other-user'
}

function toProcess(raw: CimProcess, currentSession: number | undefined): ProcessInfo | undefined {
  const pid = integer(raw.ProcessId)
  const path = text(raw.ExecutablePath)
  const name = text(raw.Name) ?? text(raw.Caption) ?? (path ? baseName(path) : undefined)
  if (pid === undefined || !name) return undefined
  return {
    pid,
    name,
    ...(path ? { path } : {}),
    owner: ownerFromSession(integer(raw.SessionId), currentSession),
  }
}

/**
 * Parses the JSON of our one PowerShell call, `{ "currentSession": 1, "processes": [ … ] }`, or a
 * bare array of Win32_Process objects (ConvertTo-Json of Get-CimInstance output, as systeminformation
 * reads it). ConvertTo-Json writes a single object instead of a one-element array; both are accepted.
 * Returns undefined when the text is not JSON of that shape.
 */
export function parseCimProcesses(stdout: string): ProcessInfo[] | undefined {
  let data: unknown
  try {
    // PowerShell 5.1 may start UTF-8 output with a byte-order mark.
    data = JSON.parse(stdout.replace(/^\uFEFF/, '').trim())
  } catch {
    return undefined
  }
  let currentSession: number | undefined
  let list: unknown = data
  if (data && typeof data === 'object' && !Array.isArray(data) && 'processes' in data) {
    currentSession = integer((data as { currentSession?: unknown }).currentSession)
    list = (data as { processes: unknown }).processes
  }
  const items = Array.isArray(list) ? list : list && typeof list === 'object' ? [list] : undefined
  if (!items) return undefined
  return items
    .map((item) =>
      item && typeof item === 'object' ? toProcess(item as CimProcess, currentSession) : undefined,
    )
    .filter((info): info is ProcessInfo => info !== undefined)
}
