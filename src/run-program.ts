import { createProcessIo, installSignalRouter } from './io.js'
import { stoppedEarly } from './cli/early-stop.js'

/**
 * Everything but the early answers (src/start.ts): the signal handlers, then main, then the exit.
 * A module of its own so that the entry, bundled alone, loads it only when the program runs.
 */
export async function runProgram(): Promise<void> {
  // Signals first, before the rest of the program loads (io.ts imports nothing of ours, early-stop.ts only the two small common parts of the catalogue): Ctrl-C at
  // any moment says "Stopped." in the language main will choose (a bad --lang: the environment's).
  const stopped = stoppedEarly(
    process.argv.slice(2),
    process.env,
    Intl.DateTimeFormat().resolvedOptions().locale,
  )
  const signals = installSignalRouter(process, stopped)
  const { main } = await import('./main.js')
  const io = createProcessIo(signals)
  // `session-checkup --json | head -c 20` closes the pipe early: that is not an error worth a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
  }
  process.exitCode = await main(process.argv.slice(2), io)

  // The report is out. If something the run started still holds the event loop open (a child that
  // ignored its kill, a socket a server never closed), do not hang the terminal: leave once stdout
  // has drained. The timer is unref'd, so a normal run ends at once without waiting for it.
  // Leaving this way hides a leak, so --debug names what was still open (same test as main's).
  const exitCode = process.exitCode
  const debug = process.argv.slice(2).includes('--debug')
  setTimeout(function leaveWhenDrained() {
    if (process.stdout.writableLength > 0) {
      setTimeout(leaveWhenDrained, 200).unref()
      return
    }
    if (debug) {
      const open = process.getActiveResourcesInfo().filter((name) => name !== 'TTYWrap')
      process.stderr.write(
        `debug: still running 2 seconds after the report (${open.join(', ') || 'nothing named'}); leaving anyway. This is a leak worth fixing.\n`,
      )
    }
    process.exit(exitCode)
  }, 2000).unref()
}
