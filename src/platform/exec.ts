import { spawn } from 'node:child_process'
import { defined } from '../defined.js'

/** What running an outside command gave. It never throws: every failure is a value. */
export type ExecResult =
  | { ok: true; stdout: string; stderr: string; exitCode: number }
  | {
      ok: false
      /** missing: not installed. timeout: killed after the time limit. exit: non-zero exit.
       *  too-large: output over the cap. aborted: the run was cancelled. failed: could not start. */
      reason: 'missing' | 'timeout' | 'exit' | 'too-large' | 'aborted' | 'failed'
      stdout: string
      stderr: string
      exitCode?: number
      message: string
    }

export interface ExecOptions {
  /** Time limit in milliseconds (default 5000). The whole process group is killed after it. */
  timeoutMs?: number
  /** Most bytes of stdout kept before the command is killed (default 4 MiB). */
  maxBytes?: number
  /** Extra environment variables, on top of the inherited ones and LC_ALL=C. */
  env?: Record<string, string>
  /** Set false to keep the user's locale (default true: LC_ALL=C and LANG=C on Unix). */
  cLocale?: boolean
  signal?: AbortSignal
}

/** The one way the tool runs outside commands. Injected through the check context. */
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>

const DEFAULT_TIMEOUT_MS = 5000
const DEFAULT_MAX_BYTES = 4 * 1024 * 1024

/** Decodes bytes as UTF-8, replacing invalid sequences instead of failing. */
function decode(chunks: Buffer[]): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks))
}

/**
 * Runs a command with an argument array and never a shell, so nothing in an argument (or in a
 * network name that ends up in one) is ever interpreted. On Unix the child gets its own process
 * group, so a timeout kills grandchildren too, and we stop waiting at once instead of waiting
 * for pipes that a stray grandchild keeps open.
 */
export const runCommand: Exec = (command, args, options = {}) => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const isWindows = process.platform === 'win32'
  const env = {
    ...process.env,
    ...(options.cLocale === false || isWindows ? {} : { LC_ALL: 'C', LANG: 'C' }),
    ...options.env,
  }
  return new Promise<ExecResult>((resolve) => {
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outBytes = 0
    let errBytes = 0
    let settled = false
    const finish = (result: ExecResult): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      resolve(result)
    }
    const failure = (
      reason: Exclude<ExecResult, { ok: true }>['reason'],
      message: string,
      exitCode?: number,
    ): void =>
      finish({
        ok: false,
        reason,
        message,
        stdout: decode(out),
        stderr: decode(err),
        ...defined({ exitCode }),
      })

    // Cancelled already: start nothing.
    if (options.signal?.aborted) {
      failure('aborted', `${command} was stopped`)
      return
    }
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(command, [...args], {
        env,
        shell: false,
        windowsHide: true,
        detached: !isWindows,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    } catch (error) {
      failure('failed', `could not start ${command}: ${(error as Error).message}`)
      return
    }
    const kill = (): void => {
      // A command that never started (not installed) has no process to kill. Its pid is then 0
      // inside Node, and child.kill() sends the signal to pid 0, which is our own process group:
      // a Ctrl-C that aborted the checks just as a missing command was tried killed the tool and
      // the shell around it ("Killed", exit 137; issue 22).
      if (child.pid === undefined) return
      try {
        if (!isWindows) process.kill(-child.pid, 'SIGKILL')
        else child.kill('SIGKILL')
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => {
      kill()
      failure('timeout', `${command} did not answer within ${timeoutMs} ms`)
    }, timeoutMs)
    const onAbort = (): void => {
      kill()
      failure('aborted', `${command} was stopped`)
    }
    if (options.signal?.aborted) onAbort()
    options.signal?.addEventListener('abort', onAbort, { once: true })

    child.stdout?.on('data', (chunk: Buffer) => {
      if (settled) return
      outBytes += chunk.length
      if (outBytes > maxBytes) {
        kill()
        failure('too-large', `${command} printed more than ${maxBytes} bytes`)
        return
      }
      out.push(chunk)
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      errBytes += chunk.length
      if (errBytes <= 64 * 1024) err.push(chunk)
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') failure('missing', `${command} is not installed`)
      else failure('failed', `could not run ${command}: ${error.message}`)
    })
    child.on('close', (code, signal) => {
      if (code === 0) finish({ ok: true, stdout: decode(out), stderr: decode(err), exitCode: 0 })
      else failure('exit', `${command} exited with ${code ?? signal}`, code ?? undefined)
    })
  })
}

/**
 * The arguments that run one fixed PowerShell script: no profile, no prompts, no banner, whatever
 * the machine's execution policy. The script is always a constant of ours; no outside text is
 * ever part of it.
 */
export function powershellArgs(script: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-NoLogo', '-ExecutionPolicy', 'Bypass', '-Command', script]
}
