/**
 * Bad input from the person or a file: one clear sentence, exit code 2. The `cause` (an errno
 * code, a stack) is shown only with --debug.
 */
export class UsageError extends Error {
  override name = 'UsageError'
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

/** What happened, and what to do, in words a person can act on. */
export interface PlainProblem {
  what: string
  todo: string
}

/**
 * Every errno code a person can meet while the tool reads or writes a file, as plain words: the
 * one place these codes become sentences. The code itself is shown only with --debug.
 */
const fileProblems: Record<string, PlainProblem> = {
  ENOENT: { what: 'the folder does not exist', todo: 'check the folder name, or create the folder first' },
  ENOTDIR: { what: 'part of that path is a file, not a folder', todo: 'check the folder name' },
  EACCES: { what: 'there is no permission to write there', todo: 'choose a folder of your own, such as your Documents folder' },
  EPERM: { what: 'there is no permission to write there', todo: 'choose a folder of your own, such as your Documents folder' },
  EROFS: { what: 'that place is read-only', todo: 'choose a folder of your own, such as your Documents folder' },
  ENOSPC: { what: 'the disk is full', todo: 'free some space, or save to another disk' },
  EDQUOT: { what: 'your storage allowance on this disk is used up', todo: 'free some space, or save to another disk' },
  EFBIG: { what: 'the file would be too big for that disk', todo: 'save to another disk' },
  EISDIR: { what: 'that is a folder', todo: 'give a file name, such as report.html' },
  EEXIST: { what: 'a file of that name already exists', todo: 'choose another name' },
  ENAMETOOLONG: { what: 'the name or path is too long', todo: 'use a shorter file name or a folder nearer the top' },
  ELOOP: { what: 'the path goes round in a loop of shortcuts (symbolic links)', todo: 'give the real folder instead' },
  EBUSY: { what: 'the file is in use by another program', todo: 'close that program, or choose another name' },
  ETXTBSY: { what: 'the file is in use by another program', todo: 'close that program, or choose another name' },
  EMFILE: { what: 'this computer has too many files open right now', todo: 'close some programs and try again' },
  ENFILE: { what: 'this computer has too many files open right now', todo: 'close some programs and try again' },
  EIO: { what: 'the disk reported an error', todo: 'try again, or save to another disk' },
  ENXIO: { what: 'that is a device, not a file', todo: 'give a file name, such as report.html' },
}

/** Plain words for an errno code met while writing a file. Never returns a code. */
export function describeFileError(error: unknown): PlainProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return (code && fileProblems[code]) || { what: 'the computer would not allow it', todo: 'try another folder' }
}

/** Plain words for an errno code met while reading a file the person named. Never returns a code. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'there is no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'there is no permission to open it'
  if (code === 'EISDIR') return 'that is a folder, not a file'
  const problem = code ? fileProblems[code] : undefined
  return problem ? problem.what : 'it could not be opened'
}
