import type { AnyCheck, CheckContext, CheckOutcome, Prepared } from './types.js'
import type { RunOptions } from '../options.js'
import type { CheckId, CheckResult } from '../report/model.js'
import { InterruptedError } from '../errors.js'
import { msg, type Msg } from '../messages/index.js'

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

type BaseContext = Omit<CheckContext<RunOptions>, 'signal' | 'resultOf' | 'progress'>

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

function errorResult(check: AnyCheck, summary: string, error: string | undefined, durationMs: number, say: Msg): CheckResult {
  return {
    id: check.id,
    title: check.title,
    status: 'error',
    summary,
    advice: [say('run.error.advice')],
    measurements: [],
    durationMs,
    ...(error ? { error } : {}),
  }
}

async function runOne(check: AnyCheck, ctx: CheckContext<RunOptions>, prepared: Prepared | undefined, timeoutMs: number): Promise<CheckOutcome> {
  if (check.interactive) return check.run(ctx, prepared)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout()), check.timeoutMs ? Math.min(check.timeoutMs, timeoutMs) : timeoutMs)
  })
  try {
    return await Promise.race([check.run(ctx, prepared), timeout])
  } finally {
    clearTimeout(timer)
  }
}

class CheckTimeout extends Error {}

/**
 * Runs the checks in parallel and returns their results in the order given. Each gets its own
 * abort signal (tied to the run's), a time limit, and a try/catch: a crash or a hang becomes
 * `status: "error"` with a plain sentence, and the other checks still report.
 */
export async function runChecks(checks: readonly AnyCheck[], base: BaseContext, options: RunChecksOptions): Promise<CheckResult[]> {
  const finished = new Map<CheckId, ReturnType<typeof deferred<CheckResult | undefined>>>()
  for (const check of checks) finished.set(check.id, deferred())
  const running = new Map<AnyCheck, string>(checks.map((check) => [check, check.activity]))
  const notify = (): void => options.onChange?.([...running.values()])
  const say = base.msg ?? msg

  const runCheck = async (check: AnyCheck): Promise<CheckResult> => {
    const controller = new AbortController()
    const onAbort = (): void => controller.abort(options.signal.reason)
    options.signal.addEventListener('abort', onAbort, { once: true })
    const started = base.now()
    const ctx: CheckContext<RunOptions> = {
      ...base,
      signal: controller.signal,
      resultOf: (id) => finished.get(id)?.promise ?? Promise.resolve(undefined),
      progress: (message) => {
        if (running.has(check)) running.set(check, message)
        notify()
      },
    }
    let result: CheckResult
    try {
      const outcome = await runOne(check, ctx, options.prepared?.get(check.id), options.timeoutMs)
      result = { id: check.id, title: check.title, ...outcome, measurements: outcome.measurements ?? [], durationMs: 0 }
    } catch (error) {
      if (error instanceof InterruptedError || options.signal.aborted) throw error instanceof InterruptedError ? error : new InterruptedError()
      const timedOut = error instanceof CheckTimeout
      const summary = timedOut
        ? say('run.error.timeout', { seconds: Math.round(options.timeoutMs / 1000) })
        : say('run.error.crash')
      const detail = timedOut ? 'timeout' : options.debug ? (error as Error)?.stack ?? String(error) : (error as Error)?.message ?? String(error)
      result = errorResult(check, summary, detail, 0, say)
    } finally {
      controller.abort()
      options.signal.removeEventListener('abort', onAbort)
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
