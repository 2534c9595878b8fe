import { describe, expect, it } from 'vitest'
import { appCatalogue } from '../../../src/checks/apps/catalogue.js'
import { evaluateApps, type AppsInput } from '../../../src/checks/apps/evaluate.js'
import type { AppFinding } from '../../../src/checks/apps/match.js'
import type { ProcessOwner } from '../../../src/platform/processes/index.js'
import { english } from '../../helpers/english.js'

function finding(id: string, options: { session?: boolean; owners?: ProcessOwner[] } = {}): AppFinding {
  const entry = appCatalogue.find((e) => e.id === id)
  if (!entry) throw new Error(`no catalogue entry ${id}`)
  return {
    id,
    name: entry.name,
    category: entry.category,
    isActiveSession: options.session ?? false,
    owners: options.owners ?? ['self'],
    processCount: 1,
    entry,
  }
}

function input(findings: AppFinding[], extra: Partial<AppsInput> = {}): AppsInput {
  return {
    platform: 'linux',
    listing: { ok: true, source: 'proc', processCount: 300, findings },
    doNotDisturb: 'unknown',
    ...extra,
  }
}

const onBattery = (percent: number) => ({ hasBattery: true, percent, isCharging: false, acConnected: false })

describe('evaluateApps verdicts', () => {
  it.each<[string, AppsInput, string, RegExp]>([
    ['nothing running', input([]), 'pass', /^No chat, remote-access or screen-recording apps are running\.$/],
    [
      'chat apps',
      input([finding('telegram'), finding('signal')]),
      'warn',
      /^Telegram and Signal are open and can show message pop-ups\.$/,
    ],
    [
      'live remote session',
      input([finding('teamviewer', { session: true })]),
      'fail',
      /^TeamViewer shows a live remote connection, so someone else may be able to see this screen right now\.$/,
    ],
    [
      'remote access idle',
      input([finding('anydesk')]),
      'warn',
      /^AnyDesk is running, which lets someone connect to this computer\.$/,
    ],
    ['screen recorder', input([finding('obs')]), 'warn', /^OBS Studio can record the screen\.$/],
    [
      'low battery on battery',
      input([], { battery: onBattery(18) }),
      'warn',
      /^The battery is at 18% and not charging\.$/,
    ],
    [
      'low battery but plugged in',
      input([], { battery: { hasBattery: true, percent: 18, isCharging: true, acConnected: true } }),
      'pass',
      /^No chat/,
    ],
    ['battery exactly at the threshold', input([], { battery: onBattery(30) }), 'pass', /^No chat/],
    [
      'no battery',
      input([], { battery: { hasBattery: false, percent: null, isCharging: false, acConnected: true } }),
      'pass',
      /^No chat/,
    ],
    [
      'video-call app only',
      input([finding('zoom')]),
      'pass',
      /Zoom is open, which is fine if you use it for the session\.$/,
    ],
    [
      'Phone Link runs by default',
      input([finding('phone-link')]),
      'pass',
      /^No chat, remote-access or screen-recording apps are running\.$/,
    ],
    [
      'several things',
      input([finding('anydesk'), finding('obs'), finding('whatsapp')], { battery: onBattery(12) }),
      'warn',
      /^A few things on this computer need a look before the session: AnyDesk is running, .*; OBS Studio can record the screen; WhatsApp is open and can show message pop-ups; the battery is at 12% and not charging\.$/,
    ],
    [
      'session plus others',
      input([finding('quick-assist', { session: true }), finding('telegram')]),
      'fail',
      /^Quick Assist shows a live remote connection.*; a few other things below need a look too\.$/,
    ],
    [
      'chat app of another user',
      input([finding('whatsapp', { owners: ['other-user'] })]),
      'warn',
      /^WhatsApp \(for another user of this computer\) is open/,
    ],
  ])('%s', (_label, given, status, summary) => {
    const outcome = evaluateApps(given, english)
    expect(outcome.status).toBe(status)
    expect(outcome.summary).toMatch(summary)
  })
})

describe('evaluateApps advice', () => {
  it('gives each chat app its own advice, then Do Not Disturb for the OS', () => {
    const advice = evaluateApps(
      input([finding('telegram'), finding('line')], { platform: 'darwin' }),
      english,
    ).advice
    expect(advice[0]).toMatch(
      /^Telegram can show message pop-ups.*Settings > Privacy and Security > Data Settings/,
    )
    expect(advice[1]).toMatch(/^LINE can show .*Auto-add friends/)
    expect(advice.at(-1)).toMatch(/^Turn on a Focus such as Do Not Disturb \(Control Centre > Focus\)/)
  })

  it('says to plug in when the battery is low', () => {
    expect(evaluateApps(input([], { battery: onBattery(9) }), english).advice).toContain(
      'Plug in your charger before the session, so the call does not stop halfway through.',
    )
  })

  it('asks calmly to end a connection nobody started', () => {
    const advice = evaluateApps(input([finding('teamviewer', { session: true })]), english).advice
    expect(advice[0]).toBe(
      'If you did not start this TeamViewer connection yourself, end it in TeamViewer (or restart the computer) before the session, and tell your therapist.',
    )
  })

  it('leaves out the Do Not Disturb advice when it is already on', () => {
    const outcome = evaluateApps(input([], { doNotDisturb: 'on', platform: 'win32' }), english)
    expect(outcome.advice).toEqual([])
    expect(outcome.measurements).toContainEqual({ id: 'doNotDisturb', label: 'Do Not Disturb', value: 'on' })
  })

  it('says nothing about a battery it cannot see', () => {
    const outcome = evaluateApps(input([]), english)
    expect(outcome.measurements?.map((m) => m.id)).not.toContain('batteryPercent')
    expect(JSON.stringify(outcome)).not.toMatch(/battery is|charger/i)
  })

  it('never scolds or alarms', () => {
    const all = appCatalogue.map((e) =>
      finding(e.id, { session: Boolean(e.processes.windows?.sessionNames) }),
    )
    const text = JSON.stringify(evaluateApps(input(all, { battery: onBattery(5) }), english))
    expect(text).not.toMatch(/\b(danger|hacked|warning|you must|stupid|should have)\b|!/i)
  })

  it('says shared advice once', () => {
    const advice = evaluateApps(
      input([finding('atera'), finding('ninjarmm'), finding('splashtop')]),
      english,
    ).advice
    expect(advice.filter((line) => line.startsWith('IT-support tools'))).toHaveLength(1)
  })
})

describe('evaluateApps details and errors', () => {
  it('lists found apps in details without paths or user names', () => {
    const outcome = evaluateApps(
      input([finding('zoom'), finding('anydesk', { owners: ['system'] })]),
      english,
    )
    expect(outcome.details?.apps).toEqual([
      {
        id: 'zoom',
        name: 'Zoom',
        category: 'video-call',
        state: 'running',
        runsFor: ['self'],
        processCount: 1,
      },
      {
        id: 'anydesk',
        name: 'AnyDesk',
        category: 'remote-access',
        state: 'running',
        runsFor: ['system'],
        processCount: 1,
      },
    ])
    expect(outcome.identifiers).toBeUndefined()
  })

  it('reports an error, plainly, when the process list cannot be read', () => {
    const outcome = evaluateApps(
      {
        platform: 'win32',
        listing: { ok: false, reason: 'powershell.exe is not installed' },
        doNotDisturb: 'unknown',
        battery: onBattery(10),
      },
      english,
    )
    expect(outcome.status).toBe('error')
    expect(outcome.summary).toBe('The list of running apps could not be read, so this part was not checked.')
    expect(outcome.advice[0]).toMatch(/^Before the session, quit chat apps/)
    expect(outcome.advice).toContain(
      'Plug in your charger before the session, so the call does not stop halfway through.',
    )
    expect(outcome.error).toBe('powershell.exe is not installed')
  })
})
