import { describe, expect, it } from 'vitest'
import { checklistCheck } from '../../../src/checks/checklist/index.js'
import { runChecks } from '../../../src/checks/run-checks.js'
import type { Msg } from '../../../src/messages/index.js'
import { fixedCheck } from '../../helpers/fake-checks.js'
import { fakeContext, optionsFor } from '../../helpers/fake-context.js'

/** A stand-in for another language: it says which sentence it was asked for. */
const keys: Msg = (key, ...values) => `«${key}${values.length ? ` ${JSON.stringify(values[0])}` : ''}»`

describe('the language reaches the checks through the context', () => {
  it('the runner words a crash in it', async () => {
    const { signal: _s, resultOf: _r, progress: _p, ...base } = fakeContext({ msg: keys })
    const crash = {
      ...fixedCheck('wifi'),
      run: async () => {
        throw new Error('boom')
      },
    }
    const [result] = await runChecks([crash], base, {
      timeoutMs: 1000,
      signal: new AbortController().signal,
      debug: false,
    })
    expect(result).toMatchObject({ summary: '«run.error.crash»', advice: ['«run.error.advice»'] })
  })

  it('a check words its result in it', async () => {
    const outcome = await checklistCheck.run(
      fakeContext({ options: optionsFor({ input: false }), msg: keys }),
      undefined,
    )
    expect(outcome).toMatchObject({
      summary: '«checklist.notAnswered»',
      advice: ['«checklist.step.answersFile»'],
    })
  })
})
