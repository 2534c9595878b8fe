import type { Exec, ExecResult } from '../../../src/platform/exec.js'

/** A fake command runner: answers by "command arg arg…", records every call, and says "missing" otherwise. */
export function fakeExec(answers: Record<string, string | ExecResult>): Exec & { calls: string[] } {
  const calls: string[] = []
  const exec = (async (command: string, args: readonly string[]) => {
    const key = [command, ...args].join(' ')
    calls.push(key)
    const answer = answers[key]
    if (answer === undefined)
      return { ok: false, reason: 'missing', stdout: '', stderr: '', message: `${command} is not installed` }
    if (typeof answer === 'string') return { ok: true, stdout: answer, stderr: '', exitCode: 0 }
    return answer
  }) as Exec & { calls: string[] }
  exec.calls = calls
  return exec
}

export const failed = (stderr: string, exitCode = 1): ExecResult => ({
  ok: false,
  reason: 'exit',
  stdout: '',
  stderr,
  exitCode,
  message: `exited with ${exitCode}`,
})
