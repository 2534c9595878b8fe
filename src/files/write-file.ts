import { accessSync, chmodSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { UsageError, describeFileError } from '../errors.js'
import { type Msg, type PlainKey } from '../messages/index.js'

/** Temporary files being written now, so Ctrl-C can remove them. */
const pending = new Set<string>()

/** Fails early, before any check runs, if the report file could not be written. */
export function assertWritableTarget(path: string, cwd: string, msg: Msg): string {
  const target = resolve(cwd, path)
  const folder = dirname(target)
  let isFolder = false
  try {
    isFolder = statSync(folder).isDirectory()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      const { what, todo } = describeFileError(error)
      throw new UsageError(
        (m: Msg) => m('error.save.cannot', { path, what: m(what as PlainKey), todo: m(todo as PlainKey) }),
        msg,
        { cause: error },
      )
    }
  }
  if (!isFolder) throw new UsageError((m: Msg) => m('error.save.noFolder', { path, folder }), msg)
  try {
    accessSync(folder, constants.W_OK)
  } catch {
    throw new UsageError((m: Msg) => m('error.save.folderNotWritable', { path, folder }), msg)
  }
  try {
    if (statSync(target).isDirectory())
      throw new UsageError((m: Msg) => m('error.save.isFolder', { path }), msg)
  } catch (error) {
    if (error instanceof UsageError) throw error
  }
  return target
}

/** The mode an existing file has, so replacing it keeps a private (0600) report private. */
function existingMode(target: string): number | undefined {
  try {
    const info = statSync(target)
    return info.isFile() ? info.mode & 0o7777 : undefined
  } catch {
    return undefined
  }
}

/** Writes the bytes of a file; injected in tests to play a full disk. */
export type WriteBytes = (path: string, content: string, mode: number) => void

const writeBytes: WriteBytes = (path, content, mode) => writeFileSync(path, content, { mode, flag: 'wx' })

/** A save that failed, in plain words; the errno code stays in `cause` for --debug. */
export function saveFailure(shownPath: string, error: unknown, msg: Msg): UsageError {
  const { what, todo } = describeFileError(error)
  return new UsageError(
    (m: Msg) =>
      m('error.save.failed', { path: shownPath, what: m(what as PlainKey), todo: m(todo as PlainKey) }),
    msg,
    { cause: error },
  )
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename. A reader sees
 * the old file or the whole new one, never half of it, and two runs writing at once leave one
 * complete report. A file that already exists keeps its mode (a 0600 report stays 0600); a new
 * one gets 0644 less the umask.
 */
export function writeFileAtomic(
  target: string,
  content: string,
  msg: Msg,
  shownPath: string = target,
  write: WriteBytes = writeBytes,
): void {
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  const mode = existingMode(target)
  pending.add(temp)
  try {
    write(temp, content, mode ?? 0o644)
    // The umask narrows the mode given to open(); an existing file's mode is restored exactly.
    if (mode !== undefined) chmodSync(temp, mode)
    renameSync(temp, target)
  } catch (error) {
    removeQuietly(temp)
    throw saveFailure(shownPath, error, msg)
  } finally {
    pending.delete(temp)
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // already gone
  }
}

/** Removes temporary files of writes in progress (on Ctrl-C). */
export function removePendingWrites(): void {
  for (const temp of pending) removeQuietly(temp)
  pending.clear()
}
