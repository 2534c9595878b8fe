import type { Readable, Writable } from 'node:stream'
import { installSignalRouter, type SignalRouter, type StopHandler } from './signals.js'

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
}

export function createProcessIo(signals: SignalRouter = installSignalRouter(process)): Io {
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
  }
}
