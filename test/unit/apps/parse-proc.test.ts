import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  classifyUnixOwner,
  executableFromCmdline,
  parseProcEntry,
} from '../../../src/platform/processes/parse-proc.js'
import { readProcFs } from '../../../src/platform/processes/read-proc.js'

describe('parseProcEntry', () => {
  it.each([
    [
      'exe link wins over argv[0]',
      { pid: 10, exe: '/opt/Signal/signal-desktop', cmdline: 'signal-desktop\0--no-sandbox\0', uid: 1000 },
      { pid: 10, name: 'signal-desktop', path: '/opt/Signal/signal-desktop', owner: 'self' },
    ],
    [
      'snap path',
      { pid: 11, exe: '/snap/telegram-desktop/6543/usr/bin/telegram-desktop', uid: 1000 },
      {
        pid: 11,
        name: 'telegram-desktop',
        path: '/snap/telegram-desktop/6543/usr/bin/telegram-desktop',
        owner: 'self',
      },
    ],
    [
      'another user: no exe link, argv[0] used',
      { pid: 12, cmdline: '/usr/bin/zoom\0', uid: 1001 },
      { pid: 12, name: 'zoom', path: '/usr/bin/zoom', owner: 'other-user' },
    ],
    [
      'a service account',
      { pid: 13, cmdline: '/opt/teamviewer/tv_bin/teamviewerd\0-d\0', uid: 0 },
      { pid: 13, name: 'teamviewerd', path: '/opt/teamviewer/tv_bin/teamviewerd', owner: 'system' },
    ],
    [
      'a replaced binary',
      { pid: 14, exe: '/usr/bin/anydesk (deleted)', uid: 1000 },
      { pid: 14, name: 'anydesk', path: '/usr/bin/anydesk', owner: 'self' },
    ],
    [
      'a python script',
      { pid: 15, exe: '/usr/bin/python3.12', cmdline: '/usr/bin/python3\0/usr/bin/kazam\0', uid: 1000 },
      { pid: 15, name: 'python3.12', path: '/usr/bin/python3.12', owner: 'self', script: 'kazam' },
    ],
    [
      'an Electron title rewritten into one string',
      { pid: 16, cmdline: '/opt/Signal/signal-desktop --type=zygote --no-zygote-sandbox', uid: 1000 },
      { pid: 16, name: 'signal-desktop', path: '/opt/Signal/signal-desktop', owner: 'self' },
    ],
  ])('%s', (_label, entry, expected) => {
    expect(parseProcEntry(entry, 1000)).toEqual(expected)
  })

  it('skips kernel threads (no exe, empty cmdline)', () => {
    expect(parseProcEntry({ pid: 2, cmdline: '', uid: 0 }, 1000)).toBeUndefined()
    expect(parseProcEntry({ pid: 3 }, 1000)).toBeUndefined()
  })

  it('keeps a shell script’s interpreter options out of the script name', () => {
    expect(
      parseProcEntry(
        { pid: 20, exe: '/usr/bin/bash', cmdline: 'bash\0-c\0whatsapp-backup.sh\0', uid: 1000 },
        1000,
      )?.script,
    ).toBeUndefined()
  })

  it('classifies owners by uid', () => {
    expect(classifyUnixOwner(undefined, 1000)).toBe('unknown')
    expect(classifyUnixOwner(1000, 1000)).toBe('self')
    expect(classifyUnixOwner(999, 1000)).toBe('system')
    expect(classifyUnixOwner(1002, 1000)).toBe('other-user')
  })

  it('cuts the rewritten title at the first " -"', () => {
    expect(executableFromCmdline('/usr/lib/slack/slack --type=renderer')).toBe('/usr/lib/slack/slack')
    expect(executableFromCmdline('/usr/bin/obs\0--startrecording\0')).toBe('/usr/bin/obs')
  })
})

describe('readProcFs', () => {
  const root = mkdtempSync(join(tmpdir(), 'fake-proc-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('reads numeric entries only, with cmdline, exe link and owner', async () => {
    mkdirSync(join(root, '42'))
    writeFileSync(join(root, '42', 'cmdline'), '/usr/bin/obs\0')
    symlinkSync('/usr/bin/obs', join(root, '42', 'exe'))
    mkdirSync(join(root, '43'))
    writeFileSync(join(root, '43', 'cmdline'), '')
    mkdirSync(join(root, 'self'))
    const uid = process.getuid?.() ?? 0
    expect(await readProcFs(uid, root)).toEqual([
      { pid: 42, name: 'obs', path: '/usr/bin/obs', owner: 'self' },
    ])
  })
})
