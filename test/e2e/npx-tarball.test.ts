import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportValidator } from '../helpers/report-validator.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version

interface Ran {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs a command in the test's folder with an empty npm cache and npm told to stay offline, so
 * nothing here can reach a registry: the package must install and run from its tarball alone.
 * Asynchronous on purpose: a blocking spawn of npm (20 s and more on a busy machine) keeps the
 * test worker from answering vitest's runner.
 */
function run(command: string, args: string[], cwd: string, cache: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          CI: 'true',
          npm_config_cache: cache,
          npm_config_offline: 'true',
          npm_config_update_notifier: 'false',
          npm_config_audit: 'false',
          npm_config_fund: 'false',
        },
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

describe('the packed tarball, as it ships (issues 10 and 24)', () => {
  let work = ''
  let cache = ''
  let app = ''
  let tarball = ''
  const bin = (name = 'session-checkup') => join(app, 'node_modules/.bin', name)

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'session-checkup-tarball-'))
    cache = join(work, 'empty-cache')
    app = join(work, 'app')
    mkdirSync(app)
    // dist/ is built by `pretest`; the tarball is packed from it as `npm publish` would.
    await promisify(execFile)('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: root })
    tarball = readdirSync(work).find((name) => name.endsWith('.tgz')) ?? ''
    const installed = await run('npm', ['install', join(work, tarball)], app, cache)
    expect(installed.stderr).not.toMatch(/ERR!/)
    expect(installed.status).toBe(0)
  }, 150_000)

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('is published as session-checkup', () => {
    expect(tarball).toBe(`session-checkup-${version}.tgz`)
  })

  it('installs alone, offline, with an empty cache: no dependency to fetch', () => {
    const modules = readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))
    expect(modules).toEqual(['session-checkup'])
  })

  it.each(['session-checkup', 'session-check'])('answers --version under the bin name %s', async (name) => {
    const result = await run(bin(name), ['--version'], app, cache)
    expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('answers --help with the examples and the exit codes', async () => {
    const result = await run(bin(), ['--help'], app, cache)
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe('Examples:')
    expect(result.stdout).toContain('Exit codes:')
    expect(result.stderr).toBe('')
  })

  it('runs --json --offline and prints JSON that validates against the shipped schema', async () => {
    const result = await run(bin(), ['--json', '--offline', '--no-input'], app, cache)
    expect([0, 1]).toContain(result.status)
    const report = JSON.parse(result.stdout) as { tool: { name: string; version: string }; checks: unknown[] }
    expect(reportValidator()(report)).toBe(true)
    expect(report.tool).toEqual({ name: 'session-checkup', version })
    expect(report.checks.length).toBeGreaterThan(2)
  }, 60_000)

  it('checks a lookalike meeting link offline (the confusables table travels inside the build)', async () => {
    const result = await run(bin(), ['link', 'https://zооm.us/j/123', '--offline', '--json'], app, cache)
    expect(result.status).toBe(1)
    const check = (JSON.parse(result.stdout) as { checks: { id: string; status: string }[] }).checks[0]
    expect(check).toMatchObject({ id: 'link', status: 'fail' })
  }, 60_000)

  it('validates a checklist file, and names the problem in one a therapist got wrong', async () => {
    const good = join(work, 'good.yaml')
    const bad = join(work, 'bad.yaml')
    writeFileSync(good, readFileSync(join(root, 'test/fixtures/checklist/riverside.yaml')))
    writeFileSync(bad, 'version: 1\nquestions: nope\n')
    const valid = await run(bin(), ['checklist', 'validate', good], app, cache)
    expect(valid.stderr).toBe('')
    expect(valid.status).toBe(0)
    const invalid = await run(bin(), ['checklist', 'validate', bad], app, cache)
    expect(invalid.status).toBe(2)
    expect(invalid.stdout + invalid.stderr).toMatch(/line 2/)
  }, 60_000)

  it('runs through npx from the tarball, offline', async () => {
    const result = await run(
      'npx',
      ['--yes', `--package=${join(work, tarball)}`, 'session-checkup', '--version'],
      app,
      cache,
    )
    expect(result.stdout).toBe(`${version}\n`)
    expect(result.status).toBe(0)
  }, 150_000)

  it('ships the catalogue as code only: its declarations name the keys, not the sentences', async () => {
    const { en } = (await import('../../src/messages/en/index.js')) as { en: Record<string, string> }
    const { es } = (await import('../../src/messages/es/index.js')) as { es: Record<string, string> }
    const declarations = readdirSync(join(app, 'node_modules/session-checkup/dist/types'), {
      recursive: true,
      withFileTypes: true,
    })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
      .join('\n')
    expect(declarations).toMatch(/["']web\.title["']/)
    for (const sentence of [en['web.intro'], es['web.intro'], en['report.counts'], es['report.counts']])
      expect(declarations).not.toContain(sentence)
  })

  it('gives importers its API, its parsers and its schema, with types', async () => {
    const script = join(app, 'use.mjs')
    writeFileSync(
      script,
      [
        "import { renderJson, exitCodeFor, CHECK_IDS, SCHEMA_VERSION, main } from 'session-checkup'",
        "import { parseIwLink, parsePsOutput } from 'session-checkup/parsers'",
        "import schema from 'session-checkup/report.schema.json' with { type: 'json' }",
        "import pkg from 'session-checkup/package.json' with { type: 'json' }",
        'const link = parseIwLink("Connected to 00:11:22:33:44:55 (on wlan0)\\n\\tSSID: Home\\n\\tsignal: -52 dBm\\n")',
        "const ps = parsePsOutput('  PID   UID COMM\\n  101   501 /Applications/zoom.us.app/Contents/MacOS/zoom.us\\n')",
        'console.log(JSON.stringify({ ids: CHECK_IDS, schemaVersion: SCHEMA_VERSION, main: typeof main,',
        '  render: typeof renderJson, exit: typeof exitCodeFor, link, ps, schema: schema.$id ?? schema.title, version: pkg.version }))',
      ].join('\n'),
    )
    const result = await run(process.execPath, [script], app, cache)
    expect(result.stderr).toBe('')
    const out = JSON.parse(result.stdout)
    expect(out).toMatchObject({ main: 'function', render: 'function', exit: 'function', version })
    expect(out.ids).toContain('connection')
    expect(out.schemaVersion).toBeGreaterThan(0)
    expect(out.link).toBeTruthy()
    expect(out.ps.length ?? out.ps.processes?.length).toBeGreaterThan(0)
    expect(out.schema).toBeTruthy()

    // The types resolve through the package's exports, as an importer's TypeScript would see them.
    writeFileSync(
      join(app, 'use.ts'),
      [
        "import { renderJson, type Report, type Check, type CheckContext } from 'session-checkup'",
        "import { parseNmcliWifiList, type WifiSnapshot } from 'session-checkup/parsers'",
        'export const render: (report: Report) => string = renderJson',
        'export const parse: typeof parseNmcliWifiList = parseNmcliWifiList',
        'export type Both = [Check, WifiSnapshot]',
        // A check written outside the package gets its sentences typed: each key, and the values its
        // sentence needs (the shipped catalogue declaration is written by the build, not by tsc).
        'declare const context: CheckContext',
        "export const said: string = context.msg('web.step', { step: 1, total: 3 })",
        '// @ts-expect-error: the sentence needs its step and total',
        "context.msg('web.step')",
        '// @ts-expect-error: the sentence has no {count}',
        "context.msg('web.step', { step: 1, total: 3, count: 2 })",
        '// @ts-expect-error: there is no such sentence',
        "context.msg('web.no-such-sentence')",
      ].join('\n'),
    )
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          // Every declaration shipped is checked, and needs nothing but Node's own types.
          skipLibCheck: false,
          typeRoots: [join(root, 'node_modules/@types')],
          types: ['node'],
        },
        files: ['use.ts'],
      }),
    )
    const tsc = await run(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', app],
      app,
      cache,
    )
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  }, 120_000)
})
