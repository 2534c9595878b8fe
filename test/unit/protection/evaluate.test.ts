/**
 * The protection check's judgement, table-driven: what a person reads for each state, in English
 * and Spanish, on a fixed day (the run's clock comes in as a value).
 */
import { describe, expect, it } from 'vitest'
import { evaluateProtection, formatDate, isTableOld } from '../../../src/checks/protection/evaluate.js'
import { supportOf } from '../../../src/checks/protection/updates.js'
import { messagesFor } from '../../../src/messages/index.js'
import type { ProtectionSnapshot, SystemVersion } from '../../../src/platform/protection/types.js'

const en = messagesFor('en')
const es = messagesFor('es')
const TODAY = new Date('2026-12-06T01:00:00Z')

const debian12: SystemVersion = {
  state: 'known',
  family: 'linux',
  id: 'debian',
  like: [],
  version: '12',
  name: 'Debian GNU/Linux 12 (bookworm)',
}

/** This build machine, as the Linux reader sees it: no encryption, no desktop, Debian 12. */
const thisMachine: ProtectionSnapshot = {
  encryption: { state: 'off', method: 'none' },
  screenLock: { state: 'unknown', reason: 'no-desktop' },
  system: debian12,
  malware: { state: 'not-judged' },
  firewall: { state: 'not-judged' },
  notes: [],
}

const allGood = (system: SystemVersion): ProtectionSnapshot => ({
  encryption: { state: 'on', method: 'filevault' },
  screenLock: { state: 'on', source: 'sysadminctl', afterSeconds: 300 },
  system,
  malware: { state: 'known', source: 'gatekeeper', enabled: true },
  firewall: { state: 'known', source: 'application-firewall', enabled: true },
  notes: [],
})

const windows = (build: string, edition = 'Core'): SystemVersion => ({
  state: 'known',
  family: 'windows',
  id: 'windows',
  like: [],
  version: build,
  name: Number(build) >= 22000 ? 'Windows 11 24H2' : 'Windows 10 22H2',
  edition,
})
const macos = (version: string): SystemVersion => ({
  state: 'known',
  family: 'macos',
  id: 'macos',
  like: [],
  version,
  name: `macOS ${version}`,
})
const linux = (id: string, version: string, name = `${id} ${version}`): SystemVersion => ({
  state: 'known',
  family: 'linux',
  id,
  like: [],
  version,
  name,
})

describe('this Linux machine', () => {
  const outcome = evaluateProtection(thisMachine, 'linux', TODAY, en)

  it('is worth a look for the disk, says why the screen lock was not checked, and that Debian 12 still gets updates', () => {
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toBe(
      "This computer's disk is not encrypted, so if it were lost, someone could read what is on it, including your messages with your therapist.",
    )
    expect(outcome.measurements).toEqual([
      { id: 'diskEncryption', label: 'Disk encryption', value: 'off', status: 'warn' },
      {
        id: 'screenLock',
        label: 'Screen lock',
        value: 'could not check: we read the screen lock of GNOME and KDE desktops, and found neither here',
      },
      { id: 'securityUpdates', label: 'Security updates', value: 'yes, until 30 June 2028', status: 'pass' },
      { id: 'system', label: 'System', value: 'Debian GNU/Linux 12 (bookworm)' },
    ])
    expect(outcome.details).toMatchObject({
      findings: ['encryption.off.linux'],
      screenLock: { state: 'unknown', reason: 'no-desktop' },
      updates: { kind: 'supported', until: '2028-06-30' },
      malware: { state: 'not-judged' },
      firewall: { state: 'not-judged' },
    })
  })

  it('is never "not ready": one thing worth a look, with the work-computer note as part of it', () => {
    expect(outcome.steps?.every((step) => step.priority === 'consider')).toBe(true)
    expect(new Set(outcome.steps?.map((step) => step.thing))).toEqual(
      new Set(['protection.encryption.off.linux']),
    )
    expect(outcome.advice.at(-1)).toBe(
      'On a work computer, its IT team decides these settings: ask them before you change anything.',
    )
  })

  it('says nothing about malware protection or the firewall on Linux', () => {
    expect(outcome.measurements?.map((m) => m.id)).not.toContain('malwareProtection')
    expect(outcome.measurements?.map((m) => m.id)).not.toContain('firewall')
  })
})

describe('security updates by the dated table', () => {
  it.each([
    ['Windows 10 22H2 Home, after consumer ESU', windows('19045'), TODAY, 'ended', '2026-10-13'],
    [
      'Windows 10 22H2 Home, two weeks before ESU ends',
      windows('19045'),
      new Date('2026-09-29'),
      'ending',
      '2026-10-13',
    ],
    [
      'Windows 10 LTSC 2021, five weeks before its end',
      windows('19044', 'EnterpriseS'),
      TODAY,
      'ending',
      '2027-01-12',
    ],
    [
      'Windows 10 22H2 Enterprise, without the paid ESU it cannot see',
      windows('19045', 'Enterprise'),
      TODAY,
      'ended',
      '2025-10-14',
    ],
    ['Windows 11 24H2 Home', windows('26100'), TODAY, 'ended', '2026-10-13'],
    ['Windows 11 24H2 Enterprise', windows('26100', 'Enterprise'), TODAY, 'supported', '2027-10-12'],
    ['Windows 11 25H2 Pro', windows('26200', 'Professional'), TODAY, 'supported', '2027-10-12'],
    ['Fedora 43, three days before its end', linux('fedora', '43'), TODAY, 'ending', '2026-12-09'],
    ['Ubuntu 24.04', linux('ubuntu', '24.04'), TODAY, 'supported', '2029-05-31'],
    ['Ubuntu 20.04', linux('ubuntu', '20.04'), TODAY, 'ended', '2025-05-31'],
    ['Rocky Linux 9.4, by its major version', linux('rocky', '9.4'), TODAY, 'supported', '2032-05-31'],
  ] as const)('%s', (_name, system, today, kind, until) => {
    expect(supportOf(system, today)).toEqual({ kind, until })
  })

  it.each([
    ['macOS 26', macos('26.1'), 'supported'],
    ['macOS 15', macos('15.7.2'), 'supported'],
    ['macOS 14', macos('14.8'), 'supported'],
    ['macOS 13', macos('13.7.8'), 'ended'],
    ['macOS 10.15', macos('10.15.7'), 'ended'],
    ['a macOS newer than the table', macos('27.0'), 'supported'],
    ['Arch Linux (rolling)', linux('arch', ''), 'rolling'],
    ['a distribution without dates', linux('slackware', '15.0'), 'unknown'],
    ['a Windows build the table does not know', windows('27900'), 'unknown'],
  ] as const)('%s: %s', (_name, system, kind) => {
    expect(supportOf(system, TODAY).kind).toBe(kind)
  })

  it('Windows 10 after 13 October 2026: the date, the upgrade path, and the workplace', () => {
    const outcome = evaluateProtection(
      { ...allGood(windows('19045')), encryption: { state: 'on', method: 'bitlocker' } },
      'win32',
      TODAY,
      en,
    )
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toBe('Windows 10 no longer gets security updates: they ended on 13 October 2026.')
    expect(outcome.advice[0]).toContain('Settings → Update & Security → Windows Update')
  })

  it('an unknown system version is "could not check", not a finding', () => {
    const outcome = evaluateProtection(allGood(linux('slackware', '15.0')), 'linux', TODAY, en)
    expect(outcome.status).toBe('pass')
    expect(outcome.summary).toBe("What we could check looks fine; we couldn't check the security updates.")
    expect(outcome.measurements).toContainEqual({
      id: 'securityUpdates',
      label: 'Security updates',
      value: 'could not check: we have no dates for this system version',
    })
  })

  it('says when the table is more than a year old, from the run’s own day', () => {
    expect(isTableOld(TODAY)).toBe(false)
    const later = new Date('2027-09-01T00:00:00Z')
    expect(isTableOld(later)).toBe(true)
    const outcome = evaluateProtection(allGood(macos('26.1')), 'darwin', later, en)
    expect(outcome.advice).toContain(
      'The dates session-checkup knows of are from 22 August 2026, more than a year ago: a newer session-checkup knows newer ones.',
    )
  })
})

describe('the screen lock', () => {
  const withLock = (screenLock: ProtectionSnapshot['screenLock']) =>
    evaluateProtection({ ...allGood(macos('26.1')), screenLock }, 'darwin', TODAY, en)

  it('15 minutes or less is fine', () => {
    expect(withLock({ state: 'on', source: 'sysadminctl', afterSeconds: 900 }).status).toBe('pass')
  })

  it('over 15 minutes is worth a look, with the minutes and the exact settings', () => {
    const outcome = withLock({ state: 'on', source: 'gnome', afterSeconds: 1800 })
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toBe('Your desktop locks the screen only after 30 minutes away.')
    expect(outcome.advice[0]).toMatch(/^Open Settings → Privacy & Security → Screen Lock/)
  })

  it('no lock at all on a Mac names System Settings → Lock Screen', () => {
    const outcome = withLock({ state: 'off', source: 'sysadminctl' })
    expect(outcome.summary).toBe('This Mac does not lock its screen by itself when you step away.')
    expect(outcome.advice[0]).toMatch(/^Open System Settings → Lock Screen/)
  })

  it("a workplace's policy: its IT decides", () => {
    const outcome = withLock({ state: 'on', source: 'windows', afterSeconds: 3600, managed: true })
    expect(outcome.summary).toBe(
      'Your workplace sets the screen lock on this computer, and it locks late or not by itself.',
    )
    expect(outcome.advice[0]).toMatch(/^On a work computer its IT team decides this: ask them\./)
  })
})

describe('malware protection and the firewall', () => {
  it('Windows with no antivirus on, and the firewall off for the network in use: two things worth a look', () => {
    const outcome = evaluateProtection(
      {
        encryption: { state: 'on', method: 'bitlocker' },
        screenLock: { state: 'on', source: 'windows', afterSeconds: 600 },
        system: windows('26200', 'Professional'),
        malware: {
          state: 'known',
          source: 'security-center',
          products: [{ name: 'Windows Defender', state: 'off', upToDate: true, byMicrosoft: true }],
        },
        firewall: {
          state: 'known',
          source: 'windows',
          products: [],
          profiles: [
            { name: 'Private', enabled: true },
            { name: 'Public', enabled: false },
          ],
          active: ['Public'],
        },
        notes: [],
      },
      'win32',
      TODAY,
      en,
    )
    expect(outcome.summary).toBe('2 things about how this computer protects your privacy are worth a look.')
    expect(outcome.details?.findings).toEqual(['malware.off.win32', 'firewall.off.win32'])
    expect(outcome.advice[0]).toMatch(/Windows Security → Virus & threat protection/)
    expect(outcome.advice[1]).toMatch(/Firewall & network protection/)
  })

  it('a third-party antivirus that is on is enough, even with Defender off beside it', () => {
    const outcome = evaluateProtection(
      {
        ...allGood(windows('26200')),
        malware: {
          state: 'known',
          source: 'security-center',
          products: [
            { name: 'Bitdefender Antivirus', state: 'on', upToDate: true, byMicrosoft: false },
            { name: 'Windows Defender', state: 'off', upToDate: true, byMicrosoft: true },
          ],
        },
      },
      'win32',
      TODAY,
      en,
    )
    expect(outcome.details?.findings).toEqual([])
  })

  it('Gatekeeper off on a Mac', () => {
    const outcome = evaluateProtection(
      { ...allGood(macos('26.1')), malware: { state: 'known', source: 'gatekeeper', enabled: false } },
      'darwin',
      TODAY,
      en,
    )
    expect(outcome.summary).toBe('Gatekeeper is off, so this Mac opens apps without checking who made them.')
  })

  it('Security Center that does not answer (Windows Server, a locked-down PC) says the workplace may decide', () => {
    const outcome = evaluateProtection(
      { ...allGood(windows('26200')), malware: { state: 'unknown', reason: 'denied' } },
      'win32',
      TODAY,
      en,
    )
    expect(outcome.measurements).toContainEqual({
      id: 'malwareProtection',
      label: 'Malware protection',
      value:
        "could not check: this computer doesn't let us read it (on a work computer, its IT team decides this)",
    })
  })
})

describe('nothing to say', () => {
  it('all good: a pass, no steps', () => {
    const outcome = evaluateProtection(allGood(macos('26.1')), 'darwin', TODAY, en)
    expect(outcome).toMatchObject({
      status: 'pass',
      summary: 'Everything we checked about how this computer protects your privacy looks fine.',
      advice: [],
    })
  })

  it('nothing could be read: not checked, never a finding', () => {
    const none = { state: 'unknown', reason: 'unsupported-os' } as const
    const outcome = evaluateProtection(
      { encryption: none, screenLock: none, system: none, malware: none, firewall: none, notes: [] },
      'freebsd',
      TODAY,
      en,
    )
    expect(outcome.status).toBe('skip')
    expect(outcome.summary).toBe("We couldn't check how this computer protects your privacy.")
  })
})

describe('in Spanish', () => {
  it('every sentence is from the Spanish catalogue: this machine', () => {
    const outcome = evaluateProtection(thisMachine, 'linux', TODAY, es)
    expect(outcome.summary).toBe(
      'El disco de esta computadora no está cifrado: si la perdiera, alguien podría leer lo que tiene, incluidos sus mensajes con su terapeuta.',
    )
    expect(outcome.measurements).toContainEqual({
      id: 'securityUpdates',
      label: 'Actualizaciones de seguridad',
      value: 'sí, hasta el 30 de junio de 2028',
      status: 'pass',
    })
    const english = evaluateProtection(thisMachine, 'linux', TODAY, en)
    for (const [index, step] of outcome.advice.entries()) expect(step).not.toBe(english.advice[index])
  })

  it('dates are written the Spanish way', () => {
    expect(formatDate('2026-10-13', es)).toBe('13 de octubre de 2026')
    expect(formatDate('2026-10-13', en)).toBe('13 October 2026')
  })
})
