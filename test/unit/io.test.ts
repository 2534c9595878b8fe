import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { installSignalRouter } from '../../src/io.js'

/** A process as the signal router sees it: signals and exit are events the test emits and records. */
function fakeProcess(): EventEmitter & {
  exit: ReturnType<typeof vi.fn>
  exitCode?: number
  stderr: { text: string; write(text: string): void }
} {
  const stderr = {
    text: '',
    write(text: string) {
      stderr.text += text
    },
  }
  return Object.assign(new EventEmitter(), { exit: vi.fn(), stderr })
}

describe('the signal router', () => {
  it('says "Stopped." and exits 130 on a Ctrl-C that comes before any run has its own handler', () => {
    const proc = fakeProcess()
    installSignalRouter(proc, 'Stopped. Nothing was saved.')
    proc.emit('SIGINT')
    expect(proc.stderr.text).toBe('\nStopped. Nothing was saved.\n')
    expect(proc.exit).toHaveBeenCalledWith(130)
  })

  it('gives the signal to the newest handler, and back to the one before once it is removed', () => {
    const proc = fakeProcess()
    const router = installSignalRouter(proc, 'Stopped. Nothing was saved.')
    const first = vi.fn()
    const second = vi.fn()
    router.push(first)
    const removeSecond = router.push(second)
    proc.emit('SIGTERM')
    expect(second).toHaveBeenCalledWith('SIGTERM')
    removeSecond()
    proc.emit('SIGINT')
    expect(first).toHaveBeenCalledWith('SIGINT')
    expect(proc.exit).not.toHaveBeenCalled()
  })

  // The race behind the "second Ctrl-C" end-to-end test: leaving because the event loop ran dry,
  // Node closes its signal watchers first, which restores the default SIGINT action, so a second
  // Ctrl-C in those last milliseconds killed the process by signal. Leaving through exit() keeps them.
  it('leaves through exit() with the exit code the run set when the event loop runs dry', () => {
    const proc = fakeProcess()
    const router = installSignalRouter(proc, 'Stopped. Nothing was saved.')
    router.push(() => {
      proc.exitCode = 130
    })
    proc.emit('SIGINT')
    proc.emit('beforeExit')
    expect(proc.exit).toHaveBeenCalledWith(130)
  })

  it('leaves with 0 when the run set no exit code', () => {
    const proc = fakeProcess()
    installSignalRouter(proc, 'Stopped. Nothing was saved.')
    proc.emit('beforeExit')
    expect(proc.exit).toHaveBeenCalledWith(0)
  })
})
