/**
 * The "This computer" verdict beyond its headline (issue 15: surviving mutants showed these
 * untested): which sentence is chosen for one or several apps, each step's priority and topic,
 * the Do Not Disturb step for each system, the measurements and details, and the plain error when
 * the process list cannot be read. The catalogue is replaced by one that echoes the key and its
 * values, so these tests hold whatever the wording.
 */
import { describe, expect, it } from 'vitest'
import { appCatalogue } from '../../../src/checks/apps/catalogue.js'
import { evaluateApps, type AppsInput } from '../../../src/checks/apps/evaluate.js'
import type { AppFinding } from '../../../src/checks/apps/match.js'
import type { Msg } from '../../../src/messages/index.js'
import type { ProcessOwner } from '../../../src/platform/processes/index.js'

const echo = ((key: string, values?: Record<string, string | number>) =>
  values
    ? `${key}(${Object.entries(values)
        .map(([name, value]) => `${name}=${value}`)
        .join('; ')})`
    : key) as Msg

function finding(
  id: string,
  options: { session?: boolean; owners?: ProcessOwner[]; runsByDefault?: boolean } = {},
): AppFinding {
  const found = appCatalogue.find((e) => e.id === id)
  if (!found) throw new Error(`no catalogue entry ${id}`)
  const entry = 'runsByDefault' in options ? { ...found, runsByDefault: options.runsByDefault } : found
  return {
    id,
    name: entry.name,
    category: entry.category,
    isActiveSession: options.session ?? false,
    owners: options.owners ?? ['self'],
    processCount: 2,
    entry,
  }
}
const input = (findings: AppFinding[], extra: Partial<AppsInput> = {}): AppsInput => ({
  platform: 'linux',
  listing: { ok: true, source: 'proc', processCount: 300, findings },
  doNotDisturb: 'unknown',
  ...extra,
})
const evaluate = (given: AppsInput) => evaluateApps(given, echo)
/** A chat or remote-access app's step: why, then what to do, both from the catalogue. */
const advised = (id: string): string =>
  `apps.app.advice(why=apps.app.${id}.why; whatToDo=apps.app.${id}.whatToDo)`

describe('which sentence', () => {
  it.each<[string, AppFinding[], string]>([
    [
      'two live sessions',
      [finding('teamviewer', { session: true }), finding('anydesk', { session: true })],
      'apps.summary.liveSessionMany(names=list.and(rest=TeamViewer; last=AnyDesk))',
    ],
    [
      'two live sessions and more',
      [finding('teamviewer', { session: true }), finding('anydesk', { session: true }), finding('obs')],
      'apps.summary.liveSessionManyAndMore(names=list.and(rest=TeamViewer; last=AnyDesk))',
    ],
    [
      'two remote-access tools',
      [finding('teamviewer'), finding('anydesk')],
      'apps.summary.remoteMany(names=list.and(rest=TeamViewer; last=AnyDesk))',
    ],
    [
      'two calls open',
      [finding('zoom'), finding('teams')],
      `apps.summary.callsOpen(names=list.and(rest=Zoom; last=${finding('teams').name}))`,
    ],
    ['one call open', [finding('zoom')], 'apps.summary.callOpen(names=Zoom)'],
    [
      'a phone-relay app that does not run by default is a chat',
      [finding('kde-connect', { runsByDefault: false })],
      `apps.summary.chats(names=${finding('kde-connect').name})`,
    ],
    [
      'an app for this user and another is named plainly',
      [finding('telegram', { owners: ['self', 'other-user'] })],
      'apps.summary.chats(names=Telegram)',
    ],
    [
      'an app for another user only says so',
      [finding('telegram', { owners: ['other-user', 'system'] })],
      'apps.summary.chats(names=apps.forAnotherUser(name=Telegram))',
    ],
  ])('%s', (_name, findings, summary) => {
    expect(evaluate(input(findings)).summary).toBe(summary)
  })

  it('a battery that cannot say its charge is not called low', () => {
    const outcome = evaluate(
      input([], { battery: { hasBattery: true, percent: null, isCharging: false, acConnected: false } }),
    )
    expect(outcome.summary).toBe('apps.summary.clear')
    expect(outcome.measurements?.map((m) => m.id)).toEqual(['processesListed', 'appsFound', 'doNotDisturb'])
  })
})

describe('the steps', () => {
  it('ending a live session is a must; the rest are worth a look; the Do Not Disturb step carries its topic', () => {
    const outcome = evaluate(
      input([finding('teamviewer', { session: true }), finding('telegram'), finding('zoom')]),
    )
    expect(outcome.advice).toEqual([
      'apps.step.endSession(name=TeamViewer)',
      advised('telegram'),
      'apps.app.zoom.whatToDo',
      'apps.step.focusLinux',
    ])
    expect(outcome.steps).toStrictEqual([
      { text: 'apps.step.endSession(name=TeamViewer)', priority: 'must', from: 'tool' },
      { text: advised('telegram'), priority: 'consider', from: 'tool' },
      { text: 'apps.app.zoom.whatToDo', priority: 'consider', from: 'tool' },
      { text: 'apps.step.focusLinux', priority: 'consider', from: 'tool', topic: 'do-not-disturb' },
    ])
  })

  it.each<[NodeJS.Platform, string]>([
    ['darwin', 'apps.step.focusMac'],
    ['win32', 'apps.step.focusWindows'],
    ['linux', 'apps.step.focusLinux'],
    ['freebsd', 'apps.step.focusLinux'],
  ])('Do Not Disturb on %s', (platform, step) => {
    expect(evaluate(input([], { platform })).advice).toEqual([step])
  })
})

describe('measurements and details', () => {
  it('counts, Do Not Disturb in words, and the battery rounded and judged', () => {
    const outcome = evaluate(
      input([finding('obs'), finding('teamviewer', { session: true })], {
        doNotDisturb: 'off',
        battery: { hasBattery: true, percent: 29.6, isCharging: false, acConnected: false },
      }),
    )
    expect(outcome.measurements).toStrictEqual([
      { id: 'processesListed', label: 'apps.label.processesListed', value: 300 },
      { id: 'appsFound', label: 'apps.label.appsFound', value: 2 },
      { id: 'doNotDisturb', label: 'apps.label.doNotDisturb', value: 'off' },
      { id: 'batteryPercent', label: 'apps.label.battery', value: 30, unit: '%', status: 'warn' },
    ])
    expect(outcome.details).toStrictEqual({
      processListing: 'proc',
      apps: [
        {
          id: 'obs',
          name: 'OBS Studio',
          category: 'screen-recording',
          state: 'running',
          runsFor: ['self'],
          processCount: 2,
        },
        {
          id: 'teamviewer',
          name: 'TeamViewer',
          category: 'remote-access',
          state: 'session',
          runsFor: ['self'],
          processCount: 2,
        },
      ],
      doNotDisturb: 'off',
      battery: { percent: 29.6, charging: false, pluggedIn: false },
    })
  })

  it('Do Not Disturb it could not read says so; a full battery passes; no battery is null', () => {
    const outcome = evaluate(
      input([], { battery: { hasBattery: true, percent: 80, isCharging: false, acConnected: false } }),
    )
    expect(outcome.measurements?.find((m) => m.id === 'doNotDisturb')?.value).toBe('apps.value.couldNotTell')
    expect(outcome.measurements?.find((m) => m.id === 'batteryPercent')).toMatchObject({
      value: 80,
      status: 'pass',
    })
    expect(
      evaluate(
        input([], { battery: { hasBattery: false, percent: null, isCharging: false, acConnected: true } }),
      ).details?.battery,
    ).toBeNull()
  })
})

describe('when the process list cannot be read', () => {
  const unreadable = (extra: Partial<AppsInput> = {}): AppsInput => ({
    platform: 'win32',
    listing: { ok: false, reason: 'ps failed' },
    doNotDisturb: 'unknown',
    ...extra,
  })

  it('says so plainly, with what the person can still do', () => {
    const outcome = evaluate(
      unreadable({ battery: { hasBattery: true, percent: 12, isCharging: false, acConnected: false } }),
    )
    expect(outcome).toMatchObject({ status: 'error', summary: 'apps.summary.unreadable', error: 'ps failed' })
    expect(outcome.advice).toEqual(['apps.step.quitYourself', 'apps.step.charge', 'apps.step.focusWindows'])
    expect(outcome.steps?.map((step) => step.priority)).toEqual(['consider', 'consider', 'consider'])
    expect(outcome.measurements).toStrictEqual([
      { id: 'doNotDisturb', label: 'apps.label.doNotDisturb', value: 'apps.value.couldNotTell' },
      { id: 'batteryPercent', label: 'apps.label.battery', value: 12, unit: '%', status: 'warn' },
    ])
    expect(outcome.details).toMatchObject({ processListing: 'unavailable', apps: [] })
  })

  it('leaves out the charger with a good battery, and Do Not Disturb when it is on', () => {
    expect(evaluate(unreadable({ doNotDisturb: 'on' })).advice).toEqual(['apps.step.quitYourself'])
  })
})
