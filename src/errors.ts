/** Bad input from the person or a file: one clear sentence, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** The person pressed Ctrl-C: exit code 130, no stack. */
export class InterruptedError extends Error {
  override name = 'InterruptedError'
  constructor(message = 'Stopped.') {
    super(message)
  }
}

/** Turns any error message into one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n+\s*/g, ' ').trim()
}
