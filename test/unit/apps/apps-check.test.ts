import { describe, expect, it } from 'vitest'
import { appsCheck } from '../../../src/checks/apps/index.js'
import type { CheckContext } from '../../../src/checks/types.js'
import { fakeContext } from '../../helpers/fake-context.js'
import type { Exec } from '../../../src/platform/exec.js'
import type { BatteryInfo, SystemInfo } from '../../../src/platform/system-info.js'

function context(platform: NodeJS.Platform, exec: Exec, battery?: BatteryInfo): CheckContext {
  const system: SystemInfo = { battery: async () => battery }
  return fakeContext({ options: {} as CheckContext['options'], platform, exec, system, now: () => 0 })
}

describe('appsCheck.run', () => {
  it('lists processes once with ps on macOS and reports what it found', async () => {
    const calls: string[] = []
    const exec: Exec = async (command, args) => {
      calls.push([command, ...args].join(' '))
      const stdout = [
        '  PID   UID COMM',
        '  300   501 /Applications/zoom.us.app/Contents/MacOS/zoom.us',
        '  301   501 /Applications/Telegram.app/Contents/MacOS/Telegram',
        '  302     0 /usr/libexec/screensharingd',
      ].join('\n')
      return { ok: true, stdout, stderr: '', exitCode: 0 }
    }
    const outcome = await appsCheck.run(
      context('darwin', exec, { hasBattery: true, percent: 80, isCharging: false, acConnected: false }),
    )
    expect(calls).toEqual(['ps -axww -o pid,uid,comm'])
    expect(outcome.status).toBe('fail')
    expect((outcome.details?.apps as Array<{ id: string }>).map((a) => a.id)).toEqual([
      'apple-screen-sharing',
      'telegram',
      'zoom',
    ])
    expect(outcome.measurements).toContainEqual({
      id: 'batteryPercent',
      label: 'Battery',
      value: 80,
      unit: '%',
      status: 'pass',
    })
  })

  it('on Windows makes one PowerShell call and one registry read', async () => {
    const calls: string[] = []
    const exec: Exec = async (command) => {
      calls.push(command)
      if (command === 'reg')
        return { ok: true, stdout: '    ToastEnabled    REG_DWORD    0x0\r\n', stderr: '', exitCode: 0 }
      return {
        ok: true,
        stdout:
          '{"currentSession":1,"processes":[{"ProcessId":9,"Name":"AnyDesk.exe","ExecutablePath":null,"SessionId":0}]}',
        stderr: '',
        exitCode: 0,
      }
    }
    const outcome = await appsCheck.run(context('win32', exec))
    expect(calls.sort()).toEqual(['powershell.exe', 'reg'])
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toBe('AnyDesk is running, which lets someone connect to this computer.')
    expect(outcome.details?.doNotDisturb).toBe('on')
  })

  it('turns a failed listing into a plain error with advice', async () => {
    const exec: Exec = async (command) => ({
      ok: false,
      reason: 'missing',
      stdout: '',
      stderr: '',
      message: `${command} is not installed`,
    })
    const outcome = await appsCheck.run(context('darwin', exec))
    expect(outcome.status).toBe('error')
    expect(outcome.error).toBe('ps is not installed')
  })
})
