import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../../../src/checks/checklist/answers.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { knownQuestionIds, questionsFor } from '../../../src/checks/checklist/select-questions.js'
import { english } from '../../helpers/english.js'

const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8')
const section = readme.slice(
  readme.indexOf('## The checklist'),
  readme.indexOf('\n## ', readme.indexOf('## The checklist') + 5),
)
const yamlBlocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')

describe('the README examples', () => {
  it('has a complete example checklist that is valid', () => {
    const example = yamlBlocks.find((block) => block.includes('practice:'))
    expect(example).toBeDefined()
    const { checklist, problems } = parseChecklist(example ?? '', english)
    expect(problems).toEqual([])
    expect(checklist?.practice).toBe('Riverside Counselling')
    const video = questionsFor('video', checklist, 'en')
    expect(video.map((q) => q.id)).toContain('intake-form')
    expect(video.find((q) => q.id === 'private-space')?.text).toBe(
      'Are you in a room with the door closed, where no one can hear you?',
    )
  })

  it('has an example answers file that is valid', () => {
    const example = yamlBlocks.find((block) => !block.includes('practice:'))
    expect(parseAnswers(example ?? '', knownQuestionIds(undefined, 'en'), english).problems).toEqual([])
  })

  it('lists every built-in question in its table', () => {
    for (const id of knownQuestionIds(undefined, 'en')) expect(section).toContain(`| \`${id}\` |`)
  })

  it('keeps the terminal test fixture valid', () => {
    const fixture = readFileSync(
      resolve(import.meta.dirname, '../../fixtures/checklist/riverside.yaml'),
      'utf8',
    )
    expect(parseChecklist(fixture, english).problems).toEqual([])
  })
})
