import { describe, expect, it } from 'vitest'
import { catalogueOf, joinNames, LANGUAGES, type MessageKey } from '../../../src/messages/index.js'
import { fill } from '../../../src/messages/format.js'
import { RUN_COMMAND, TOOL_NAME } from '../../../src/tool.js'
import { msg } from '../../helpers/english.js'

const english = catalogueOf('en')
const placeholders = (sentence: string): string[] =>
  [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()

describe('the message catalogue', () => {
  it.each(LANGUAGES)('%s has every key, with the same placeholders as English', (language) => {
    const catalogue = catalogueOf(language)
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort())
    for (const key of Object.keys(english) as MessageKey[])
      expect([key, placeholders(catalogue[key])]).toEqual([key, placeholders(english[key])])
  })

  it('fills the tool name and the command people type into every sentence that quotes them', () => {
    expect(msg('wifi.step.runAgain')).toBe(`Then run ${RUN_COMMAND} again.`)
    expect(msg('wifi.step.macosLocation')).toContain(`${TOOL_NAME} never uses your location.`)
  })

  it('fills named values, and leaves nothing unfilled', () => {
    expect(msg('apps.summary.battery', { percent: 25 })).toBe('The battery is at 25% and not charging.')
    expect(msg('run.error.timeout', { seconds: 12 })).toBe(
      'This check took longer than 12 seconds, so it was stopped.',
    )
    for (const key of Object.keys(english) as MessageKey[]) {
      const values = Object.fromEntries(placeholders(english[key]).map((name) => [name, 'X']))
      expect(fill(english[key], { ...values, app: TOOL_NAME, command: RUN_COMMAND })).not.toMatch(/\{\w+\}/)
    }
  })

  it('does not read placeholders inside the values it fills in', () => {
    expect(msg('checklist.question', { asked: 1, total: 2, question: 'Is {app} closed?' })).toBe(
      '(1 of 2) Is {app} closed?',
    )
  })

  it('joins names the way a sentence lists them', () => {
    expect(
      [[], ['Zoom'], ['Zoom', 'Skype'], ['Zoom', 'Skype', 'Teams']].map((names) => joinNames(names, msg)),
    ).toEqual(['', 'Zoom', 'Zoom and Skype', 'Zoom, Skype and Teams'])
  })

  it('types its keys and values: a missing key or value does not compile', () => {
    // @ts-expect-error: no such sentence
    expect(() => msg('wifi.summary.nonsense')).toThrow('no sentence "wifi.summary.nonsense"')
    // @ts-expect-error: the battery sentence needs its percent
    expect(msg('apps.summary.battery')).toContain('{percent}')
  })
})
