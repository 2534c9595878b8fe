import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { binPath } from '../helpers/spawn-cli.js'
import { reportValidator } from '../helpers/report-validator.js'

interface Interrupted {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  msAfterSignal: number
}

/** Starts the CLI, sends SIGINT after `delayMs` (twice if asked), and reports how it ended. */
function interruptAfter(args: string[], delayMs: number, options: { twice?: boolean; cwd?: string } = {}): Promise<Interrupted> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', TZ: 'UTC' } })
    let stderr = ''
    let sentAt = 0
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.resume()
    setTimeout(() => {
      sentAt = performance.now()
      child.kill('SIGINT')
      if (options.twice) setTimeout(() => child.kill('SIGINT'), 20)
    }, delayMs)
    child.on('close', (code, signal) => resolve({ code, signal, stderr, msAfterSignal: sentAt ? performance.now() - sentAt : 0 }))
  })
}

/** 130, whether the tool exited with it or Node's default handler ended the process by SIGINT before ours was set. */
const exitCodeOf = (run: Interrupted) => run.code ?? (run.signal === 'SIGINT' ? 130 : -1)

describe('Ctrl-C', () => {
  it('at any moment of a run with -o leaves either no report or a complete one, never a partial or temporary file', async () => {
    const validate = reportValidator()
    const dir = mkdtempSync(join(tmpdir(), 'session-check-sigint-'))
    for (const delayMs of [5, 30, 60, 80, 90, 100, 110, 120, 140, 170, 200]) {
      const file = join(dir, `report-${delayMs}.json`)
      const run = await interruptAfter(['--offline', '--no-input', '--quiet', '-o', file], delayMs)
      expect([0, 1, 130]).toContain(exitCodeOf(run))
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
      const files = readdirSync(dir)
      expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([])
      if (files.includes(`report-${delayMs}.json`)) expect(validate(JSON.parse(readFileSync(file, 'utf8')))).toBe(true)
      else expect(exitCodeOf(run)).toBe(130)
    }
  })
})
