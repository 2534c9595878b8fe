import { describe, expect, it } from 'vitest'
import { resolveOptions } from '../../../src/cli/options.js'
import { checklistCheck } from '../../../src/checks/checklist/index.js'
import { runChecks } from '../../../src/checks/run-checks.js'
import type { Check, CheckContext } from '../../../src/checks/types.js'
import type { Prompter } from '../../../src/ui/prompter.js'
import type { RunOptions } from '../../../src/options.js'
import { english } from '../../helpers/english.js'

describe('the checklist and the connection measurement', () => {
  it('run at the same time: the measurement finishes while the person is still answering', async () => {
    let measured!: () => void
    const measurementDone = new Promise<void>((resolve) => (measured = resolve))
    const connection: Check = {
      id: 'connection',
      title: 'Connection',
      activity: 'Measuring your connection',
      run: async () => {
        measured()
        return { status: 'pass', summary: 'Fast enough.', advice: [] }
      },
    }
    const events: string[] = []
    // The person answers the first question only after the measurement has finished: if the
    // checks ran one after the other, this would never happen and the test would time out.
    const prompter: Prompter = {
      confirm: async ({ message }) => {
        if (message.includes('(1 of')) await measurementDone
        events.push(/\(\d+ of \d+\)/.exec(message)?.[0] ?? message)
        return true
      },
      select: async () => {
        throw new Error('unused')
      },
    }
    const options = resolveOptions(
      { only: 'connection,checklist' },
      { stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, env: {}, platform: 'linux' },
      'en',
    )
    const base: Omit<CheckContext<RunOptions>, 'signal' | 'limitMs' | 'resultOf' | 'progress'> = {
      options,
      msg: english,
      platform: 'linux',
      exec: () => Promise.reject(new Error('unused')),
      system: {} as CheckContext['system'],
      fetch: () => Promise.reject(new Error('unused')),
      now: () => performance.now(),
      env: {},
      prompter,
    }
    const results = await runChecks([connection, checklistCheck], base, {
      timeoutMs: 5_000,
      signal: new AbortController().signal,
      debug: false,
    })
    expect(results.map((r) => `${r.id}:${r.status}`)).toEqual(['connection:pass', 'checklist:pass'])
    expect(events[0]).toBe('(1 of 8)')
  })
})
