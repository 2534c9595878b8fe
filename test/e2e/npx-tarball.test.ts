import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportValidator } from '../helpers/report-validator.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

/**
 * npx in an empty folder. `npm ci` caches the dependencies' tarballs but not their registry metadata,
 * which npx needs, so the first run may use `--prefer-offline` (the registry is asked only for what the
 * cache lacks, as on a user's first run); the runs under test use `--offline`, from the cache alone.
 */
function npx(
  dir: string,
  args: string[],
  cache: '--offline' | '--prefer-offline' = '--offline',
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  // Asynchronous on purpose: a blocking spawn of npx (20 s and more on a busy machine) keeps the
  // test worker from answering vitest's runner, which fails the whole run after 60 s.
  return new Promise((resolve) => {
    execFile(
      'npx',
      [cache, '--yes', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true', npm_config_update_notifier: 'false' },
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0
        resolve({ status, stdout, stderr })
      },
    ).stdin?.end()
  })
}

describe('the packed tarball, as a new user runs it (issue 10)', () => {
  let dir = ''
  let tarball = ''
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'session-checkup-npx-'))
    await promisify(execFile)('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root })
    ;[tarball = ''] = readdirSync(dir)
    await npx(dir, [`--package=./${tarball}`, 'session-checkup', '--version'], '--prefer-offline')
  }, 150_000)

  it('is published as session-checkup', () => {
    expect(tarball).toBe(`session-checkup-${version}.tgz`)
  })

  it.each(['session-checkup', 'session-check'])(
    'answers --version under the bin name %s',
    async (bin) => {
      const result = await npx(dir, [`--package=./${tarball}`, bin, '--version'])
      expect(result.stderr).toBe('')
      expect(result.stdout).toBe(`${version}\n`)
      expect(result.status).toBe(0)
    },
    150_000,
  )

  it('runs in an empty folder and prints JSON that validates against the shipped schema', async () => {
    const result = await npx(dir, [`./${tarball}`, '--json', '--offline', '--no-input'])
    expect([0, 1]).toContain(result.status)
    const report = JSON.parse(result.stdout) as { tool: { name: string } }
    expect(reportValidator()(report)).toBe(true)
    expect(report.tool.name).toBe('session-checkup')
    expect(readdirSync(dir)).toEqual([tarball])
  }, 150_000)
})
