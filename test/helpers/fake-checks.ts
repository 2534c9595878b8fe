import type { Check, CheckOutcome } from '../../src/checks/types.js'
import { CHECK_IDS, type CheckId } from '../../src/report/model.js'

/** A check that returns a fixed outcome. */
export function fixedCheck(id: CheckId, outcome: Partial<CheckOutcome> = {}, title = id): Check {
  return {
    id,
    title,
    activity: `Checking ${id}`,
    async run() {
      return { status: 'pass', summary: `${title} is fine.`, advice: [], ...outcome }
    },
  }
}

/** One check for each built-in id (CHECK_IDS), all passing unless overridden. */
export function fakeChecks(overrides: Partial<Record<CheckId, Partial<CheckOutcome>>> = {}): Check[] {
  return CHECK_IDS.map((id) => fixedCheck(id, overrides[id]))
}
