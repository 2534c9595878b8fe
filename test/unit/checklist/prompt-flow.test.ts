import confirm from '@inquirer/confirm'
import { render } from '@inquirer/testing'
import { describe, expect, it } from 'vitest'
import { collectAnswers } from '../../../src/checks/checklist/ask.js'
import { defaultQuestionsFor } from '../../../src/checks/checklist/default-questions.js'
import type { CheckId, CheckResult, Status } from '../../../src/report/model.js'
import type { Prompter } from '../../../src/ui/prompter.js'
import { english } from '../../helpers/english.js'

/** A fake prompter that answers from a script and records what it was asked. */
function scriptedPrompter(reply: (message: string) => boolean): Prompter & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    async confirm({ message }) {
      asked.push(message)
      return reply(message)
    },
    async select() {
      throw new Error('the checklist asks yes/no questions only')
    },
  }
}

function resultsOf(
  statuses: Partial<Record<CheckId, Status>>,
): (id: CheckId) => Promise<CheckResult | undefined> {
  return async (id) => {
    const status = statuses[id]
    return status
      ? { id, title: id, status, summary: '', advice: [], measurements: [], durationMs: 1 }
      : undefined
  }
}

describe('collectAnswers with a fake prompter', () => {
  it('asks every question in order, numbered, yes/no only', async () => {
    const prompter = scriptedPrompter((message) => !message.includes('headphones'))
    const answered = await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('video', 'en'),
      preset: new Map(),
      prompter,
      resultOf: resultsOf({}),
    })
    expect(prompter.asked).toEqual([
      'Here are 8 quick yes/no questions about your space. Your answers stay on this computer.\n(1 of 8) Are you in a private space where no one can overhear you or see your screen?',
      '(2 of 8) Are you somewhere safe, and not driving? (A parked car is fine.)',
      '(3 of 8) Do you know the address where you are right now, in case of an emergency?',
      '(4 of 8) Will you use headphones or earbuds?',
      '(5 of 8) Does your therapist have a phone number to reach you if the connection drops?',
      '(6 of 8) Are notifications silenced and other devices off, so nothing rings or pops up during the session?',
      '(7 of 8) Are smart speakers, voice assistants and home cameras off or out of the room?',
      '(8 of 8) Are you on your own password-protected network, not public Wi-Fi?',
    ])
    expect(answered.map((a) => a.outcome)).toEqual(['yes', 'yes', 'yes', 'no', 'yes', 'yes', 'yes', 'yes'])
  })

  it('does not ask about the network when the Wi-Fi check passed', async () => {
    const prompter = scriptedPrompter(() => true)
    const answered = await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('video', 'en'),
      preset: new Map(),
      prompter,
      resultOf: resultsOf({ wifi: 'pass' }),
    })
    expect(prompter.asked.some((m) => m.includes('network'))).toBe(false)
    expect(answered.find((a) => a.question.id === 'secure-network')?.outcome).toBe('covered')
  })

  it('counts one question fewer once the Wi-Fi check has passed', async () => {
    let wifiDone!: () => void
    const wifi = new Promise<void>((resolve) => (wifiDone = resolve))
    const prompter = scriptedPrompter((message) => {
      if (message.includes('(2 of')) wifiDone()
      return true
    })
    // Like the runner: one promise per check, settled when the check ends.
    const wifiResult = wifi.then(
      (): CheckResult => ({
        id: 'wifi',
        title: 'Wi-Fi',
        status: 'pass',
        summary: '',
        advice: [],
        measurements: [],
        durationMs: 1,
      }),
    )
    const resultOf = (id: CheckId): Promise<CheckResult | undefined> =>
      id === 'wifi' ? wifiResult : Promise.resolve(undefined)
    await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('video', 'en'),
      preset: new Map(),
      prompter,
      resultOf,
    })
    expect(prompter.asked.map((m) => /\(\d+ of \d+\)/.exec(m)?.[0])).toEqual([
      '(1 of 8)',
      '(2 of 8)',
      '(3 of 7)',
      '(4 of 7)',
      '(5 of 7)',
      '(6 of 7)',
      '(7 of 7)',
    ])
  })

  it('does not count the network question at all when the Wi-Fi check passed first', async () => {
    const prompter = scriptedPrompter(() => true)
    await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('video', 'en'),
      preset: new Map(),
      prompter,
      resultOf: resultsOf({ wifi: 'pass' }),
    })
    expect(prompter.asked[0]).toMatch(/^Here are 7 quick yes\/no questions/)
    expect(prompter.asked.at(-1)).toMatch(/^\(7 of 7\) /)
  })

  it.each(['warn', 'fail', 'skip', 'error'] as const)(
    'still asks about the network when the Wi-Fi check says %s',
    async (status) => {
      const prompter = scriptedPrompter(() => true)
      await collectAnswers({
        msg: english,
        questions: defaultQuestionsFor('video', 'en'),
        preset: new Map(),
        prompter,
        resultOf: resultsOf({ wifi: status }),
      })
      expect(prompter.asked.at(-1)).toBe(
        '(8 of 8) Are you on your own password-protected network, not public Wi-Fi?',
      )
    },
  )

  it('names the practice above the first question', async () => {
    const prompter = scriptedPrompter(() => true)
    await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('audio', 'en').slice(0, 1),
      preset: new Map(),
      prompter,
      practice: 'Riverside Counselling',
      resultOf: resultsOf({}),
    })
    expect(prompter.asked[0]).toBe(
      'Riverside Counselling asks one quick yes/no question about your space. Your answers stay on this computer.\n(1 of 1) Are you in a private space where no one can overhear you or see your screen?',
    )
  })

  it('asks only what the answers file left out', async () => {
    const prompter = scriptedPrompter(() => false)
    const preset = new Map([
      ['private-space', 'yes'],
      ['safe-not-driving', 'yes'],
      ['know-location', 'yes'],
      ['headphones', 'yes'],
      ['callback-number', 'yes'],
      ['devices-silenced', 'yes'],
    ] as const)
    const answered = await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('video', 'en'),
      preset: new Map(preset),
      prompter,
      resultOf: resultsOf({}),
    })
    expect(prompter.asked).toEqual([
      'Here are 2 quick yes/no questions about your space. Your answers stay on this computer.\n(1 of 2) Are smart speakers, voice assistants and home cameras off or out of the room?',
      '(2 of 2) Are you on your own password-protected network, not public Wi-Fi?',
    ])
    expect(answered.filter((a) => a.outcome === 'no').map((a) => a.question.id)).toEqual([
      'smart-speakers',
      'secure-network',
    ])
  })

  it('leaves questions unanswered when there is nobody to ask', async () => {
    const answered = await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('text', 'en'),
      preset: new Map([['private-space', 'no']]),
      resultOf: resultsOf({}),
    })
    expect(answered.map((a) => a.outcome)).toEqual([
      'no',
      'unanswered',
      'unanswered',
      'unanswered',
      'unanswered',
      'unanswered',
      'unanswered',
    ])
  })
})

/**
 * The same flow through inquirer's real confirm prompt, rendered by @inquirer/testing: this is
 * what the person sees and types. Each prompt is answered by typing y or n and Enter.
 */
function renderedPrompter(
  keyFor: (screen: string) => 'y' | 'n' | '',
): Prompter & { screens: string[]; finals: string[] } {
  const screens: string[] = []
  const finals: string[] = []
  return {
    screens,
    finals,
    async confirm(question) {
      const { answer, events, getScreen } = await render(confirm, { message: question.message })
      // The testing terminal is 80 columns wide and wraps long questions; compare the words.
      const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()
      const screen = flat(getScreen())
      screens.push(screen)
      const key = keyFor(screen)
      if (key) events.type(key)
      events.keypress('enter')
      const value = await answer
      finals.push(flat(getScreen()))
      return value
    },
    async select() {
      throw new Error('not used')
    },
  }
}

describe('collectAnswers through the real inquirer prompt', () => {
  it('shows each question with a plain (Y/n) hint and takes typed answers', async () => {
    const prompter = renderedPrompter((screen) => (screen.includes('smart speakers') ? 'n' : 'y'))
    // A passing camera and microphone check answers the microphone question, so seven are asked.
    const answered = await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('audio', 'en'),
      preset: new Map(),
      prompter,
      resultOf: resultsOf({ devices: 'pass' }),
    })
    expect(prompter.screens[0]).toBe(
      '? Here are 7 quick yes/no questions about your space. Your answers stay on this computer. (1 of 7) Are you in a private space where no one can overhear you or see your screen? (Y/n)',
    )
    // The answer is written out as a word, so the meaning never rests on a symbol or a colour.
    expect(prompter.finals[0]).toMatch(/\(1 of 7\) Are you in a private space .*\? Yes$/)
    expect(prompter.finals.at(-1)).toMatch(
      /\(7 of 7\) Are smart speakers, voice assistants and home cameras off or out of the room\? No$/,
    )
    expect(answered.map((a) => `${a.question.id}=${a.outcome}`)).toEqual([
      'private-space=yes',
      'safe-not-driving=yes',
      'know-location=yes',
      'headphones=yes',
      'backup-plan=yes',
      'devices-silenced=yes',
      'smart-speakers=no',
      'microphone-ready=covered',
    ])
  })

  it('asks whether the microphone works when the camera and microphone check did not pass or did not run', async () => {
    for (const statuses of [{ devices: 'warn' as const }, {}]) {
      const prompter = renderedPrompter(() => 'y')
      const answered = await collectAnswers({
        msg: english,
        questions: defaultQuestionsFor('audio', 'en'),
        preset: new Map(),
        prompter,
        resultOf: resultsOf(statuses),
      })
      expect(prompter.finals.at(-1)).toMatch(
        /\(8 of 8\) Does your microphone work, with no other app using it\? Yes$/,
      )
      expect(answered.at(-1)).toMatchObject({ outcome: 'yes', question: { id: 'microphone-ready' } })
    }
  })

  it('takes Enter alone as the default shown in capitals', async () => {
    const prompter = renderedPrompter(() => '')
    const answered = await collectAnswers({
      msg: english,
      questions: defaultQuestionsFor('text', 'en').slice(0, 1),
      preset: new Map(),
      prompter,
      resultOf: resultsOf({}),
    })
    expect(answered[0]?.outcome).toBe('yes')
  })
})
