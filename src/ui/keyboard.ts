/** The terminal's input as the keyboard guard needs it: Node's process.stdin fits. */
export interface KeyboardInput {
  isTTY?: boolean
  setRawMode?(mode: boolean): unknown
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown
  off(event: 'data', listener: (chunk: Buffer | string) => void): unknown
  resume(): unknown
  pause(): unknown
  read(): unknown
}

/**
 * Who has the keyboard: the run, which throws every key away, or a question, which gets only what
 * is typed once it is on screen.
 */
export interface Keyboard {
  /** Keys typed from now on are read and thrown away, never echoed; Ctrl-C stops the run. */
  hold(): void
  /** Hands the keyboard to a question: whatever was typed before it is thrown away first. */
  release(): void
  /** Gives the terminal back as it was found. */
  stop(): void
}

export const freeKeyboard: Keyboard = { hold() {}, release() {}, stop() {} }

/** The byte a terminal in raw mode sends for Ctrl-C (in cooked mode the terminal turns it into SIGINT). */
const CTRL_C = 0x03

/**
 * Keeps type-ahead from answering questions (issue 22). In a terminal's normal (cooked) mode a key
 * pressed while the connection is measured is echoed over the progress line and kept in the
 * terminal's line buffer, where the next question reads it as its answer: an Enter answered the
 * save offer before it was shown. Holding the keyboard puts the terminal in raw mode (no echo, no
 * line buffer) and reads every key as it comes, to throw it away. Raw mode also turns Ctrl-C into
 * a byte instead of SIGINT, so the guard passes it on to `onCtrlC`: the run stops the same way.
 * A question gets the keyboard only after everything read so far has been dropped.
 */
export function guardKeyboard(input: KeyboardInput, onCtrlC: () => void): Keyboard {
  if (!input.isTTY || typeof input.setRawMode !== 'function') return freeKeyboard
  let holding = false
  let rawByUs = false
  const discard = (chunk: Buffer | string): void => {
    if (typeof chunk === 'string' ? chunk.includes(String.fromCharCode(CTRL_C)) : chunk.includes(CTRL_C))
      onCtrlC()
  }
  const drop = (): void => {
    input.off('data', discard)
    input.pause()
    // A paused stream keeps what it has read in its own buffer; a question would read it next.
    while (input.read() !== null);
  }
  return {
    hold() {
      if (holding) return
      holding = true
      input.setRawMode?.(true)
      rawByUs = true
      input.on('data', discard)
      input.resume()
    },
    release() {
      if (!holding) return
      holding = false
      drop()
    },
    stop() {
      if (holding) drop()
      holding = false
      if (rawByUs) input.setRawMode?.(false)
      rawByUs = false
    },
  }
}
