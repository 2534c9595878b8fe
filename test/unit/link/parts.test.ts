import { describe, expect, it } from 'vitest'
import { editDistance } from '../../../src/checks/link/distance.js'
import { mixesScripts, skeleton } from '../../../src/checks/link/skeleton.js'
import { parseLinkInput } from '../../../src/checks/link/parse-link.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { starterChecklist } from '../../../src/checks/checklist/starter.js'
import { platforms, shorteners } from '../../../src/checks/link/platforms.js'
import { english } from '../../helpers/english.js'

describe('TR39 skeletons', () => {
  it.each([
    ['zооm', 'zoom'], // Cyrillic о
    ['dοxy', 'doxy'], // Greek ο
    ['rnicrosoft', 'microsoft'], // rn looks like m
    ['vѕee', 'vsee'], // Cyrillic dze
  ])('%s is confusable with %s', (spoof, real) => expect(skeleton(spoof)).toBe(skeleton(real)))

  it('keeps different words apart', () => expect(skeleton('zoom')).not.toBe(skeleton('doom')))
})

describe('mixed scripts', () => {
  it.each([
    ['zооm', true],
    ['pаypal', true],
    ['bücher', false],
    ['пример', false],
    ['東京-tokyo', false],
    ['zoom', false],
  ])('%s → %s', (label, mixes) => {
    expect(mixesScripts(label)).toBe(mixes)
  })
})

describe('edit distance with swaps', () => {
  it.each([
    ['zoom', 'zoom', 0],
    ['zomo', 'zoom', 1],
    ['zooom', 'zoom', 1],
    ['doxxy', 'doxy', 1],
    ['theranest', 'therapist', 2],
    ['webex', 'zoom', 3],
  ])('%s ~ %s = %i (limit 2)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d)
  })
})

describe('reading the link argument', () => {
  it('forgives spaces around a pasted link', () =>
    expect(parseLinkInput('  https://doxy.me/x \n')).toMatchObject({ ok: true }))
  it('accepts exactly 2,000 characters and refuses 2,001', () => {
    const base = 'https://doxy.me/'
    expect(parseLinkInput(base + 'a'.repeat(2000 - base.length)).ok).toBe(true)
    expect(parseLinkInput(base + 'a'.repeat(2001 - base.length))).toEqual({ ok: false, problem: 'too-long' })
  })
  it.each(['mailto:drsmith@example.com', 'javascript:alert(1)', 'doxy.me/drsmith'])(
    '%s is not a web link',
    (input) => {
      expect(parseLinkInput(input)).toEqual({ ok: false, problem: 'not-a-url' })
    },
  )
})

describe('the platform data', () => {
  it('has a source for every platform and shortener, and no domain twice', () => {
    for (const platform of platforms) expect(platform.sources.length).toBeGreaterThan(0)
    for (const shortener of shorteners) expect(shortener.source).toMatch(/^https:\/\//)
    const domains = platforms.flatMap((platform) => platform.domains)
    expect(new Set(domains).size).toBe(domains.length)
  })
  it.each([
    'Zoom',
    'Doxy.me',
    'Google Meet',
    'Microsoft Teams',
    'Webex',
    'VSee',
    'Whereby',
    'SimplePractice',
    'TherapyNotes',
    'TheraNest',
  ])('knows %s', (name) => {
    expect(platforms.map((platform) => platform.name)).toContain(name)
  })
})

describe('meetingHosts in a checklist', () => {
  it("the starter file's commented example is valid once uncommented", () => {
    const text = starterChecklist('session-checklist.yaml', english).replace(
      '# meetingHosts:',
      'meetingHosts:',
    )
    expect(parseChecklist(text, english).checklist?.meetingHosts).toEqual([
      'doxy.me',
      'your-practice.zoom.us',
    ])
  })

  it('is read, in lower case', () => {
    expect(
      parseChecklist('meetingHosts: [Doxy.me, riverside.zoom.us]\n', english).checklist?.meetingHosts,
    ).toEqual(['doxy.me', 'riverside.zoom.us'])
  })
  it.each(['https://doxy.me', 'doxy.me/drsmith', 'localhost', '-bad.example'])(
    'refuses %s with a sentence naming the field',
    (host) => {
      const { checklist, problems } = parseChecklist(`meetingHosts: ["${host}"]\n`, english)
      expect(checklist).toBeUndefined()
      expect(problems[0]?.message).toContain('a host name such as doxy.me or yourpractice.zoom.us')
    },
  )
})
