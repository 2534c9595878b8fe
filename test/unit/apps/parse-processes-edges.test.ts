/**
 * Edges of the process-list readers that surviving mutants showed were untested (issue 15): whose
 * process it is by user name or uid, lines that do not fit, macOS bundle paths, odd Win32_Process
 * JSON, and interpreters running a script. Hand-made inputs; captured outputs are in
 * parse-ps.test.ts, parse-cim.test.ts and parse-proc.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { parseCimProcesses } from '../../../src/platform/processes/parse-cim.js'
import {
  classifyUnixOwner,
  executableFromCmdline,
  isInterpreter,
  parseProcEntry,
  scriptFromCmdline,
} from '../../../src/platform/processes/parse-proc.js'
import { executableFromArgs, parsePsOutput } from '../../../src/platform/processes/parse-ps.js'

describe('ps, by hand', () => {
  const byUser = [
    'USER   PID COMMAND',
    'alice   10 /usr/bin/signal',
    'root    11 /usr/sbin/cupsd -f',
    '_spotlight 12 /usr/libexec/mds',
    'bob     13 telegram --x',
  ].join('\n')

  it('tells owners apart by user name: ours, system accounts, someone else', () => {
    expect(parsePsOutput(byUser, { identity: { user: 'alice' } })).toStrictEqual([
      { pid: 10, name: 'signal', path: '/usr/bin/signal', owner: 'self' },
      { pid: 11, name: 'cupsd', path: '/usr/sbin/cupsd', owner: 'system' },
      { pid: 12, name: 'mds', path: '/usr/libexec/mds', owner: 'system' },
      { pid: 13, name: 'telegram', owner: 'other-user' },
    ])
  })

  it('without knowing who we are, owners are unknown', () => {
    expect(parsePsOutput(byUser).map((p) => p.owner)).toEqual(['unknown', 'unknown', 'unknown', 'unknown'])
  })

  it('a uid column wins, with the first uid given to people as an option', () => {
    const text = [
      '  UID   PID USER CMD',
      '  600    20 carol /usr/bin/zoom',
      '  abc    21 alice /usr/bin/obs',
    ].join('\n')
    expect(parsePsOutput(text, { identity: { uid: 501, user: 'alice' } }).map((p) => p.owner)).toEqual([
      'other-user',
      'self',
    ])
    expect(
      parsePsOutput(text, { identity: { uid: 501, user: 'alice' }, firstHumanUid: 1000 }).map((p) => p.owner),
    ).toEqual(['system', 'self'])
  })

  it('skips lines without a number for PID or without a command, and blank lines', () => {
    const text = ['  PID COMMAND', '', '  abc /usr/bin/x', '   42', '   43   /usr/bin/ok  ', '   '].join('\n')
    expect(parsePsOutput(text)).toStrictEqual([
      { pid: 43, name: 'ok', path: '/usr/bin/ok', owner: 'unknown' },
    ])
  })

  it('finds the header below other lines, reads UCOMM as a path, and honours an explicit choice', () => {
    expect(
      parsePsOutput('note\r\n  PID UCOMM\r\n  5 /Applications/My App.app/Contents/MacOS/My App\r\n'),
    ).toStrictEqual([
      { pid: 5, name: 'My App', path: '/Applications/My App.app/Contents/MacOS/My App', owner: 'unknown' },
    ])
    expect(parsePsOutput('  PID COMM\n  5 /usr/bin/zoom --x\n', { lastColumn: 'args' })[0]?.path).toBe(
      '/usr/bin/zoom',
    )
    expect(parsePsOutput('  PID ARGS\n  5 /usr/bin/zoom --x\n', { lastColumn: 'path' })[0]?.path).toBe(
      '/usr/bin/zoom --x',
    )
  })

  it('COMM and UCOMM hold the whole path, spaces and all; other command columns hold a command line', () => {
    const path = '/opt/My Tools/bin/tool'
    expect(parsePsOutput(`  PID   UID COMM\n  5   501 ${path}\n`)[0]?.path).toBe(path)
    expect(parsePsOutput(`  PID   UID UCOMM\n  5   501 ${path}\n`)[0]?.path).toBe(path)
    expect(parsePsOutput(`  PID   UID COMMAND\n  5   501 ${path}\n`)[0]?.path).toBe('/opt/My')
  })

  it('reads a header with trailing spaces; skips a row too short for its columns, and a bare "/"', () => {
    expect(
      parsePsOutput('  USER   PID COMMAND   \n alice\n bob  7 /\n carol 8 /usr/bin/zoom\n', {
        identity: { user: 'carol' },
      }),
    ).toStrictEqual([{ pid: 8, name: 'zoom', path: '/usr/bin/zoom', owner: 'self' }])
  })

  it('without a user column, knowing our name does not help: owners are unknown', () => {
    expect(
      parsePsOutput('  PID COMMAND\n  5 /usr/bin/zoom\n', { identity: { user: 'alice' } })[0]?.owner,
    ).toBe('unknown')
  })

  it('a uid that is not a whole number is no uid', () => {
    const text = [
      '  UID   PID USER CMD',
      ' 501x    20 alice /usr/bin/zoom',
      ' x501    21 alice /usr/bin/obs',
    ].join('\n')
    expect(parsePsOutput(text, { identity: { uid: 501, user: 'bob' } }).map((p) => p.owner)).toEqual([
      'other-user',
      'other-user',
    ])
  })

  it('a header needs both a PID column and a command column last', () => {
    expect(parsePsOutput('  PID TTY\n  5 ttys000\n')).toEqual([])
    expect(parsePsOutput('  USER COMMAND\n  alice /usr/bin/x\n')).toEqual([])
  })

  it.each([
    ['  /usr/bin/plain  ', '/usr/bin/plain'],
    ['/Applications/Slack.app/Contents/MacOS/Slack', '/Applications/Slack.app/Contents/MacOS/Slack'],
    [
      '/Applications/Slack.app/Contents/MacOS/Slack --enable-crashpad',
      '/Applications/Slack.app/Contents/MacOS/Slack',
    ],
    [
      '/Applications/Slack.app/Contents/MacOS/SlackLauncher -psn_0_1',
      '/Applications/Slack.app/Contents/MacOS/SlackLauncher',
    ],
    [
      '/Applications/Code - Insiders.app/Contents/MacOS/Electron --x',
      '/Applications/Code - Insiders.app/Contents/MacOS/Electron',
    ],
    [
      '/Applications/Tool.app/Contents/Resources/helper tool',
      '/Applications/Tool.app/Contents/Resources/helper tool',
    ],
    [
      '/Applications/Tool.app/Contents/Resources/helper  --x',
      '/Applications/Tool.app/Contents/Resources/helper',
    ],
    ['/A/Ab.app/Contents/Tools/ab c -x', '/A/Ab.app/Contents/Tools/ab c'],
  ])('executable of %j', (args, expected) => {
    expect(executableFromArgs(args)).toBe(expected)
  })
})

describe('Win32_Process JSON, by hand', () => {
  it('keeps only processes with a whole-number id and a name from Name, Caption or the path', () => {
    const json = JSON.stringify([
      { ProcessId: 1.5, Name: 'half.exe' },
      { ProcessId: '7', Name: 'text.exe' },
      { ProcessId: 8, Name: '', ExecutablePath: 'C:\\Tools\\remote.exe' },
      { ProcessId: 9 },
      null,
      'x',
    ])
    expect(parseCimProcesses(json)).toStrictEqual([
      { pid: 8, name: 'remote.exe', path: 'C:\\Tools\\remote.exe', owner: 'unknown' },
    ])
  })

  it('reads one process in the envelope, and owners without a current session', () => {
    expect(parseCimProcesses('{"processes":{"ProcessId":3,"Name":"a.exe","SessionId":1}}')).toStrictEqual([
      { pid: 3, name: 'a.exe', owner: 'unknown' },
    ])
    expect(
      parseCimProcesses('{"currentSession":"1","processes":[{"ProcessId":3,"Name":"a.exe","SessionId":0}]}'),
    ).toStrictEqual([{ pid: 3, name: 'a.exe', owner: 'system' }])
  })

  it('refuses JSON that holds no processes', () => {
    expect(parseCimProcesses('null')).toBeUndefined()
    expect(parseCimProcesses('5')).toBeUndefined()
    expect(parseCimProcesses('{"processes":null}')).toBeUndefined()
    expect(parseCimProcesses('[]')).toEqual([])
  })
})

describe('/proc entries, by hand', () => {
  it('uid classes around the first uid given to people', () => {
    expect(classifyUnixOwner(999, 1000)).toBe('system')
    expect(classifyUnixOwner(1000, 1001)).toBe('other-user')
    expect(classifyUnixOwner(5, undefined)).toBe('unknown')
  })

  it('argv[0] is the first non-empty field; a rewritten title is cut at " -" only when it is one string', () => {
    expect(executableFromCmdline('\0/usr/bin/zoom\0--x')).toBe('/usr/bin/zoom')
    expect(executableFromCmdline('/opt/app/app -x\0--y')).toBe('/opt/app/app -x')
    expect(executableFromCmdline('/opt/a-b/app')).toBe('/opt/a-b/app')
    expect(executableFromCmdline('/opt/my app/app  -x  ')).toBe('/opt/my app/app')
    expect(executableFromCmdline('')).toBe('')
  })

  it.each([
    ['python3.11', true],
    ['perl5.36', true],
    ['node', true],
    ['sh', true],
    ['pythonista', false],
    ['nodejs-helper', false],
    ['xbash', false],
  ])('%s is an interpreter: %s', (name, expected) => {
    expect(isInterpreter(name)).toBe(expected)
  })

  it('the script an interpreter runs, not its options', () => {
    expect(scriptFromCmdline('gjs', 'gjs\0\0/usr/share/app/main.js\0')).toBe('main.js')
    expect(scriptFromCmdline('python3', 'python3\0-m\0http.server')).toBeUndefined()
    expect(scriptFromCmdline('zoom', 'zoom\0/tmp/x')).toBeUndefined()
    expect(scriptFromCmdline('bash', 'bash')).toBeUndefined()
  })

  it('skips entries with no name to show, and keeps a path only when it is absolute', () => {
    expect(parseProcEntry({ pid: 5, exe: '/' }, 1000)).toBeUndefined()
    expect(parseProcEntry({ pid: 6, cmdline: 'kworker\0', uid: 0 }, 1000)).toStrictEqual({
      pid: 6,
      name: 'kworker',
      owner: 'system',
    })
    expect(parseProcEntry({ pid: 7, exe: '', cmdline: '/usr/bin/obs\0' }, 1000)).toStrictEqual({
      pid: 7,
      name: 'obs',
      path: '/usr/bin/obs',
      owner: 'unknown',
    })
    expect(parseProcEntry({ pid: 8, exe: '/usr/bin/app (deleted) x', uid: 1000 }, 1000)?.name).toBe(
      'app (deleted) x',
    )
  })
})
