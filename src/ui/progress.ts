import type { Writable } from 'node:stream'
import type { Msg } from '../messages/index.js'

/** The live status line on stderr. A no-op when stderr is not a terminal, or with --json or --quiet. */
export interface Progress {
  /** Sets what is being checked now. */
  update(activities: string[]): void
  pause(): void
  resume(): void
  stop(): void
}

export const silentProgress: Progress = { update() {}, pause() {}, resume() {}, stop() {} }

/**
 * A spinner from yocto-spinner (tiny, no dependencies, hides and restores the cursor, and
 * draws nothing when the stream is not a TTY). The elapsed seconds tick once a second.
 */
export async function createProgress(stream: Writable, now: () => number, say: Msg): Promise<Progress> {
  const { default: yoctoSpinner } = await import('yocto-spinner')
  const started = now()
  let activities: string[] = []
  let paused = false
  // handleSignals off: Ctrl-C belongs to the run (src/main.ts), which stops the spinner itself and
  // says "Stopped."; the spinner's own handler would exit on its own, racing it.
  const spinner = yoctoSpinner({ stream: stream as NodeJS.WriteStream, handleSignals: false })
  const text = (): string => {
    const seconds = Math.floor((now() - started) / 1000)
    const what =
      activities.length > 0
        ? activities.reduce((first, next) => say('list.comma', { first, next }))
        : say('progress.finishing')
    return say('progress.line', { activities: what, seconds })
  }
  const ticker = setInterval(() => {
    if (!paused) spinner.text = text()
  }, 1000)
  ticker.unref()
  spinner.start(text())
  return {
    update(next) {
      activities = next
      if (!paused) spinner.text = text()
    },
    pause() {
      if (paused) return
      paused = true
      spinner.stop()
    },
    resume() {
      if (!paused) return
      paused = false
      spinner.start(text())
    },
    stop() {
      clearInterval(ticker)
      paused = true
      spinner.stop()
    },
  }
}
