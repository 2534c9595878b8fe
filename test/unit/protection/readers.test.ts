/**
 * The macOS and Windows readers with a fake exec answering from captured output: which commands
 * they run (full paths, no shell, within the deadline), and what a missing or failing one becomes.
 */
import { describe, expect, it } from 'vitest'
import type { Exec, ExecResult } from '../../../src/platform/exec.js'
import { readMacosProtection } from '../../../src/platform/protection/read-macos.js'
import { readWindowsProtection } from '../../../src/platform/protection/read-windows.js'
import { readProtection } from '../../../src/platform/protection/index.js'
import { WINDOWS_PROTECTION_SCRIPT } from '../../../src/platform/protection/parse-windows.js'
import { fixture } from './fixtures.js'

const ok = (stdout: string, stderr = ''): ExecResult => ({ ok: true, stdout, stderr, exitCode: 0 })
const failed = (reason: 'missing' | 'exit' | 'timeout', stdout = ''): ExecResult => ({
  ok: false,
  reason,
  stdout,
  stderr: '',
  message: reason,
})

function fakeExec(answers: Record<string, ExecResult>): { exec: Exec; calls: string[]; timeouts: number[] } {
  const calls: string[] = []
  const timeouts: number[] = []
  const exec: Exec = async (command, args, options) => {
    const line = [command, ...args].join(' ')
    calls.push(line)
    timeouts.push(options?.timeoutMs ?? -1)
    return answers[line] ?? failed('missing')
  }
  return { exec, calls, timeouts }
}

const deps = (exec: Exec) => ({ exec, now: () => 1000, deadline: 7000 })

describe('the macOS reader', () => {
  const answers = {
    '/usr/bin/fdesetup status': ok(fixture('macos/fdesetup-on.txt')),
    // sysadminctl logs its answer on stderr.
    '/usr/sbin/sysadminctl -screenLock status': ok('', fixture('macos/sysadminctl-immediate.txt')),
    '/usr/bin/defaults -currentHost read com.apple.screensaver idleTime': ok(
      fixture('macos/screensaver-idletime-600.txt'),
    ),
    // spctl exits 1 when assessments are disabled, and still prints its answer.
    '/usr/sbin/spctl --status': failed('exit', fixture('macos/spctl-disabled.txt')),
    '/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate': ok(
      fixture('macos/socketfilterfw-disabled.txt'),
    ),
    '/usr/bin/sw_vers -productVersion': ok('15.3.1\n'),
  }

  it('runs six read-only commands by full path, each within what is left of the deadline', async () => {
    const { exec, calls, timeouts } = fakeExec(answers)
    const snapshot = await readMacosProtection(deps(exec))
    expect(calls.sort()).toEqual(Object.keys(answers).sort())
    expect(timeouts.every((ms) => ms === 6000)).toBe(true)
    expect(snapshot).toEqual({
      encryption: { state: 'on', method: 'filevault' },
      screenLock: { state: 'on', source: 'sysadminctl', afterSeconds: 600 },
      system: {
        state: 'known',
        family: 'macos',
        id: 'macos',
        like: [],
        version: '15.3.1',
        name: 'macOS 15.3.1',
      },
      malware: { state: 'known', source: 'gatekeeper', enabled: false },
      firewall: { state: 'known', source: 'application-firewall', enabled: false, blockAll: false },
      notes: [],
    })
  })

  it('a command that is missing or too slow is "could not check" with that reason, never "off"', async () => {
    const { exec } = fakeExec({ ...answers, '/usr/bin/fdesetup status': failed('timeout') })
    const snapshot = await readMacosProtection(deps(exec))
    expect(snapshot.encryption).toEqual({ state: 'unknown', reason: 'timeout' })
    const none = await readMacosProtection(deps(fakeExec({}).exec))
    expect(none.screenLock).toEqual({ state: 'unknown', reason: 'missing' })
    expect(none.system).toEqual({ state: 'unknown', reason: 'missing' })
  })
})

describe('the Windows reader', () => {
  it('runs one fixed PowerShell script, no shell, no profile', async () => {
    const { exec, calls } = fakeExec({})
    await readWindowsProtection(deps(exec))
    expect(calls).toEqual([
      `powershell.exe -NoProfile -NonInteractive -NoLogo -ExecutionPolicy Bypass -Command ${WINDOWS_PROTECTION_SCRIPT}`,
    ])
    // Read-only: the script only reads (Get-*, ExtendedProperty) and prints.
    expect(WINDOWS_PROTECTION_SCRIPT).not.toMatch(/\b(Set|New-Item|Remove|Enable|Disable|Start|Stop)-/)
  })

  it('reads Windows 11 Home 24H2 with BitLocker off and the Public firewall profile off', async () => {
    const script = `powershell.exe -NoProfile -NonInteractive -NoLogo -ExecutionPolicy Bypass -Command ${WINDOWS_PROTECTION_SCRIPT}`
    const { exec } = fakeExec({ [script]: ok(fixture('windows/protection-script-win11-home.json')) })
    const snapshot = await readProtection('win32', deps(exec))
    expect(snapshot).toMatchObject({
      encryption: { state: 'off', method: 'bitlocker' },
      screenLock: { state: 'off', source: 'windows' },
      system: { family: 'windows', version: '26100', name: 'Windows 11 24H2', edition: 'Core' },
      malware: { state: 'known', source: 'security-center' },
      firewall: { state: 'known', source: 'windows', active: ['Public'] },
    })
  })

  it('PowerShell missing: every part could not be checked, with the reason', async () => {
    const snapshot = await readWindowsProtection(deps(fakeExec({}).exec))
    expect(snapshot.encryption).toEqual({ state: 'unknown', reason: 'missing' })
    expect(snapshot.firewall).toEqual({ state: 'unknown', reason: 'missing' })
    expect(snapshot.notes).toEqual(['powershell: missing'])
  })
})

describe('other systems', () => {
  it('are not read at all', async () => {
    const { exec, calls } = fakeExec({})
    const snapshot = await readProtection('freebsd', deps(exec))
    expect(calls).toEqual([])
    expect(snapshot.encryption).toEqual({ state: 'unknown', reason: 'unsupported-os' })
  })
})
