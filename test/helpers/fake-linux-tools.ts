/**
 * Fake Linux commands for end-to-end tests: a fresh folder holding one shell script per command,
 * each answering its known argument lines from files (exit 0) and failing on anything else. The
 * CLI then runs with PATH set to that folder only, so no real system tool is ever asked.
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { binPath } from './spawn-cli.js'

/** "command arg arg…" → what it prints. */
export type Answers = Record<string, string>

/** Quotes text for a POSIX shell script. */
export const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`

/** A script that answers each known argument line by printing its file, then exits with `exitCode`. */
export function answeringScript(
  command: string,
  cases: Array<[args: string, file: string]>,
  exitCode = 0,
): string {
  const branches = cases
    .map(([args, file]) => `  ${shellQuote(args)}) /bin/cat ${shellQuote(file)}; exit ${exitCode} ;;`)
    .join('\n')
  return `#!/bin/sh\ncase "$*" in\n${branches}\n  *) echo "fake ${command}: unexpected $*" >&2; exit 1 ;;\nesac\n`
}

/**
 * Writes the fakes into a new folder and returns it. `override` may replace a command's script
 * (given its answer cases) or return null to leave the command out (missing).
 */
export function writeFakeTools(
  answers: Answers,
  override?: (command: string, cases: Array<[string, string]>, dir: string) => string | null | undefined,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'session-check-fakes-'))
  // node itself, for anything that looks for it on PATH (the CLI is started by its full path).
  symlinkSync(process.execPath, join(dir, 'node'))
  const byCommand = new Map<string, Array<[string, string]>>()
  Object.entries(answers).forEach(([line, output], i) => {
    const [command = '', ...args] = line.split(' ')
    const file = join(dir, `answer-${i}.txt`)
    writeFileSync(file, output)
    byCommand.set(command, [...(byCommand.get(command) ?? []), [args.join(' '), file]])
  })
  for (const [command, cases] of byCommand) {
    const replaced = override?.(command, cases, dir)
    if (replaced === null) continue
    writeFileSync(join(dir, command), replaced ?? answeringScript(command, cases))
    chmodSync(join(dir, command), 0o755)
  }
  return dir
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
  elapsedMs: number
}

/**
 * Runs the built CLI with exactly this environment (PATH included); kills it after `killAfterMs`.
 * `command` replaces the whole command line, for a CLI started through a wrapper such as unshare.
 */
export function runCliWith(
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; killAfterMs?: number; command?: string[] } = {},
): Promise<CliResult> {
  const started = Date.now()
  const [file = process.execPath, ...argv] = options.command ?? [process.execPath, binPath, ...args]
  return new Promise((resolve) => {
    const child = spawn(file, argv, { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    // Far past any deadline: stop it, so one hang fails its own assertion instead of the whole file.
    const guard = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000)
    child.on('close', (code) => {
      clearTimeout(guard)
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        elapsedMs: Date.now() - started,
      })
    })
  })
}

/** Runs the tasks with at most `limit` at a time: CI machines have two cores. */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
