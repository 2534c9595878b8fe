import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { executableFromArgs, parsePsOutput } from '../../../src/platform/processes/parse-ps.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/apps/macos/${name}`, import.meta.url), 'utf8')

describe('parsePsOutput on real macOS captures', () => {
  it('reads `ps -ef`: pid, uid owner, executable path without arguments', () => {
    const list = parsePsOutput(fixture('ps-ef-fastfetch-984.txt'), { identity: { uid: 501 } })
    expect(list).toHaveLength(12)
    expect(list[0]).toEqual({ pid: 1, name: 'launchd', path: '/sbin/launchd', owner: 'system' })
    expect(list.find((p) => p.pid === 95)).toMatchObject({
      name: 'UserEventAgent',
      path: '/usr/libexec/UserEventAgent',
    })
    expect(list.find((p) => p.pid === 102)).toMatchObject({
      name: 'systemstats',
      path: '/usr/sbin/systemstats',
    })
    expect(list.every((p) => p.owner === 'system')).toBe(true)
  })

  it('reads `ps` without a user column: owners are unknown', () => {
    const list = parsePsOutput(fixture('ps-all-spotio-4.txt'))
    expect(list).toHaveLength(20)
    expect(list.map((p) => p.name)).toContain('launchservicesd')
    expect(list.find((p) => p.pid === 50)).toMatchObject({ name: 'appleeventsd', owner: 'unknown' })
  })

  it('reads `ps aux` lines whose bundle path holds " - " and spaces', () => {
    const lines = fixture('ps-aux-vscode-12144.txt')
      .split('\n')
      .filter((line) => !line.startsWith('#'))
    // grep dropped the header; this is the header macOS prints for `ps aux`.
    const header = 'USER               PID  %CPU %MEM      VSZ    RSS   TT  STAT STARTED      TIME COMMAND'
    const list = parsePsOutput([header, ...lines].join('\n'), { identity: { user: 'gerhard' } })
    expect(list).toEqual([
      {
        pid: 63704,
        name: 'Electron',
        path: '/Applications/Visual Studio Code - Insiders.app/Contents/MacOS/Electron',
        owner: 'self',
      },
      {
        pid: 64122,
        name: 'Code - Insiders Helper',
        path: '/Applications/Visual Studio Code - Insiders.app/Contents/Frameworks/Code - Insiders Helper.app/Contents/MacOS/Code - Insiders Helper',
        owner: 'self',
      },
    ])
  })

  it('reads our own `ps -axww -o pid,uid,comm` shape, where comm is the full path', () => {
    const out = [
      '  PID   UID COMM',
      '  412   501 /Applications/Microsoft Teams.app/Contents/MacOS/MSTeams',
      '   88     0 /usr/libexec/screensharingd',
      '  900   502 /Applications/WhatsApp.app/Contents/MacOS/WhatsApp',
    ].join('\n')
    expect(parsePsOutput(out, { identity: { uid: 501 } })).toEqual([
      {
        pid: 412,
        name: 'MSTeams',
        path: '/Applications/Microsoft Teams.app/Contents/MacOS/MSTeams',
        owner: 'self',
      },
      { pid: 88, name: 'screensharingd', path: '/usr/libexec/screensharingd', owner: 'system' },
      {
        pid: 900,
        name: 'WhatsApp',
        path: '/Applications/WhatsApp.app/Contents/MacOS/WhatsApp',
        owner: 'other-user',
      },
    ])
  })

  it('gives an empty list for output without a header', () => {
    expect(parsePsOutput('')).toEqual([])
    expect(parsePsOutput('ps: illegal option -- w\nusage: ps …')).toEqual([])
  })
})

describe('executableFromArgs', () => {
  it.each([
    ['/Applications/zoom.us.app/Contents/MacOS/zoom.us', '/Applications/zoom.us.app/Contents/MacOS/zoom.us'],
    [
      '/Applications/Slack.app/Contents/Frameworks/Slack Helper (Renderer).app/Contents/MacOS/Slack Helper (Renderer) --type=renderer',
      '/Applications/Slack.app/Contents/Frameworks/Slack Helper (Renderer).app/Contents/MacOS/Slack Helper (Renderer)',
    ],
    [
      '/Applications/TeamViewer.app/Contents/Helpers/TeamViewer_Desktop --IPCport 5939 --Module 1',
      '/Applications/TeamViewer.app/Contents/Helpers/TeamViewer_Desktop',
    ],
    ['/usr/sbin/systemstats --daemon', '/usr/sbin/systemstats'],
    ['/opt/zoom/zoom zoommtg://example.zoom.us/join?action=join', '/opt/zoom/zoom'],
  ])('%s', (args, expected) => {
    expect(executableFromArgs(args)).toBe(expected)
  })
})

describe('parsePsOutput on Linux kernel threads and lstart dates', () => {
  const linux = (name: string): string =>
    readFileSync(new URL(`../../fixtures/apps/linux/${name}`, import.meta.url), 'utf8')

  it('keeps bracketed kernel thread names whole in a real `ps aux` capture', () => {
    const list = parsePsOutput(linux('ps-aux-90daysofdevops.txt'), { identity: { user: 'ubuntu' } })
    expect(list.map((p) => p.name)).toEqual([
      'init',
      'kthreadd',
      'pool_workqueue_release',
      'kworker/R-rcu_gp',
      'kworker/R-sync_wq',
      'kworker/R-kvfree_rcu_reclaim',
      'kworker/R-slub_flushwq',
      'kworker/R-netns',
      'kworker/0:0H-events_highpri',
    ])
    expect(list.at(-1)).toEqual({ pid: 11, name: 'kworker/0:0H-events_highpri', owner: 'system' })
    expect(list[0]).toEqual({ pid: 1, name: 'init', path: '/sbin/init', owner: 'system' })
  })

  it('reads an lstart column of five words without shifting the command (hand-made, Linux `ps -o pid,lstart,args` shape)', () => {
    const out = [
      '    PID                  STARTED COMMAND',
      '      1 Sun Dec  6 01:02:03 2026 /sbin/init splash',
      '    812 Sun Dec  6 01:02:09 2026 /usr/bin/zoom --meeting',
      '      6 Sun Dec  6 01:02:03 2026 [kworker/0:0H-mmc_complete]',
    ].join('\n')
    expect(parsePsOutput(out).map((p) => [p.pid, p.name])).toEqual([
      [1, 'init'],
      [812, 'zoom'],
      [6, 'kworker/0:0H-mmc_complete'],
    ])
  })
})
