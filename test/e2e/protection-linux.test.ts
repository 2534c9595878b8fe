/**
 * End to end on Linux: the built binary reads a fake root (SESSION_CHECKUP_TEST_ROOT: its own
 * sys/, proc/self/mountinfo and etc/os-release, a test-only hook) and fake commands on PATH
 * (lsblk, gsettings: shell scripts printing fixture text). Nothing of this machine is read.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCliWith, writeFakeTools, type Answers } from '../helpers/fake-linux-tools.js'
import { reportValidator } from '../helpers/report-validator.js'
import { fixture } from '../unit/protection/fixtures.js'

const validate = reportValidator()
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

interface FakeRoot {
  /** The mountinfo lines for / (and /home). */
  mountinfo: string
  /** /sys/class/block/<name>: its dm uuid and slaves; `dev` always. */
  blocks?: Record<string, { uuid?: string; slaves?: string[]; name?: string }>
  /** /sys/dev/block/<major:minor> → the block's name. */
  devices?: Record<string, string>
  osRelease?: string
}

function fakeRoot(spec: FakeRoot): string {
  const root = mkdtempSync(join(tmpdir(), 'protection-root-'))
  dirs.push(root)
  mkdirSync(join(root, 'proc/self'), { recursive: true })
  writeFileSync(join(root, 'proc/self/mountinfo'), spec.mountinfo)
  mkdirSync(join(root, 'etc'))
  writeFileSync(join(root, 'etc/os-release'), spec.osRelease ?? fixture('linux/os-release-ubuntu2404.txt'))
  mkdirSync(join(root, 'sys/dev/block'), { recursive: true })
  for (const [name, block] of Object.entries(spec.blocks ?? {})) {
    const dir = join(root, 'sys/class/block', name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'dev'), '0:0\n')
    if (block.slaves) {
      mkdirSync(join(dir, 'slaves'))
      for (const slave of block.slaves) symlinkSync(`../../${slave}`, join(dir, 'slaves', slave))
    }
    if (block.uuid !== undefined || block.name !== undefined) {
      mkdirSync(join(dir, 'dm'))
      writeFileSync(join(dir, 'dm/uuid'), `${block.uuid ?? ''}\n`)
      writeFileSync(join(dir, 'dm/name'), `${block.name ?? ''}\n`)
    }
  }
  for (const [device, name] of Object.entries(spec.devices ?? {}))
    symlinkSync(`../../devices/virtual/block/${name}`, join(root, 'sys/dev/block', device))
  return root
}

async function protection(
  root: string,
  answers: Answers,
  env: Record<string, string> = {},
  args: string[] = [],
) {
  const path = writeFakeTools(answers)
  dirs.push(path)
  const ran = await runCliWith(['--only', 'protection', '--json', ...args], {
    PATH: path,
    NO_COLOR: '1',
    HOME: '/nonexistent',
    LANG: 'C.UTF-8',
    SESSION_CHECKUP_TEST_ROOT: root,
    ...env,
  })
  const report = JSON.parse(ran.stdout)
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
  return { code: ran.code, stderr: ran.stderr, check: report.checks[0], report }
}

// Ubuntu's "Use LVM and encryption": / on an LVM volume (dm-1) inside LUKS (dm-0) on nvme0n1p3.
const luksRoot: FakeRoot = {
  mountinfo: '29 1 252:1 / / rw,relatime shared:1 - ext4 /dev/mapper/ubuntu--vg-ubuntu--lv rw\n',
  devices: { '252:1': 'dm-1' },
  blocks: {
    'dm-1': { uuid: 'LVM-Qp3v0dWm9s1Xk8aF0Lw2n6CkG0bX7yZsQp3v0dWm9s1Xk8aF0Lw2n6CkG0bX7yZ', slaves: ['dm-0'] },
    'dm-0': { uuid: 'CRYPT-LUKS2-3f2b1c7e9d8a4b6c8e0f1a2b3c4d5e6f-dm_crypt-0', slaves: ['nvme0n1p3'] },
    nvme0n1p3: {},
  },
}
const gnome = { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' }
const gnomeLock = (idle: string, enabled = 'true'): Answers => ({
  'gsettings get org.gnome.desktop.screensaver lock-enabled': `${enabled}\n`,
  'gsettings get org.gnome.desktop.session idle-delay': idle,
  'gsettings get org.gnome.desktop.screensaver lock-delay': 'uint32 0\n',
})

describe.runIf(process.platform === 'linux')('protection check end to end on Linux', () => {
  it('LUKS under LVM, found through /sys slaves; GNOME locking after 10 minutes; Ubuntu 24.04: all fine, exit 0', async () => {
    const { code, check, report } = await protection(
      fakeRoot(luksRoot),
      gnomeLock(fixture('linux/gsettings-idle-delay-600.txt')),
      gnome,
    )
    expect(check).toMatchObject({
      id: 'protection',
      title: 'Protection of this computer',
      status: 'pass',
      summary: 'Everything we checked about how this computer protects your privacy looks fine.',
    })
    expect(check.details.findings).toEqual([])
    expect(check.measurements).toEqual([
      { id: 'diskEncryption', label: 'Disk encryption', value: 'on', status: 'pass' },
      { id: 'screenLock', label: 'Screen lock', value: 'locks after 10 min away', status: 'pass' },
      { id: 'securityUpdates', label: 'Security updates', value: 'yes, until 31 May 2029', status: 'pass' },
      { id: 'system', label: 'System', value: 'Ubuntu 24.04.1 LTS' },
    ])
    expect(check.details.encryption).toEqual({ state: 'on', method: 'dm-crypt' })
    expect(report.verdict).toBe('ready')
    expect(code).toBe(0)
  })

  it('a plain disk, no screen lock, an old Fedora: three things worth a look, never "not ready"', async () => {
    const root = fakeRoot({
      mountinfo: fixture('linux/mountinfo-debian12-vm.txt'),
      devices: { '254:0': 'vda' },
      blocks: { vda: { slaves: [] } },
      osRelease:
        'NAME="Fedora Linux"\nVERSION_ID=38\nID=fedora\nPRETTY_NAME="Fedora Linux 38 (Workstation Edition)"\n',
    })
    const { code, check, report } = await protection(root, gnomeLock('uint32 0\n'), gnome)
    expect(check.status).toBe('warn')
    expect(check.summary).toBe('3 things about how this computer protects your privacy are worth a look.')
    expect(check.details.findings).toEqual([
      'encryption.off.linux',
      'screenLock.off.gnome',
      'updates.ended.linux',
    ])
    expect(check.steps.every((step: { priority: string }) => step.priority === 'consider')).toBe(true)
    expect(check.advice).toContain(
      "Upgrade to a release that still gets security updates (your system's Software Updater, or its upgrade guide, shows how). Updates close the holes that could let someone read your therapy messages.",
    )
    expect(report.verdict).toBe('ready-with-cautions')
    expect(code).toBe(0)
  })

  it('when /sys cannot tell, lsblk -J does: / on LVM in LUKS, /home on a plain disk of its own', async () => {
    const root = fakeRoot({
      mountinfo: [
        '29 1 252:1 / / rw - ext4 /dev/mapper/ubuntu--vg-ubuntu--lv rw',
        '31 29 8:1 / /home rw - ext4 /dev/sda1 rw',
      ].join('\n'),
    })
    const { check } = await protection(root, { 'lsblk -J': fixture('linux/lsblk-luks-lvm-root-home.json') })
    expect(check.details.encryption).toEqual({ state: 'on', method: 'dm-crypt', homeUnencrypted: true })
    expect(check.summary).toBe(
      'The system disk is encrypted, but /home, where your own files are, is on a disk that is not.',
    )
  })

  it('with neither /sys nor lsblk, and no desktop: "could not check", with the reasons', async () => {
    const root = fakeRoot({ mountinfo: '1 0 0:30 / / rw - overlay overlay rw\n' })
    const { code, check } = await protection(root, { true: '' })
    expect(check.measurements).toContainEqual({
      id: 'diskEncryption',
      label: 'Disk encryption',
      value: "could not check: we couldn't find the disk the system is on (as in a container)",
    })
    expect(check.measurements).toContainEqual({
      id: 'screenLock',
      label: 'Screen lock',
      value: 'could not check: we read the screen lock of GNOME and KDE desktops, and found neither here',
    })
    expect(check.status).toBe('pass')
    expect(check.summary).toBe(
      "What we could check looks fine; we couldn't check the disk encryption and the screen lock.",
    )
    expect(code).toBe(0)
  })

  it('KDE: a kscreenlockerrc with the automatic lock off', async () => {
    const home = mkdtempSync(join(tmpdir(), 'protection-home-'))
    dirs.push(home)
    mkdirSync(join(home, '.config'))
    writeFileSync(join(home, '.config/kscreenlockerrc'), fixture('linux/kscreenlockerrc-autolock-off.txt'))
    const { check } = await protection(
      fakeRoot(luksRoot),
      { true: '' },
      { XDG_CURRENT_DESKTOP: 'KDE', HOME: home },
    )
    expect(check.details.screenLock).toEqual({ state: 'off', source: 'kde' })
    expect(check.advice[0]).toMatch(/^Open System Settings → Security & Privacy → Screen Locking/)
  })

  it('in Spanish, the whole check is in Spanish', async () => {
    const root = fakeRoot({
      mountinfo: fixture('linux/mountinfo-debian12-vm.txt'),
      devices: { '254:0': 'vda' },
      blocks: { vda: { slaves: [] } },
      osRelease: fixture('linux/os-release-debian12.txt'),
    })
    const { check } = await protection(root, { true: '' }, {}, ['--lang', 'es'])
    expect(check.title).toBe('Protección de esta computadora')
    const words = [
      check.summary,
      ...check.advice,
      ...check.measurements.flatMap((m: { label: string; value: string }) => [m.label, m.value]),
    ]
    for (const text of words)
      expect(text).not.toMatch(/\b(the|could|not|check|your|this|with|until|yes|off)\b/i)
  })

  it('cleans a hostile system name from os-release before it reaches the report', async () => {
    const ESC = '\u001b'
    const root = fakeRoot({
      ...luksRoot,
      osRelease: `ID=ubuntu\nVERSION_ID="24.04"\nPRETTY_NAME="${ESC}[2J${ESC}]0;pwned\u0007Evil\u202eOS $(touch /tmp/pwned-protection)"\n`,
    })
    const { check } = await protection(root, { true: '' })
    const system = check.measurements.find((m: { id: string }) => m.id === 'system')
    expect(system.value).toBe('EvilOS $(touch /tmp/pwned-protection)')
    expect(JSON.stringify(check)).not.toContain(ESC)
    expect(existsSync('/tmp/pwned-protection')).toBe(false)
  })
})
