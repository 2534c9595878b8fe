/**
 * End to end on Linux: fake `ip`, `nmcli` and `iw` programs (shell scripts printing fixture text)
 * come first on PATH — they are the only things on PATH — and the built CLI runs for real.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFakeTools } from '../helpers/fake-linux-tools.js'
import { reportValidator } from '../helpers/report-validator.js'
import { fixture } from '../unit/wifi/fixtures.js'
import { needsLinux, titled } from '../helpers/platform.js'

const BIN = join(import.meta.dirname, '../../bin/session-checkup.js')
const NMCLI_LIST =
  'nmcli -t -f IN-USE,BSSID,SSID,SECURITY,WPA-FLAGS,RSN-FLAGS,FREQ,SIGNAL device wifi list ifname wlp2s0 --rescan no'
const ROUTE_GET = '1.1.1.1 via 192.168.1.1 dev wlp2s0 src 192.168.1.23 uid 1000 \\    cache \n'

const validateReport = reportValidator()

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** One fake program per command name (test/helpers/fake-linux-tools.ts); each answers its known argument lines, else fails. */
function fakeTools(answers: Record<string, string>): string {
  const dir = writeFakeTools(answers)
  dirs.push(dir)
  return dir
}

function runCli(pathDir: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, PATH: pathDir, NO_COLOR: '1', FORCE_COLOR: '' },
    encoding: 'utf8',
    timeout: 20_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const nmAnswers = (list: string) => ({
  'ip -o route get 1.1.1.1': ROUTE_GET,
  'ip -o route show default': 'default via 192.168.1.1 dev wlp2s0 proto dhcp metric 600 \n',
  'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': fixture('linux/nmcli-devices-wifi.txt'),
  'nmcli -t -f WIFI-HW,WIFI radio': 'enabled:enabled\n',
  [NMCLI_LIST]: list,
  'nmcli -t -f GENERAL.METERED,GENERAL.CON-UUID device show wlp2s0':
    'GENERAL.METERED:no (guessed)\nGENERAL.CON-UUID:8c5e0c63-0000-4000-8000-000000000000\n',
  'iw dev': 'phy#0\n\tInterface wlp2s0\n\t\ttype managed\n',
  'iw dev wlp2s0 link': fixture('linux/iw-link-connected.txt'),
})

const linuxOnly = needsLinux(
  'the fake nmcli, iw and ip are shell scripts, and the Linux reader is the one under test',
)
describe.skipIf(linuxOnly)(titled('wifi check end to end on Linux', linuxOnly), () => {
  it('passes a WPA2 network read through nmcli, and keeps the name out of the export', () => {
    const { code, stdout } = runCli(fakeTools(nmAnswers(fixture('linux/nmcli-e2e-wpa2.txt'))), [
      '--json',
      '--only',
      'wifi',
    ])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true)
    const [check] = report.checks
    expect(check).toMatchObject({
      id: 'wifi',
      status: 'pass',
      summary: 'Your Wi-Fi is protected with a password (WPA2).',
      advice: [],
    })
    expect(check.details).toMatchObject({
      link: 'wifi',
      interface: 'wlp2s0',
      security: 'wpa2-personal',
      source: 'nmcli',
      vpn: false,
    })
    expect(check.measurements).toContainEqual({
      id: 'signalDbm',
      label: 'Signal',
      value: -65,
      unit: 'dBm',
      status: 'pass',
    })
    expect(check.measurements).toContainEqual({ id: 'band', label: 'Band', value: '5 GHz' })
    expect(check.identifiers).toBeUndefined()
    expect(stdout).not.toContain('Linksys01777_5GHz')
  })

  it('includes the network name only when asked', () => {
    const { stdout } = runCli(fakeTools(nmAnswers(fixture('linux/nmcli-e2e-wpa2.txt'))), [
      '--json',
      '--only',
      'wifi',
      '--include-identifiers',
    ])
    expect(JSON.parse(stdout).checks[0].identifiers).toEqual({
      networkName: 'Linksys01777_5GHz',
      bssid: '31:23:03:1A:9F:1D',
    })
  })

  it('fails an open network, with exit code 1 and concrete advice', () => {
    const { code, stdout } = runCli(fakeTools(nmAnswers(fixture('linux/nmcli-e2e-open.txt'))), [
      '--json',
      '--only',
      'wifi',
    ])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true)
    const [check] = report.checks
    expect(check.status).toBe('fail')
    expect(check.details.security).toBe('open')
    expect(check.advice[0]).toBe('Join a Wi-Fi network that asks for a password, such as your home network.')
  })

  it('falls back to iw scan dump when NetworkManager is not installed', () => {
    const dir = fakeTools({
      'ip -o route get 1.1.1.1': ROUTE_GET,
      'ip -o route show default': 'default via 192.168.1.1 dev wlp2s0 \n',
      'iw dev': 'phy#0\n\tInterface wlp2s0\n\t\ttype managed\n',
      'iw dev wlp2s0 link': fixture('linux/iw-link-connected.txt'),
      'iw dev wlp2s0 scan dump': fixture('linux/iw-scan-associated-psk.txt'),
    })
    const { code, stdout } = runCli(dir, ['--json', '--only', 'wifi'])
    expect(code).toBe(0)
    const [check] = JSON.parse(stdout).checks
    expect(check).toMatchObject({
      status: 'pass',
      details: { security: 'wpa2-personal', source: 'iw-scan-dump' },
    })
  })

  it('never runs a hostile network name, and prints it cleaned', () => {
    const dir = fakeTools({})
    const marker = join(dir, 'pwned')
    const marker2 = join(dir, 'pwned2')
    // nmcli escapes ':' and '\' in terse mode; everything else arrives as the network broadcast it.
    const name = `$(touch ${marker})\`touch ${marker2}\`\u001b[31mRED\u001b[0m\u202eevil\u001b]0;title\u0007"; rm -rf ~ #`
    const escaped = name.replace(/\\/g, '\\\\').replace(/:/g, '\\:')
    const answers = nmAnswers(
      `*:AA\\:BB\\:CC\\:DD\\:EE\\:FF:${escaped}:WPA2:(none):pair_ccmp group_ccmp psk:2412 MHz:70\n`,
    )
    const tools = fakeTools(answers)
    const json = runCli(tools, ['--json', '--only', 'wifi', '--include-identifiers'])
    const text = runCli(tools, ['--only', 'wifi', '--verbose', '--include-identifiers', '--no-color'])
    expect(existsSync(marker)).toBe(false)
    expect(existsSync(marker2)).toBe(false)
    const check = JSON.parse(json.stdout).checks[0]
    expect(check.status).toBe('pass')
    const shown = check.identifiers.networkName as string
    expect(shown).toContain(`$(touch ${marker})`)
    expect(shown).toContain('RED')

    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    expect(check.summary).not.toContain('touch')

    expect(text.stdout).not.toMatch(/[\u001b\u0007\u202e]/)
    expect(text.stdout).toContain('networkName:')
  })
})
