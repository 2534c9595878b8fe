import { sanitizeMessage } from '../text/sanitize.js'
import type { Terminal } from './options.js'

// What main (src/main.ts) and a run of the checks (src/commands/run.ts) both use.

export const SHOW_CURSOR = '\u001b[?25h'

/** The process's streams and environment (src/io.ts's Io has these and more). */
interface Streams {
  stdin: { isTTY?: boolean }
  stdout: { isTTY?: boolean }
  stderr: { isTTY?: boolean }
  env: Terminal['env']
  platform: Terminal['platform']
}

/** What the terminal and the environment say, for choosing the language and the options. */
export function terminalOf(io: Streams): Terminal {
  return {
    stdinIsTTY: Boolean(io.stdin.isTTY),
    stdoutIsTTY: Boolean(io.stdout.isTTY),
    stderrIsTTY: Boolean(io.stderr.isTTY),
    env: io.env,
    platform: io.platform,
    // macOS and Windows apps often run without LANG: the system's own locale is the next clue (issue 16).
    systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
  }
}

/** The code and stack behind an error, for --debug only, each line cleaned. */
export function debugDetail(error: unknown): string {
  const lines: string[] = []
  for (
    let current: unknown = error, depth = 0;
    current && depth < 4;
    current = (current as { cause?: unknown }).cause, depth++
  ) {
    const code = (current as NodeJS.ErrnoException).code
    if (code) lines.push(`  code: ${sanitizeMessage(code)}`)
    const stack = (current as Error).stack
    if (stack) lines.push(...stack.split('\n').map((line) => `  ${sanitizeMessage(line)}`))
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}
