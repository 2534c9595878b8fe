import type { Check } from './types.js'
import type { CheckId } from '../report/model.js'
import { wifiCheck } from './wifi/index.js'
import { connectionCheck } from './connection/index.js'
import { appsCheck } from './apps/index.js'
import { checklistCheck } from './checklist/index.js'
import { devicesCheck } from './devices/index.js'

/** The built-in checks, in report order. */
export const builtinChecks: readonly Check[] = [wifiCheck, connectionCheck, appsCheck, devicesCheck, checklistCheck]

/** The checks with these ids, in report order. */
export function selectChecks(ids: readonly CheckId[], checks: readonly Check[] = builtinChecks): Check[] {
  return checks.filter((check) => ids.includes(check.id))
}
