import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { checklistFromValue } from '../../../src/checks/checklist/checklist-value.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { starterChecklist } from '../../../src/checks/checklist/starter.js'
import { messagesFor } from '../../../src/messages/index.js'
import { english } from '../../helpers/english.js'

/*
 * The page judges config.json's checklist (already a value) with checklistFromValue, which leaves
 * the YAML reader out of the page; the CLI reads text with parseChecklist. Both must keep and
 * refuse the same checklists, and keep them the same way.
 */
const riverside = parse(
  readFileSync(new URL('../../fixtures/checklist/riverside.yaml', import.meta.url), 'utf8'),
)
const question = { id: 'water', text: 'Water?', why: 'Thirst.', fix: 'Fetch water.' }

const values: [string, unknown][] = [
  ['the Riverside fixture', riverside],
  ['the English starter file', parse(starterChecklist('checklist.yaml', english))],
  ['the Spanish starter file', parse(starterChecklist('checklist.yaml', messagesFor('es')))],
  ['one question, every default left out', { questions: [question] }],
  [
    'text by language, control characters to clean',
    { practice: { en: 'Calm\u001b[31m Harbor', es: 'Calma' }, questions: [question] },
  ],
  ['an id used twice', { questions: [question, { ...question }] }],
  ['a public suffix in meetingHosts', { meetingHosts: ['github.io'], questions: [question] }],
  ['a practice host in meetingHosts', { meetingHosts: ['Riverside.Zoom.us'], questions: [question] }],
  ['mode keep with questions', { mode: 'keep', questions: [question] }],
  ['mode replace without questions', { mode: 'replace' }],
  ['an unknown field', { questions: [question], colour: 'blue' }],
  ['a question without its fix', { questions: [{ id: 'water', text: 'Water?', why: 'Thirst.' }] }],
  ['a level that is not one', { questions: [{ ...question, level: 'sometimes' }] }],
  ['a list where an object belongs', [question]],
  ['nothing', null],
]

describe('a checklist as a value (the page) and as text (the CLI)', () => {
  it.each(values)('%s: kept or refused alike, and kept the same', (_name, value) => {
    const fromText = parseChecklist(JSON.stringify(value, null, 1), english)
    expect(checklistFromValue(value)).toEqual(fromText.checklist)
  })

  it('the cases cover both outcomes', () => {
    const kept = values.filter(([, value]) => checklistFromValue(value) !== undefined)
    expect(kept.length).toBeGreaterThan(3)
    expect(values.length - kept.length).toBeGreaterThan(5)
  })
})
