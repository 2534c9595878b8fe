import { existsSync, readdirSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { build, type Plugin } from 'esbuild'

/**
 * The shared core: the code both editions run unchanged (ARCHITECTURE.md, "Two editions, one core").
 * Whole folders, and each check's folder except its `index.ts` (the check itself, which gathers
 * facts through its context and src/platform) and the files named below, which gather through
 * Node too (files, DNS, TLS, prompts in a terminal). A new file in a check's folder is core until
 * it is named here with its reason.
 */
export const ROOT = join(import.meta.dirname, '..', '..')

const CORE_FOLDERS = ['src/messages', 'src/report', 'src/render', 'src/text']

/** Files in a check's folder, besides its index.ts, that are the CLI's gatherers, not the judgement. */
export const NODE_ONLY_IN_CHECKS: Readonly<Record<string, string>> = {
  'src/checks/checklist/ask.ts': 'asks in a terminal (the page has its own buttons)',
  'src/checks/checklist/prepare.ts': 'reads the checklist file or URL (read-source.ts)',
  'src/checks/checklist/read-source.ts': 'reads files and URLs with node:fs',
  'src/checks/link/inspect.ts': 'joins the offline analysis with the online probes',
  'src/checks/link/online.ts': 'DNS and TLS with node:dns and node:tls',
}

function isCheckGatherer(file: string): boolean {
  return /^src\/checks\/[^/]+\/index\.ts$/.test(file) || file in NODE_ONLY_IN_CHECKS
}

/** Single core files outside those folders. */
const CORE_FILES = [
  'src/tool.ts',
  'src/errors.ts',
  'src/defined.ts',
  'src/net/budget.ts',
  'src/net/direction-run.ts',
  'src/net/endpoints.ts',
  'src/net/errors.ts',
  'src/net/latency-figures.ts',
  'src/net/phase-plan.ts',
  'src/net/rate.ts',
  'src/net/stats.ts',
  'src/net/types.ts',
  'src/checks/types.ts',
]

/** The browser's own code that must stay free of Node as well. */
const WEB_FOLDERS = ['src/web/measure']

function tsFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
}

/** Every core entry, as a path from the repository's root. */
export function coreEntries(): string[] {
  const checks = readdirSync(join(ROOT, 'src/checks'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => tsFiles(`src/checks/${entry.name}`))
    .filter((file) => !isCheckGatherer(file))
  const web = WEB_FOLDERS.filter((folder) => existsSync(join(ROOT, folder))).flatMap(tsFiles)
  return [...CORE_FOLDERS.flatMap(tsFiles), ...checks, ...CORE_FILES, ...web].sort()
}

/** Node's globals: a free reference to any of them in the bundle is a Node dependency. */
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'setImmediate',
  'clearImmediate',
]
const MARK = '__node_global_'

export interface CoreBundle {
  /** The bundle: an ES module exporting each entry as a namespace named by its path. */
  code: string
  /** "importer -> module" for every Node built-in the core reaches. */
  nodeImports: string[]
  /** "file: name" for every free use of a Node global. */
  nodeGlobals: string[]
}

/** A namespace name for an entry: src/checks/link/analyse.ts -> checks_link_analyse. */
export function namespaceOf(entry: string): string {
  return entry
    .replace(/^src\//, '')
    .replace(/\.ts$/, '')
    .replace(/[^A-Za-z0-9]/g, '_')
}

/**
 * Bundles the core for the browser as esbuild does for the page (platform 'browser', no Node
 * polyfills), recording every Node built-in it reaches and every free use of a Node global.
 */
export async function bundleCore(entries: readonly string[] = coreEntries()): Promise<CoreBundle> {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
  const nodeImports = new Set<string>()
  const recordNode: Plugin = {
    name: 'record-node-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!builtins.has(args.path) && !args.path.startsWith('node:')) return undefined
        nodeImports.add(`${relative(ROOT, args.importer)} -> ${args.path}`)
        return { path: args.path, external: true }
      })
    },
  }
  const stdin = entries.map((entry) => `export * as ${namespaceOf(entry)} from './${entry}'`).join('\n')
  const result = await build({
    stdin: { contents: stdin, resolveDir: ROOT, sourcefile: 'core-entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    // esbuild replaces only free identifiers, so a parameter named `process` stays as it is.
    define: Object.fromEntries(NODE_GLOBALS.map((name) => [name, `${MARK}${name}`])),
    plugins: [recordNode],
  })
  const code = result.outputFiles[0]?.text ?? ''
  const nodeGlobals = new Set<string>()
  let file = '(bundle)'
  for (const line of code.split('\n')) {
    const header = /^\/\/ (\S+)$/.exec(line)
    if (header?.[1]) file = header[1]
    for (const match of line.matchAll(new RegExp(`${MARK}(\\w+)|globalThis\\.(process|Buffer)\\b`, 'g')))
      nodeGlobals.add(`${file}: ${match[1] ?? match[2]}`)
  }
  return { code, nodeImports: [...nodeImports].sort(), nodeGlobals: [...nodeGlobals].sort() }
}
