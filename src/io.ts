import type { Readable, Writable } from 'node:stream'

/** A writable stream with the terminal facts we read. */
export type OutStream = Writable & { isTTY?: boolean; columns?: number }

/** Everything main needs from the process, injected so tests can run main in-process. */
export interface Io {
  stdout: OutStream
  stderr: OutStream
  stdin: Readable & { isTTY?: boolean }
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  cwd: string
  /** Registers the Ctrl-C (and SIGTERM) handler; returns a function that removes it. */
  onInterrupt(handler: StopHandler): () => void
  /** Ends the process at once; used only for Ctrl-C, after cleanup. */
  exitNow(code: number): void
  /**
   * Registers a last-resort handler for an error nothing else caught, so a long-running command
   * (serve) can note it and go on; returns a function that removes it.
   */
  onUncaught?(handler: (error: unknown) => void): () => void
}

export function createProcessIo(signals: SignalRouter): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    platform: process.platform,
    cwd: process.cwd(),
    onInterrupt(handler) {
      return signals.push(handler)
    },
    exitNow(code) {
      process.exit(code)
    },
    onUncaught(handler) {
      process.on('uncaughtException', handler)
      process.on('unhandledRejection', handler)
      return () => {
        process.off('uncaughtException', handler)
        process.off('unhandledRejection', handler)
      }
    },
  }
}

/**
 * Ctrl-C and SIGTERM from the first moment. The entry (src/start.ts) installs these handlers before
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
  once(event: 'beforeExit', listener: () => void): unknown
  exit(code: number): void
  exitCode?: number | string | null | undefined
  stderr: { write(text: string): unknown; isTTY?: boolean }
}

/**
 * Installs one listener for SIGINT and SIGTERM that routes to the newest handler, or stops at once
 * saying `stopped` (the catalogue's "Stopped." sentence in the run's language: src/cli/early-stop.ts).
 */
export function installSignalRouter(proc: ProcessLike, stopped: string): SignalRouter {
  const handlers: StopHandler[] = []
  const stopNow = (signal: StopSignal): void => {
    if (proc.stderr.isTTY) proc.stderr.write(SHOW_CURSOR)
    proc.stderr.write(`\n${stopped}\n`)
    proc.exit(exitCodeForSignal(signal))
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    proc.on(signal, () => {
      const handler = handlers.at(-1)
      if (handler) handler(signal)
      else stopNow(signal)
    })
  }
  // When the event loop runs dry, Node leaves by closing every handle first, its signal watchers
  // included, and closing the last SIGINT watcher puts back the default action: a Ctrl-C in those
  // last milliseconds (a second Ctrl-C while the first one's cleanup ends, on a busy machine) killed
  // the process by signal, with no exit code. process.exit() leaves without closing them, so the
  // router answers, or the signal is dropped, until the very end. Nothing here runs after Ctrl-C
  // only: a run that ends normally leaves the same way, with the exit code it set.
  proc.once('beforeExit', () => proc.exit(Number(proc.exitCode ?? 0)))
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
