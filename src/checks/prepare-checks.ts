import type { RunOptions } from '../options.js'
import type { CheckId } from '../report/model.js'
import type { AnyCheck, PrepareContext, Prepared, ReportInfo } from './types.js'

/** What the checks prepared: each check's own data for its `run`, and what they add to the report. */
export interface PreparedChecks {
  data: ReadonlyMap<CheckId, Prepared | undefined>
  report: ReportInfo
}

/**
 * Runs each check's `prepare`, one after another, before anything is measured: bad input stops
 * the run here with one sentence. Each sees what the checks before it prepared (`earlier`). What
 * a prepare returns under `report` goes to the report as is.
 */
export async function prepareChecks(
  checks: readonly AnyCheck[],
  ctx: PrepareContext<RunOptions>,
): Promise<PreparedChecks> {
  const data = new Map<CheckId, Prepared | undefined>()
  let report: ReportInfo = {}
  for (const check of checks) {
    if (!check.prepare) continue
    const prepared = (await check.prepare({ ...ctx, earlier: data })) ?? undefined
    data.set(check.id, prepared)
    if (prepared?.report) report = { ...report, ...prepared.report }
  }
  return { data, report }
}
