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
  /** Registers the Ctrl-C handler; returns a function that removes it. */
  onInterrupt(handler: () => void): () => void
  /** Ends the process at once; used only for Ctrl-C, after cleanup. */
  exitNow(code: number): void
  /**
   * Registers a last-resort handler for an error nothing else caught, so a long-running command
   * (serve) can note it and go on; returns a function that removes it.
   */
  onUncaught?(handler: (error: unknown) => void): () => void
}

export function createProcessIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    platform: process.platform,
    cwd: process.cwd(),
    onInterrupt(handler) {
      process.on('SIGINT', handler)
      process.on('SIGTERM', handler)
      return () => {
        process.off('SIGINT', handler)
        process.off('SIGTERM', handler)
      }
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
