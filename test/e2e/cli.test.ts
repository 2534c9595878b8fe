import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { binPath, runCli } from '../helpers/spawn-cli.js'
import { reportValidator } from '../helpers/report-validator.js'

const validate = reportValidator()

/** The help as main prints it in this process, to a pipe: commander wraps help to process.stdout's
 * width when it is a terminal, to 80 columns otherwise, as the spawned binary's stdout (a pipe) is. */
async function helpFromMain(argv: string[]): Promise<string> {
  const { main } = await import('../../src/main.js')
  const { createMemoryIo } = await import('../helpers/memory-io.js')
  const io = createMemoryIo()
  const tty = process.stdout.isTTY
  process.stdout.isTTY = false
  try {
    expect(await main(argv, io)).toBe(0)
  } finally {
    process.stdout.isTTY = tty
  }
  return io.stdout.text
}

describe('the built binary', () => {
  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    const { code, stdout, stderr } = await runCli(['--version'])
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
  })

  it('prints help with examples first', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('Examples:')
    expect(stdout).toContain('Exit codes:')
  })

  it.each([['--help'], ['-h']])(
    'answers %s, before the program loads, with exactly what commander prints',
    async (flag) => {
      const built = await runCli([flag])
      expect(built.stdout).toBe(await helpFromMain([flag]))
      expect(built.code).toBe(0)
    },
  )

  it('answers --help in Spanish in a Spanish environment, and with --lang es, every line from the catalogue', async () => {
    const spanish = await helpFromMain(['--lang', 'es', '--help'])
    const early = await runCli(['--help'], { env: { LANG: 'es_MX.UTF-8' } })
    const flagged = await runCli(['--lang', 'es', '--help'])
    expect(early.stdout).toBe(spanish)
    expect(flagged.stdout).toBe(spanish)
    expect(early.stdout.split('\n')[0]).toBe('Ejemplos:')
    for (const heading of ['Uso:', 'Opciones:', 'Comandos:', 'Códigos de salida:', 'muestra esta ayuda'])
      expect(early.stdout).toContain(heading)
    for (const english of ['Usage:', 'Options:', 'Commands:', 'Exit codes:', 'show this help', '(default:'])
      expect(early.stdout).not.toContain(english)
  })

  it("wraps help to 80 columns on a wider terminal (the build's help, answered early) and to a narrower one's width", async () => {
    const { main } = await import('../../src/main.js')
    const { createMemoryIo } = await import('../helpers/memory-io.js')
    const built = await runCli(['--help'])
    const helpOn = async (columns: number): Promise<string> => {
      const io = createMemoryIo({ tty: true })
      io.stdout.columns = columns
      // The terminal as commander would see it by itself, too.
      const saved = { isTTY: process.stdout.isTTY, columns: process.stdout.columns }
      Object.assign(process.stdout, { isTTY: true, columns })
      try {
        expect(await main(['--help'], io)).toBe(0)
      } finally {
        Object.assign(process.stdout, saved)
      }
      return io.stdout.text
    }
    expect(await helpOn(120)).toBe(built.stdout)
    // commander wraps the options and their descriptions (the examples are written as they are).
    const options = (text: string) =>
      text.slice(text.indexOf('\nOptions:'), text.indexOf('\nCommands:')).split('\n')
    expect(Math.max(...options(built.stdout).map((line) => line.length))).toBeGreaterThan(72)
    expect(Math.max(...options(await helpOn(72)).map((line) => line.length))).toBeLessThanOrEqual(72)
  })

  it.each([
    [
      ['--jsn'],
      /^session-checkup: There is no option --jsn\. Did you mean --json\? Run npx session-checkup --help to see the options\.\n$/,
    ],
    [
      ['--session', 'zoom'],
      /^session-checkup: --session must be one of video, audio, text; you gave "zoom"\.\n$/,
    ],
    [
      ['--timeout', 'abc'],
      /^session-checkup: --timeout takes a number of seconds from 1 to 3600; you gave "abc"\.\n$/,
    ],
    [
      ['--only', 'wifi,nope'],
      /^session-checkup: --only: "nope" is not a check; the checks are wifi, connection, apps, devices, protection, checklist, link\.\n$/,
    ],
    [
      ['-o', '/no/such/folder/report.html'],
      /^session-checkup: Cannot save the report to \/no\/such\/folder\/report\.html: the folder \/no\/such\/folder does not exist\.\n$/,
    ],
  ])('rejects %o with one line on stderr and exit 2', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stdout).toBe('')
  })

  it('--json --offline --no-input prints one JSON document that validates against the shipped schema', async () => {
    const { code, stdout, stderr } = await runCli(['--json', '--offline', '--no-input'])
    const report = JSON.parse(stdout)
    expect(validate(report)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual([
      'wifi',
      'connection',
      'apps',
      'devices',
      'protection',
      'checklist',
    ])
    expect([0, 1]).toContain(code)
    expect(code).toBe(report.verdict === 'ready' || report.verdict === 'ready-with-cautions' ? 0 : 1)
    expect(stderr).toBe('')
  })

  it('ships the schema it validates against', () => {
    const shipped = readFileSync(new URL('../../dist/report/report.schema.json', import.meta.url), 'utf8')
    expect(shipped).toBe(
      readFileSync(new URL('../../src/report/report.schema.json', import.meta.url), 'utf8'),
    )
  })

  it('writes each report format atomically with -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-check-e2e-'))
    for (const ext of ['json', 'md', 'html', 'txt']) {
      const { code } = await runCli(['--offline', '--no-input', '--quiet', '-o', join(dir, `report.${ext}`)])
      expect([0, 1]).toContain(code)
    }
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.json', 'report.md', 'report.txt'])
    expect(validate(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')))).toBe(true)
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/)
  })

  it('replaces an existing report only with a complete one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-check-e2e-'))
    const file = join(dir, 'report.json')
    writeFileSync(file, 'old')
    await Promise.all([1, 2].map(() => runCli(['--offline', '--no-input', '--quiet', '-o', file])))
    expect(validate(JSON.parse(readFileSync(file, 'utf8')))).toBe(true)
    expect(readdirSync(dir)).toEqual(['report.json'])
  })

  it.each([
    ['head -c 20', '{\n  "schemaVersion":'],
    ['true', ''],
  ])('does not crash when the reader (%s) closes the pipe early', (reader, expected) => {
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${binPath}" --json --offline --no-input | ${reader}`],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', TZ: 'UTC' },
        timeout: 20_000,
      },
    )
    expect(result.stdout).toBe(expected)
    expect(result.stderr).toBe('')
  })

  it('prints one plain sentence on Node versions that are too old', () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-check-old-node-'))
    writeFileSync(
      join(dir, 'fake-18.mjs'),
      "Object.defineProperty(process.versions, 'node', { value: '18.19.0' })\n",
    )
    const result = spawnSync(process.execPath, ['--import', join(dir, 'fake-18.mjs'), binPath, '--version'], {
      encoding: 'utf8',
    })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'session-checkup needs Node.js 20 or newer; you have 18.x. Get it at nodejs.org.\n',
    )
  })

  it('never prompts without a terminal, even without --no-input', async () => {
    const { code, stdout } = await runCli(['--offline', '--only', 'checklist'], { timeoutMs: 10_000 })
    expect([0, 1]).toContain(code)
    expect(stdout).toContain('Checklist')
  })

  it('uses no colour when piped, and colour with FORCE_COLOR, unless NO_COLOR', async () => {
    const plain = await runCli(['--offline', '--no-input', '--only', 'checklist'])
    expect(plain.stdout).not.toMatch(/\u001b\[/)
    const forced = await runCli(['--offline', '--no-input', '--only', 'checklist'], {
      env: { FORCE_COLOR: '1' },
    })
    expect(forced.stdout).toMatch(/\u001b\[/)
    const both = await runCli(['--offline', '--no-input', '--only', 'checklist'], {
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    })
    expect(both.stdout).not.toMatch(/\u001b\[/)
  })

  it('is a valid package: npm pack lists only what runs', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      cwd: new URL('../..', import.meta.url).pathname,
    })
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path)
    expect(files).toContain('bin/session-checkup.js')
    expect(files).toContain('dist/bundle/start.js')
    expect(files).toContain('dist/types/index.d.ts')
    expect(files).toContain('dist/report/report.schema.json')
    expect(files.filter((f) => /^(src|test)\/|\.map$|\.test\./.test(f))).toEqual([])
    // The program (and the web page) ship bundled: none of the unbundled tree's modules, only its declarations.
    expect(
      files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !/^dist\/(bundle|web)\//.test(f)),
    ).toEqual([])
  })
})
