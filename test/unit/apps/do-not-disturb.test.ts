import { describe, expect, it } from 'vitest'
import {
  parseFocusAssertions,
  parseGnomeShowBanners,
  parseToastEnabled,
  readDoNotDisturb,
} from '../../../src/platform/do-not-disturb.js'
import type { Exec } from '../../../src/platform/exec.js'

describe('Do Not Disturb parsers', () => {
  it.each([
    [
      '{"data":[{"storeAssertionRecords":[{"assertionDetails":{"assertionDetailsModeIdentifier":"com.apple.donotdisturb.mode.default"}}]}]}',
      'on',
    ],
    ['{"data":[{"storeAssertionRecords":[]}]}', 'unknown'],
    ['{"data":[{}]}', 'unknown'],
    ['not json', 'unknown'],
  ])('macOS Focus assertions %s', (json, expected) => {
    expect(parseFocusAssertions(json)).toBe(expected)
  })

  it.each([
    [
      '\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\PushNotifications\r\n    ToastEnabled    REG_DWORD    0x0\r\n\r\n',
      'on',
    ],
    [
      '\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\PushNotifications\r\n    ToastEnabled    REG_DWORD    0x1\r\n\r\n',
      'unknown',
    ],
    ['ERROR: The system was unable to find the specified registry key or value.', 'unknown'],
  ])('Windows ToastEnabled %#', (stdout, expected) => {
    expect(parseToastEnabled(stdout)).toBe(expected)
  })

  it.each([
    ['false\n', 'on'],
    ['true\n', 'off'],
    ['', 'unknown'],
  ])('GNOME show-banners %j', (stdout, expected) => {
    expect(parseGnomeShowBanners(stdout)).toBe(expected)
  })

  it('asks gsettings only inside a GNOME session, and ignores its memory-backend defaults', async () => {
    const calls: string[] = []
    const exec: Exec = async (command) => {
      calls.push(command)
      return {
        ok: true,
        stdout: 'true\n',
        stderr: "GLib-GIO-Message: Using the 'memory' GSettings backend.",
        exitCode: 0,
      }
    }
    expect(await readDoNotDisturb({ exec, platform: 'linux', env: {} })).toBe('unknown')
    expect(calls).toEqual([])
    expect(
      await readDoNotDisturb({
        exec,
        platform: 'linux',
        env: {
          XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
          DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus',
        },
      }),
    ).toBe('unknown')
    expect(calls).toEqual(['gsettings'])
  })
})
