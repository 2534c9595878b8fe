import { wordsIn } from '../../../src/checks/run-checks.js'
import { messagesFor } from '../../../src/messages/index.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fakeContext } from '../../helpers/fake-context.js'
import { UsageError } from '../../../src/errors.js'
import { resolveOptions, type RawFlags } from '../../../src/cli/options.js'
import { checklistCheck } from '../../../src/checks/checklist/index.js'
import type { CheckContext, PrepareContext } from '../../../src/checks/types.js'
import type { RunOptions } from '../../../src/options.js'
import type { CheckId, CheckResult } from '../../../src/report/model.js'
import type { Prompter } from '../../../src/ui/prompter.js'
import { msg, english } from '../../helpers/english.js'

const dir = mkdtempSync(join(tmpdir(), 'session-check-check-'))
const terminal = {
  stdinIsTTY: true,
  stdoutIsTTY: true,
  stderrIsTTY: true,
  env: {},
  platform: 'linux' as const,
}

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text)
  return name
}

function prepareContext(flags: RawFlags): PrepareContext<RunOptions> {
  return {
    options: resolveOptions(flags, terminal, 'en'),
    fetch: globalThis.fetch,
    env: {},
    cwd: dir,
    signal: new AbortController().signal,
    msg: english,
  }
}

async function prepareError(flags: RawFlags): Promise<string> {
  const error = await checklistCheck.prepare?.(prepareContext(flags)).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(UsageError)
  return (error as Error).message
}

function runContext(
  flags: RawFlags,
  prompter?: Prompter,
  results: Partial<Record<CheckId, CheckResult>> = {},
): CheckContext<RunOptions> {
  return fakeContext({
    options: resolveOptions(flags, terminal, 'en'),
    now: () => 0,
    resultOf: async (id) => results[id],
    ...(prompter ? { prompter } : {}),
  })
}

const yesTo = (except: string[]): Prompter => ({
  confirm: async ({ message }) => !except.some((word) => message.includes(word)),
  select: async () => {
    throw new Error('unused')
  },
})

describe('checklistCheck', () => {
  it('keeps its id, title and interactive flag', () => {
    expect(checklistCheck).toMatchObject({ id: 'checklist', interactive: true })
    expect(wordsIn(checklistCheck.title, msg)).toBe('Checklist')
    expect(wordsIn(checklistCheck.title, messagesFor('es'))).toBe(messagesFor('es')('checklist.title'))
  })

  it('is skipped with the agreed sentence when there is nobody to ask and no answers file', async () => {
    const prepared = await checklistCheck.prepare?.(prepareContext({ input: false }))
    const outcome = await checklistCheck.run(runContext({ input: false }), prepared)
    expect(outcome.status).toBe('skip')
    expect(outcome.summary).toBe('Run npx session-checkup in a terminal to answer the checklist.')
  })

  it('fails on a "no" to a required question, with its fix', async () => {
    const outcome = await checklistCheck.run(runContext({}, yesTo(['address'])), undefined)
    expect(outcome.status).toBe('fail')
    expect(outcome.advice).toEqual([
      'Before the session, look up the address where you are (for example in a map app) so you can tell your therapist if they ask.',
    ])
    expect(outcome.details).toMatchObject({
      answeredIn: 'terminal',
      checklist: 'built-in',
      noRequired: ['know-location'],
    })
  })

  it('runs from an answers file without asking', async () => {
    const answers = file(
      'answers.yaml',
      'private-space: yes\nsafe-not-driving: yes\nknow-location: yes\nheadphones: no\n',
    )
    const flags = { input: false, answers }
    const prepared = await checklistCheck.prepare?.(prepareContext(flags))
    const outcome = await checklistCheck.run(runContext(flags), prepared)
    expect(outcome.status).toBe('warn')
    expect(outcome.details).toMatchObject({ answeredIn: 'answers-file', noAdvisory: ['headphones'] })
  })

  it('uses a practice checklist and names the practice for the report header', async () => {
    const checklist = file(
      'practice.yaml',
      'practice: Riverside Counselling\nwelcome: See you soon.\nmode: replace\nquestions:\n  - {id: intake-form, text: Filled in the form?, why: W., fix: Fill it in., level: advisory}\n',
    )
    const prepared = await checklistCheck.prepare?.(prepareContext({ checklist }))
    expect(prepared?.report?.practice).toEqual({ name: 'Riverside Counselling', welcome: 'See you soon.' })
    const outcome = await checklistCheck.run(runContext({ checklist }, yesTo(['form'])), prepared)
    expect(outcome).toMatchObject({
      status: 'warn',
      advice: ['Fill it in.'],
      details: { checklist: 'practice' },
    })
  })

  it('stops a bad checklist before anything runs, naming the field and the line', async () => {
    const checklist = file(
      'bad.yaml',
      'practice: Riverside\nquestions:\n  - id: door\n    text: Door closed?\n    why: 5\n    fix: Close it.\n',
    )
    expect(await prepareError({ checklist })).toBe(
      'The checklist bad.yaml has a problem on line 5: "why" in question 1 ("door") must be text.',
    )
  })

  it('says how to see every problem when there are several', async () => {
    const checklist = file('worse.yaml', 'mode: merge\ncolour: red\n')
    expect(await prepareError({ checklist })).toBe(
      'The checklist worse.yaml has 2 problems (see them all with: npx session-checkup checklist validate worse.yaml); the first is on line 1: "mode" must be keep, add or replace; it is "merge".',
    )
  })

  it('reports unknown ids and missing required answers in an answers file', async () => {
    expect(await prepareError({ input: false, answers: file('typo.yaml', 'private-spce: yes\n') })).toBe(
      'The answers file typo.yaml has a problem on line 1: "private-spce" is not a question in this checklist; did you mean "private-space"?',
    )
    expect(await prepareError({ input: false, answers: file('short.yaml', 'private-space: yes\n') })).toBe(
      'The answers file short.yaml has no answer to the required questions "safe-not-driving" and "know-location"; add a line such as "safe-not-driving: yes" or "safe-not-driving: no" for each.',
    )
  })

  it('knows the ids of a practice checklist when reading answers', async () => {
    const checklist = file(
      'own.yaml',
      'mode: replace\nquestions:\n  - {id: intake-form, text: Form?, why: W., fix: F.}\n',
    )
    const prepared = await checklistCheck.prepare?.(
      prepareContext({ input: false, checklist, answers: file('own-answers.yaml', 'intake-form: no\n') }),
    )
    const outcome = await checklistCheck.run(runContext({ input: false, checklist }), prepared)
    expect(outcome.status).toBe('fail')
  })
})
