import type { AnyCheck, CheckContext, CheckOutcome, Prepared, Words } from './types.js'
import type { RunOptions } from '../options.js'
import type { CheckId, CheckResult } from '../report/model.js'
import { InterruptedError } from '../errors.js'
import { type Msg } from '../messages/index.js'

export interface RunChecksOptions {
  /** Global time limit for automatic checks. */
  timeoutMs: number
  signal: AbortSignal
  debug: boolean
  /** What each check's `prepare` returned (src/checks/prepare-checks.ts), handed to its `run`. */
  prepared?: ReadonlyMap<CheckId, Prepared | undefined>
  /** Called with what is being checked now, whenever that changes. */
  onChange?(activities: string[]): void
}

type BaseContext = Omit<CheckContext<RunOptions>, 'signal' | 'limitMs' | 'resultOf' | 'progress'>

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

/** A check's title or activity in the run's language. */
export function wordsIn(words: Words, say: Msg): string {
  return typeof words === 'function' ? words(say) : words
}

function errorResult(
  check: AnyCheck,
  summary: string,
  error: string | undefined,
  durationMs: number,
  say: Msg,
): CheckResult {
  return {
    id: check.id,
    title: wordsIn(check.title, say),
    status: 'error',
    summary,
    advice: [say('run.error.advice')],
    measurements: [],
    durationMs,
    ...(error ? { error } : {}),
  }
}

/** The limit the runner applies to a check: its own, if it has one, within the run's. */
export function limitFor(check: Pick<AnyCheck, 'timeoutMs'>, timeoutMs: number): number {
  return check.timeoutMs ? Math.min(check.timeoutMs, timeoutMs) : timeoutMs
}

/** Rejects once `signal` aborts: with CheckTimeout when its own time limit ran out. */
function whenAborted(signal: AbortSignal, limitMs: number): Promise<never> {
  return new Promise<never>((_, reject) => {
    const fail = (): void => {
      const reason: unknown = signal.reason
      reject(
        reason instanceof DOMException && reason.name === 'TimeoutError'
          ? new CheckTimeout(limitMs)
          : new InterruptedError(),
      )
    }
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })
}

async function runOne(
  check: AnyCheck,
  ctx: CheckContext<RunOptions>,
  prepared: Prepared | undefined,
): Promise<CheckOutcome> {
  if (check.interactive) return check.run(ctx, prepared)
  const stopped = whenAborted(ctx.signal, ctx.limitMs)
  stopped.catch(() => {})
  return Promise.race([check.run(ctx, prepared), stopped])
}

/** A check ran past the limit it was given (in milliseconds). */
class CheckTimeout extends Error {
  constructor(readonly limitMs: number) {
    super('timeout')
  }
}

/** The sentence for a check stopped at `limitMs`: the limit that stopped it, in seconds or milliseconds. */
function timeoutSummary(limitMs: number, say: Msg): string {
  return limitMs < 1000
    ? say('run.error.timeoutMs', { milliseconds: Math.round(limitMs) })
    : say('run.error.timeout', { seconds: Math.round(limitMs / 1000) })
}

/**
 * Runs the checks in parallel and returns their results in the order given. Each gets its own
 * abort signal (tied to the run's), a time limit, and a try/catch: a crash or a hang becomes
 * `status: "error"` with a plain sentence, and the other checks still report.
 */
export async function runChecks(
  checks: readonly AnyCheck[],
  base: BaseContext,
  options: RunChecksOptions,
): Promise<CheckResult[]> {
  const finished = new Map<CheckId, ReturnType<typeof deferred<CheckResult | undefined>>>()
  for (const check of checks) finished.set(check.id, deferred())
  const say = base.msg
  const running = new Map<AnyCheck, string>(checks.map((check) => [check, wordsIn(check.activity, say)]))
  const notify = (): void => options.onChange?.([...running.values()])

  const runCheck = async (check: AnyCheck): Promise<CheckResult> => {
    // The one place a check's time limit is decided: the run's signal (Ctrl-C) or the limit,
    // whichever comes first. Readers below follow this signal instead of keeping budgets of their own.
    const limitMs = limitFor(check, options.timeoutMs)
    const done = new AbortController()
    const signal = check.interactive
      ? AbortSignal.any([options.signal, done.signal])
      : AbortSignal.any([options.signal, AbortSignal.timeout(limitMs), done.signal])
    const started = base.now()
    const ctx: CheckContext<RunOptions> = {
      ...base,
      signal,
      limitMs,
      resultOf: (id) => finished.get(id)?.promise ?? Promise.resolve(undefined),
      progress: (message) => {
        if (running.has(check)) running.set(check, message)
        notify()
      },
    }
    let result: CheckResult
    try {
      const outcome = await runOne(check, ctx, options.prepared?.get(check.id))
      result = {
        id: check.id,
        title: wordsIn(check.title, say),
        ...outcome,
        measurements: outcome.measurements ?? [],
        durationMs: 0,
      }
    } catch (error) {
      if (error instanceof InterruptedError || options.signal.aborted)
        throw error instanceof InterruptedError ? error : new InterruptedError()
      const timedOut = error instanceof CheckTimeout
      const summary = timedOut ? timeoutSummary(error.limitMs, say) : say('run.error.crash')
      const detail = timedOut
        ? 'timeout'
        : options.debug
          ? ((error as Error)?.stack ?? String(error))
          : ((error as Error)?.message ?? String(error))
      result = errorResult(check, summary, detail, 0, say)
    } finally {
      // Whatever the check left running (a command, a socket) follows its signal and stops now.
      done.abort()
    }
    result.durationMs = Math.round(base.now() - started)
    running.delete(check)
    notify()
    finished.get(check.id)?.resolve(result)
    return result
  }

  notify()
  const results = await Promise.all(checks.map(runCheck))
  // A check may answer an abort with a normal-looking result ("could not measure"); after Ctrl-C
  // that result must not become a report.
  if (options.signal.aborted) throw new InterruptedError()
  return results
}
