/**
 * Issue 7, point 2 (hostile names are harmless) and point 7, third bullet (exports hold no
 * identifying details unless asked). Network names come from fake `nmcli` and `iw` programs
 * (the only programs on PATH); process names from real processes: copies of /bin/sleep under
 * hostile-but-legal file names, one started with a 10 KB hostile argv[0]. The built CLI then
 * writes every format: terminal (plain and coloured), JSON on stdout, and -o .json/.md/.html/.txt.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { hostname, tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  inPool,
  runCliWith,
  writeFakeTools,
  type Answers,
  type CliResult,
} from '../helpers/fake-linux-tools.js'
import { reportValidator } from '../helpers/report-validator.js'
import { fixture } from '../unit/wifi/fixtures.js'
import { needsLinux, titled } from '../helpers/platform.js'

const ESC = '\u001b'
const BEL = '\u0007'
const root = mkdtempSync(join(tmpdir(), 'session-check-names-'))
/** Files a shell would create if it ever ran one of the names. */
const markers = [
  'nm-dollar',
  'nm-backtick',
  'iw-dollar',
  'iw-backtick',
  'proc-dollar',
  'proc-backtick',
  'argv-dollar',
  'iface-dollar',
].map((name) => join(root, `pwned-${name}`))
const [nmDollar, nmBacktick, iwDollar, iwBacktick, procDollar, procBacktick, argvDollar, ifaceDollar] =
  markers as [string, string, string, string, string, string, string, string]

/** Everything the issue lists, in one name: CSI (clear screen, cursor moves), OSC 8 link, OSC 0 title, other C0 and C1 controls, RTL override, HTML, Markdown links, shell. */
function hostileName(dollarMarker: string, backtickMarker: string): string {
  return [
    'Home',
    `${ESC}[2J${ESC}[H${ESC}[5;10H${ESC}[31m`,
    `${ESC}]8;;https://evil.example/${ESC}\\click-me${ESC}]8;;${ESC}\\`,
    `${ESC}]0;pwned-title${BEL}`,
    '\u0001\u0008\u007f\r\u0085\u009b2J\u009d0;c1-title\u009c',
    '\u202eevil',
    '<script>alert(1)</script><b>bold</b>',
    '[link](https://evil.example/) <https://evil.example/>',
    `$(touch ${dollarMarker}) \`touch ${backtickMarker}\``,
  ].join('')
}
const LONG_NAME = `${'A'.repeat(10 * 1024)}-TAIL`

const NMCLI_LIST =
  'nmcli -t -f IN-USE,BSSID,SSID,SECURITY,WPA-FLAGS,RSN-FLAGS,FREQ,SIGNAL device wifi list ifname wlp2s0 --rescan no'
/** nmcli's terse mode escapes ':' and '\' and prints everything else as broadcast. */
const nmTerse = (text: string): string => text.replace(/\\/g, '\\\\').replace(/:/g, '\\:')

function nmcliAnswers(ssid: string, bssid = '31:23:03:1A:9F:1D'): Answers {
  return {
    'ip -o route get 1.1.1.1': '1.1.1.1 via 192.168.1.1 dev wlp2s0 src 192.168.1.23 uid 1000 \\    cache \n',
    'ip -o route show default': 'default via 192.168.1.1 dev wlp2s0 proto dhcp metric 600 \n',
    'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': `wlp2s0:wifi:connected:${nmTerse(ssid)}\nlo:loopback:unmanaged:\n`,
    'nmcli -t -f WIFI-HW,WIFI radio': 'enabled:enabled\n',
    [NMCLI_LIST]: `*:${nmTerse(bssid)}:${nmTerse(ssid)}:WPA2:(none):pair_ccmp group_ccmp psk:5180 MHz:75\n`,
    'nmcli -t -f GENERAL.METERED,GENERAL.CON-UUID device show wlp2s0':
      'GENERAL.METERED:no (guessed)\nGENERAL.CON-UUID:8c5e0c63-0000-4000-8000-000000000000\n',
    'iw dev': 'phy#0\n\tInterface wlp2s0\n\t\ttype managed\n',
    'iw dev wlp2s0 link': fixture('linux/iw-link-connected.txt')
      .replace('f0:99:bf:0e:86:98', bssid.toLowerCase())
      .replace('knowhere', ssid),
  }
}

/** No NetworkManager: the name comes from `iw`'s scan dump (a fake may print it raw). */
function iwAnswers(ssid: string): Answers {
  return {
    'ip -o route get 1.1.1.1': '1.1.1.1 via 192.168.1.1 dev wlp2s0 src 192.168.1.23 uid 1000 \\    cache \n',
    'ip -o route show default': 'default via 192.168.1.1 dev wlp2s0 \n',
    'iw dev': 'phy#0\n\tInterface wlp2s0\n\t\ttype managed\n',
    'iw dev wlp2s0 link': fixture('linux/iw-link-connected.txt').replace('knowhere', ssid),
    'iw dev wlp2s0 scan dump': fixture('linux/iw-scan-associated-psk.txt').replace(
      /^(\s*SSID: ).*$/m,
      `$1${ssid}`,
    ),
  }
}

/**
 * An interface name `ip` prints with no space in it, so it survives the parser and is passed on
 * as an argument to nmcli and iw (always in an argument array, never through a shell).
 */
const HOSTILE_IFACE = `$(touch\${IFS}${ifaceDollar})${ESC}[2J\u202e`

function ifaceAnswers(): Answers {
  return {
    'ip -o route get 1.1.1.1': `1.1.1.1 via 192.168.1.1 dev ${HOSTILE_IFACE} src 192.168.1.23 uid 1000 \n`,
    'ip -o route show default': `default via 192.168.1.1 dev ${HOSTILE_IFACE} proto dhcp metric 600 \n`,
    'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': `${nmTerse(HOSTILE_IFACE)}:wifi:connected:Home\n`,
    'nmcli -t -f WIFI-HW,WIFI radio': 'enabled:enabled\n',
    'iw dev': `phy#0\n\tInterface ${HOSTILE_IFACE}\n\t\ttype managed\n`,
  }
}

type Format = 'terminal' | 'terminal-colour' | 'json' | 'json-file' | 'md' | 'html' | 'txt'
const FORMATS: Format[] = ['terminal', 'terminal-colour', 'json', 'json-file', 'md', 'html', 'txt']
const fileExtension: Partial<Record<Format, string>> = {
  'json-file': 'json',
  md: 'md',
  html: 'html',
  txt: 'txt',
}

interface Output {
  text: string
  run: CliResult
}

/** Runs the CLI once for this format and returns what it wrote there (stdout, or the -o file). */
async function produce(
  tools: string,
  format: Format,
  includeIdentifiers: boolean,
  extraEnv: Record<string, string> = {},
): Promise<Output> {
  const out = mkdtempSync(join(root, 'out-'))
  const ext = fileExtension[format]
  const args = [
    '--offline',
    '--no-input',
    ...(includeIdentifiers ? ['--include-identifiers'] : []),
    ...(format === 'json' ? ['--json'] : []),
    ...(format.startsWith('terminal') ? ['--verbose'] : []),
    ...(ext ? ['-o', join(out, `report.${ext}`)] : []),
  ]
  const env = {
    PATH: tools,
    HOME: out,
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    ...(format === 'terminal-colour' ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }),
    ...extraEnv,
  }
  const run = await runCliWith(args, env, { cwd: out })
  const text = ext ? readFileSync(join(out, `report.${ext}`), 'utf8') : run.stdout
  return { text, run }
}

/** Colour codes the tool itself writes (SGR only): allowed in the coloured terminal view, and nothing else. */
const ownColour = /\u001b\[[0-9;]*m/g
// C0 controls except line feed, DEL, C1 controls, bidi embeddings, overrides and isolates.
const forbidden = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
/** The same characters written as JSON escapes. */
const forbiddenEscaped = /\\u00(?:0[0-9a-f]|1[0-9a-f]|7f|8[0-9a-f]|9[0-9a-f])|\\u202[a-e]|\\u206[6-9]/i

function expectClean(text: string, format: Format): void {
  const plain = format === 'terminal-colour' ? text.replace(ownColour, '') : text
  expect(plain, 'a control, escape or bidi character reached the output').not.toMatch(forbidden)
  if (format === 'json' || format === 'json-file') expect(text).not.toMatch(forbiddenEscaped)
  // The clear-screen, cursor-move and title sequences, in any remaining form.
  expect(text).not.toContain('[2J')
  expect(text).not.toContain('[5;10H')
  expect(text).not.toContain(']0;')
  expect(text).not.toContain(']8;;')
  if (format === 'html') {
    expect(text).not.toMatch(/<script|<b>/i)
    // The only links are the crisis contacts in the footer, which are the tool's own (issue 12).
    const links = [...text.matchAll(/href="([^"]*)"/gi)].map((match) => match[1])
    expect(links.length).toBeGreaterThan(0)
    for (const href of links)
      expect(href).toMatch(
        /^(tel:|sms:|https:\/\/(findahelpline\.com|988lifeline\.org|www\.nhs\.uk|988\.ca|www\.lifeline\.org\.au|www\.samaritans\.org|1737\.org\.nz)\/)/,
      )
    expect(text.slice(0, text.indexOf('<footer>'))).not.toMatch(/href=/i)
  }
  if (format === 'md') {
    // Outside the code spans that hold names, nothing from a name is left: no link, no HTML, no address.
    const outsideCode = text.replace(/(`+) .*? \1/g, '')
    expect(outsideCode).not.toContain('evil.example')
    expect(outsideCode).not.toMatch(/\]\(|<https?:|<script|<b>/i)
  }
}

function startProcess(path: string, argv0?: string, extraArgs: string[] = []): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, ['300', ...extraArgs], { stdio: 'ignore', ...(argv0 ? { argv0 } : {}) })
    child.once('spawn', () => resolve(child))
    child.once('error', reject)
  })
}

const PRIVACY = {
  ssid: 'SSIDMARKER7f3a91',
  bssid: '5E:C0:0C:4B:1D:77',
  user: 'USERMARKER42c1d0',
  host: 'HOSTMARKER9e8b17',
  home: 'HOMEMARKER0d5a63',
  path: 'PATHMARKER6b2f48',
}

const linuxOnly = needsLinux('the hostile names come from fake Linux tools (shell scripts)')
describe.skipIf(linuxOnly)(
  titled('hostile names and identifying details (issue 7, points 2 and 7)', linuxOnly),
  () => {
    const validate = reportValidator()
    const started: ChildProcess[] = []
    const outputs = new Map<string, Output>()
    const nmHostile = hostileName(nmDollar, nmBacktick)
    const iwHostile = hostileName(iwDollar, iwBacktick)

    beforeAll(async () => {
      // Real processes with hostile names: a program named by the hostile text itself, a catalogue
      // app (zoom) inside a hostile folder, and one started with a 10 KB hostile argv[0] and arguments.
      // A file name cannot hold '/', so these commands name their marker relative to wherever a shell would run.
      const [dollar, backtick] = [procDollar, procBacktick].map((marker) => marker.split('/').pop())
      const procName = `${ESC}[2J${ESC}]0;proc-title${BEL}\u202e$(touch ${dollar})\`touch ${backtick}\`<i>`
      const procDir = join(root, `dir-${ESC}[2J-$(touch ${dollar})-<b>-\u202e`)
      mkdirSync(procDir)
      const privateDir = join(root, PRIVACY.path)
      mkdirSync(privateDir)
      copyFileSync('/bin/sleep', join(root, procName))
      copyFileSync('/bin/sleep', join(procDir, 'zoom'))
      copyFileSync('/bin/sleep', join(privateDir, 'anydesk'))
      started.push(await startProcess(join(root, procName)))
      started.push(await startProcess(join(procDir, 'zoom')))
      started.push(await startProcess(join(privateDir, 'anydesk'), `${PRIVACY.path}-anydesk`))
      started.push(
        await startProcess(
          join(root, procName),
          `${hostileName(argvDollar, argvDollar)}${'B'.repeat(10 * 1024)}`,
          [`$(touch ${argvDollar})`, '\u202e'],
        ),
      )

      const tools = {
        nm: writeFakeTools(nmcliAnswers(nmHostile)),
        long: writeFakeTools(nmcliAnswers(LONG_NAME)),
        iw: writeFakeTools(iwAnswers(iwHostile)),
        privacy: writeFakeTools(nmcliAnswers(PRIVACY.ssid, PRIVACY.bssid)),
        iface: writeFakeTools(ifaceAnswers()),
      }
      const privacyEnv = {
        USER: PRIVACY.user,
        LOGNAME: PRIVACY.user,
        HOSTNAME: PRIVACY.host,
        HOME: join(root, PRIVACY.home),
      }
      const jobs: Array<[string, () => Promise<Output>]> = [
        ...(['nm', 'long', 'iw', 'iface'] as const).flatMap((source) =>
          FORMATS.map((format): [string, () => Promise<Output>] => [
            `${source} ${format}`,
            () => produce(tools[source], format, true),
          ]),
        ),
        ...FORMATS.map((format): [string, () => Promise<Output>] => [
          `privacy ${format}`,
          () => produce(tools.privacy, format, false, privacyEnv),
        ]),
        ['privacy json with identifiers', () => produce(tools.privacy, 'json', true, privacyEnv)],
      ]
      await inPool(jobs, 4, async ([key, job]) => outputs.set(key, await job()))
    }, 120_000)

    afterAll(() => {
      // Stop, by pid, the processes this file started.
      for (const child of started)
        if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
          process.kill(child.pid, 'SIGKILL')
      rmSync(root, { recursive: true, force: true })
    })

    const outputOf = (key: string): Output => {
      const output = outputs.get(key)
      if (!output) throw new Error(`${key} did not run`)
      return output
    }

    it('no shell ever ran a name: none of the marker files exists', () => {
      expect(outputs.size).toBe(4 * FORMATS.length + FORMATS.length + 1)
      for (const marker of markers) expect(existsSync(marker), marker).toBe(false)
      // A file name cannot hold '/', so the process names' commands are relative: look in every folder a run used.
      const names = new Set(markers.map((marker) => marker.split('/').pop()))
      const planted = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((entry) =>
        names.has(entry.split('/').pop()),
      )
      expect(planted).toEqual([])
      expect(readdirSync(process.cwd()).filter((entry) => names.has(entry))).toEqual([])
    })

    for (const source of ['nm', 'iw'] as const) {
      for (const format of FORMATS) {
        it(`${source === 'nm' ? 'nmcli' : 'iw'} hostile network name, ${format}: cleaned, escaped, and still recognisable`, () => {
          const { text, run } = outputOf(`${source} ${format}`)
          expect([0, 1]).toContain(run.code)
          expect(run.stderr).not.toMatch(/\n\s+at /)
          expectClean(text, format)
          // The name is there, cleaned up (so the test proves something): its harmless parts survive.
          expect(text).toContain('click-me')
          if (format === 'html') expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
          else expect(text).toContain('alert(1)')
          // And the hostile process names are nowhere, while the zoom they hide behind is found.
          expect(text).not.toMatch(/proc-title|dir-|<i>/)
          if (format === 'json' || format === 'json-file') {
            const report = JSON.parse(text)
            expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
            const wifi = report.checks.find((c: { id: string }) => c.id === 'wifi')
            expect(wifi).toMatchObject({ status: 'pass', details: { security: 'wpa2-personal' } })
            expect(wifi.identifiers.networkName).toMatch(/^Home.*click-me.*evil.*alert\(1\)/)
            expect(wifi.summary + wifi.advice.join(' ')).not.toContain('Home')
            const apps = report.checks.find((c: { id: string }) => c.id === 'apps')
            expect(apps.details.apps.map((a: { id: string }) => a.id)).toContain('zoom')
          }
        })
      }
    }

    for (const format of FORMATS) {
      it(`a 10 KB network name is capped, ${format}`, () => {
        const { text } = outputOf(`long ${format}`)
        expectClean(text, format)
        expect(text).toContain('AAAA')
        expect(text).not.toContain('A'.repeat(201))
        expect(text).not.toContain('-TAIL')
        expect(text).not.toContain('B'.repeat(201))
        expect(text.length).toBeLessThan(12_000)
      })
    }

    for (const format of FORMATS) {
      it(`a hostile interface name from ip, ${format}: never run, cleaned, and the Wi-Fi check says it could not read the security`, () => {
        const { text, run } = outputOf(`iface ${format}`)
        expect([0, 1]).toContain(run.code)
        expect(run.stderr).not.toMatch(/\n\s+at /)
        expectClean(text, format)
        if (format === 'json' || format === 'json-file') {
          const wifi = JSON.parse(text).checks.find((c: { id: string }) => c.id === 'wifi')
          expect(wifi).toMatchObject({ status: 'warn', details: { link: 'wifi' } })
          expect(wifi.details.interface).toMatch(/^\$\(touch\$\{IFS\}/)
        }
      })
    }

    it('the planted markers reach the JSON only with --include-identifiers (a positive control)', () => {
      const { text } = outputOf('privacy json with identifiers')
      const wifi = JSON.parse(text).checks.find((c: { id: string }) => c.id === 'wifi')
      expect(wifi.identifiers).toEqual({ networkName: PRIVACY.ssid, bssid: PRIVACY.bssid })
    })

    for (const format of FORMATS.filter((f) => !f.startsWith('terminal'))) {
      it(`without --include-identifiers, ${format} holds no network name, BSSID, host name, user name or private path`, () => {
        const { text, run } = outputOf(`privacy ${format}`)
        expect([0, 1]).toContain(run.code)
        const lower = text.toLowerCase()
        for (const marker of [
          PRIVACY.ssid,
          PRIVACY.bssid,
          PRIVACY.bssid.replace(/:/g, ''),
          PRIVACY.user,
          PRIVACY.host,
          PRIVACY.home,
          PRIVACY.path,
        ]) {
          expect(lower, marker).not.toContain(marker.toLowerCase())
        }
        // This machine's own names, when long enough not to be an everyday word.
        for (const own of [hostname(), userInfo().username].filter((name) => name.length >= 6)) {
          expect(text).not.toMatch(new RegExp(`\\b${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`))
        }
        // The report still describes the network (so the run read the planted one).
        expect(text).toMatch(/WPA2/)
        if (format === 'json' || format === 'json-file')
          expect(JSON.parse(text).identifiersIncluded).toBe(false)
      })
    }

    it('the terminal view may show the network name (the person is looking at their own screen)', () => {
      const { text } = outputOf('privacy terminal')
      expect(text).toMatch(/WPA2/)
    })
  },
)
