/**
 * meetingHosts may not name a public suffix (issue 26): with `meetingHosts: [github.io]`,
 * https://attacker.github.io/zoom-login used to get a ✔ as "an address your practice lists".
 * The Public Suffix List (public-suffix.ts) knows them, multi-part and private ones included (co.uk, github.io).
 */
import { describe, expect, it } from 'vitest'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { analyseLink, isPublicSuffix } from '../../../src/checks/link/analyse.js'
import { evaluateLink } from '../../../src/checks/link/evaluate.js'
import { messagesFor } from '../../../src/messages/index.js'
import { english } from '../../helpers/english.js'

const en = messagesFor('en')

describe('meetingHosts refuses public suffixes', () => {
  it.each(['github.io', 'co.uk', 'com.au', 'herokuapp.com', 'GitHub.IO'])(
    '`checklist validate` refuses %s with one sentence naming it and its line',
    (host) => {
      const { problems, checklist } = parseChecklist(
        `practice: Riverside\nmeetingHosts: [doxy.me, ${host}]\n`,
        english,
      )
      expect(checklist).toBeUndefined()
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatchObject({ line: 2, path: '/meetingHosts/1' })
      expect(problems[0]!.message).toContain(`lists ${host}, an ending anyone can register names under`)
    },
  )

  it.each([
    'doxy.me',
    'riverside.zoom.us',
    'riverside.github.io',
    'clinic.co.uk',
    'telehealth.clinic.example',
  ])('accepts a host of the practice own, such as %s', (host) => {
    const { problems, checklist } = parseChecklist(`meetingHosts: [${host}]\n`, english)
    expect(problems).toEqual([])
    expect(checklist?.meetingHosts).toEqual([host])
  })

  it('knows multi-part and private suffixes', () => {
    expect(isPublicSuffix('github.io')).toBe(true)
    expect(isPublicSuffix('co.uk')).toBe(true)
    expect(isPublicSuffix('attacker.github.io')).toBe(false)
  })

  it('at run time a suffix that reached the analysis anyway vouches for nothing', () => {
    const analysis = analyseLink(new URL('https://attacker.github.io/zoom-login'), {
      meetingHosts: ['github.io'],
    })
    expect(analysis.practiceHost).toBe(false)
    const outcome = evaluateLink({ analysis, online: { state: 'offline' } }, en)
    expect(outcome.status).not.toBe('pass')
    const own = analyseLink(new URL('https://riverside.github.io/session'), {
      meetingHosts: ['github.io', 'riverside.github.io'],
    })
    expect(own.practiceHost).toBe(true)
  })
})
