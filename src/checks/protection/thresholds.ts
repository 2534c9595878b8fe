/**
 * The protection check's numbers, in one place.
 */

/**
 * A screen that locks by itself after more than this many seconds idle is worth a look. CIS
 * benchmarks ask for 15 minutes or less on Windows (the machine inactivity limit, 900 s) and
 * 20 minutes or less on macOS; 15 minutes is the plain rule issue 27 asks for.
 */
export const SCREEN_LOCK_MAX_SECONDS = 15 * 60

/** Security updates that end within this many days are worth a look now, so the upgrade can be planned. */
export const UPDATES_ENDING_SOON_DAYS = 60

/** The support table (support.ts) is said to be old once it is older than this many days. */
export const SUPPORT_TABLE_MAX_AGE_DAYS = 365

/**
 * The limit the runner gives the check. On an idle computer the check takes well under 1 s on
 * Linux and macOS (test/bench/protection.bench.mjs); Windows' one PowerShell start takes 1-2 s.
 * Generous on purpose, as for the devices check: a busy computer should not turn a slow answer
 * into "could not check".
 */
export const PROTECTION_LIMIT_MS = 8000

/** The commands share the first three quarters of the limit; the rest lets the answer be judged and reported. */
export function protectionReadBudget(limitMs: number): number {
  return Math.floor(limitMs * 0.75)
}
