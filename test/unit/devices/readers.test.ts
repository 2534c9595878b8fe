import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Exec, ExecOptions, ExecResult } from '../../../src/platform/exec.js'
import { readLinuxDevices } from '../../../src/platform/devices/read-linux.js'
import { readMacosDevices } from '../../../src/platform/devices/read-macos.js'
import { readWindowsDevices } from '../../../src/platform/devices/read-windows.js'
import { CONSENT_STORE, MMDEVICES_CAPTURE } from '../../../src/platform/devices/parse-windows.js'
import { fixture } from './fixtures.js'

const okResult = (stdout: string): ExecResult => ({ ok: true, stdout, stderr: '', exitCode: 0 })
const missing = (command: string): ExecResult => ({
  ok: false,
  reason: 'missing',
  stdout: '',
  stderr: '',
  message: `${command} is not installed`,
})

/** Answers known command lines; anything else is "not installed". Records what was run, with its options. */
function fakeExec(
  answers: Record<string, ExecResult | string>,
): Exec & { calls: Array<{ line: string; options?: ExecOptions }> } {
  const calls: Array<{ line: string; options?: ExecOptions }> = []
  const exec = (async (command: string, args: readonly string[], options?: ExecOptions) => {
    const line = [command, ...args].join(' ')
    calls.push({ line, ...(options ? { options } : {}) })
    const answer = answers[line]
    if (answer === undefined) return missing(command)
    return typeof answer === 'string' ? okResult(answer) : answer
  }) as Exec & { calls: typeof calls }
  exec.calls = calls
  return exec
}

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A pretend machine: /dev, /sys and /proc folders the Linux reader is pointed at. */
function machine(spec: {
  videos?: Array<{ node: string; name: string; index: number }>
  processes?: Array<{ pid: number; comm: string; holds: string[] }>
}) {
  const root = mkdtempSync(join(tmpdir(), 'devices-roots-'))
  dirs.push(root)
  const roots = { dev: join(root, 'dev'), sys: join(root, 'sys'), proc: join(root, 'proc') }
  for (const dir of Object.values(roots)) mkdirSync(dir)
  writeFileSync(join(roots.dev, 'null'), '')
  for (const video of spec.videos ?? []) {
    writeFileSync(join(roots.dev, video.node), '')
    const sys = join(roots.sys, 'class/video4linux', video.node)
    mkdirSync(sys, { recursive: true })
    writeFileSync(join(sys, 'name'), `${video.name}\n`)
    writeFileSync(join(sys, 'index'), `${video.index}\n`)
  }
  for (const process of spec.processes ?? []) {
    const dir = join(roots.proc, String(process.pid))
    mkdirSync(join(dir, 'fd'), { recursive: true })
    writeFileSync(join(dir, 'comm'), `${process.comm}\n`)
    symlinkSync(join(roots.dev, 'null'), join(dir, 'fd', '0'))
    process.holds.forEach((node, i) => symlinkSync(join(roots.dev, node), join(dir, 'fd', String(10 + i))))
  }
  return roots
}

const base = { now: () => 0, deadline: 1500, kinds: ['camera', 'microphone'] as const }
const PACTL_OK = {
  'pactl info': fixture('linux/pactl-info-pipewire.txt'),
  'pactl list sources': fixture('linux/pactl-list-sources-pipewire-muted.txt'),
}

describe('the Linux reader', () => {
  it('finds no camera on a machine with no /dev/video* (like CI), and scans nothing', async () => {
    const roots = machine({ processes: [{ pid: 7, comm: 'bash', holds: [] }] })
    const snapshot = await readLinuxDevices({ ...base, exec: fakeExec(PACTL_OK), roots, selfPid: 1 })
    expect(snapshot.camera).toMatchObject({ presence: 'none', inUse: 'no', names: [] })
  })

  it('names the camera from /sys and the other app holding it from /proc, leaving itself out', async () => {
    const roots = machine({
      videos: [
        { node: 'video0', name: 'Integrated Camera: Integrated C', index: 0 },
        { node: 'video1', name: 'Integrated Camera: Integrated C', index: 1 },
      ],
      processes: [
        { pid: 500, comm: 'zoom', holds: ['video0'] },
        { pid: 501, comm: 'pipewire', holds: ['video0', 'video1'] },
        { pid: 600, comm: 'node', holds: ['video0'] },
        { pid: 502, comm: 'bash', holds: [] },
      ],
    })
    const snapshot = await readLinuxDevices({
      ...base,
      exec: fakeExec(PACTL_OK),
      roots,
      selfPid: 600,
      canUse: async () => true,
    })
    expect(snapshot.camera).toMatchObject({
      presence: 'present',
      names: ['Integrated Camera: Integrated C'],
      access: 'allowed',
      inUse: 'yes',
      users: [{ name: 'zoom' }],
    })
  })

  it('says the camera is free when only this tool and PipeWire hold it', async () => {
    const roots = machine({
      videos: [{ node: 'video0', name: 'USB Camera', index: 0 }],
      processes: [{ pid: 501, comm: 'wireplumber', holds: ['video0'] }],
    })
    const snapshot = await readLinuxDevices({
      ...base,
      exec: fakeExec(PACTL_OK),
      roots,
      selfPid: 600,
      canUse: async () => true,
    })
    expect(snapshot.camera).toMatchObject({ inUse: 'no', users: [] })
  })

  it('stops looking for apps that hold the camera at the deadline, and says it could not tell', async () => {
    const roots = machine({
      videos: [{ node: 'video0', name: 'USB Camera', index: 0 }],
      processes: [{ pid: 500, comm: 'zoom', holds: ['video0'] }],
    })
    const snapshot = await readLinuxDevices({
      ...base,
      now: () => 1500,
      exec: fakeExec(PACTL_OK),
      roots,
      canUse: async () => true,
    })
    expect(snapshot.camera).toMatchObject({
      presence: 'present',
      inUse: 'unknown',
      users: [],
      notes: ['ran out of time looking for apps that use the camera'],
    })
  })

  it('stops looking when the run is cancelled', async () => {
    const roots = machine({
      videos: [{ node: 'video0', name: 'USB Camera', index: 0 }],
      processes: [{ pid: 500, comm: 'zoom', holds: ['video0'] }],
    })
    const controller = new AbortController()
    controller.abort()
    const snapshot = await readLinuxDevices({
      ...base,
      signal: controller.signal,
      exec: fakeExec(PACTL_OK),
      roots,
      canUse: async () => true,
    })
    expect(snapshot.camera.inUse).toBe('unknown')
  })

  it('reports a camera this user may not open as blocked, without opening it', async () => {
    const roots = machine({ videos: [{ node: 'video0', name: 'USB Camera', index: 0 }] })
    const tried: string[] = []
    const snapshot = await readLinuxDevices({
      ...base,
      exec: fakeExec(PACTL_OK),
      roots,
      canUse: async (path) => (tried.push(path), false),
    })
    expect(snapshot.camera).toMatchObject({ access: 'blocked', blockedBy: 'linux-permission' })
    expect(tried).toEqual([join(roots.dev, 'video0')])
  })

  it('reads the default microphone through pactl: muted, at 40 %', async () => {
    const roots = machine({})
    const snapshot = await readLinuxDevices({
      ...base,
      kinds: ['microphone'],
      exec: fakeExec(PACTL_OK),
      roots,
    })
    expect(snapshot.microphone).toMatchObject({
      presence: 'present',
      names: ['Family 17h/19h HD Audio Controller Digital Microphone'],
      access: 'allowed',
      level: { source: 'pactl', muted: true, volumePercent: 40 },
    })
  })

  it('finds no microphone when the only source is a monitor', async () => {
    const exec = fakeExec({
      'pactl info':
        'Default Source: alsa_output.usb-Kingston_HyperX_7.1_Audio_00000000-00.analog-stereo.monitor\n',
      'pactl list sources': fixture('linux/pactl-list-sources-monitor-only.txt'),
    })
    const snapshot = await readLinuxDevices({ ...base, kinds: ['microphone'], exec, roots: machine({}) })
    expect(snapshot.microphone).toMatchObject({ presence: 'none', names: [] })
    expect(snapshot.microphone.level).toBeUndefined()
  })

  it('takes output it cannot read for "could not check", not for "no microphone"', async () => {
    const pactlOdd = fakeExec({
      'pactl info': 'Server Name: something new\n',
      'pactl list sources': 'Quelle #0\n',
    })
    expect(
      (await readLinuxDevices({ ...base, kinds: ['microphone'], exec: pactlOdd, roots: machine({}) }))
        .microphone.presence,
    ).toBe('unknown')
    const wpctlOdd = fakeExec({ 'wpctl status': 'PipeWire ready\n' })
    expect(
      (await readLinuxDevices({ ...base, kinds: ['microphone'], exec: wpctlOdd, roots: machine({}) }))
        .microphone.presence,
    ).toBe('unknown')
  })

  it('starts no program that is not on PATH (a fork of this process costs the other checks time)', async () => {
    const roots = machine({})
    const bin = join(roots.dev, '..', 'bin')
    mkdirSync(bin)
    const exec = fakeExec({})
    const none = await readLinuxDevices({ ...base, kinds: ['microphone'], exec, roots, env: { PATH: bin } })
    expect(exec.calls).toEqual([])
    expect(none.microphone).toMatchObject({
      presence: 'unknown',
      notes: ['pactl: missing', 'wpctl: missing'],
    })
    writeFileSync(join(bin, 'wpctl'), '#!/bin/sh\n', { mode: 0o755 })
    await readLinuxDevices({
      ...base,
      kinds: ['microphone'],
      exec,
      roots,
      env: { PATH: `/nonexistent:${bin}` },
    })
    expect(exec.calls.map((call) => call.line)).toEqual([
      'wpctl status',
      'wpctl get-volume @DEFAULT_AUDIO_SOURCE@',
    ])
  })

  it('falls back to wpctl when pactl is missing', async () => {
    const exec = fakeExec({
      'wpctl status': fixture('linux/wpctl-status-songrec.txt'),
      'wpctl get-volume @DEFAULT_AUDIO_SOURCE@': 'Volume: 0.74 [MUTED]\n',
    })
    const snapshot = await readLinuxDevices({ ...base, kinds: ['microphone'], exec, roots: machine({}) })
    expect(snapshot.microphone).toMatchObject({
      presence: 'present',
      names: ['Internes Audio Analog Stereo'],
      level: { source: 'wpctl', muted: true, volumePercent: 74 },
    })
  })

  it("does not trust wpctl's default source when no input is listed (it can point at an output)", async () => {
    const exec = fakeExec({
      'wpctl status': fixture('linux/wpctl-status-no-source.txt'),
      'wpctl get-volume @DEFAULT_AUDIO_SOURCE@': 'Volume: 0.65\n',
    })
    const snapshot = await readLinuxDevices({ ...base, kinds: ['microphone'], exec, roots: machine({}) })
    expect(snapshot.microphone).toMatchObject({ presence: 'none' })
    expect(snapshot.microphone.level).toBeUndefined()
  })

  it('says "could not check", never "no microphone", when neither pactl nor wpctl is there', async () => {
    const snapshot = await readLinuxDevices({
      ...base,
      kinds: ['microphone'],
      exec: fakeExec({}),
      roots: machine({}),
    })
    expect(snapshot.microphone).toMatchObject({
      presence: 'unknown',
      notes: ['pactl: missing', 'wpctl: missing'],
    })
  })

  it("reads GNOME's privacy switches only on a GNOME desktop", async () => {
    const roots = machine({ videos: [{ node: 'video0', name: 'USB Camera', index: 0 }] })
    const answers = {
      ...PACTL_OK,
      'gsettings get org.gnome.desktop.privacy disable-camera': 'true\n',
      'gsettings get org.gnome.desktop.privacy disable-microphone': 'false\n',
    }
    const gnome = {
      XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus',
    }
    const on = await readLinuxDevices({
      ...base,
      exec: fakeExec(answers),
      roots,
      env: gnome,
      canUse: async () => true,
    })
    expect(on.camera).toMatchObject({ access: 'blocked', blockedBy: 'linux-gnome-privacy' })
    expect(on.microphone.access).toBe('allowed')
    const elsewhere = fakeExec(answers)
    const kde = await readLinuxDevices({
      ...base,
      exec: elsewhere,
      roots,
      env: { XDG_CURRENT_DESKTOP: 'KDE' },
      canUse: async () => true,
    })
    expect(kde.camera.access).toBe('allowed')
    expect(elsewhere.calls.map((call) => call.line)).not.toContain(
      'gsettings get org.gnome.desktop.privacy disable-camera',
    )
  })

  it('gives every command only what is left of the budget, and the abort signal', async () => {
    let time = 0
    const signal = new AbortController().signal
    const exec = fakeExec({})
    const timed: Exec = async (command, args, options) => {
      const result = await exec(command, args, options)
      time += 400
      return result
    }
    await readLinuxDevices({
      exec: timed,
      now: () => time,
      deadline: 1500,
      signal,
      kinds: ['microphone'],
      roots: machine({}),
    })
    expect(
      exec.calls.map((call) => [call.line, call.options?.timeoutMs, call.options?.signal === signal]),
    ).toEqual([
      // pactl's two questions start together; wpctl's two after pactl answered (800 ms on this fake clock).
      ['pactl info', 1500, true],
      ['pactl list sources', 1500, true],
      ['wpctl status', 700, true],
      ['wpctl get-volume @DEFAULT_AUDIO_SOURCE@', 700, true],
    ])
  })
})

describe('the Windows reader', () => {
  const reg = (key: string): string => `reg query ${key} /s`
  const answers = (over: Record<string, ExecResult | string> = {}): Record<string, ExecResult | string> => ({
    [reg(`HKCU\\${CONSENT_STORE}\\webcam`)]: fixture('windows/reg-webcam-zoom-in-use.txt'),
    [reg(`HKLM\\${CONSENT_STORE}\\webcam`)]: {
      ok: false,
      reason: 'exit',
      exitCode: 1,
      stdout: '',
      stderr: 'ERROR: The system was unable to find the specified registry key or value.',
      message: 'reg exited with 1',
    },
    [reg(`HKCU\\${CONSENT_STORE}\\microphone`)]: fixture('windows/reg-microphone-all-denied.txt'),
    [reg(MMDEVICES_CAPTURE)]: fixture('windows/reg-mmdevices-capture.txt'),
    ...over,
  })
  const withCim =
    (exec: ReturnType<typeof fakeExec>, json: string | undefined): Exec =>
    async (command, args, options) =>
      command === 'powershell.exe'
        ? json === undefined
          ? { ok: false, reason: 'timeout', stdout: '', stderr: '', message: 'slow' }
          : okResult(json)
        : exec(command, args, options)

  it('reads the switches, the app using the camera, and the microphones', async () => {
    const exec = fakeExec(answers())
    const snapshot = await readWindowsDevices({
      ...base,
      exec: withCim(exec, fixture('windows/cim-cameras.json')),
    })
    expect(snapshot.camera).toMatchObject({
      presence: 'present',
      names: ['Integrated Webcam'],
      access: 'allowed',
      inUse: 'yes',
      users: [{ name: 'Zoom.exe' }],
    })
    expect(snapshot.microphone).toMatchObject({
      presence: 'present',
      names: ['Microphone Array (Realtek(R) Audio)'],
      access: 'blocked',
      blockedBy: 'windows-all-apps',
      inUse: 'no',
    })
    expect(snapshot.microphone.level).toBeUndefined()
  })

  it('names the desktop-apps switch, and the disabled camera before it', async () => {
    const exec = fakeExec(
      answers({
        [reg(`HKCU\\${CONSENT_STORE}\\webcam`)]: fixture('windows/reg-webcam-desktop-apps-denied.txt'),
      }),
    )
    expect(
      (await readWindowsDevices({ ...base, exec: withCim(exec, fixture('windows/cim-cameras.json')) }))
        .camera,
    ).toMatchObject({ access: 'blocked', blockedBy: 'windows-desktop-apps' })
    expect(
      (
        await readWindowsDevices({
          ...base,
          exec: withCim(exec, fixture('windows/cim-camera-disabled.json')),
        })
      ).camera,
    ).toMatchObject({ access: 'blocked', blockedBy: 'windows-device-disabled' })
  })

  it('sees a microphone switched off in Sound settings', async () => {
    const exec = fakeExec(
      answers({
        [reg(MMDEVICES_CAPTURE)]: fixture('windows/reg-mmdevices-disabled.txt'),
        [reg(`HKCU\\${CONSENT_STORE}\\microphone`)]: fixture('windows/reg-webcam-zoom-in-use.txt').replace(
          /webcam/g,
          'microphone',
        ),
      }),
    )
    const snapshot = await readWindowsDevices({ ...base, exec: withCim(exec, '{"cameras":[]}') })
    expect(snapshot.microphone).toMatchObject({
      presence: 'present',
      access: 'blocked',
      blockedBy: 'windows-endpoint-disabled',
      inUse: 'yes',
      users: [{ name: 'Zoom.exe' }],
    })
    expect(snapshot.camera.presence).toBe('none')
  })

  it('says "could not check" the camera when PowerShell is too slow, and still reads the switches', async () => {
    const snapshot = await readWindowsDevices({ ...base, exec: withCim(fakeExec(answers()), undefined) })
    expect(snapshot.camera).toMatchObject({ presence: 'unknown', access: 'allowed', inUse: 'yes' })
  })

  it('asks nothing about the camera in an audio session', async () => {
    const exec = fakeExec(answers())
    await readWindowsDevices({ ...base, kinds: ['microphone'], exec: withCim(exec, '{"cameras":[]}') })
    expect(exec.calls.map((call) => call.line).join('\n')).not.toMatch(/webcam|powershell/)
  })
})

describe('the macOS reader', () => {
  it('reads cameras, microphones and the input volume', async () => {
    const exec = fakeExec({
      'system_profiler -json SPCameraDataType SPAudioDataType': fixture(
        'macos/system-profiler-camera-audio.json',
      ),
      'osascript -e input volume of (get volume settings)': '0\n',
    })
    const snapshot = await readMacosDevices({ ...base, exec })
    expect(snapshot.camera).toMatchObject({
      presence: 'present',
      names: ['Canon Digital Camera', 'HUI的iPhone 14 Camera'],
      access: 'unknown',
      inUse: 'unknown',
    })
    expect(snapshot.microphone).toMatchObject({
      presence: 'present',
      names: ['Built-in Microphone'],
      level: { source: 'osascript', volumePercent: 0, muted: true },
    })
  })

  it('finds none on a Mac mini with nothing plugged in', async () => {
    const exec = fakeExec({
      'system_profiler -json SPCameraDataType SPAudioDataType': fixture(
        'macos/system-profiler-no-camera.json',
      ),
      'osascript -e input volume of (get volume settings)': 'missing value\n',
    })
    const snapshot = await readMacosDevices({ ...base, exec })
    expect([snapshot.camera.presence, snapshot.microphone.presence]).toEqual(['none', 'none'])
  })

  it('says "could not check" when system_profiler and osascript do not answer', async () => {
    const snapshot = await readMacosDevices({ ...base, exec: fakeExec({}) })
    expect([snapshot.camera.presence, snapshot.microphone.presence]).toEqual(['unknown', 'unknown'])
  })
})
