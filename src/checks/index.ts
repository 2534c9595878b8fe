import type { AnyCheck } from './types.js'
import type { CheckId, SessionType } from '../report/model.js'
import { wifiCheck } from './wifi/index.js'
import { connectionCheck } from './connection/index.js'
import { appsCheck } from './apps/index.js'
import { checklistCheck } from './checklist/index.js'
import { devicesCheck } from './devices/index.js'
import { linkCheck } from './link/index.js'
import { protectionCheck } from './protection/index.js'

/**
 * The built-in checks, in report order: one line each. A new check is a folder beside these and
 * one line here; test/unit/checks/registry.test.ts keeps CHECK_IDS, the JSON Schema and --help in step.
 */
export const builtinChecks: readonly AnyCheck[] = [
  wifiCheck,
  connectionCheck,
  appsCheck,
  devicesCheck,
  protectionCheck,
  checklistCheck,
  linkCheck,
]

/** The ids of the checks a kind of session needs (CheckInfo.sessions), in report order. */
export function neededFor(session: SessionType, checks: readonly AnyCheck[] = builtinChecks): CheckId[] {
  return checks
    .filter((check) => !check.sessions || check.sessions.includes(session))
    .map((check) => check.id)
}

/** The checks with these ids, in report order. */
export function selectChecks(
  ids: readonly CheckId[],
  checks: readonly AnyCheck[] = builtinChecks,
): AnyCheck[] {
  return checks.filter((check) => ids.includes(check.id))
}
