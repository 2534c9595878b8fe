import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/main.js'
import { createMemoryIo } from '../../helpers/memory-io.js'
import { fakeChecks } from '../../helpers/fake-checks.js'

const fixedDate = () => new Date('2026-11-24T18:59:00.000Z')

/** A writer that fails as a full disk does, after the file was opened. */
const fullDisk = () => {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 })
}

describe('never lose the report (issue 12)', () => {
  it('a folder nobody may write to (sysfs): the report is printed first, then one plain sentence, exit 2', async () => {
    const io = createMemoryIo()
    const code = await main(['--no-input', '-o', '/sys/r.html'], io, {
      checks: fakeChecks(),
      date: fixedDate,
    })
    expect(code).toBe(2)
    expect(io.stdout.text).toContain("You're ready for your session.")
    expect(io.stderr.text).toBe(
      'session-checkup: Could not save the report to /sys/r.html: there is no permission to write there. To save it, choose a folder of your own, such as your Documents folder, then run the check again. The report is shown above.\n',
    )
    expect(io.stderr.text).not.toMatch(/EACCES|EPERM/)
  })

  it('a full disk (injected writer): report on screen, plain words, no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-check-save-'))
    const io = createMemoryIo()
    const code = await main(['--no-input', '-o', join(dir, 'r.md')], io, {
      checks: fakeChecks(),
      date: fixedDate,
      writeFile: fullDisk,
    })
    expect(code).toBe(2)
    expect(io.stdout.text).toContain("You're ready for your session.")
    expect(io.stderr.text).toBe(
      `session-checkup: Could not save the report to ${join(dir, 'r.md')}: the disk is full. To save it, free some space, or save to another disk, then run the check again. The report is shown above.\n`,
    )
    expect(readdirSync(dir)).toEqual([])
  })

  it('--json still prints its one document on stdout when the save fails; --debug adds the code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-check-save-'))
    const io = createMemoryIo()
    const code = await main(['--json', '--debug', '-o', join(dir, 'r.json')], io, {
      checks: fakeChecks(),
      date: fixedDate,
      writeFile: fullDisk,
    })
    expect(code).toBe(2)
    expect(JSON.parse(io.stdout.text).verdict).toBe('ready')
    expect(io.stderr.text).toMatch(
      /^session-checkup: Could not save the report to .*: the disk is full\. .*\n {2}code: ENOSPC\n/,
    )
  })

  describe('a real full disk: a 4 KB tmpfs mounted for this test', () => {
    const mountPoint = mkdtempSync(join(tmpdir(), 'session-check-tiny-'))
    let mounted = false
    beforeAll(() => {
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4k', 'tmpfs', mountPoint], { stdio: 'ignore' })
        mounted = true
        writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(4096, 1))
      } catch {
        mounted = mounted && existsSync(join(mountPoint, 'filler'))
      }
    })
    afterAll(() => {
      if (mounted) execFileSync('umount', [mountPoint], { stdio: 'ignore' })
    })

    it('says the disk is full, and the report is still on screen', async (ctx) => {
      if (!mounted) return ctx.skip()
      mkdirSync(join(mountPoint, 'reports'), { recursive: true })
      const io = createMemoryIo()
      const code = await main(['--no-input', '-o', join(mountPoint, 'r.html')], io, {
        checks: fakeChecks(),
        date: fixedDate,
      })
      expect(code).toBe(2)
      expect(io.stdout.text).toContain("You're ready for your session.")
      expect(io.stderr.text).toMatch(
        /: the disk is full\. To save it, free some space, or save to another disk, then run the check again\. The report is shown above\.\n$/,
      )
      expect(readdirSync(mountPoint).filter((name) => name.endsWith('.tmp'))).toEqual([])
    })
  })
})
