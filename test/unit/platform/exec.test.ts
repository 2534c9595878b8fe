import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { runCommand } from '../../../src/platform/exec.js'
import { titled } from '../../helpers/platform.js'

const posixOnly = process.platform === 'win32' ? 'needs a POSIX sh and process groups' : undefined

// Real processes, so the runner is proven against real pipes, signals and process groups.
describe.skipIf(posixOnly)(titled('runCommand', posixOnly), () => {
  it('returns stdout of a command that succeeds, with LC_ALL=C', async () => {
    const result = await runCommand('sh', [
      '-c',
      'printf "%s|%s" "$LC_ALL" "$1"',
      'sh',
      'arg with $(spaces) `and` ;quotes',
    ])
    expect(result).toEqual({
      ok: true,
      stdout: 'C|arg with $(spaces) `and` ;quotes',
      stderr: '',
      exitCode: 0,
    })
  })

  it('never runs a shell: metacharacters in arguments stay text', async () => {
    const result = await runCommand('echo', ['$(id)', '`id`', '; rm -rf /'])
    expect(result.ok && result.stdout).toBe('$(id) `id` ; rm -rf /\n')
  })

  it('reports a missing command as missing', async () => {
    const result = await runCommand('session-check-no-such-command', [])
    expect(result).toMatchObject({ ok: false, reason: 'missing' })
  })

  it('reports a non-zero exit with its code and output', async () => {
    const result = await runCommand('sh', ['-c', 'echo partial; echo oops >&2; exit 3'])
    expect(result).toMatchObject({
      ok: false,
      reason: 'exit',
      exitCode: 3,
      stdout: 'partial\n',
      stderr: 'oops\n',
    })
  })

  it('kills a command that hangs, and its children, at the time limit', async () => {
    // The grandchild keeps stdout open: the runner must not wait for it. Both sleep ten minutes,
    // so a runner that waited for either would outlast the test's own time limit (the hang guard).
    const result = await runCommand('sh', ['-c', 'sleep 600 & echo $!; sleep 600'], { timeoutMs: 200 })
    expect(result).toMatchObject({ ok: false, reason: 'timeout' })
    // The grandchild went with its parent: the whole process group was killed.
    const grandchild = Number(result.stdout.trim())
    expect(grandchild).toBeGreaterThan(0)
    while (isRunning(grandchild)) await new Promise((resolve) => setTimeout(resolve, 20))
  })

  it('kills a command that prints too much', async () => {
    const result = await runCommand('head', ['-c', String(50 * 1024 * 1024), '/dev/zero'], {
      maxBytes: 1024 * 1024,
    })
    expect(result).toMatchObject({ ok: false, reason: 'too-large' })
    expect(result.stdout.length).toBeLessThanOrEqual(1024 * 1024)
  })

  it('decodes invalid UTF-8 with replacement characters instead of failing', async () => {
    const result = await runCommand('printf', ['ok\\377\\376ok'])
    expect(result).toMatchObject({ ok: true, stdout: 'ok\uFFFD\uFFFDok' })
  })

  it('stops when the run is aborted', async () => {
    const controller = new AbortController()
    const pending = runCommand('sleep', ['30'], { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    expect(await pending).toMatchObject({ ok: false, reason: 'aborted' })
  })
})

/** Whether a process exists and is not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}
