import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/main.js'
import type { Check } from '../../src/checks/types.js'
import { createMemoryIo } from '../helpers/memory-io.js'
import { fakeChecks, fixedCheck } from '../helpers/fake-checks.js'
import { reportValidator } from '../helpers/report-validator.js'
import { needsLinux, titled } from '../helpers/platform.js'

const fixedDate = () => new Date('2026-11-24T18:59:00.000Z')
const tempDir = () => mkdtempSync(join(tmpdir(), 'session-check-main-'))

async function runMain(argv: string[], checks: Check[] = fakeChecks(), io = createMemoryIo()) {
  const code = await main(argv, io, { checks, date: fixedDate })
  return { code, stdout: io.stdout.text, stderr: io.stderr.text, io }
}

describe('main', () => {
  it('prints the terminal report and exits 0 when everything passes', async () => {
    const { code, stdout, stderr } = await runMain(['--no-input'])
    expect(code).toBe(0)
    expect(stdout).toContain("✔ You're ready for your session.")
    expect(stderr).toBe('')
  })

  it('--json prints exactly one JSON document that validates against the schema', async () => {
    const { code, stdout, stderr } = await runMain(
      ['--json'],
      fakeChecks({ apps: { status: 'warn', summary: 'x', advice: ['y'] } }),
    )
    const validate = reportValidator()
    const report = JSON.parse(stdout)
    expect(validate(report)).toBe(true)
    expect(report).toMatchObject({
      verdict: 'ready-with-cautions',
      session: 'video',
      identifiersIncluded: false,
    })
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })

  it.each([
    [['--no-input'], { apps: { status: 'fail' as const } }, 1],
    [['--no-input'], { apps: { status: 'error' as const } }, 1],
    [['--no-input'], { apps: { status: 'warn' as const } }, 0],
    [['--no-input', '--strict'], { apps: { status: 'warn' as const } }, 1],
    [['--no-input', '--strict'], { checklist: { status: 'skip' as const } }, 1],
    [['--no-input'], { checklist: { status: 'skip' as const } }, 0],
  ])('%o with %o exits %i', async (argv, overrides, expected) => {
    expect((await runMain(argv, fakeChecks(overrides))).code).toBe(expected)
  })

  it('runs only the checks asked for', async () => {
    const { stdout } = await runMain(['--json', '--only', 'wifi,apps'])
    expect(JSON.parse(stdout).checks.map((c: { id: string }) => c.id)).toEqual(['wifi', 'apps'])
  })

  it('passes the session type to the checks', async () => {
    const seen: string[] = []
    const spy: Check = {
      ...fixedCheck('wifi'),
      run: async (ctx) => {
        seen.push(ctx.options.session)
        return { status: 'pass', summary: 'ok', advice: [] }
      },
    }
    await runMain(['--json', '--session', 'text'], [spy])
    expect(seen).toEqual(['text'])
  })

  it.each([
    [
      'an unknown flag, with a suggestion',
      ['--jsn'],
      'session-checkup: There is no option --jsn. Did you mean --json? Run npx session-checkup --help to see the options.\n',
    ],
    [
      'a bad session',
      ['--session', 'zoom'],
      'session-checkup: --session must be one of video, audio, text; you gave "zoom".\n',
    ],
    [
      'a bad timeout',
      ['--timeout', 'x'],
      'session-checkup: --timeout takes a number of seconds from 1 to 3600; you gave "x".\n',
    ],
    [
      'an unknown check',
      ['--only', 'speed'],
      'session-checkup: --only: "speed" is not a check; the checks are wifi, connection, apps, devices, protection, checklist, link.\n',
    ],
    [
      'an extra argument',
      ['now'],
      'session-checkup: "now" is not a command of session-checkup. Run npx session-checkup --help to see the options.\n',
    ],
    [
      'a missing value',
      ['--session'],
      'session-checkup: --session needs a value after it. Run npx session-checkup --help to see the options.\n',
    ],
  ])('rejects %s with one line and exit 2', async (_name, argv, message) => {
    let ran = false
    const spy: Check = {
      ...fixedCheck('wifi'),
      run: async () => {
        ran = true
        return { status: 'pass', summary: 'ok', advice: [] }
      },
    }
    const { code, stdout, stderr } = await runMain(argv, [spy])
    expect(code).toBe(2)
    expect(stderr).toBe(message)
    expect(stdout).toBe('')
    expect(ran).toBe(false)
  })

  it('prints help with the examples first and the exit codes', async () => {
    const { code, stdout } = await runMain(['--help'])
    expect(code).toBe(0)
    expect(stdout.startsWith('Examples:\n  $ npx session-checkup ')).toBe(true)
    expect(stdout).toContain('Usage: session-checkup [options] [command]')
    expect(stdout).toContain('130  interrupted (Ctrl-C)')
    for (const flag of [
      '--session',
      '--only',
      '--skip',
      '--json',
      '--output',
      '--no-input',
      '--offline',
      '--timeout',
      '--strict',
      '--include-identifiers',
      '--verbose',
      '--debug',
      '--quiet',
      '--no-color',
      '--version',
      '--help',
    ]) {
      expect(stdout).toContain(flag)
    }
  })

  it('prints the version', async () => {
    const { code, stdout } = await runMain(['--version'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  describe('-o', () => {
    const withIdentifiers = fakeChecks({ wifi: { identifiers: { networkName: 'MARKER-SSID-42' } } })

    it.each(['json', 'md', 'html', 'txt'])(
      'writes a .%s report without identifiers, and leaves no temporary file',
      async (ext) => {
        const dir = tempDir()
        const { code, stderr } = await runMain(
          ['--no-input', '-o', join(dir, `report.${ext}`)],
          withIdentifiers,
        )
        expect(code).toBe(0)
        expect(readdirSync(dir)).toEqual([`report.${ext}`])
        const text = readFileSync(join(dir, `report.${ext}`), 'utf8')
        expect(text).not.toContain('MARKER-SSID-42')
        expect(text).toMatch(/ready/i)
        expect(stderr).toBe(`Saved the report to ${join(dir, `report.${ext}`)}.\n`)
      },
    )

    it('keeps identifiers with --include-identifiers', async () => {
      const dir = tempDir()
      await runMain(['--no-input', '--include-identifiers', '-o', join(dir, 'r.json')], withIdentifiers)
      const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))
      expect(report.identifiersIncluded).toBe(true)
      expect(report.checks[0].identifiers).toEqual({ networkName: 'MARKER-SSID-42' })
    })

    it('leaves identifiers out of --json on stdout too', async () => {
      const { stdout } = await runMain(['--json'], withIdentifiers)
      expect(stdout).not.toContain('MARKER-SSID-42')
    })

    it('refuses a folder that does not exist before running anything', async () => {
      let ran = false
      const spy: Check = {
        ...fixedCheck('wifi'),
        run: async () => {
          ran = true
          return { status: 'pass', summary: 'ok', advice: [] }
        },
      }
      const { code, stderr } = await runMain(['--no-input', '-o', '/nonexistent-folder/r.json'], [spy])
      expect(code).toBe(2)
      expect(stderr).toBe(
        'session-checkup: Cannot save the report to /nonexistent-folder/r.json: the folder /nonexistent-folder does not exist.\n',
      )
      expect(ran).toBe(false)
    })

    it('refuses a folder as the file', async () => {
      const dir = tempDir()
      mkdirSync(join(dir, 'x.json'))
      const { code, stderr } = await runMain(['--no-input', '-o', join(dir, 'x.json')], [fixedCheck('wifi')])
      expect(code).toBe(2)
      expect(stderr).toBe(
        `session-checkup: Cannot save the report to ${join(dir, 'x.json')}: that is a folder.\n`,
      )
    })

    const linuxOnly = needsLinux('/proc/self is a folder nobody can write to, even root')
    it.skipIf(linuxOnly)(titled('refuses a folder it cannot write to', linuxOnly), async () => {
      // /proc/self refuses writes even to root, so this holds for every user.
      const { code, stderr } = await runMain(['--no-input', '-o', '/proc/self/r.json'], [fixedCheck('wifi')])
      expect(code).toBe(2)
      expect(stderr).toBe(
        'session-checkup: Cannot save the report to /proc/self/r.json: the folder /proc/self cannot be written to.\n',
      )
    })
  })

  it('exits 130 on Ctrl-C while a check runs, and writes no report', async () => {
    const dir = tempDir()
    const io = createMemoryIo()
    // Ctrl-C once the check runs (not after a guessed delay, which a busy machine overruns).
    let started!: () => void
    const running = new Promise<void>((r) => (started = r))
    const hang: Check = {
      ...fixedCheck('connection'),
      run: (ctx) =>
        new Promise((_, reject) => {
          ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))
          started()
        }),
    }
    const pending = main(['--no-input', '-o', join(dir, 'r.json')], io, { checks: [hang] })
    await running
    io.interrupt()
    expect(await pending).toBe(130)
    expect(io.stderr.text).toBe('\nStopped. Nothing was saved.\n')
    expect(io.stdout.text).toBe('')
    expect(existsSync(join(dir, 'r.json'))).toBe(false)
  })

  it('leaves at once on Ctrl-C, even when a check ignores the abort, and says nothing after "Stopped."', async () => {
    const io = createMemoryIo()
    let started!: () => void
    const running = new Promise<void>((r) => (started = r))
    const deaf: Check = {
      ...fixedCheck('connection'),
      run: () => {
        started()
        return new Promise(() => {})
      },
    }
    void main(['--no-input'], io, { checks: [deaf] })
    await running
    io.interrupt()
    expect(io.exits).toEqual([130])
    expect(io.stderr.text).toBe('\nStopped. Nothing was saved.\n')
    expect(io.stdout.text).toBe('')
  })

  it('a second Ctrl-C also exits 130, and "Stopped." is said once', async () => {
    const io = createMemoryIo()
    let started!: () => void
    const running = new Promise<void>((r) => (started = r))
    const hang: Check = {
      ...fixedCheck('connection'),
      run: (ctx) =>
        new Promise((_, reject) => {
          ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))
          started()
        }),
    }
    const pending = main(['--no-input'], io, { checks: [hang] })
    await running
    io.interrupt()
    expect(await pending).toBe(130)
    io.interrupt()
    expect(io.exits).toEqual([130, 130])
    expect(io.stderr.text).toBe('\nStopped. Nothing was saved.\n')
  })

  // In the first half-second a Ctrl-C came while the run was still starting: it said "Stopped.",
  // then went on to draw the header and the spinner (issue 22). The run now goes no further.
  it('a Ctrl-C while the run prepares stops it there: no header, no question, nothing after "Stopped."', async () => {
    const io = createMemoryIo({ tty: true })
    let asked = 0
    const slowPrepare: Check = {
      ...fixedCheck('checklist'),
      prepare: async () => {
        io.interrupt()
        return undefined
      },
      run: async (ctx) => {
        asked++
        return fixedCheck('checklist').run(ctx)
      },
    }
    const code = await main(['--only', 'checklist'], io, { checks: [slowPrepare] })
    expect(code).toBe(130)
    expect(io.exits).toEqual([130])
    expect(asked).toBe(0)
    expect(io.stdout.text).toBe('')

    expect(io.stderr.text.replace(/\u001b\[\?25h/g, '')).toBe('\nStopped. Nothing was saved.\n')
    // The cursor is shown again, last of all but the sentence.
    expect(io.stderr.text).toContain('\u001b[?25h\nStopped.')
  })

  it('reports an unexpected internal error in one line and exits 2', async () => {
    const io = createMemoryIo()
    const code = await main(['--no-input'], io, {
      checks: [fixedCheck('wifi')],
      date: () => {
        throw new Error('clock broke')
      },
    })
    expect(code).toBe(2)
    expect(io.stderr.text).toBe(
      'session-checkup ran into a problem it did not expect: clock broke. Please run it again; --debug shows details.\n',
    )
  })
})
