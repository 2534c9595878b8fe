import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const binPath = fileURLToPath(new URL('../../bin/session-checkup.js', import.meta.url))

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Wall time of the run, in milliseconds. */
  ms: number
}

/**
 * Runs the built binary with a clean environment (no colour forcing, no CI flag unless given),
 * no stdin, and a time limit so a hang fails the test instead of stalling the suite.
 */
export function runCli(
  args: string[],
  options: {
    env?: Record<string, string>
    cwd?: string
    timeoutMs?: number
    nodeArgs?: string[]
    wrap?: string[]
  } = {},
): Promise<CliRun> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    ...options.env,
  }
  return new Promise((resolve, reject) => {
    // `wrap` runs the CLI under another command, for example unshare.
    const command = [...(options.wrap ?? []), process.execPath, ...(options.nodeArgs ?? []), binPath, ...args]
    const started = performance.now()
    const child = spawn(command[0]!, command.slice(1), {
      env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(
          `session-check ${args.join(' ')} hung: no exit within ${options.timeoutMs ?? 20_000} ms; stderr: ${stderr}`,
        ),
      )
    }, options.timeoutMs ?? 20_000)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started })
    })
  })
}
