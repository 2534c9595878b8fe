import { describe, expect, it } from 'vitest'
import {
  evaluateChecklist,
  evaluateNoQuestions,
  evaluateNotAnswered,
  type AnsweredQuestion,
  type Outcome,
} from '../../../src/checks/checklist/evaluate.js'
import { defaultQuestionsFor } from '../../../src/checks/checklist/default-questions.js'
import { english } from '../../helpers/english.js'

const video = defaultQuestionsFor('video', 'en')

function answer(outcomes: Readonly<Record<string, Outcome | undefined>>): AnsweredQuestion[] {
  return video.map((question) => ({ question, outcome: outcomes[question.id] ?? 'yes' }))
}

describe('evaluateChecklist', () => {
  it.each([
    {
      name: 'all yes',
      outcomes: {},
      status: 'pass',
      summary: 'You answered all 8 questions, and everything is in place.',
      advice: [] as string[],
    },
    {
      name: 'Wi-Fi covered the network question',
      outcomes: { 'secure-network': 'covered' },
      status: 'pass',
      summary: 'You answered all 7 questions (the Wi-Fi check covered one more), and everything is in place.',
      advice: [],
    },
    {
      name: 'a no to an advisory question',
      outcomes: { headphones: 'no' },
      status: 'warn',
      summary: 'You answered 8 questions; 1 is worth a look before your session.',
      advice: ['If you have headphones or earbuds, connect them now; if not, keep the volume low.'],
    },
    {
      name: 'a no to a required question, and to an advisory one',
      outcomes: { headphones: 'no', 'know-location': 'no' },
      status: 'fail',
      summary:
        'You answered 8 questions; 1 needs sorting out before your session starts, and 1 more is worth a look.',
      advice: [
        'Before the session, look up the address where you are (for example in a map app) so you can tell your therapist if they ask.',
        'If you have headphones or earbuds, connect them now; if not, keep the volume low.',
      ],
    },
    {
      name: 'optional questions left out of an answers file',
      outcomes: { headphones: 'unanswered', 'smart-speakers': 'unanswered' },
      status: 'pass',
      summary:
        'You answered 6 questions, and everything you answered is in place; 2 optional questions were not answered.',
      advice: [],
    },
  ] as const)('$name', ({ outcomes, status, summary, advice }) => {
    const outcome = evaluateChecklist(
      {
        answered: answer(outcomes),
        answeredIn: 'terminal',
        checklist: 'built-in',
      },
      english,
    )
    expect(outcome.status).toBe(status)
    expect(outcome.summary).toBe(summary)
    expect(outcome.advice).toEqual(advice)
  })

  it('records which answers were yes or no by id, and nothing else', () => {
    const outcome = evaluateChecklist(
      {
        answered: answer({ 'know-location': 'no', 'secure-network': 'covered' }),
        answeredIn: 'answers-file',
        checklist: 'built-in',
      },
      english,
    )
    expect(outcome.details).toEqual({
      checklist: 'built-in',
      answeredIn: 'answers-file',
      answers: {
        'private-space': 'yes',
        'safe-not-driving': 'yes',
        'know-location': 'no',
        headphones: 'yes',
        'callback-number': 'yes',
        'devices-silenced': 'yes',
        'smart-speakers': 'yes',
        'secure-network': 'covered',
      },
      required: ['private-space', 'safe-not-driving', 'know-location'],
      noRequired: ['know-location'],
      noAdvisory: [],
      why: {
        'know-location':
          'If there is ever an emergency during a session, your therapist needs to know where to send help; you tell them yourself, this tool never asks for it.',
      },
    })
    expect(outcome.measurements?.find((m) => m.id === 'know-location')).toEqual({
      id: 'know-location',
      label: 'Do you know the address where you are right now, in case of an emergency?',
      value: 'no',
      status: 'fail',
    })
    expect(outcome.measurements?.find((m) => m.id === 'secure-network')?.value).toBe(
      'answered by the Wi-Fi check',
    )
  })

  it('skips, with the agreed sentence, when nobody can be asked', () => {
    expect(evaluateNotAnswered(english)).toMatchObject({
      status: 'skip',
      summary: 'Run npx session-checkup in a terminal to answer the checklist.',
    })
    expect(evaluateNoQuestions('audio', english)).toMatchObject({
      status: 'skip',
      summary: 'This checklist has no questions for an audio or phone session.',
    })
  })
})
