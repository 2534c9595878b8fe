import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Exec, ExecResult } from '../../../src/platform/exec.js'
import { listProcesses, ProcessListError } from '../../../src/platform/processes/index.js'

/** procps `ps -eww -o pid,uid,args` in its documented layout (man ps: PID, UID, then the command line). */
const PS_LINUX = '    PID   UID COMMAND\n      1     0 /sbin/init splash\n   4242  1000 /usr/bin/zoom\n'

function execAnswering(result: ExecResult): Exec & { calls: string[] } {
  const calls: string[] = []
  const exec = (async (command: string, args: readonly string[]) => {
    calls.push([command, ...args].join(' '))
    return result
  }) as Exec & { calls: string[] }
  exec.calls = calls
  return exec
}

const ok = (stdout: string): ExecResult => ({ ok: true, stdout, stderr: '', exitCode: 0 })
const identity = { uid: 1000, user: 'person' }

describe('listProcesses on Linux (issue 7: a broken source is never an empty list)', () => {
  const emptyProc = mkdtempSync(join(tmpdir(), 'empty-proc-'))
  const fullProc = mkdtempSync(join(tmpdir(), 'full-proc-'))
  mkdirSync(join(fullProc, '42'))
  symlinkSync('/usr/bin/obs', join(fullProc, '42', 'exe'))
  writeFileSync(join(fullProc, '42', 'cmdline'), '/usr/bin/obs\0')
  afterAll(() => {
    rmSync(emptyProc, { recursive: true, force: true })
    rmSync(fullProc, { recursive: true, force: true })
  })

  it('reads /proc and never runs ps when /proc lists processes', async () => {
    const exec = execAnswering(ok(PS_LINUX))
    const snapshot = await listProcesses({ exec, platform: 'linux', identity, procRoot: fullProc })
    expect(snapshot.source).toBe('proc')
    expect(exec.calls).toEqual([])
  })

  it('asks ps when /proc is empty (not mounted, or hidden), instead of reporting no apps', async () => {
    const exec = execAnswering(ok(PS_LINUX))
    const snapshot = await listProcesses({ exec, platform: 'linux', identity, procRoot: emptyProc })
    expect(snapshot.source).toBe('ps')
    expect(snapshot.processes.map((p) => p.name)).toContain('zoom')
  })

  it('asks ps when /proc does not exist', async () => {
    const snapshot = await listProcesses({
      exec: execAnswering(ok(PS_LINUX)),
      platform: 'linux',
      identity,
      procRoot: join(emptyProc, 'nowhere'),
    })
    expect(snapshot.source).toBe('ps')
  })

  it.each([
    ['prints nothing we can read', ok('\uFFFD\uFFFD\n\u0000garbage\n')],
    ['prints nothing', ok('')],
    [
      'fails',
      {
        ok: false,
        reason: 'exit',
        stdout: PS_LINUX,
        stderr: 'ps: error',
        exitCode: 1,
        message: 'ps exited with 1',
      } as ExecResult,
    ],
    [
      'hangs',
      {
        ok: false,
        reason: 'timeout',
        stdout: '',
        stderr: '',
        message: 'ps did not answer within 5000 ms',
      } as ExecResult,
    ],
  ])('says the list could not be read when /proc is empty and ps %s', async (_, result) => {
    await expect(
      listProcesses({ exec: execAnswering(result), platform: 'linux', identity, procRoot: emptyProc }),
    ).rejects.toBeInstanceOf(ProcessListError)
  })

  it('says the list could not be read on macOS when ps prints nothing we can read', async () => {
    await expect(
      listProcesses({ exec: execAnswering(ok('')), platform: 'darwin', identity }),
    ).rejects.toBeInstanceOf(ProcessListError)
  })
})
