import { readdirSync, readlinkSync } from 'node:fs'
import { access, constants, readdir, readFile } from 'node:fs/promises'
import type { ExecResult } from '../exec.js'
import {
  camerasFromSys,
  findVideoHolders,
  parseGsettingsBoolean,
  parsePactlInfo,
  parsePactlSources,
  parseWpctlStatusSources,
  parseWpctlVolume,
  videoNodes,
  type ProcFdEntry,
} from './parse-linux.js'
import { unknownReading, type DeviceKind, type DeviceReading, type DevicesSnapshot } from './types.js'
import type { ReadDevicesDeps } from './read-deps.js'
import { defined } from '../../defined.js'

/** Where the Linux reader looks; tests point these at folders they build. */
export interface LinuxRoots {
  dev: string
  sys: string
  proc: string
}

export const DEFAULT_LINUX_ROOTS: LinuxRoots = { dev: '/dev', sys: '/sys', proc: '/proc' }

export interface LinuxDeps extends ReadDevicesDeps {
  roots?: Partial<LinuxRoots>
  /** This tool's own pid, left out of "held by another app". */
  selfPid?: number
  /** Whether this user may open a device node; `access(R_OK|W_OK)` never opens it. */
  canUse?: (path: string) => Promise<boolean>
}

const canUseNode = (path: string): Promise<boolean> =>
  access(path, constants.R_OK | constants.W_OK).then(
    () => true,
    () => false,
  )

/**
 * Whether a program is on PATH, found with a few access() calls instead of a fork. Starting a
 * missing program still forks this whole process first; on a busy machine four such forks slowed
 * the Wi-Fi check's own commands past their time limit (test/e2e/hardening-system.test.ts).
 */
async function isOnPath(command: string, env: LinuxDeps['env']): Promise<boolean> {
  const dirs = (env?.PATH ?? '').split(':').filter(Boolean)
  for (const dir of dirs) {
    if (
      await access(`${dir}/${command}`, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return true
  }
  return false
}

/** Runs a command within what is left of the budget; a program not on PATH is "missing" without starting anything. */
function runner(deps: LinuxDeps): (command: string, args: string[]) => Promise<ExecResult> {
  const found = new Map<string, Promise<boolean>>()
  return async (command, args) => {
    if (deps.env?.PATH !== undefined) {
      if (!found.has(command)) found.set(command, isOnPath(command, deps.env))
      if (!(await found.get(command)))
        return {
          ok: false,
          reason: 'missing',
          stdout: '',
          stderr: '',
          message: `${command} is not installed`,
        }
    }
    return deps.exec(command, args, {
      timeoutMs: Math.max(1, deps.deadline - deps.now()),
      ...defined({ signal: deps.signal }),
    })
  }
}

/** pactl first (PulseAudio and PipeWire's pulse layer); wpctl when pactl is missing or has no server to talk to. */
async function readMicrophone(deps: LinuxDeps, run: ReturnType<typeof runner>): Promise<DeviceReading> {
  const reading = unknownReading()
  const [info, list] = await Promise.all([run('pactl', ['info']), run('pactl', ['list', 'sources'])])
  if (info.ok && list.ok) {
    const sources = parsePactlSources(list.stdout)
    // A sound server always lists a monitor per output: an empty list is output we cannot read, not "no microphone".
    if (sources.length === 0) {
      reading.notes.push('pactl listed no sources')
      return reading
    }
    const inputs = sources.filter((source) => !source.isMonitor)
    const { defaultSource } = parsePactlInfo(info.stdout)
    const chosen = inputs.find((source) => source.name === defaultSource)
    reading.presence = inputs.length > 0 ? 'present' : 'none'
    reading.names = inputs.map((source) => source.description ?? source.name)
    if (chosen)
      reading.level = {
        source: 'pactl',
        ...defined({ muted: chosen.muted, volumePercent: chosen.volumePercent }),
      }
    else if (inputs.length > 0) reading.notes.push('the default input is not a microphone')
    return reading
  }
  const failed = info.ok ? list : info
  if (!failed.ok) reading.notes.push(`pactl: ${failed.reason}`)
  const [status, volume] = await Promise.all([
    run('wpctl', ['status']),
    run('wpctl', ['get-volume', '@DEFAULT_AUDIO_SOURCE@']),
  ])
  if (!status.ok) {
    reading.notes.push(`wpctl: ${status.reason}`)
    return reading
  }
  if (!/^Audio\s*$/m.test(status.stdout)) {
    reading.notes.push('wpctl status had no Audio section')
    return reading
  }
  const sources = parseWpctlStatusSources(status.stdout)
  reading.presence = sources.length > 0 ? 'present' : 'none'
  reading.names = sources.map((source) => source.name)
  // With no input at all, @DEFAULT_AUDIO_SOURCE@ can resolve to an output (Waybar issue 4010): trust it only with a default input listed.
  const level =
    volume.ok && sources.some((source) => source.isDefault) ? parseWpctlVolume(volume.stdout) : undefined
  if (level) reading.level = { source: 'wpctl', ...level }
  return reading
}

async function readNode(sys: string, node: string): Promise<{ node: string; name?: string; index?: number }> {
  const dir = `${sys}/class/video4linux/${node}`
  const [name, index] = await Promise.all([
    readFile(`${dir}/name`, 'utf8').catch(() => undefined),
    readFile(`${dir}/index`, 'utf8').catch(() => undefined),
  ])
  const parsed = index === undefined ? Number.NaN : Number.parseInt(index, 10)
  return {
    node,
    ...(name ? { name: name.trim() } : {}),
    ...(Number.isFinite(parsed) ? { index: parsed } : {}),
  }
}

/** Lets timers and sockets of the other checks run between two processes' worth of blocking reads. */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Every process's open files, as link targets; other users' processes are not ours to read.
 * Blocking reads, one process at a time with a turn of the event loop between: a few
 * microseconds each, where the promise-per-file version took 20-50 (2.3 s for 500 processes of
 * 50 files, test/bench/devices.bench.mjs). Stops at the deadline or on abort, saying so.
 */
async function scanProc(
  proc: string,
  deps: LinuxDeps,
): Promise<{ entries: ProcFdEntry[]; hidden: boolean; cut: boolean }> {
  const pids = readdirSync(proc).filter((name) => /^\d+$/.test(name))
  const entries: ProcFdEntry[] = []
  let hidden = false
  for (const [index, pid] of pids.entries()) {
    if (deps.signal?.aborted || deps.now() >= deps.deadline) return { entries, hidden, cut: true }
    if (index % 16 === 15) await yieldToLoop()
    let fds: string[]
    try {
      fds = readdirSync(`${proc}/${pid}/fd`)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EACCES' || code === 'EPERM') hidden = true
      continue
    }
    const targets: string[] = []
    for (const fd of fds) {
      try {
        targets.push(readlinkSync(`${proc}/${pid}/fd/${fd}`))
      } catch {
        // closed meanwhile
      }
    }
    entries.push({ pid: Number(pid), fdTargets: targets })
  }
  return { entries, hidden, cut: false }
}

async function readComm(proc: string, pid: number): Promise<string | undefined> {
  return readFile(`${proc}/${pid}/comm`, 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  )
}

async function readCamera(deps: LinuxDeps, roots: LinuxRoots): Promise<DeviceReading> {
  const reading = unknownReading()
  let listing: string[]
  try {
    listing = await readdir(roots.dev)
  } catch {
    reading.notes.push('/dev could not be read')
    return reading
  }
  const nodes = videoNodes(listing)
  // Every V4L2 camera (built-in, USB, virtual) appears as /dev/video*; none there means none this system can use.
  if (nodes.length === 0) {
    reading.presence = 'none'
    reading.inUse = 'no'
    return reading
  }
  const details = await Promise.all(nodes.map((node) => readNode(roots.sys, node)))
  reading.presence = 'present'
  reading.names = camerasFromSys(details)
  const main = details
    .filter((detail) => detail.index === undefined || detail.index === 0)
    .map((detail) => `${roots.dev}/${detail.node}`)
  const usable = await Promise.all(main.map((path) => (deps.canUse ?? canUseNode)(path)))
  if (usable.every((ok) => !ok)) {
    reading.access = 'blocked'
    reading.blockedBy = 'linux-permission'
  } else reading.access = 'allowed'
  try {
    const { entries, hidden, cut } = await scanProc(roots.proc, deps)
    const holders = findVideoHolders(
      await Promise.all(
        entries.map(async (entry) =>
          entry.fdTargets.length > 0
            ? { ...entry, ...(await commOf(roots.proc, entry, nodes, roots.dev)) }
            : entry,
        ),
      ),
      nodes.map((node) => `${roots.dev}/${node}`),
      deps.selfPid ?? process.pid,
    )
    reading.users = holders.map((name) => ({ name }))
    // Apps a person starts run as that person; another user's process holding the camera is rare, so hidden ones only add a note.
    reading.inUse = holders.length > 0 ? 'yes' : cut ? 'unknown' : 'no'
    if (cut && holders.length === 0)
      reading.notes.push('ran out of time looking for apps that use the camera')
    else if (hidden && holders.length === 0) reading.notes.push("other users' processes could not be seen")
  } catch {
    reading.notes.push('/proc could not be read')
  }
  return reading
}

/** Reads `comm` only for processes that hold a video node, so the scan stays one readlink per open file. */
async function commOf(
  proc: string,
  entry: ProcFdEntry,
  nodes: readonly string[],
  dev: string,
): Promise<{ comm?: string }> {
  const paths = new Set(nodes.map((node) => `${dev}/${node}`))
  if (!entry.fdTargets.some((target) => paths.has(target))) return {}
  const comm = await readComm(proc, entry.pid)
  return comm ? { comm } : {}
}

/** GNOME only: elsewhere gsettings answers with its built-in default, which says nothing. */
function isGnome(env: LinuxDeps['env']): boolean {
  return /gnome/i.test(env?.XDG_CURRENT_DESKTOP ?? '') && Boolean(env?.DBUS_SESSION_BUS_ADDRESS)
}

/** GNOME Settings › Privacy › Camera / Microphone switches (org.gnome.desktop.privacy disable-camera / disable-microphone). */
async function readGnomePrivacy(
  deps: LinuxDeps,
  run: ReturnType<typeof runner>,
  kind: DeviceKind,
): Promise<boolean | undefined> {
  if (!isGnome(deps.env)) return undefined
  const result = await run('gsettings', [
    'get',
    'org.gnome.desktop.privacy',
    kind === 'camera' ? 'disable-camera' : 'disable-microphone',
  ])
  // Without a desktop session gsettings falls back to a "memory" backend holding defaults.
  return result.ok && !/memory/i.test(result.stderr) ? parseGsettingsBoolean(result.stdout) : undefined
}

function applyGnome(reading: DeviceReading, disabled: boolean | undefined): DeviceReading {
  if (disabled === true && reading.access !== 'blocked')
    return { ...reading, access: 'blocked', blockedBy: 'linux-gnome-privacy' }
  if (disabled === false && reading.access === 'unknown' && reading.presence === 'present')
    return { ...reading, access: 'allowed' }
  return reading
}

/**
 * Linux: cameras from /dev/video* (names from /sys), who holds them from /proc/<pid>/fd, the
 * microphone from the sound server, and GNOME's privacy switches. Reads only; opens no device.
 */
export async function readLinuxDevices(deps: LinuxDeps): Promise<DevicesSnapshot> {
  const roots = { ...DEFAULT_LINUX_ROOTS, ...deps.roots }
  const wantCamera = deps.kinds.includes('camera')
  const run = runner(deps)
  const [camera, microphone, cameraOff, micOff] = await Promise.all([
    wantCamera ? readCamera(deps, roots) : Promise.resolve(unknownReading()),
    readMicrophone(deps, run),
    wantCamera ? readGnomePrivacy(deps, run, 'camera') : Promise.resolve(undefined),
    readGnomePrivacy(deps, run, 'microphone'),
  ])
  // The sound server shares the microphone between apps, so another app recording does not take it away: not read.
  return {
    camera: applyGnome(camera, cameraOff),
    microphone: applyGnome(
      { ...microphone, access: microphone.presence === 'present' ? 'allowed' : 'unknown' },
      micOff,
    ),
  }
}
