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
  })

  it('measures how long each check took with the injected clock', async () => {
    let clock = 1000
    const takes = (id: 'wifi' | 'apps', ms: number): Check => ({
      ...fixedCheck(id),
      async run() {
        clock += ms
        return { status: 'pass', summary: id, advice: [] }
      },
    })
    const results = await runChecks(
      [takes('wifi', 1234.4)],
      { ...base, now: () => clock },
      { timeoutMs: 1000, signal: new AbortController().signal, debug: false },
    )
    expect(results[0]!.durationMs).toBe(1234)
  })

  it('turns a crash into an error result with a plain sentence, and the others still report', async () => {
    const crash: Check = {
      ...fixedCheck('wifi'),
      run: async () => {
        throw new TypeError('boom')
      },
    }
    const [wifi, apps] = await run([crash, fixedCheck('apps')])
    expect(wifi).toMatchObject({
      status: 'error',
      summary: 'This check stopped unexpectedly, so this part could not be checked.',
      error: 'boom',
    })
    expect(wifi!.advice).toHaveLength(1)
    expect(apps!.status).toBe('pass')
  })

  it('stops a check that hangs at the time limit and aborts its signal', async () => {
    let signal: AbortSignal | undefined
    const hang: Check = {
      ...fixedCheck('connection'),
      run: (ctx: CheckContext) => {
        signal = ctx.signal
        return new Promise(() => {})
      },
    }
    const [result] = await run([hang], 50)
    expect(result).toMatchObject({ status: 'error', error: 'timeout' })
    expect(result!.summary).toMatch(/took longer than/)
    expect(signal?.aborted).toBe(true)
  })

  it("names the limit that stopped the check: its own, not the run's", async () => {
    let seen: { limitMs: number; signal: AbortSignal } | undefined
    const hang: Check = {
      ...fixedCheck('wifi'),
      timeoutMs: 50,
      run: (ctx) => {
        seen = ctx
        return new Promise(() => {})
      },
    }
    const [result] = await run([hang], 60_000)
    expect(result).toMatchObject({
      status: 'error',
      error: 'timeout',
      summary: 'This check took longer than 50 milliseconds, so it was stopped.',
    })
    expect(seen?.limitMs).toBe(50)
    expect(seen?.signal.aborted).toBe(true)
  })

  it("names the run's limit in seconds when that is the one that stopped the check", async () => {
    const hang: Check = { ...fixedCheck('apps'), timeoutMs: 15_000, run: () => new Promise(() => {}) }
    const [result] = await run([hang], 2000)
    expect(result!.summary).toBe('This check took longer than 2 seconds, so it was stopped.')
  })

  it("gives each check the limit it applied: its own within the run's", async () => {
    const limits: Record<string, number> = {}
    const report = (id: 'wifi' | 'apps' | 'connection', timeoutMs?: number): Check => ({
      ...fixedCheck(id),
      ...(timeoutMs ? { timeoutMs } : {}),
      run: async (ctx) => {
        limits[id] = ctx.limitMs
        return { status: 'pass', summary: id, advice: [] }
      },
    })
    await run([report('wifi', 12_000), report('apps', 90_000), report('connection')], 60_000)
    expect(limits).toEqual({ wifi: 12_000, apps: 60_000, connection: 60_000 })
  })

  it("aborts a check's signal once it has finished, so nothing it started keeps running", async () => {
    let signal: AbortSignal | undefined
    await run([
      {
        ...fixedCheck('wifi'),
        run: async (ctx) => {
          signal = ctx.signal
          return { status: 'pass', summary: 'ok', advice: [] }
        },
      },
    ])
    expect(signal?.aborted).toBe(true)
  })

  it('does not time out an interactive check while it waits for answers', async () => {
    const ask: Check = {
      ...fixedCheck('checklist'),
      interactive: true,
      run: () =>
        new Promise((r) => setTimeout(() => r({ status: 'pass', summary: 'answered', advice: [] }), 80)),
    }
    const [result] = await run([ask], 20)
    expect(result!.status).toBe('pass')
  })

  it('lets a check wait for another check', async () => {
    const reader: Check = {
      ...fixedCheck('checklist'),
      run: async (ctx) => ({
        status: 'pass',
        summary: `wifi was ${(await ctx.resultOf('wifi'))?.status}; apps ${await ctx.resultOf('apps')}`,
        advice: [],
      }),
    }
    const [, result] = await run([fixedCheck('wifi', { status: 'warn' }), reader])
    expect(result!.summary).toBe('wifi was warn; apps undefined')
  })

  it('reports what is running through onChange', async () => {
    const seen: string[][] = []
    await runChecks([fixedCheck('wifi'), fixedCheck('apps')], base, {
      timeoutMs: 1000,
      signal: new AbortController().signal,
      debug: false,
      onChange: (a) => seen.push(a),
    })
    expect(seen[0]).toEqual(['Checking wifi', 'Checking apps'])
    expect(seen.at(-1)).toEqual([])
  })

  it('rejects with InterruptedError when the run is aborted', async () => {
    const controller = new AbortController()
    const waits: Check = {
      ...fixedCheck('wifi'),
      run: (ctx) =>
        new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    }
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
      run: (ctx) =>
        new Promise((resolve) =>
          ctx.signal.addEventListener('abort', () =>
            resolve({ status: 'error', summary: 'Could not measure.', advice: [] }),
          ),
        ),
    }
    const pending = runChecks([polite], base, { timeoutMs: 5000, signal: controller.signal, debug: false })
    controller.abort()
    await expect(pending).rejects.toBeInstanceOf(InterruptedError)
  })
})
