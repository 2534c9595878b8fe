import { describe, expect, it } from 'vitest'
import { appCatalogue } from '../../../src/checks/apps/catalogue.js'
import { appWords, evaluateApps, type AppsInput } from '../../../src/checks/apps/evaluate.js'
import type { AppFinding } from '../../../src/checks/apps/match.js'
import { defaultQuestionsFor } from '../../../src/checks/checklist/default-questions.js'
import {
  evaluateChecklist,
  evaluateNoQuestions,
  evaluateNotAnswered,
  introLine,
  type Outcome,
} from '../../../src/checks/checklist/evaluate.js'
import { evaluateWifi } from '../../../src/checks/wifi/evaluate.js'
import type { CheckOutcome } from '../../../src/checks/types.js'
import { catalogueOf, messagesFor, type MessageKey } from '../../../src/messages/index.js'
import type { LinkKind, UnknownReason, WifiGrade, WifiSnapshot } from '../../../src/platform/wifi/types.js'
import { SESSION_TYPES, type Status } from '../../../src/report/model.js'
import { crisisEntryFor } from '../../../src/report/crisis.js'
import { CRISIS_REGIONS } from '../../../src/report/model.js'
import { msg } from '../../helpers/english.js'

/**
 * A Spanish run reads Spanish (issue 16): every outcome of the Wi-Fi, apps and checklist checks,
 * for every status, has no English marker word. Product names (Zoom, AnyDesk) and units stay.
 */
const es = messagesFor('es')
const ENGLISH = [
  /\byes\b/i,
  / the /i,
  / your /i,
  /\bRun /,
  /Wi-Fi is/,
  /\bCheck\b/,
  /\bFix\b/,
  / you /i,
  / is /,
  / and /,
  / not /,
  / with /,
  /\bPlease\b/,
]

/** Words a person reads in an outcome, with the app names taken out (they are names, in any language). */
function wordsOf(outcome: CheckOutcome, names: readonly string[] = []): string {
  const text = [
    outcome.summary,
    ...outcome.advice,
    ...(outcome.steps ?? []).map((step) => step.text),
    ...(outcome.measurements ?? []).flatMap((m) => [m.label, String(m.value)]),
  ].join('\n')
  return names.reduce((rest, name) => rest.split(name).join('NAME'), text)
}

function expectSpanish(text: string, where: string): void {
  const found = ENGLISH.map((marker) => text.match(marker)?.[0]).filter(Boolean)
  if (found.length > 0) expect({ where, text, found }).toEqual({ where, text, found: [] })
}

const grades: WifiGrade[] = [
  'open',
  'owe',
  'wep',
  'wpa',
  'wpa2-personal',
  'wpa3-personal',
  'enterprise',
  'unknown',
]
const reasons: Array<UnknownReason | undefined> = [
  undefined,
  'windows-location-off',
  'macos-unreadable',
  'linux-no-tools',
  'linux-not-readable',
  'unrecognised',
]
const kinds: LinkKind[] = ['wifi', 'ethernet', 'phone', 'cellular', 'none', 'unknown']

function wifiSnapshots(): WifiSnapshot[] {
  const snapshots: WifiSnapshot[] = []
  for (const kind of kinds)
    for (const vpn of [false, true])
      for (const hotspot of [false, true])
        for (const radio of [undefined, 'off', 'absent'] as const) {
          const link = {
            kind,
            vpn: { active: vpn },
            ...(hotspot ? { viaPhoneHotspot: true } : {}),
            ...(radio ? { wifiRadio: radio } : {}),
          }
          if (kind !== 'wifi') {
            snapshots.push({ link })
            continue
          }
          snapshots.push({ link })
          for (const grade of grades)
            for (const reason of reasons)
              for (const signalDbm of [-50, -85, undefined])
                snapshots.push({
                  link,
                  wifi: {
                    security: { grade },
                    source: 'nmcli',
                    ...(reason ? { reason } : {}),
                    ...(signalDbm !== undefined ? { signalDbm, band: '5 GHz' as const } : {}),
                  },
                })
        }
  return snapshots
}

describe('a Spanish run reads Spanish', () => {
  it('the Wi-Fi check, every status, every session', () => {
    const statuses = new Set<Status>()
    let count = 0
    for (const snapshot of wifiSnapshots())
      for (const session of SESSION_TYPES) {
        const outcome = evaluateWifi(snapshot, session, es)
        statuses.add(outcome.status)
        expectSpanish(wordsOf(outcome), `${session} ${JSON.stringify(snapshot)}`)
        count += 1
      }
    expect([...statuses].sort()).toEqual(['fail', 'pass', 'warn'])
    expect(count).toBeGreaterThan(500)
  })

  it('the apps check, every status, every platform', () => {
    const finding = (entry: (typeof appCatalogue)[number], session: boolean, other: boolean): AppFinding => ({
      id: entry.id,
      name: entry.name,
      category: entry.category,
      isActiveSession: session,
      owners: other ? ['other-user'] : ['self'],
      processCount: 1,
      entry,
    })
    const byCategory = [...new Map(appCatalogue.map((entry) => [entry.category, entry])).values()]
    const names = appCatalogue.map((entry) => entry.name).sort((a, b) => b.length - a.length)
    const statuses = new Set<Status>()
    const batteries = [
      undefined,
      { hasBattery: true, percent: 12, isCharging: false, acConnected: false },
      { hasBattery: true, percent: 80, isCharging: true, acConnected: true },
    ]
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      for (const battery of batteries)
        for (const dnd of ['on', 'off', 'unknown'] as const) {
          const base = { platform, doNotDisturb: dnd, ...(battery ? { battery } : {}) }
          const inputs: AppsInput[] = [
            { ...base, listing: { ok: false, reason: 'denied' } },
            { ...base, listing: { ok: true, source: 'proc', processCount: 200, findings: [] } },
          ]
          for (let size = 1; size <= byCategory.length; size++)
            for (const session of [false, true])
              for (const other of [false, true]) {
                const findings = byCategory.slice(0, size).map((entry) => finding(entry, session, other))
                inputs.push({ ...base, listing: { ok: true, source: 'proc', processCount: 200, findings } })
                inputs.push({
                  ...base,
                  listing: {
                    ok: true,
                    source: 'proc',
                    processCount: 200,
                    findings: [
                      ...findings,
                      ...findings.map((f) => ({ ...f, id: `${f.id}-2`, name: `${f.name} 2` })),
                    ],
                  },
                })
              }
          for (const input of inputs) {
            const outcome = evaluateApps(input, es)
            statuses.add(outcome.status)
            expectSpanish(wordsOf(outcome, names), `${platform} ${JSON.stringify(input.listing)}`)
          }
        }
    // "error" is the listing that could not be read.
    expect([...statuses].sort()).toEqual(['error', 'fail', 'pass', 'warn'])
  })

  it('the checklist, every status, its intro and its built-in questions', () => {
    const statuses = new Set<Status>()
    const outcomes: Outcome[] = ['yes', 'no', 'covered', 'unanswered']
    for (const session of SESSION_TYPES) {
      const questions = defaultQuestionsFor(session, 'es')
      for (const question of questions)
        expectSpanish([question.text, question.why, question.fix].join('\n'), question.id)
      for (const [index] of questions.entries())
        for (const outcome of outcomes)
          for (const other of outcomes)
            for (const answeredIn of ['terminal', 'answers-file', 'answers-file-and-terminal'] as const) {
              const answered = questions.map((question, i) => ({
                question: { ...question, answeredBy: { check: 'wifi' as const, status: 'pass' as const } },
                outcome: i === index ? outcome : i % 2 ? other : 'yes',
              }))
              const result = evaluateChecklist({ answered, answeredIn, checklist: 'built-in' }, es)
              statuses.add(result.status)
              expectSpanish(wordsOf(result), `${session} ${index} ${outcome} ${other}`)
            }
      const none = evaluateNoQuestions(session, es)
      statuses.add(none.status)
      expectSpanish(wordsOf(none), session)
    }
    expectSpanish(wordsOf(evaluateNotAnswered(es)), 'not answered')
    for (const count of [1, 8])
      expectSpanish(`${introLine(count, undefined, es)} ${introLine(count, 'Riverside', es)}`, 'intro')
    expect([...statuses].sort()).toEqual(['fail', 'pass', 'skip', 'warn'])
  })

  it("each app's own advice is in the catalogue: English as the app catalogue has it, and Spanish", () => {
    for (const entry of appCatalogue) {
      expect([entry.id, appWords(entry, 'why', msg), appWords(entry, 'whatToDo', msg)]).toEqual([
        entry.id,
        entry.why,
        entry.whatToDo,
      ])
      expectSpanish(
        `${appWords(entry, 'why', es)} ${appWords(entry, 'whatToDo', es)}`.split(entry.name).join('NAME'),
        entry.id,
      )
    }
  })

  it('titles, progress words, prompts and crisis lines', () => {
    const keys = (Object.keys(catalogueOf('es')) as MessageKey[]).filter((key) =>
      /^(?:\w+\.title|\w+\.activity|progress\.|prompt\.|crisis\.|language\.)/.test(key),
    )
    // prompt.yesWords is what may be typed, not read: it takes the English "y" and "yes" too, on purpose.
    for (const key of keys.filter((k) => k !== 'prompt.yesWords')) expectSpanish(catalogueOf('es')[key], key)
    for (const region of CRISIS_REGIONS) {
      const entry = crisisEntryFor(region, 'es')
      expectSpanish([entry.text, ...entry.contacts.map((c) => c.label)].join('\n'), region)
    }
  })
})
