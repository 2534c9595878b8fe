/**
 * Issue 7, point 3: failing systems are survived. Every outside command the tool runs on Linux
 * (ip, nmcli, iw, wpa_cli for the Wi-Fi check; gsettings for Do Not Disturb in the apps check) is
 * made, in turn: missing, hanging forever (with a grandchild holding stdout), exiting non-zero,
 * printing 50 MB, and printing invalid UTF-8. The built CLI runs with a PATH holding only fake
 * programs, and must end in time with one valid JSON report in which the affected check says it
 * could not tell (never a crash, never a pass built on the broken command), while the other
 * checks report as usual.
 *
 * `ps` runs on Linux only when /proc gives no process list (the apps check reads /proc directly),
 * so its cases run in a private mount namespace with an empty /proc, where `unshare` allows it.
 * systeminformation's battery(), the only call the tool makes, reads sysfs on Linux and spawns nothing.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  answeringScript,
  inPool,
  runCliWith,
  shellQuote as sh,
  writeFakeTools,
  type Answers,
  type CliResult,
} from '../helpers/fake-linux-tools.js'
import { reportValidator } from '../helpers/report-validator.js'
import { binPath } from '../helpers/spawn-cli.js'
import { fixture } from '../unit/wifi/fixtures.js'
import { needsLinux, titled } from '../helpers/platform.js'

const TIMEOUT_S = 8
/**
 * A hang detector, not a speed test: the run must end by the global timeout, plus generous slack
 * for start-up on a busy CI machine (three seconds of slack failed with two busy loops beside it).
 * A hang never ends; the runs are killed at twice this.
 */
const DEADLINE_MS = TIMEOUT_S * 2 * 1000
const CONCURRENCY = 4
const FIFTY_MB = 50 * 1024 * 1024

type Mode = 'missing' | 'hang' | 'exit' | 'huge' | 'bad-utf8'
const MODES: Mode[] = ['missing', 'hang', 'exit', 'huge', 'bad-utf8']

const ROUTE_GET = '1.1.1.1 via 192.168.1.1 dev wlp2s0 src 192.168.1.23 uid 1000 \\    cache \n'
const IW_DEV = 'phy#0\n\tInterface wlp2s0\n\t\ttype managed\n'
const NMCLI_LIST =
  'nmcli -t -f IN-USE,BSSID,SSID,SECURITY,WPA-FLAGS,RSN-FLAGS,FREQ,SIGNAL device wifi list ifname wlp2s0 --rescan no'
const ipAnswers: Answers = {
  'ip -o route get 1.1.1.1': ROUTE_GET,
  'ip -o route show default': 'default via 192.168.1.1 dev wlp2s0 proto dhcp metric 600 \n',
}

/**
 * Three ways a Linux computer tells its Wi-Fi security, each a working baseline: NetworkManager,
 * bare `iw` (scan dump), and `wpa_cli`. Each command is broken inside the scenario where it is
 * the source of the answer, so its failure has to show.
 */
const networkManager = {
  ...ipAnswers,
  'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': fixture('linux/nmcli-devices-wifi.txt'),
  'nmcli -t -f WIFI-HW,WIFI radio': 'enabled:enabled\n',
  [NMCLI_LIST]: fixture('linux/nmcli-e2e-wpa2.txt'),
  'nmcli -t -f GENERAL.METERED,GENERAL.CON-UUID device show wlp2s0':
    'GENERAL.METERED:no (guessed)\nGENERAL.CON-UUID:8c5e0c63-0000-4000-8000-000000000000\n',
  'iw dev': IW_DEV,
  'iw dev wlp2s0 link': fixture('linux/iw-link-connected.txt'),
}

const scenarios = {
  networkmanager: networkManager,
  iw: {
    ...ipAnswers,
    'iw dev': IW_DEV,
    'iw dev wlp2s0 link': fixture('linux/iw-link-connected.txt'),
    'iw dev wlp2s0 scan dump': fixture('linux/iw-scan-associated-psk.txt'),
  },
  'wpa-cli': {
    ...ipAnswers,
    'iw dev': IW_DEV,
    'iw dev wlp2s0 link': fixture('linux/iw-link-connected.txt'),
    // No cached scan results: iw prints nothing, so the reader asks wpa_supplicant.
    'iw dev wlp2s0 scan dump': '',
    'wpa_cli -i wlp2s0 status': fixture('linux/wpa-cli-status-edison.txt').replace(
      "Selected interface 'wlan0'\n",
      '',
    ),
  },
  gnome: {
    ...networkManager,
    // GNOME's Do Not Disturb switched on.
    'gsettings get org.gnome.desktop.notifications show-banners': 'false\n',
  },
  // /proc hidden (see runCli): the process list comes from procps `ps -eww -o pid,uid,args`, in
  // the layout its manual documents (PID, UID, then the whole command line).
  'no-proc': {
    ...networkManager,
    'ps -eww -o pid,uid,args':
      '    PID   UID COMMAND\n      1     0 /sbin/init splash\n   4242     0 /usr/bin/zoom\n',
  },
} satisfies Record<string, Answers>
type ScenarioName = keyof typeof scenarios

/** gsettings is asked only in a GNOME desktop session. */
const GNOME_ENV = {
  XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
  DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus',
}

/** Each command, broken inside the scenario where it matters. */
const targets: Array<{ command: string; scenario: ScenarioName; label?: string }> = [
  { command: 'ip', scenario: 'networkmanager' },
  { command: 'nmcli', scenario: 'networkmanager' },
  { command: 'iw', scenario: 'iw' },
  { command: 'wpa_cli', scenario: 'wpa-cli' },
  { command: 'gsettings', scenario: 'gnome' },
  // With /proc hidden, a broken ip leaves no route table to fall back on.
  ...(canHideProc()
    ? [
        { command: 'ps', scenario: 'no-proc' as const },
        { command: 'ip', scenario: 'no-proc' as const, label: 'ip-without-proc' },
      ]
    : []),
]

/** Whether this machine lets us start the CLI in its own mount namespace (as root, or in a user namespace). */
function canHideProc(): boolean {
  if (process.platform !== 'linux') return false
  const probe = spawnSync(
    '/usr/bin/unshare',
    [...unshareArgs(), '/bin/sh', '-c', '/bin/mount -t tmpfs none /proc && [ -z "$(ls /proc)" ]'],
    { stdio: 'ignore', timeout: 5000 },
  )
  return probe.status === 0
}

function unshareArgs(): string[] {
  return process.getuid?.() === 0 ? ['--mount'] : ['--map-root-user', '--mount']
}

/** Bytes that are not UTF-8: lone continuation bytes, 0xFE/0xFF, an overlong '/', a UTF-16 surrogate, a cut-off sequence, NUL and ESC. */
function invalidUtf8(): Buffer {
  const bad = [
    0x80, 0xbf, 0xfe, 0xff, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x00, 0x1b, 0x5b,
    0x32, 0x4a, 0xe2, 0x82,
  ]
  const lines: Buffer[] = []
  for (let i = 0; i < 200; i++)
    lines.push(Buffer.from([...bad.slice(i % 7), 0x3a, ...bad.slice(0, (i % 11) + 1), 0x0a]))
  return Buffer.concat(lines)
}

function brokenScript(
  dir: string,
  command: string,
  mode: Exclude<Mode, 'missing'>,
  cases: Array<[string, string]>,
): string | null {
  const hangSleep = join(dir, 'hang-sleep')
  copyFileSync('/bin/sleep', hangSleep)
  writeFileSync(join(dir, 'invalid-utf8.bin'), invalidUtf8())
  switch (mode) {
    // The grandchild keeps the stdout pipe open after its parent is gone: waiting for the pipe to close would wait forever.
    case 'hang':
      return `#!/bin/sh\n${sh(hangSleep)} 1001 &\nexec ${sh(hangSleep)} 1000\n`
    // Prints what it normally prints, then says it failed: output of a failed command is not to be trusted.
    case 'exit':
      return answeringScript(command, cases, 3).replace(
        '#!/bin/sh\n',
        `#!/bin/sh\necho "${command}: something went wrong" >&2\n`,
      )
    case 'huge': {
      const line =
        (cases[0]?.[1] ? readFileSync(cases[0][1], 'utf8').split('\n')[0] : '') || `${command} output line`
      return `#!/bin/sh\n/usr/bin/yes ${sh(line)} | /usr/bin/head -c ${FIFTY_MB}\n`
    }
    case 'bad-utf8':
      return `#!/bin/sh\n/bin/cat ${sh(join(dir, 'invalid-utf8.bin'))}\n`
  }
}

interface Case {
  key: string
  scenario: ScenarioName
  command?: string
  mode?: Mode
  dir: string
}

/** Writes the fake programs for one run into a fresh folder; PATH will be that folder only. */
function makeFakes(scenario: ScenarioName, broken?: { command: string; mode: Mode }): string {
  return writeFakeTools(scenarios[scenario], (command, cases, dir) => {
    if (broken?.command !== command) return undefined
    return broken.mode === 'missing' ? null : brokenScript(dir, command, broken.mode, cases)
  })
}

const CLI_ARGS = ['--json', '--offline', '--no-input', '--timeout', String(TIMEOUT_S)]

function runCli(dir: string, scenario: ScenarioName): Promise<CliResult> {
  const env = {
    PATH: dir,
    HOME: dir,
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    ...(scenario === 'gnome' ? GNOME_ENV : {}),
  }
  if (scenario !== 'no-proc') return runCliWith(CLI_ARGS, env, { killAfterMs: DEADLINE_MS * 2 })
  // An empty tmpfs over /proc, seen by this run only: the apps check must fall back to ps.
  const script = `/bin/mount -t tmpfs none /proc && exec ${[process.execPath, binPath, ...CLI_ARGS].map(sh).join(' ')}`
  return runCliWith(CLI_ARGS, env, {
    killAfterMs: DEADLINE_MS * 2,
    command: ['/usr/bin/unshare', ...unshareArgs(), '/bin/sh', '-c', script],
  })
}

/** Processes still running a program from this folder (the hanging fakes and their grandchildren). */
function survivorsFrom(dir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/exe`).startsWith(`${dir}/`) ? [Number(pid)] : []
      } catch {
        return []
      }
    })
}

interface CheckJson {
  id: string
  status: string
  summary: string
  advice: string[]
  details?: Record<string, unknown>
}
interface ReportJson {
  checks: CheckJson[]
}

const checkOf = (report: ReportJson, id: string): CheckJson => {
  const check = report.checks.find((c) => c.id === id)
  if (!check) throw new Error(`no ${id} check in the report`)
  return check
}

const linuxOnly = needsLinux(
  'the failing commands are fake Linux tools (shell scripts) read by the Linux readers',
)
describe.skipIf(linuxOnly)(
  titled('failing outside commands are survived (issue 7, point 3)', linuxOnly),
  () => {
    const validate = reportValidator()
    const cases: Case[] = [
      ...(Object.keys(scenarios) as ScenarioName[])
        .filter((scenario) => targets.some((t) => t.scenario === scenario))
        .map((scenario) => ({ key: `baseline ${scenario}`, scenario, dir: '' })),
      ...targets.flatMap(({ command, scenario, label }) =>
        MODES.map((mode) => ({ key: `${label ?? command} ${mode}`, scenario, command, mode, dir: '' })),
      ),
    ]
    const runs = new Map<string, CliResult & { survivors: number[] }>()

    beforeAll(async () => {
      for (const c of cases)
        c.dir = makeFakes(c.scenario, c.command && c.mode ? { command: c.command, mode: c.mode } : undefined)
      await inPool(cases, CONCURRENCY, async (c) => {
        const run = await runCli(c.dir, c.scenario)
        // The runner kills the whole process group at once; give the kernel a moment to reap it.
        let survivors = survivorsFrom(c.dir)
        for (let i = 0; i < 20 && survivors.length > 0; i++) {
          await new Promise((r) => setTimeout(r, 50))
          survivors = survivorsFrom(c.dir)
        }
        runs.set(c.key, { ...run, survivors })
      })
    }, 180_000)

    afterAll(() => {
      for (const c of cases) {
        // Safety net: stop, by pid, any fake this file started that is somehow still running.
        for (const pid of c.dir ? survivorsFrom(c.dir) : []) process.kill(pid, 'SIGKILL')
        if (c.dir) rmSync(c.dir, { recursive: true, force: true })
      }
    })

    const reportOf = (key: string): { run: CliResult & { survivors: number[] }; report: ReportJson } => {
      const run = runs.get(key)
      if (!run) throw new Error(`${key} did not run`)
      return { run, report: JSON.parse(run.stdout) as ReportJson }
    }

    it('the baselines read the fake systems as intended', () => {
      const nm = checkOf(reportOf('baseline networkmanager').report, 'wifi')
      expect(nm).toMatchObject({
        status: 'pass',
        details: { link: 'wifi', security: 'wpa2-personal', source: 'nmcli' },
      })
      expect(checkOf(reportOf('baseline iw').report, 'wifi')).toMatchObject({
        status: 'pass',
        details: { security: 'wpa2-personal', source: 'iw-scan-dump' },
      })
      expect(checkOf(reportOf('baseline wpa-cli').report, 'wifi')).toMatchObject({
        status: 'pass',
        details: { security: 'wpa2-personal', source: 'wpa-cli' },
      })
      expect(checkOf(reportOf('baseline gnome').report, 'apps').details).toMatchObject({ doNotDisturb: 'on' })
    })

    for (const c of cases) {
      it(`${c.key}: ends in time with one valid JSON report and no stack trace`, () => {
        const { run, report } = reportOf(c.key)
        expect(run.elapsedMs, `took ${run.elapsedMs} ms`).toBeLessThan(DEADLINE_MS)
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
        // 0 ready, 1 not ready; 3 would be the tool's own crash.
        expect([0, 1]).toContain(run.code)
        expect(run.stderr).not.toMatch(/\n\s+at /)
        expect(run.survivors, 'fake processes left running').toEqual([])
        // Only a process list that cannot be read at all is an error (said plainly, with a reason); nothing else is.
        for (const check of report.checks) {
          if (check.id === 'apps' && c.command === 'ps') continue
          expect(check.status, `${check.id}: ${check.summary}`).not.toBe('error')
        }
      })
    }

    /** The other checks report as they always do: the connection is skipped (--offline), the checklist has no terminal, apps read /proc. */
    function expectOthersNormal(report: ReportJson, except: string): void {
      if (except !== 'wifi')
        expect(checkOf(report, 'wifi')).toMatchObject({
          status: 'pass',
          details: { security: 'wpa2-personal' },
        })
      expect(checkOf(report, 'connection')).toMatchObject({ status: 'skip' })
      expect(checkOf(report, 'checklist')).toMatchObject({
        status: 'skip',
        details: { reason: 'no-terminal' },
      })
      if (except === 'apps') return
      const apps = checkOf(report, 'apps')
      expect(['pass', 'warn']).toContain(apps.status)
      expect(apps.details?.processListing).toMatch(/^(proc|ps)$/)
    }

    for (const mode of MODES) {
      it(`ip ${mode}: the Wi-Fi check falls back to the kernel's route table, exactly as when ip is missing`, () => {
        const { report } = reportOf(`ip ${mode}`)
        const fallback = checkOf(reportOf('ip missing').report, 'wifi')
        const wifi = checkOf(report, 'wifi')
        expect({ status: wifi.status, details: wifi.details }).toEqual({
          status: fallback.status,
          details: fallback.details,
        })
        // The route came from /proc/net/route, not from the broken ip's (or a normal ip's) word.
        const kernelDefault = readFileSync('/proc/net/route', 'utf8')
          .split('\n')
          .slice(1)
          .map((l) => l.trim().split(/\s+/))
          .find((f) => f[1] === '00000000')?.[0]
        expect(wifi.details?.interface).toBe(kernelDefault)
        expectOthersNormal(report, 'wifi')
      })
    }

    for (const mode of targets.some((t) => t.label === 'ip-without-proc') ? MODES : []) {
      it(`ip ${mode} with /proc hidden: the Wi-Fi check says it could not tell how the computer is connected, not "offline"`, () => {
        const { report } = reportOf(`ip-without-proc ${mode}`)
        const wifi = checkOf(report, 'wifi')
        expect(wifi).toMatchObject({
          status: 'warn',
          summary: "We couldn't tell how this computer is connected to the internet.",
          details: { link: 'unknown' },
        })
        expectOthersNormal(report, 'wifi')
      })
    }

    for (const { command, scenario } of targets.filter((t) =>
      ['nmcli', 'iw', 'wpa_cli'].includes(t.command),
    )) {
      for (const mode of MODES) {
        it(`${command} ${mode}: the Wi-Fi check says it could not read the security (${scenario})`, () => {
          const { report } = reportOf(`${command} ${mode}`)
          const wifi = checkOf(report, 'wifi')
          expect(wifi.status).toBe('warn')
          expect(wifi.summary).toMatch(/couldn't (read|tell)/)
          expect(wifi.advice.length).toBeGreaterThan(0)
          expect(['unknown', undefined]).toContain(wifi.details?.security)
          expectOthersNormal(report, 'wifi')
        })
      }
    }

    for (const mode of MODES) {
      it(`gsettings ${mode}: Do Not Disturb is "could not tell", and the rest of the report is unchanged`, () => {
        const { report } = reportOf(`gsettings ${mode}`)
        const apps = checkOf(report, 'apps')
        expect(apps.details).toMatchObject({ doNotDisturb: 'unknown' })
        expect(apps.advice.join(' ')).toMatch(/Do Not Disturb/)
        expectOthersNormal(report, 'apps')
      })
    }

    it.runIf(targets.some((t) => t.command === 'ps'))(
      'with /proc hidden, the baseline reads the process list from ps',
      () => {
        const apps = checkOf(reportOf('baseline no-proc').report, 'apps')
        expect(apps).toMatchObject({ status: 'pass', details: { processListing: 'ps' } })
        expect((apps.details?.apps as Array<{ id: string }>).map((a) => a.id)).toEqual(['zoom'])
      },
    )

    for (const mode of targets.some((t) => t.command === 'ps') ? MODES : []) {
      it(`ps ${mode} (with /proc hidden): the apps check says the list could not be read, never "no apps running"`, () => {
        const { report } = reportOf(`ps ${mode}`)
        const apps = checkOf(report, 'apps')
        expect(apps).toMatchObject({
          status: 'error',
          summary: 'The list of running apps could not be read, so this part was not checked.',
          details: { processListing: 'unavailable' },
        })
        expect(apps.advice[0]).toMatch(/quit chat apps/)
        expectOthersNormal(report, 'apps')
      })
    }
  },
)
