/**
 * A sentence chosen from the message catalogue, in whichever language it is asked for: `M` is the
 * catalogue's `Msg` (src/messages/), which this bottom layer does not import.
 */
export type Words<M> = (m: M) => string

/**
 * Bad input from the person or a file: one clear sentence, exit code 2. The `cause` (an errno
 * code, a stack) is shown only with --debug.
 */
export class UsageError<M = never> extends Error {
  override name = 'UsageError'
  /** The sentence in any language; `message` holds it in English. */
  readonly words?: Words<M>

  /** `new UsageError(sentence)`, or `new UsageError((m) => m('key', values), msg)`: said in English, sayable in any language. */
  constructor(message: string | Words<M>, english?: M, options?: ErrorOptions)
  constructor(message: string, options?: ErrorOptions)
  constructor(message: string | Words<M>, english?: M | ErrorOptions, options?: ErrorOptions) {
    const worded = typeof message !== 'string'
    super(worded ? message(english as M) : message, worded ? options : (english as ErrorOptions | undefined))
    if (worded) this.words = message
  }

  /** The sentence in the run's language (main passes its `Msg`); a sentence not in the catalogue stays as written. */
  sentenceIn(language: M): string {
    return this.words ? this.words(language) : this.message
  }
}

/** The person pressed Ctrl-C (exit code 130) or the system asked us to stop (SIGTERM, 143): no stack. */
export class InterruptedError extends Error {
  override name = 'InterruptedError'
  constructor(
    message = 'Stopped.',
    readonly exitCode = 130,
  ) {
    super(message)
  }
}

/** Turns any error message into one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n+\s*/g, ' ').trim()
}

/**
 * What happened, and what to do, as catalogue keys (the "Errors" section of src/messages/): each
 * is a clause that a sentence such as "Could not save the report to {path}: {what}. To save it,
 * {todo}, then run the check again." takes whole.
 */
export interface PlainProblem {
  what: ProblemKey
  todo: TodoKey
}

type ProblemKey = `error.file.what.${string}`
type TodoKey = `error.file.todo.${string}`

const problem = (what: string, todo: string): PlainProblem => ({
  what: `error.file.what.${what}`,
  todo: `error.file.todo.${todo}`,
})

/**
 * Every errno code a person can meet while the tool reads or writes a file, as plain words: the
 * one place these codes become sentences. The code itself is shown only with --debug.
 */
const fileProblems: Record<string, PlainProblem> = {
  ENOENT: problem('noFolder', 'checkFolderOrCreate'),
  ENOTDIR: problem('notFolder', 'checkFolder'),
  EACCES: problem('noPermission', 'ownFolder'),
  EPERM: problem('noPermission', 'ownFolder'),
  EROFS: problem('readOnly', 'ownFolder'),
  ENOSPC: problem('diskFull', 'freeSpace'),
  EDQUOT: problem('quota', 'freeSpace'),
  EFBIG: problem('tooBig', 'otherDisk'),
  EISDIR: problem('isFolder', 'giveFileName'),
  EEXIST: problem('exists', 'otherName'),
  ENAMETOOLONG: problem('nameTooLong', 'shorterName'),
  ELOOP: problem('loop', 'realFolder'),
  EBUSY: problem('busy', 'closeProgram'),
  ETXTBSY: problem('busy', 'closeProgram'),
  EMFILE: problem('tooManyOpen', 'closePrograms'),
  ENFILE: problem('tooManyOpen', 'closePrograms'),
  EIO: problem('diskError', 'tryAgainOrOtherDisk'),
  ENXIO: problem('device', 'giveFileName'),
}

/** Plain words for an errno code met while writing a file. Never returns a code. */
export function describeFileError(error: unknown): PlainProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return (code && fileProblems[code]) || problem('other', 'otherFolder')
}

/** Plain words for an errno code met while reading a file the person named. Never returns a code. */
export function describeReadError(error: unknown): ProblemKey {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'error.file.what.noSuchFile'
  if (code === 'EACCES' || code === 'EPERM') return 'error.file.what.noPermissionToOpen'
  if (code === 'EISDIR') return 'error.file.what.folderNotFile'
  // A socket cannot be opened at all (ENXIO); say what it is rather than why open() failed.
  if (code === 'ENXIO') return 'error.file.what.notAFile'
  const found = code ? fileProblems[code] : undefined
  return found ? found.what : 'error.file.what.couldNotOpen'
}
