import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../../src/main.js'
import { createLinkCheck } from '../../../src/checks/link/index.js'
import type { AnyCheck } from '../../../src/checks/types.js'
import { createMemoryIo } from '../../helpers/memory-io.js'
import { fakeChecks } from '../../helpers/fake-checks.js'
import { reportValidator } from '../../helpers/report-validator.js'

const LINK = 'https://zoom.us/j/77712348888?pwd=NE0vT2RkV25SWnBxMC9RRXFUc1F2dz09'
const SECRETS = ['77712348888', 'NE0vT2RkV25SWnBxMC9RRXFUc1F2dz09']

// No test here may reach the network: lookups fail loudly.
const offlineLinkCheck = createLinkCheck({
  resolve: async () => {
    throw new Error('no network in this test')
  },
})

async function run(argv: string[], checks: readonly AnyCheck[] = [offlineLinkCheck], cwd?: string) {
  const io = createMemoryIo(cwd ? { cwd } : {})
  const code = await main(argv, io, {
    checks,
    date: () => new Date('2026-11-29T20:00:00.000Z'),
    fetch: (() => Promise.reject(new Error('no HTTP in this test'))) as typeof fetch,
  })
  return { code, stdout: io.stdout.text, stderr: io.stderr.text }
}

describe('session-checkup link <url>', () => {
  it('runs only the link check and shows the host, never the meeting id or passcode', async () => {
    const { code, stdout, stderr } = await run(['link', LINK, '--offline', '--verbose', '--no-color'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('Meeting link')
    expect(stdout).toContain("zoom.us, Zoom's own address")
    for (const secret of SECRETS) expect(stdout).not.toContain(secret)
  })

  it('--json leaves the link out, and the report validates', async () => {
    const { code, stdout } = await run(['link', LINK, '--offline', '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(reportValidator()(report)).toBe(true)
    expect(report.checks.map((check: { id: string }) => check.id)).toEqual(['link'])
    expect(report.checks[0].details).toMatchObject({ host: 'zoom.us', platform: 'zoom', online: 'offline' })
    for (const secret of SECRETS) expect(stdout).not.toContain(secret)
  })

  it('keeps the link in exports only with --include-identifiers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-checkup-link-'))
    await run(['link', LINK, '--offline', '--no-input', '-o', 'plain.md'], [offlineLinkCheck], dir)
    await run(
      ['link', LINK, '--offline', '--no-input', '--include-identifiers', '-o', 'with.json'],
      [offlineLinkCheck],
      dir,
    )
    const plain = readFileSync(join(dir, 'plain.md'), 'utf8')
    for (const secret of SECRETS) expect(plain).not.toContain(secret)
    const kept = JSON.parse(readFileSync(join(dir, 'with.json'), 'utf8'))
    expect(kept.checks[0].identifiers).toEqual({ meetingLink: LINK })
  })

  it('a lookalike fails with exit 1 and says what to do', async () => {
    const { code, stdout } = await run([
      'link',
      'https://zoom.us.meet-secure.example/j/1',
      '--offline',
      '--no-color',
    ])
    expect(code).toBe(1)
    expect(stdout).toContain("Don't open this link. Ask your therapist to confirm the")
  })

  it.each([
    ['', 'The meeting link is empty'],
    ['   ', 'The meeting link is empty'],
    ['zoom.us/j/1', 'That is not a web link'],
    ['https://', 'That is not a web link'],
    [`https://zoom.us/j/${'1'.repeat(2000)}`, 'longer than 2,000 characters'],
    ['https://zoom.us/j/1\u001b[2J', 'invisible control characters'],
    ['https://zoom.us/j/1\u0085', 'invisible control characters'],
  ])('bad input %j exits 2 with one line and never repeats the link', async (input, words) => {
    const { code, stdout, stderr } = await run(['link', input, '--offline'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain(words)
    if (input.trim().length > 8) expect(stderr).not.toContain(input.trim().slice(8, 30))
  })
})

describe('--link in a full run', () => {
  // Every other built-in check, as a fake; the link check under test is added by each test.
  const others = fakeChecks().filter((check) => check.id !== 'link')

  it('adds the link check, with the id link, after the others', async () => {
    const { stdout } = await run(['--json', '--offline', '--link', LINK], [...others, offlineLinkCheck])
    expect(JSON.parse(stdout).checks.map((check: { id: string }) => check.id)).toEqual([
      'wifi',
      'connection',
      'apps',
      'devices',
      'protection',
      'checklist',
      'link',
    ])
  })

  it('is not run without --link', async () => {
    const { stdout } = await run(['--json', '--offline'], [...others, offlineLinkCheck])
    expect(JSON.parse(stdout).checks.map((check: { id: string }) => check.id)).not.toContain('link')
  })

  it('without --link the link is not "not checked": nothing is missing, and --strict still exits 0', async () => {
    const { code, stdout } = await run(['--json', '--strict'], [...others, offlineLinkCheck])
    const report = JSON.parse(stdout)
    expect(report.unchecked ?? []).toEqual([])
    expect(code).toBe(0)
  })

  it('session-checkup link is about the link only: the other checks are not "not checked"', async () => {
    const { code, stdout } = await run(
      ['link', LINK, '--offline', '--json', '--strict'],
      [...others, offlineLinkCheck],
    )
    expect(JSON.parse(stdout).unchecked ?? []).toEqual([])
    expect(code).toBe(0)
  })

  it('--only link without a link is a usage error', async () => {
    const { code, stderr } = await run(['--only', 'link'], [...others, offlineLinkCheck])
    expect(code).toBe(2)
    expect(stderr).toContain('--only link needs the link to check')
  })

  it('--skip link leaves it out even with --link', async () => {
    const { stdout } = await run(
      ['--json', '--offline', '--skip', 'link', '--link', LINK],
      [...others, offlineLinkCheck],
    )
    expect(JSON.parse(stdout).checks.map((check: { id: string }) => check.id)).not.toContain('link')
  })
})

describe("a practice's meetingHosts", () => {
  const dir = mkdtempSync(join(tmpdir(), 'session-checkup-hosts-'))
  writeFileSync(
    join(dir, 'practice.yaml'),
    'practice: Riverside Counseling\nmeetingHosts: [doxy.me, telehealth.riversidecounseling.org]\n',
  )

  it('makes a link to another platform worth a look', async () => {
    const { code, stdout } = await run(
      ['link', LINK, '--offline', '--checklist', 'practice.yaml', '--json'],
      [offlineLinkCheck],
      dir,
    )
    expect(code).toBe(0)
    const check = JSON.parse(stdout).checks[0]
    expect(check.status).toBe('warn')
    expect(check.summary).toBe(
      "This link goes to Zoom (zoom.us), but your practice's checklist names other platforms for its sessions. The website itself was not contacted (--offline), so its security certificate was not checked.",
    )
    expect(check.advice).toEqual([
      'Before you open it, check with your therapist that they meant to use Zoom this time.',
    ])
  })

  it("passes the practice's own host", async () => {
    const { stdout } = await run(
      [
        'link',
        'https://telehealth.riversidecounseling.org/room/5',
        '--offline',
        '--checklist',
        'practice.yaml',
        '--json',
      ],
      [offlineLinkCheck],
      dir,
    )
    const check = JSON.parse(stdout).checks[0]
    expect(check.status).toBe('pass')
    expect(check.summary).toContain('an address your practice lists for its sessions')
  })

  it('uses the checklist that the checklist check read in a full run', async () => {
    const { stdout } = await run(
      [
        '--json',
        '--offline',
        '--no-input',
        '--checklist',
        'practice.yaml',
        '--link',
        'https://doxy.me/drsmith',
      ],
      [
        ...fakeChecks().filter((check) => check.id !== 'checklist' && check.id !== 'link'),
        (await import('../../../src/checks/checklist/index.js')).checklistCheck,
        offlineLinkCheck,
      ],
      dir,
    )
    const link = JSON.parse(stdout).checks.find((check: { id: string }) => check.id === 'link')
    expect(link.status).toBe('pass')
    expect(link.details.practiceHost).toBe(true)
  })
})
