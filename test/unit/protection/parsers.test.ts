/**
 * The protection check's parsers on captured output (test/fixtures/protection/, each naming its
 * source): every capture parses to the value read from it by hand.
 */
import { describe, expect, it } from 'vitest'
import { fixture, hasSource, listFixtures } from './fixtures.js'
import {
  parseFdesetupStatus,
  parseScreensaverIdleTime,
  parseSocketfilterfwState,
  parseSpctlStatus,
  parseSwVersProductVersion,
  parseSysadminctlScreenLock,
} from '../../../src/platform/protection/parse-macos.js'
import {
  isCryptUuid,
  mountAt,
  parseGsettingsBool,
  parseGsettingsUint,
  parseKscreenlockerrc,
  parseLsblkJson,
  parseMountinfo,
  parseOsRelease,
} from '../../../src/platform/protection/parse-linux.js'
import {
  bitLockerFrom,
  decodeProductState,
  parseSecurityCenterProducts,
  parseWindowsProtection,
} from '../../../src/platform/protection/parse-windows.js'
import { windowsScreenLock } from '../../../src/platform/protection/read-windows.js'

describe('protection fixtures', () => {
  it.each(listFixtures())('%s names its source', (path) => {
    expect(hasSource(path)).toBe(true)
  })
})

describe('macOS', () => {
  it.each([
    ['macos/fdesetup-on.txt', 'on'],
    ['macos/fdesetup-off.txt', 'off'],
    ['macos/fdesetup-encrypting.txt', 'encrypting'],
    ['macos/fdesetup-encrypting-pending.txt', 'encrypting'],
    ['macos/fdesetup-deferred.txt', 'off'],
    ['macos/fdesetup-decrypting.txt', 'decrypting'],
  ])('fdesetup status: %s is %s', (path, state) => {
    expect(parseFdesetupStatus(fixture(path))).toBe(state)
  })

  it('fdesetup: anything else is not read as on or off', () => {
    expect(parseFdesetupStatus('')).toBeUndefined()
    expect(parseFdesetupStatus('Error: Unable to get status.')).toBeUndefined()
  })

  it.each([
    ['macos/sysadminctl-immediate.txt', { state: 'on', delaySeconds: 0 }],
    ['macos/sysadminctl-5-seconds.txt', { state: 'on', delaySeconds: 5 }],
    ['macos/sysadminctl-300-seconds.txt', { state: 'on', delaySeconds: 300 }],
    ['macos/sysadminctl-off.txt', { state: 'off' }],
  ])('sysadminctl -screenLock status: %s', (path, expected) => {
    expect(parseSysadminctlScreenLock(fixture(path))).toEqual(expected)
  })

  it('sysadminctl: a delay of -1 seconds is off; other text is not read', () => {
    expect(parseSysadminctlScreenLock('screenLock delay is -1.000000 seconds')).toEqual({ state: 'off' })
    expect(parseSysadminctlScreenLock('sysadminctl: unknown option')).toBeUndefined()
  })

  it('the screen saver idle time, in seconds', () => {
    expect(parseScreensaverIdleTime(fixture('macos/screensaver-idletime-600.txt'))).toBe(600)
    expect(
      parseScreensaverIdleTime('The domain/default pair of (com.apple.screensaver, idleTime) does not exist'),
    ).toBeUndefined()
  })

  it('spctl --status: Gatekeeper on and off', () => {
    expect(parseSpctlStatus(fixture('macos/spctl-enabled.txt'))).toBe(true)
    expect(parseSpctlStatus(fixture('macos/spctl-disabled.txt'))).toBe(false)
    expect(parseSpctlStatus('')).toBeUndefined()
  })

  it('socketfilterfw --getglobalstate: on, off and blocking all', () => {
    expect(parseSocketfilterfwState(fixture('macos/socketfilterfw-enabled.txt'))).toEqual({
      enabled: true,
      blockAll: false,
    })
    expect(parseSocketfilterfwState(fixture('macos/socketfilterfw-disabled.txt'))).toEqual({
      enabled: false,
      blockAll: false,
    })
    expect(parseSocketfilterfwState(fixture('macos/socketfilterfw-block-all.txt'))).toEqual({
      enabled: true,
      blockAll: true,
    })
    expect(parseSocketfilterfwState('')).toBeUndefined()
  })

  it('sw_vers -productVersion', () => {
    expect(parseSwVersProductVersion('15.3.1\n')).toBe('15.3.1')
    expect(parseSwVersProductVersion('26.0')).toBe('26.0')
    expect(parseSwVersProductVersion('ProductName: macOS')).toBeUndefined()
  })
})

describe('Linux', () => {
  it('lsblk -J on this build machine: / on a plain virtual disk, not encrypted', () => {
    expect(parseLsblkJson(fixture('linux/lsblk-debian12-vm-plain.json'))).toEqual({ root: false })
  })

  it('lsblk -J on a NixOS laptop: LUKS on LVM, but / is not among the mount points it prints', () => {
    // The old single MOUNTPOINT column shows one bind mount of the btrfs volume; "not found" is not "off".
    expect(parseLsblkJson(fixture('linux/lsblk-nixos-luks-on-lvm-btrfs.json'))).toEqual({})
  })

  it('lsblk -J: / on LVM inside LUKS is encrypted; /home on a plain second disk is not', () => {
    expect(parseLsblkJson(fixture('linux/lsblk-luks-lvm-root-home.json'))).toEqual({
      root: true,
      home: false,
    })
  })

  it('lsblk: text that is not its JSON gives nothing', () => {
    expect(parseLsblkJson('NAME MAJ:MIN RM SIZE RO TYPE MOUNTPOINTS')).toBeUndefined()
    expect(parseLsblkJson('{"blockdevices": 3}')).toBeUndefined()
  })

  it('mountinfo: / on this build machine is 254:0, ext4 on /dev/vda', () => {
    const entries = parseMountinfo(fixture('linux/mountinfo-debian12-vm.txt'))
    expect(mountAt(entries, '/')).toEqual({
      device: '254:0',
      mountPoint: '/',
      fsType: 'ext4',
      source: '/dev/vda',
    })
    expect(mountAt(entries, '/home')).toBeUndefined()
  })

  it('mountinfo: octal escapes in paths, and the last mount at a point wins', () => {
    const text = [
      '30 1 0:40 / /home rw - tmpfs tmpfs rw',
      '31 1 252:1 / /home rw,relatime shared:1 - ext4 /dev/mapper/home\\040disk rw',
    ].join('\n')
    expect(mountAt(parseMountinfo(text), '/home')).toEqual({
      device: '252:1',
      mountPoint: '/home',
      fsType: 'ext4',
      source: '/dev/mapper/home disk',
    })
  })

  it('a device-mapper uuid from cryptsetup starts with CRYPT-; LVM ones do not', () => {
    expect(isCryptUuid('CRYPT-LUKS2-8ab5b316b1d14c1c85977a164e49b307-luks-8ab5b316\n')).toBe(true)
    expect(isCryptUuid('LVM-abcdef')).toBe(false)
  })

  it('os-release: this build machine is Debian 12; Ubuntu 24.04', () => {
    expect(parseOsRelease(fixture('linux/os-release-debian12.txt'))).toMatchObject({
      ID: 'debian',
      VERSION_ID: '12',
      PRETTY_NAME: 'Debian GNU/Linux 12 (bookworm)',
    })
    expect(parseOsRelease(fixture('linux/os-release-ubuntu2404.txt'))).toMatchObject({
      ID: 'ubuntu',
      ID_LIKE: 'debian',
      VERSION_ID: '24.04',
    })
  })

  it('gsettings values', () => {
    expect(parseGsettingsUint(fixture('linux/gsettings-idle-delay-600.txt'))).toBe(600)
    expect(parseGsettingsBool(fixture('linux/gsettings-lock-enabled-true.txt'))).toBe(true)
    expect(parseGsettingsBool(fixture('linux/gsettings-lock-enabled-false.txt'))).toBe(false)
    expect(parseGsettingsUint('No such key “idle-delay”')).toBeUndefined()
  })

  it("kscreenlockerrc: a setup script's file turns the automatic lock off; missing keys are KDE's defaults", () => {
    expect(parseKscreenlockerrc(fixture('linux/kscreenlockerrc-autolock-off.txt'))).toEqual({
      autolock: false,
      timeoutMinutes: 5,
      graceSeconds: 5,
    })
    expect(parseKscreenlockerrc(fixture('linux/kscreenlockerrc-timeout-30.txt'))).toEqual({
      autolock: true,
      timeoutMinutes: 30,
      graceSeconds: 5,
    })
    expect(parseKscreenlockerrc('')).toEqual({ autolock: true, timeoutMinutes: 5, graceSeconds: 5 })
  })
})

describe('Windows', () => {
  it('Security Center: Bitdefender on, Windows Defender off beside it (PowerShell list view)', () => {
    expect(
      parseSecurityCenterProducts(fixture('windows/securitycenter2-antivirus-bitdefender-defender-off.txt')),
    ).toEqual([
      { name: 'Bitdefender Antivirus', state: 'on', upToDate: true, byMicrosoft: false },
      { name: 'Windows Defender', state: 'off', upToDate: true, byMicrosoft: true },
    ])
  })

  it('Security Center: Windows Defender with real-time protection on (397568)', () => {
    expect(parseSecurityCenterProducts(fixture('windows/securitycenter2-antivirus-defender-on.txt'))).toEqual(
      [{ name: 'Windows Defender', state: 'on', upToDate: true, byMicrosoft: true }],
    )
  })

  it('Security Center as ConvertTo-Json prints it: one object or a list', () => {
    expect(
      parseSecurityCenterProducts('{"displayName":"Windows Defender","productState":397568}'),
    ).toHaveLength(1)
    expect(parseSecurityCenterProducts('[{"displayName":"X","productState":"266256"}]')).toEqual([
      { name: 'X', state: 'on', upToDate: false, byMicrosoft: false },
    ])
    expect(parseSecurityCenterProducts('Get-CimInstance : Invalid namespace')).toBeUndefined()
  })

  it.each([
    [397568, 'on', true],
    [393472, 'off', true],
    [266240, 'on', true],
    [266256, 'on', false],
    [401664, 'snoozed', true],
    [405760, 'expired', true],
  ] as const)('productState %i: %s, signatures up to date %s', (state, expected, upToDate) => {
    expect(decodeProductState(state)).toMatchObject({ state: expected, upToDate })
  })

  it.each([
    [1, 'on'],
    [2, 'off'],
    [3, 'encrypting'],
    [4, 'decrypting'],
    [5, 'suspended'],
    [6, 'on'],
    [8, 'suspended'],
    [null, 'off'],
  ] as const)('System.Volume.BitLockerProtection %s is %s', (value, state) => {
    expect(bitLockerFrom(value).state).toBe(state)
  })

  it('the script on Windows 11 Home: BitLocker off, no screen saver, Defender on, Public profile off', () => {
    const raw = parseWindowsProtection(fixture('windows/protection-script-win11-home.json'))
    expect(raw).toMatchObject({
      build: '26100',
      displayVersion: '24H2',
      edition: 'Core',
      bitlocker: { state: 'off', method: 'bitlocker' },
      antivirus: [{ name: 'Windows Defender', state: 'on' }],
      firewallProducts: [],
      firewallProfiles: [
        { name: 'Domain', enabled: true },
        { name: 'Private', enabled: true },
        { name: 'Public', enabled: false },
      ],
      activeProfiles: ['Public'],
    })
    // A screen saver that asks for no password, and none chosen: Windows does not lock by itself.
    expect(windowsScreenLock(raw!)).toEqual({ state: 'off', source: 'windows' })
  })

  it('the screen lock: the shortest of the screen saver and the inactivity limit; a policy means the workplace', () => {
    const base = parseWindowsProtection(fixture('windows/protection-script-win11-home.json'))!
    const saver = { active: true, secure: true, chosen: true, timeoutSeconds: 600 }
    expect(windowsScreenLock({ ...base, screenSaver: saver })).toEqual({
      state: 'on',
      source: 'windows',
      afterSeconds: 600,
    })
    expect(windowsScreenLock({ ...base, screenSaver: saver, inactivitySeconds: 300 })).toEqual({
      state: 'on',
      source: 'windows',
      afterSeconds: 300,
      managed: true,
    })
    expect(windowsScreenLock({ ...base, screenSaver: saver, screenSaverPolicy: { active: false } })).toEqual({
      state: 'off',
      source: 'windows',
      managed: true,
    })
  })

  it('text that is not the script JSON gives nothing', () => {
    expect(parseWindowsProtection('')).toBeUndefined()
    expect(parseWindowsProtection('[1,2]')).toBeUndefined()
  })
})
