import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { reportValidator } from '../helpers/report-validator.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('the packed tarball', () => {
  it('runs through npx in an empty folder and prints JSON that validates against the shipped schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-check-npx-'))
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root, stdio: 'ignore' })
    const [tarball] = readdirSync(dir)
    // --offline: npm takes the dependencies from its cache (filled by npm ci), so no network is used.
    const result = spawnSync('npx', ['--offline', '--yes', `./${tarball}`, '--json', '--offline', '--no-input'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 120_000,
    })
    expect([0, 1]).toContain(result.status)
    const stdout = result.stdout
    const validate = reportValidator()
    expect(validate(JSON.parse(stdout))).toBe(true)
    expect(readdirSync(dir)).toEqual([tarball])
  }, 150_000)
})
