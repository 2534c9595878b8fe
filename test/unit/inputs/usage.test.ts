import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../../src/main.js'
import { parseAnswers } from '../../../src/checks/checklist/answers.js'
import { knownQuestionIds } from '../../../src/checks/checklist/select-questions.js'
import { createCapturedIo } from '../../support/checklist/fake-io.js'
import { fakeChecks } from '../../helpers/fake-checks.js'
import { english } from '../../helpers/english.js'

const dir = mkdtempSync(join(tmpdir(), 'session-check-usage-'))

async function run(argv: string[]) {
  const io = createCapturedIo(dir)
  let ran = false
  const checks = fakeChecks().map((check) => ({
    ...check,
    run: async (ctx: Parameters<typeof check.run>[0]) => ((ran = true), check.run(ctx)),
  }))
  const code = await main(argv, io, { checks, fetch: () => Promise.reject(new Error('no traffic expected')) })
  return { code, out: io.out(), err: io.err(), ran }
}

describe('usage errors exit 2 everywhere, with one line naming the problem (issue 12)', () => {
  it.each([
    [
      ['checklist', 'validate'],
      'session-checkup: One word is missing at the end of the command: the file|url. Run npx session-checkup --help to see the options.\n',
    ],
    [
      ['checklist', 'frobnicate'],
      'session-checkup: "frobnicate" is not a command of session-checkup. Run npx session-checkup --help to see the options.\n',
    ],
    [
      ['checklist'],
      'session-checkup: "checklist" needs one of: init, validate. Run npx session-checkup checklist --help to see them.\n',
    ],
    [
      ['checklist', 'init', 'a.yaml', 'b.yaml'],
      'session-checkup: There are more words after "init" than it takes; remove the extra ones. Run npx session-checkup --help to see the options.\n',
    ],
    [
      ['serve', '--frob'],
      'session-checkup: There is no option --frob. Run npx session-checkup --help to see the options.\n',
    ],
  ])('%o', async (argv, message) => {
    const { code, out, err } = await run(argv)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toBe(message)
  })

  it('--quiet --verbose is refused before anything runs', async () => {
    const { code, err, ran } = await run(['--quiet', '--verbose', '--no-input'])
    expect(code).toBe(2)
    expect(err).toBe('session-checkup: --quiet and --verbose ask for opposite things; use one of them.\n')
    expect(ran).toBe(false)
  })

  it.each(['notaurl', 'speed test', 'https://'])(
    '--server %s says the address is not valid, not "check that you are connected"',
    async (value) => {
      const { code, err, ran } = await run(['--no-input', '--server', value])
      expect(code).toBe(2)
      expect(err).toBe(
        `session-checkup: --server needs a web address such as https://speed.example.org; "${value}" is not a valid address.\n`,
      )
      expect(ran).toBe(false)
    },
  )

  it.each(['speed.example.org', 'https://intranet/', 'localhost:8787', '127.0.0.1:8787', '[::1]:8787'])(
    '--server %s is accepted',
    async (value) => {
      expect((await run(['--no-input', '--server', value])).code).toBe(0)
    },
  )

  it('--offline with a checklist link exits 2 without any traffic, suggesting a saved file', async () => {
    const { code, err, ran } = await run([
      '--offline',
      '--no-input',
      '--checklist',
      'https://127.0.0.1:9/list.yaml',
    ])
    expect(code).toBe(2)
    expect(err).toBe(
      'session-checkup: --offline means no network traffic at all, so the checklist cannot be fetched from its link; save the checklist file on this computer and give its name to --checklist, or leave out --offline.\n',
    )
    expect(ran).toBe(false)
  })

  it('--offline with a checklist file on this computer is fine', async () => {
    writeFileSync(join(dir, 'list.yaml'), 'practice: Riverside\n')
    expect((await run(['--offline', '--no-input', '--checklist', 'list.yaml'])).code).toBe(0)
  })
})

describe('answers files accept y and n, as the prompt does (issue 12)', () => {
  it('reads y/n/Y/N', () => {
    const { answers, problems } = parseAnswers(
      'private-space: y\nsafe-not-driving: Y\nknow-location: n\nheadphones: N\n',
      knownQuestionIds(undefined, 'en'),
      english,
    )
    expect(problems).toEqual([])
    expect(Object.fromEntries(answers ?? [])).toEqual({
      'private-space': 'yes',
      'safe-not-driving': 'yes',
      'know-location': 'no',
      headphones: 'no',
    })
  })
})
