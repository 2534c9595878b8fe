import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCimProcesses } from '../../../src/platform/processes/parse-cim.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/apps/windows/${name}`, import.meta.url), 'utf8')

describe('parseCimProcesses', () => {
  it('reads a real ConvertTo-Json array of Win32_Process (Windows PowerShell 5.1 layout)', () => {
    const list = parseCimProcesses(fixture('cim-terminal64.json'))
    expect(list).toHaveLength(9)
    expect(list?.[7]).toEqual({
      pid: 17676,
      name: 'terminal64.exe',
      path: 'C:\\Program Files\\MetaTrader 5\\terminal64.exe',
      owner: 'unknown',
    })
  })

  it('reads a single process, which ConvertTo-Json writes as an object, with a Store package path', () => {
    expect(parseCimProcesses(fixture('cim-notepad-store-app.json'))).toEqual([
      {
        pid: 16828,
        name: 'Notepad.exe',
        path: 'C:\\Program Files\\WindowsApps\\Microsoft.WindowsNotepad_11.2607.14.0_x64__8wekyb3d8bbwe\\Notepad\\Notepad.exe',
        owner: 'unknown',
      },
    ])
  })

  it('reads our script’s envelope and tells owners apart by session', () => {
    const out =
      '\uFEFF{"currentSession":2,"processes":[{"ProcessId":4,"Name":"System","ExecutablePath":null,"SessionId":0},' +
      '{"ProcessId":7000,"Name":"Telegram.exe","ExecutablePath":"C:\\\\Users\\\\a\\\\AppData\\\\Roaming\\\\Telegram Desktop\\\\Telegram.exe","SessionId":2},' +
      '{"ProcessId":7100,"Name":"ms-teams.exe","ExecutablePath":null,"SessionId":1}]}'
    expect(parseCimProcesses(out)).toEqual([
      { pid: 4, name: 'System', owner: 'system' },
      {
        pid: 7000,
        name: 'Telegram.exe',
        path: 'C:\\Users\\a\\AppData\\Roaming\\Telegram Desktop\\Telegram.exe',
        owner: 'self',
      },
      { pid: 7100, name: 'ms-teams.exe', owner: 'other-user' },
    ])
  })

  it('takes Caption when Name is missing (systeminformation selects Caption)', () => {
    expect(parseCimProcesses('[{"ProcessId":5,"Caption":"AnyDesk.exe"}]')).toEqual([
      { pid: 5, name: 'AnyDesk.exe', owner: 'unknown' },
    ])
  })

  it('refuses text that is not process JSON', () => {
    expect(parseCimProcesses('Get-CimInstance : Access denied')).toBeUndefined()
    expect(parseCimProcesses('"text"')).toBeUndefined()
  })
})
