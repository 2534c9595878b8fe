/**
 * Ctrl-C and SIGTERM from the first moment. The entry (src/cli.ts) installs these handlers before
 * it loads anything else, so a signal while the program starts, or while a checklist URL is being
 * fetched, still ends with "Stopped." and the conventional exit code instead of Node's silent
 * default. Once a run registers its own handler (to abort checks and remove half-written files),
 * the newest handler gets the signal instead.
 */

export type StopSignal = 'SIGINT' | 'SIGTERM'
export type StopHandler = (signal?: StopSignal) => void

/** 130 for Ctrl-C (SIGINT), 143 for SIGTERM: 128 plus the signal's number, as shells report it. */
export function exitCodeForSignal(signal: StopSignal): number {
  return signal === 'SIGTERM' ? 143 : 130
}

const SHOW_CURSOR = '\u001b[?25h'

export interface SignalRouter {
  /** Makes `handler` the one that receives signals until the returned function is called. */
  push(handler: StopHandler): () => void
}

interface ProcessLike {
  on(event: StopSignal, listener: () => void): unknown
  exit(code: number): void
  stderr: { write(text: string): unknown; isTTY?: boolean }
}

/** Installs one listener for SIGINT and SIGTERM that routes to the newest handler, or stops at once. */
export function installSignalRouter(proc: ProcessLike): SignalRouter {
  const handlers: StopHandler[] = []
  const stopNow = (signal: StopSignal): void => {
    if (proc.stderr.isTTY) proc.stderr.write(SHOW_CURSOR)
    proc.stderr.write('\nStopped.\n')
    proc.exit(exitCodeForSignal(signal))
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    proc.on(signal, () => {
      const handler = handlers.at(-1)
      if (handler) handler(signal)
      else stopNow(signal)
    })
  }
  return {
    push(handler) {
      handlers.push(handler)
      return () => {
        const index = handlers.lastIndexOf(handler)
        if (index >= 0) handlers.splice(index, 1)
      }
    },
  }
}
