/**
 * Edges of the Do Not Disturb readers that surviving mutants showed were untested (issue 15):
 * partial JSON, other registry values, padded gsettings answers, and which command each system
 * runs, with the check's signal and half its time limit. Hand-made inputs.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  parseFocusAssertions,
  parseGnomeShowBanners,
  parseToastEnabled,
  readDoNotDisturb,
} from '../../../src/platform/do-not-disturb.js'
import type { Exec, ExecOptions } from '../../../src/platform/exec.js'

describe('Do Not Disturb parsers, by hand', () => {
  it.each([
    ['{}', 'unknown'],
    ['{"data":"x"}', 'unknown'],
    ['{"data":[null,{"storeAssertionRecords":"x"}]}', 'unknown'],
    ['{"data":[{"storeAssertionRecords":[]},{"storeAssertionRecords":[{}]}]}', 'on'],
  ])('macOS Focus assertions %s', (json, expected) => {
    expect(parseFocusAssertions(json)).toBe(expected)
  })

  it.each([
    ['    ToastEnabled\tREG_DWORD\t0x00000000', 'on'],
    ['    toastenabled    reg_dword    0X0', 'on'],
    ['    ToastEnabled    REG_DWORD    0x10', 'unknown'],
    ['    ToastEnabled    REG_SZ    0x0', 'unknown'],
  ])('Windows ToastEnabled %j', (stdout, expected) => {
    expect(parseToastEnabled(stdout)).toBe(expected)
  })

  it.each([
    ['  false  ', 'on'],
    ['true', 'off'],
    ['FALSE', 'unknown'],
    ["'false'", 'unknown'],
  ])('GNOME show-banners %j', (stdout, expected) => {
    expect(parseGnomeShowBanners(stdout)).toBe(expected)
  })
})

describe('which command each system runs', () => {
  const recording = (stdout: string, ok = true, stderr = '') => {
    const calls: Array<{ command: string; args: readonly string[]; options: ExecOptions | undefined }> = []
    const exec: Exec = async (command, args, options) => {
      calls.push({ command, args, options })
      return ok
        ? { ok: true, stdout, stderr, exitCode: 0 }
        : { ok: false, reason: 'exit', stdout, stderr, exitCode: 1, message: 'exit 1' }
    }
    return { exec, calls }
  }
  const gnome = { XDG_CURRENT_DESKTOP: 'GNOME', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' }

  it('Windows asks the registry for ToastEnabled, with half the check’s limit and its signal', async () => {
    const { exec, calls } = recording('    ToastEnabled    REG_DWORD    0x0\r\n')
    const signal = new AbortController().signal
    expect(await readDoNotDisturb({ exec, platform: 'win32', limitMs: 1000, signal })).toBe('on')
    expect(calls).toEqual([
      {
        command: 'reg',
        args: [
          'query',
          'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\PushNotifications',
          '/v',
          'ToastEnabled',
        ],
        options: { timeoutMs: 500, signal },
      },
    ])
  })

  it('Windows: a failed query says nothing', async () => {
    const { exec } = recording('    ToastEnabled    REG_DWORD    0x0\r\n', false)
    expect(await readDoNotDisturb({ exec, platform: 'win32' })).toBe('unknown')
  })

  it('GNOME asks gsettings for show-banners, and believes a real session', async () => {
    const { exec, calls } = recording('false\n')
    expect(await readDoNotDisturb({ exec, platform: 'linux', env: gnome, limitMs: 400 })).toBe('on')
    expect(calls).toEqual([
      {
        command: 'gsettings',
        args: ['get', 'org.gnome.desktop.notifications', 'show-banners'],
        options: { timeoutMs: 200 },
      },
    ])
  })

  it('GNOME: a failed gsettings says nothing', async () => {
    const { exec } = recording('false\n', false)
    expect(await readDoNotDisturb({ exec, platform: 'linux', env: gnome })).toBe('unknown')
  })

  it('not GNOME, or no session bus, or another system: nothing is asked', async () => {
    const { exec, calls } = recording('false\n')
    expect(
      await readDoNotDisturb({
        exec,
        platform: 'linux',
        env: { XDG_CURRENT_DESKTOP: 'KDE', DBUS_SESSION_BUS_ADDRESS: 'x' },
      }),
    ).toBe('unknown')
    expect(await readDoNotDisturb({ exec, platform: 'linux', env: { XDG_CURRENT_DESKTOP: 'GNOME' } })).toBe(
      'unknown',
    )
    expect(await readDoNotDisturb({ exec, platform: 'linux' })).toBe('unknown')
    expect(await readDoNotDisturb({ exec, platform: 'freebsd', env: gnome })).toBe('unknown')
    expect(calls).toEqual([])
  })

  describe('macOS reads the Focus file in the home folder', () => {
    const home = mkdtempSync(join(tmpdir(), 'dnd-'))
    afterAll(() => rmSync(home, { recursive: true, force: true }))

    it('a switched-on Focus is on; no file is unknown', async () => {
      const { exec, calls } = recording('')
      expect(await readDoNotDisturb({ exec, platform: 'darwin', home })).toBe('unknown')
      mkdirSync(join(home, 'Library/DoNotDisturb/DB'), { recursive: true })
      writeFileSync(
        join(home, 'Library/DoNotDisturb/DB/Assertions.json'),
        '{"data":[{"storeAssertionRecords":[{}]}]}',
      )
      expect(await readDoNotDisturb({ exec, platform: 'darwin', home })).toBe('on')
      expect(calls).toEqual([])
    })
  })
})
