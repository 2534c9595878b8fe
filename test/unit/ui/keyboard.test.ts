import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { guardKeyboard } from '../../../src/ui/keyboard.js'

/** A terminal's input, as Node gives it, with the raw-mode switch recorded. */
function fakeTerminal(isTTY = true) {
  const modes: boolean[] = []
  const stream = Object.assign(new PassThrough(), {
    isTTY,
    setRawMode(mode: boolean) {
      modes.push(mode)
      return stream
    },
  })
  return { stream, modes }
}

/** What a question that starts reading now receives, after the stream has had a turn. */
async function readByQuestion(stream: PassThrough): Promise<string> {
  const got: string[] = []
  stream.on('data', (chunk: Buffer) => got.push(chunk.toString()))
  stream.resume()
  await new Promise((resolve) => setImmediate(resolve))
  return got.join('')
}

describe('the keyboard while the checks run (issue 22: type-ahead)', () => {
  it('keys typed while held are thrown away: the next question sees only what comes after it', async () => {
    const { stream, modes } = fakeTerminal()
    const keyboard = guardKeyboard(stream, () => undefined)
    keyboard.hold()
    expect(modes).toEqual([true])
    // An Enter and extra "y"s pressed while the connection is measured...
    stream.write('\r')
    stream.write('yyy\r')
    await new Promise((resolve) => setImmediate(resolve))
    keyboard.release()
    // ... and one more in the instant before the question reads, still buffered in the stream.
    stream.pause()
    stream.write('y\r')
    keyboard.hold()
    keyboard.release()
    expect(await readByQuestion(stream)).toBe('')
  })

  it('a question started after release reads what is typed once it is on screen', async () => {
    const { stream } = fakeTerminal()
    const keyboard = guardKeyboard(stream, () => undefined)
    keyboard.hold()
    stream.write('y\r')
    await new Promise((resolve) => setImmediate(resolve))
    keyboard.release()
    const got: string[] = []
    stream.on('data', (chunk: Buffer) => got.push(chunk.toString()))
    stream.resume()
    stream.write('n\r')
    await new Promise((resolve) => setImmediate(resolve))
    expect(got.join('')).toBe('n\r')
  })

  it('Ctrl-C typed while held (a byte in raw mode, not a signal) stops the run', async () => {
    const { stream } = fakeTerminal()
    let stopped = 0
    const keyboard = guardKeyboard(stream, () => stopped++)
    keyboard.hold()
    stream.write('ab')
    await new Promise((resolve) => setImmediate(resolve))
    expect(stopped).toBe(0)
    stream.write(Buffer.from([0x79, 0x03]))
    await new Promise((resolve) => setImmediate(resolve))
    expect(stopped).toBe(1)
  })

  it('gives the terminal back as it was, and lets the process end', () => {
    const { stream, modes } = fakeTerminal()
    const keyboard = guardKeyboard(stream, () => undefined)
    keyboard.hold()
    keyboard.release()
    keyboard.hold()
    keyboard.stop()
    expect(modes.at(-1)).toBe(false)
    expect(stream.listenerCount('data')).toBe(0)
    expect(stream.isPaused()).toBe(true)
  })

  it('does nothing when the input is not a terminal', () => {
    const { stream, modes } = fakeTerminal(false)
    const keyboard = guardKeyboard(stream, () => undefined)
    keyboard.hold()
    keyboard.stop()
    expect(modes).toEqual([])
    expect(stream.listenerCount('data')).toBe(0)
  })
})
