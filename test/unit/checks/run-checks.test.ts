import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../src/checks/run-checks.js'
import type { Check, CheckContext } from '../../../src/checks/types.js'
import { fakeContext } from '../../helpers/fake-context.js'
import { InterruptedError } from '../../../src/errors.js'
import { fixedCheck } from '../../helpers/fake-checks.js'

const { signal: _signal, resultOf: _resultOf, progress: _progress, ...base } = fakeContext()
const run = (checks: Check[], timeoutMs = 1000, signal = new AbortController().signal) =>
  runChecks(checks, base, { timeoutMs, signal, debug: false })

describe('runChecks', () => {
  it('runs checks in parallel and keeps the order given', async () => {
    const started: string[] = []
    const slow = (id: 'wifi' | 'apps', ms: number): Check => ({
      ...fixedCheck(id),
      async run() {
        started.push(id)
        await new Promise((r) => setTimeout(r, ms))
        return { status: 'pass', summary: id, advice: [] }
      },
    })
    const results = await run([slow('wifi', 60), slow('apps', 10)])
    expect(started).toEqual(['wifi', 'apps'])
    expect(results.map((r) => r.id)).toEqual(['wifi', 'apps'])
    expect(results[0]!.durationMs).toBeGreaterThanOrEqual(50)
  })

  it('turns a crash into an error result with a plain sentence, and the others still report', async () => {
    const crash: Check = { ...fixedCheck('wifi'), run: async () => { throw new TypeError('boom') } }
    const [wifi, apps] = await run([crash, fixedCheck('apps')])
    expect(wifi).toMatchObject({ status: 'error', summary: 'This check stopped unexpectedly, so this part could not be checked.', error: 'boom' })
    expect(wifi!.advice).toHaveLength(1)
    expect(apps!.status).toBe('pass')
  })

  it('stops a check that hangs at the time limit and aborts its signal', async () => {
    let signal: AbortSignal | undefined
    const hang: Check = { ...fixedCheck('connection'), run: (ctx: CheckContext) => { signal = ctx.signal; return new Promise(() => {}) } }
    const [result] = await run([hang], 50)
    expect(result).toMatchObject({ status: 'error', error: 'timeout' })
    expect(result!.summary).toMatch(/took longer than/)
    expect(signal?.aborted).toBe(true)
  })

  it('does not time out an interactive check while it waits for answers', async () => {
    const ask: Check = {
      ...fixedCheck('checklist'),
      interactive: true,
      run: () => new Promise((r) => setTimeout(() => r({ status: 'pass', summary: 'answered', advice: [] }), 80)),
    }
    const [result] = await run([ask], 20)
    expect(result!.status).toBe('pass')
  })

  it('lets a check wait for another check', async () => {
    const reader: Check = {
      ...fixedCheck('checklist'),
      run: async (ctx) => ({ status: 'pass', summary: `wifi was ${(await ctx.resultOf('wifi'))?.status}; apps ${await ctx.resultOf('apps')}`, advice: [] }),
    }
    const [, result] = await run([fixedCheck('wifi', { status: 'warn' }), reader])
    expect(result!.summary).toBe('wifi was warn; apps undefined')
  })

  it('reports what is running through onChange', async () => {
    const seen: string[][] = []
    await runChecks([fixedCheck('wifi'), fixedCheck('apps')], base, {
      timeoutMs: 1000, signal: new AbortController().signal, debug: false, onChange: (a) => seen.push(a),
    })
    expect(seen[0]).toEqual(['Checking wifi', 'Checking apps'])
    expect(seen.at(-1)).toEqual([])
  })

  it('rejects with InterruptedError when the run is aborted', async () => {
    const controller = new AbortController()
    const waits: Check = { ...fixedCheck('wifi'), run: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))) }
    const pending = run([waits], 5000, controller.signal)
    controller.abort()
    await expect(pending).rejects.toBeInstanceOf(InterruptedError)
  })
})

describe('runChecks after Ctrl-C', () => {
  it('rejects with InterruptedError even when every check answers the abort with a result', async () => {
    const controller = new AbortController()
    const polite: Check = {
      ...fixedCheck('connection'),
      run: (ctx) => new Promise((resolve) => ctx.signal.addEventListener('abort', () => resolve({ status: 'error', summary: 'Could not measure.', advice: [] }))),
    }
    const pending = runChecks([polite], base, { timeoutMs: 5000, signal: controller.signal, debug: false })
    controller.abort()
    await expect(pending).rejects.toBeInstanceOf(InterruptedError)
  })
})
