/**
 * How long one outside command may run: an equal share of the time limit the runner gave the
 * check (CheckContext.limitMs). A command that hangs is then given up in time for the fallbacks
 * after it, and the check still answers inside its limit; the check's abort signal ends whatever
 * is left at the limit itself. `steps` is how many commands may run one after another at worst.
 * No reader keeps a wall-clock budget of its own (issue 15): the limit flows from the runner.
 */
export function stepLimit(limitMs: number, steps: number): number {
  return Math.max(1, Math.floor(limitMs / steps))
}

/** The limit a reader assumes when it is called outside a check (tests, the parsers API). */
export const DEFAULT_READ_LIMIT_MS = 12_000
