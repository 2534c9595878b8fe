import type { CheckContext } from '../../src/checks/types.js'
import { resolveOptions, type RawFlags } from '../../src/cli/options.js'
import type { CheckOptions, RunOptions } from '../../src/options.js'
import { messagesFor, type Language } from '../../src/messages/index.js'

/** Options as a non-interactive run with these flags would have them. */
export function optionsFor(flags: RawFlags = {}): RunOptions {
  return resolveOptions(
    flags,
    { stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, env: {}, platform: 'linux' },
    (flags.lang as Language | undefined) ?? 'en',
  )
}

/**
 * A check context for unit tests: no OS, no network, no other checks, unless a test passes its
 * own. Commands and fetches fail loudly, so a check that touches what it should not is caught.
 */
export function fakeContext<O extends CheckOptions = RunOptions>(
  overrides: Partial<CheckContext<O>> = {},
): CheckContext<O> {
  const options = optionsFor() as unknown as O
  return {
    // A full set of options, so a check of any slice finds its own.
    options,
    msg: messagesFor(options.lang),
    platform: 'linux',
    exec: () => Promise.reject(new Error('no commands in this test')),
    system: { battery: async () => undefined },
    fetch: () => Promise.reject(new Error('no network in tests')),
    now: () => performance.now(),
    signal: new AbortController().signal,
    limitMs: 60_000,
    env: {},
    resultOf: async () => undefined,
    progress: () => {},
    ...overrides,
  }
}
