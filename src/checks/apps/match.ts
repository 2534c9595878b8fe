import type { ProcessInfo, ProcessOwner } from '../../platform/processes/index.js'
import type { AppCategory, CatalogueEntry, OsKey } from './catalogue-types.js'

/** One app found running, its helper processes folded in. */
export interface AppFinding {
  id: string
  name: string
  category: AppCategory
  /** A remote-access tool with a process that exists only while someone is connected. */
  isActiveSession: boolean
  /** Whose processes they are; several when the app runs for more than one user. */
  owners: ProcessOwner[]
  processCount: number
  entry: CatalogueEntry
}

export function osKeyOf(platform: NodeJS.Platform): OsKey | undefined {
  if (platform === 'win32') return 'windows'
  if (platform === 'darwin') return 'macos'
  if (platform === 'linux') return 'linux'
  return undefined
}

interface Hit {
  entry: CatalogueEntry
  isSession: boolean
}

/** Lookup tables from exact lower-case keys to catalogue entries, built once per run. */
interface Index {
  names: Map<string, Hit>
  bundles: Map<string, CatalogueEntry>
  storePackages: Map<string, CatalogueEntry>
  snaps: Map<string, CatalogueEntry>
  flatpaks: Map<string, CatalogueEntry>
}

function buildIndex(catalogue: readonly CatalogueEntry[], os: OsKey): Index {
  const index: Index = {
    names: new Map(),
    bundles: new Map(),
    storePackages: new Map(),
    snaps: new Map(),
    flatpaks: new Map(),
  }
  for (const entry of catalogue) {
    const m = entry.processes[os]
    if (!m) continue
    for (const name of m.names ?? []) index.names.set(name.toLowerCase(), { entry, isSession: false })
    for (const name of m.sessionNames ?? []) index.names.set(name.toLowerCase(), { entry, isSession: true })
    for (const bundle of m.bundles ?? []) index.bundles.set(bundle.toLowerCase(), entry)
    for (const pkg of m.storePackages ?? []) index.storePackages.set(pkg.toLowerCase(), entry)
    for (const snap of m.snaps ?? []) index.snaps.set(snap.toLowerCase(), entry)
    for (const id of m.flatpaks ?? []) index.flatpaks.set(id.toLowerCase(), entry)
  }
  return index
}

/** The package folder's name up to its first `_`: `WindowsApps\MSTeams_25122…__8wekyb3d8bbwe\…` gives `msteams`. */
function storePackageOf(segments: string[]): string | undefined {
  const at = segments.indexOf('windowsapps')
  const folder = at >= 0 ? segments[at + 1] : undefined
  return folder?.split('_')[0]
}

function findByPath(path: string, index: Index): CatalogueEntry | undefined {
  const segments = path.toLowerCase().split(/[\\/]+/)
  // Only the outermost bundle names the app: a helper in Slack.app/Contents/Frameworks/… is Slack.
  const bundle = segments.find((segment) => segment.endsWith('.app'))
  if (bundle) return index.bundles.get(bundle)
  const pkg = storePackageOf(segments)
  if (pkg && index.storePackages.has(pkg)) return index.storePackages.get(pkg)
  if (segments[1] === 'snap' && segments[2]) {
    const entry = index.snaps.get(segments[2])
    if (entry) return entry
  }
  const flatpak = segments.findIndex((segment, i) => segment === 'app' && segments[i - 1] === 'flatpak')
  return flatpak >= 0 && segments[flatpak + 1] ? index.flatpaks.get(segments[flatpak + 1] ?? '') : undefined
}

/** Which catalogue app a process belongs to, if any. Exact names first, then the path. */
export function matchProcess(process: ProcessInfo, index: Index): Hit | undefined {
  const byName =
    index.names.get(process.name.toLowerCase()) ??
    (process.script ? index.names.get(process.script.toLowerCase()) : undefined)
  if (byName) return byName
  const byPath = process.path ? findByPath(process.path, index) : undefined
  return byPath ? { entry: byPath, isSession: false } : undefined
}

/** Finds the catalogue apps among the processes, one finding per app, in catalogue order. */
export function findApps(
  processes: readonly ProcessInfo[],
  platform: NodeJS.Platform,
  catalogue: readonly CatalogueEntry[],
): AppFinding[] {
  const os = osKeyOf(platform)
  if (!os) return []
  const index = buildIndex(catalogue, os)
  const found = new Map<string, AppFinding>()
  for (const process of processes) {
    const hit = matchProcess(process, index)
    if (!hit) continue
    const finding = found.get(hit.entry.id) ?? {
      id: hit.entry.id,
      name: hit.entry.name,
      category: hit.entry.category,
      isActiveSession: false,
      owners: [],
      processCount: 0,
      entry: hit.entry,
    }
    finding.processCount += 1
    finding.isActiveSession ||= hit.isSession
    if (!finding.owners.includes(process.owner)) finding.owners.push(process.owner)
    found.set(hit.entry.id, finding)
  }
  return catalogue.flatMap((entry) => found.get(entry.id) ?? [])
}

export { buildIndex }
