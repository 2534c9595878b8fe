import { accessSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { UsageError } from '../errors.js'

/** Temporary files being written now, so Ctrl-C can remove them. */
const pending = new Set<string>()

/** Fails early, before any check runs, if the report file could not be written. */
export function assertWritableTarget(path: string, cwd: string): string {
  const target = resolve(cwd, path)
  const folder = dirname(target)
  let isFolder = false
  try {
    isFolder = statSync(folder).isDirectory()
  } catch {
    isFolder = false
  }
  if (!isFolder) throw new UsageError(`Cannot save the report to ${path}: the folder ${folder} does not exist.`)
  try {
    accessSync(folder, constants.W_OK)
  } catch {
    throw new UsageError(`Cannot save the report to ${path}: the folder ${folder} cannot be written to.`)
  }
  try {
    if (statSync(target).isDirectory()) throw new UsageError(`Cannot save the report to ${path}: that is a folder.`)
  } catch (error) {
    if (error instanceof UsageError) throw error
  }
  return target
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename. A reader sees
 * the old file or the whole new one, never half of it, and two runs writing at once leave one
 * complete report.
 */
export function writeFileAtomic(target: string, content: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  pending.add(temp)
  try {
    writeFileSync(temp, content, { mode: 0o644 })
    renameSync(temp, target)
  } catch (error) {
    removeQuietly(temp)
    throw new UsageError(`Could not save the report to ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`)
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
