import type { Exec, ExecResult } from '../exec.js'
import { defined } from '../../defined.js'

/** Where the Linux reader looks; tests point these at folders they build. */
export interface ProtectionRoots {
  sys: string
  proc: string
  etc: string
  usr: string
}

export const DEFAULT_ROOTS: ProtectionRoots = { sys: '/sys', proc: '/proc', etc: '/etc', usr: '/usr' }

/** What every OS reader gets: the one exec, the clock and signal, and the moment to be done by. */
export interface ReadProtectionDeps {
  exec: Exec
  /** Milliseconds from a monotonic clock. */
  now: () => number
  /** `now()` value by which every command must have answered. */
  deadline: number
  signal?: AbortSignal
  env?: Readonly<Record<string, string | undefined>>
  /** Linux only: a folder holding sys/, proc/, etc/ and usr/ in place of the real ones (tests only). */
  roots?: Partial<ProtectionRoots>
}

/** Runs a command within what is left of the budget, never through a shell. */
export function runWithin(
  deps: ReadProtectionDeps,
): (command: string, args: string[]) => Promise<ExecResult> {
  return (command, args) =>
    deps.exec(command, args, {
      timeoutMs: Math.max(1, deps.deadline - deps.now()),
      ...defined({ signal: deps.signal }),
    })
}

/** A command's text whether it exited 0 or not: some print their answer and exit 1 (spctl when off). */
export function answerOf(result: ExecResult): string | undefined {
  if (result.ok) return `${result.stdout}\n${result.stderr}`
  if (result.reason === 'exit') return `${result.stdout}\n${result.stderr}`
  return undefined
}
