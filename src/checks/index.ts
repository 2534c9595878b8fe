import type { AnyCheck, CheckInfo } from './types.js'
import { CHECK_IDS, type CheckId, type SessionType } from '../report/model.js'
import { checkInfo } from './info.js'

/** Where a check's code is, and whether it has a `prepare` step (known before its code loads). */
interface Loader {
  load: () => Promise<AnyCheck>
  prepares?: true
}

/**
 * Each check's code, loaded when the check starts (or prepares): a run that skips a check, or
 * `--help`, never loads it. A new check is a folder beside these, its id in CHECK_IDS, its entry
 * in ./info.ts and one line here; the types make a missing line an error, and
 * test/unit/checks/registry.test.ts keeps the JSON Schema, --help and `prepares` in step.
 */
const loaders: { readonly [K in CheckId]: Loader } = {
  wifi: { load: async () => (await import('./wifi/index.js')).wifiCheck },
  connection: { load: async () => (await import('./connection/index.js')).connectionCheck, prepares: true },
  apps: { load: async () => (await import('./apps/index.js')).appsCheck },
  devices: { load: async () => (await import('./devices/index.js')).devicesCheck },
  protection: { load: async () => (await import('./protection/index.js')).protectionCheck },
  checklist: { load: async () => (await import('./checklist/index.js')).checklistCheck, prepares: true },
  link: { load: async () => (await import('./link/index.js')).linkCheck, prepares: true },
}

/** A check whose code loads on first use; the same `Check` as any other to the runner. */
export function lazyCheck(info: CheckInfo, loader: Loader): AnyCheck {
  let loaded: Promise<AnyCheck> | undefined
  const code = (): Promise<AnyCheck> => (loaded ??= loader.load())
  return {
    ...info,
    run: async (ctx, prepared) => (await code()).run(ctx, prepared),
    ...(loader.prepares ? { prepare: async (ctx) => (await code()).prepare?.(ctx) } : {}),
  }
}

/** The built-in checks, in report order (the order of CHECK_IDS). */
export const builtinChecks: readonly AnyCheck[] = CHECK_IDS.map((id) => lazyCheck(checkInfo[id], loaders[id]))

/** The code behind each built-in check, loaded (for tests that compare it with the registry). */
export function loadBuiltinCheck(id: CheckId): Promise<AnyCheck> {
  return loaders[id].load()
}

/** Whether the registry says this check prepares (for the same tests). */
export function preparesBeforeRun(id: CheckId): boolean {
  return loaders[id].prepares === true
}

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
