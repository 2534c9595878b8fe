import { describe, expect, it } from 'vitest'
import { appCatalogue } from '../../../src/checks/apps/catalogue.js'
import { findApps } from '../../../src/checks/apps/match.js'
import type { ProcessInfo } from '../../../src/platform/processes/index.js'

function proc(name: string, path?: string, owner: ProcessInfo['owner'] = 'self', pid = 100): ProcessInfo {
  return { pid, name, ...(path ? { path } : {}), owner }
}

const ids = (platform: NodeJS.Platform, processes: ProcessInfo[]): string[] =>
  findApps(processes, platform, appCatalogue).map((f) => f.id)

describe('matching processes to the catalogue', () => {
  it.each<[string, NodeJS.Platform, ProcessInfo, string | undefined]>([
    // Linux: executable names, snap and flatpak paths.
    ['linux telegram-desktop', 'linux', proc('telegram-desktop', '/usr/bin/telegram-desktop'), 'telegram'],
    ['linux Telegram tarball', 'linux', proc('Telegram', '/opt/Telegram/Telegram'), 'telegram'],
    [
      'linux snap path with another binary name',
      'linux',
      proc('desktop-launch', '/snap/telegram-desktop/6543/bin/desktop-launch'),
      'telegram',
    ],
    [
      'linux flatpak host path',
      'linux',
      proc('signal', '/var/lib/flatpak/app/org.signal.Signal/x86_64/stable/abc/files/bin/signal'),
      'signal',
    ],
    ['linux case-insensitive', 'linux', proc('SLACK', '/usr/lib/slack/SLACK'), 'slack'],
    ['linux python script', 'linux', { ...proc('python3', '/usr/bin/python3'), script: 'kazam' }, 'kazam'],
    // Decoys must not match anything.
    ['decoy signald', 'linux', proc('signald', '/usr/bin/signald'), undefined],
    ['decoy telegraf', 'linux', proc('telegraf', '/usr/bin/telegraf'), undefined],
    [
      'decoy whatsapp-backup.sh',
      'linux',
      proc('whatsapp-backup.sh', '/home/a/whatsapp-backup.sh'),
      undefined,
    ],
    ['decoy zoomer', 'linux', proc('zoomer', '/usr/local/bin/zoomer'), undefined],
    ['decoy teams-notes', 'linux', proc('teams-notes', '/usr/local/bin/teams-notes'), undefined],
    ['decoy signald on macOS', 'darwin', proc('signald', '/usr/local/bin/signald'), undefined],
    ['decoy zoomer.exe on Windows', 'win32', proc('zoomer.exe', 'C:\\Tools\\zoomer.exe'), undefined],
    [
      'decoy telegraf.exe on Windows',
      'win32',
      proc('telegraf.exe', 'C:\\Program Files\\Telegraf\\telegraf.exe'),
      undefined,
    ],
    [
      'a snap that only starts with a catalogue name',
      'linux',
      proc('x', '/snap/telegram-desktop-beta/1/x'),
      undefined,
    ],
    // macOS: names and bundle paths; helpers fold into their app.
    ['macOS zoom.us', 'darwin', proc('zoom.us', '/Applications/zoom.us.app/Contents/MacOS/zoom.us'), 'zoom'],
    [
      'macOS Slack helper',
      'darwin',
      proc(
        'Slack Helper (Renderer)',
        '/Applications/Slack.app/Contents/Frameworks/Slack Helper (Renderer).app/Contents/MacOS/Slack Helper (Renderer)',
      ),
      'slack',
    ],
    [
      'macOS Teams by bundle',
      'darwin',
      proc('MSTeams', '/Applications/Microsoft Teams.app/Contents/MacOS/MSTeams'),
      'teams',
    ],
    [
      'macOS bundle nested in another app is not that app',
      'darwin',
      proc('x', '/Applications/Other.app/Contents/Resources/Slack.app/Contents/MacOS/x'),
      undefined,
    ],
    // Windows: names with .exe and Store package folders.
    [
      'Windows WhatsApp Store path',
      'win32',
      proc(
        'WhatsApp.exe',
        'C:\\Program Files\\WindowsApps\\5319275A.WhatsAppDesktop_2.2524.4.0_x64__cv1g1gvanyjgm\\WhatsApp.exe',
      ),
      'whatsapp',
    ],
    [
      'Windows Store package, other exe name',
      'win32',
      proc(
        'msedgewebview2.exe',
        'C:\\Program Files\\WindowsApps\\MSTeams_25122.1415.3698.6812_x64__8wekyb3d8bbwe\\msedgewebview2.exe',
      ),
      'teams',
    ],
    [
      'Windows anydesk upper case',
      'win32',
      proc('ANYDESK.EXE', 'C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe'),
      'anydesk',
    ],
    ['Windows name without path', 'win32', proc('obs64.exe'), 'obs'],
    ['Linux names do not apply on Windows', 'win32', proc('telegram-desktop'), undefined],
  ])('%s', (_label, platform, process, expected) => {
    expect(ids(platform, [process])).toEqual(expected ? [expected] : [])
  })

  it('folds an app’s helpers into one finding and counts them', () => {
    const found = findApps(
      [
        proc('Signal', '/Applications/Signal.app/Contents/MacOS/Signal', 'self', 1),
        proc(
          'Signal Helper (GPU)',
          '/Applications/Signal.app/Contents/Frameworks/Signal Helper (GPU).app/Contents/MacOS/Signal Helper (GPU)',
          'self',
          2,
        ),
        proc(
          'Signal Helper (Renderer)',
          '/Applications/Signal.app/Contents/Frameworks/Signal Helper (Renderer).app/Contents/MacOS/Signal Helper (Renderer)',
          'self',
          3,
        ),
      ],
      'darwin',
      appCatalogue,
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      id: 'signal',
      processCount: 3,
      owners: ['self'],
      isActiveSession: false,
    })
  })

  it('marks a remote-access session process as a live session', () => {
    const found = findApps(
      [
        proc(
          'TeamViewer_Service',
          '/Applications/TeamViewer.app/Contents/MacOS/TeamViewer_Service',
          'system',
          1,
        ),
        proc(
          'TeamViewer_Desktop',
          '/Applications/TeamViewer.app/Contents/Helpers/TeamViewer_Desktop',
          'self',
          2,
        ),
      ],
      'darwin',
      appCatalogue,
    )
    expect(found).toMatchObject([
      { id: 'teamviewer', isActiveSession: true, owners: ['system', 'self'], processCount: 2 },
    ])
    expect(
      ids('darwin', [
        proc(
          'screensharingd',
          '/System/Library/CoreServices/RemoteManagement/screensharingd.bundle/Contents/MacOS/screensharingd',
          'system',
        ),
      ]),
    ).toEqual(['apple-screen-sharing'])
    expect(findApps([proc('remoting_desktop.exe')], 'win32', appCatalogue)[0]?.isActiveSession).toBe(true)
    expect(findApps([proc('remoting_host.exe')], 'win32', appCatalogue)[0]?.isActiveSession).toBe(false)
  })

  it('returns nothing on an OS the catalogue does not cover', () => {
    expect(ids('aix', [proc('zoom')])).toEqual([])
  })
})

describe('the catalogue', () => {
  it('has unique ids, a source, a reason and advice for every entry', () => {
    const seen = new Set<string>()
    for (const entry of appCatalogue) {
      expect(seen.has(entry.id), entry.id).toBe(false)
      seen.add(entry.id)
      expect(entry.sources.length, entry.id).toBeGreaterThan(0)
      expect(entry.why.endsWith('.'), entry.id).toBe(true)
      expect(entry.whatToDo.length, entry.id).toBeGreaterThan(10)
      expect(Object.keys(entry.processes).length, entry.id).toBeGreaterThan(0)
    }
  })

  it('names each executable for one app only on each OS', () => {
    for (const os of ['windows', 'macos', 'linux'] as const) {
      const owner = new Map<string, string>()
      for (const entry of appCatalogue) {
        const m = entry.processes[os]
        for (const name of [...(m?.names ?? []), ...(m?.sessionNames ?? [])]) {
          const key = name.toLowerCase()
          expect(owner.get(key) ?? entry.id, `${os} ${name}`).toBe(entry.id)
          owner.set(key, entry.id)
        }
      }
    }
  })
})
