import { defined } from '../../defined.js' /**
 * Pure readers of Linux sound-server output and of the /dev, /sys and /proc facts the camera
 * reader gathers. Commands run with LC_ALL=C, so pactl's labels are English.
 */

/** One source (input) as `pactl list sources` shows it. Monitors are the "what you hear" copies of outputs. */
export interface PactlSource {
  name: string
  description?: string
  muted?: boolean
  /** The loudest channel, in percent. */
  volumePercent?: number
  isMonitor: boolean
}

/** `pactl info`: the `Default Source:` line (PulseAudio, and PipeWire's pulse layer). */
export function parsePactlInfo(stdout: string): { defaultSource?: string } {
  const match = /^Default Source:\s*(.+?)\s*$/m.exec(stdout)
  return match?.[1] ? { defaultSource: match[1] } : {}
}

/** The loudest channel of a pactl `Volume:` line: `front-left: 65536 / 100% / 0.00 dB, …` or `mono: 26214 /  40% / …`. */
export function parsePactlVolume(line: string): number | undefined {
  const percents = [...line.matchAll(/\/\s*(\d+)%/g)].map((match) => Number(match[1]))
  return percents.length > 0 ? Math.max(...percents) : undefined
}

/**
 * `pactl list sources`: one block per source, starting `Source #N`, with tab-indented fields.
 * A monitor says `Monitor of Sink: <sink>` (real inputs say `n/a`) and `device.class = "monitor"`.
 */
export function parsePactlSources(stdout: string): PactlSource[] {
  const blocks = stdout.split(/^Source #\d+\s*$/m).slice(1)
  return blocks.flatMap((block) => {
    const field = (label: string): string | undefined =>
      new RegExp(`^\\s*${label}:[ \\t]*(.*?)\\s*$`, 'm').exec(block)?.[1]
    const name = field('Name')
    if (!name) return []
    const mute = field('Mute')
    const volumeLine = field('Volume')
    const monitorOf = field('Monitor of Sink')
    const description = field('Description')
    const volumePercent = volumeLine === undefined ? undefined : parsePactlVolume(volumeLine)
    const isMonitor =
      (monitorOf !== undefined && monitorOf !== 'n/a') ||
      /device\.class = "monitor"/.test(block) ||
      name.endsWith('.monitor')
    return [
      {
        name,
        ...(description ? { description } : {}),
        ...(mute === 'yes' || mute === 'no' ? { muted: mute === 'yes' } : {}),
        ...defined({ volumePercent }),
        isMonitor,
      },
    ]
  })
}

/** `wpctl get-volume @DEFAULT_AUDIO_SOURCE@`: `Volume: 0.40` or `Volume: 0.40 [MUTED]` (wireplumber src/tools/wpctl.c). */
export function parseWpctlVolume(stdout: string): { volumePercent: number; muted: boolean } | undefined {
  const match = /^Volume:\s*(\d+(?:\.\d+)?)(\s*\[MUTED\])?\s*$/m.exec(stdout)
  if (!match) return undefined
  return { volumePercent: Math.round(Number(match[1]) * 100), muted: Boolean(match[2]) }
}

/**
 * The `Sources:` list of the `Audio` section of `wpctl status`: lines such as
 * ` │  *   51. Built-in Audio Analog Stereo        [vol: 1.00 MUTED]`, `*` marking the default.
 * wpctl lists real inputs only (monitors belong to sinks), and the `Video` section has its own
 * `Sources:` list (cameras), which is not read here.
 */
export function parseWpctlStatusSources(stdout: string): Array<{ name: string; isDefault: boolean }> {
  const sources: Array<{ name: string; isDefault: boolean }> = []
  let section = ''
  let inSources = false
  for (const line of stdout.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      section = line.trim()
      inSources = false
      continue
    }
    const heading = /[├└]─\s*([^:]+):/.exec(line)
    if (heading) {
      inSources = section === 'Audio' && heading[1]?.trim() === 'Sources'
      continue
    }
    if (!inSources) continue
    const entry = /^[\s│]*(\*)?\s*\d+\.\s+(.+?)(?:\s+\[vol:[^\]]*\])?\s*$/.exec(line)
    if (entry?.[2]) sources.push({ name: entry[2], isDefault: entry[1] === '*' })
  }
  return sources
}

/** `gsettings get org.gnome.desktop.privacy disable-camera` (or `disable-microphone`): `true` means switched off. */
export function parseGsettingsBoolean(stdout: string): boolean | undefined {
  const value = stdout.trim()
  if (value === 'true') return true
  if (value === 'false') return false
  return undefined
}

/** One process as the /proc scan saw it: its pid, its `comm`, and where its open files point. */
export interface ProcFdEntry {
  pid: number
  comm?: string
  fdTargets: readonly string[]
}

/** The names of the video device nodes (`video0`, `video2`) in a /dev listing. */
export function videoNodes(devEntries: readonly string[]): string[] {
  return devEntries
    .filter((name) => /^video\d+$/.test(name))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
}

/**
 * The other processes that hold one of these video nodes open, by `comm`. This tool itself and
 * PipeWire's own services (which open cameras to list them, and share them with apps) are left
 * out: they are not "another app".
 */
export function findVideoHolders(
  entries: readonly ProcFdEntry[],
  nodePaths: readonly string[],
  selfPid: number,
): string[] {
  const wanted = new Set(nodePaths)
  const names = new Set<string>()
  for (const entry of entries) {
    if (entry.pid === selfPid) continue
    if (!entry.fdTargets.some((target) => wanted.has(target))) continue
    const name = (entry.comm ?? '').trim() || `process ${entry.pid}`
    if (/^(pipewire|wireplumber|pipewire-media-session)$/.test(name)) continue
    names.add(name)
  }
  return [...names]
}

/**
 * A camera usually shows up as two or more nodes (capture and metadata); /sys/class/video4linux
 * gives each node's `name` and `index`, where index 0 is the device's main node. Without /sys
 * every node counts.
 */
export function camerasFromSys(
  nodes: ReadonlyArray<{ node: string; name?: string; index?: number }>,
): string[] {
  const main = nodes.filter((node) => node.index === undefined || node.index === 0)
  return main.map((node) => (node.name ?? '').trim() || node.node)
}
