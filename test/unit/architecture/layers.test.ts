import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Which layer may import which (CONTRIBUTING.md, "Layers"). Read from the code's own imports,
 * type-only ones included: a layer that needs a type from above is reaching up all the same.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const src = join(root, 'src')

/** Every layer, and the layers it may import besides itself. */
const mayImport: Record<string, readonly string[]> = {
  // Plain values that everything may use.
  tool: [],
  // defined({ a, b }): an object without its undefined values; every layer may use it.
  defined: [],
  version: [],
  errors: [],
  text: [],
  messages: ['tool'],
  report: ['tool', 'errors', 'text', 'messages'],
  options: ['report', 'messages'],
  // The OS, the network, files and prompts: each alone.
  platform: ['tool', 'errors', 'text', 'messages'],
  net: ['tool', 'version', 'errors', 'text', 'messages'],
  files: ['errors', 'text', 'messages'],
  ui: ['errors', 'options', 'text', 'messages'],
  // The checks read the OS and the network through their context, and produce the report model.
  checks: ['platform', 'net', 'report', 'options', 'ui', 'tool', 'version', 'errors', 'text', 'messages'],
  render: ['report', 'options', 'tool', 'text', 'messages'],
  // The web check's page (issue 25): it gathers in the browser and hands the core the same inputs.
  // Its connection measurement shares the engine's pure parts (phase plan, statistics, rate) in net.
  web: ['checks', 'net', 'report', 'render', 'options', 'tool', 'errors', 'text', 'messages'],
  // argv to options; nothing below imports it. It may read defaults from below for --help.
  cli: ['options', 'report', 'checks', 'net', 'tool', 'errors', 'text', 'messages'],
  io: [],
  // The top: the commands, the orchestrator, and the entry points.
  commands: [
    'cli',
    'checks',
    'net',
    'platform',
    'report',
    'render',
    'files',
    'ui',
    'options',
    'io',
    'tool',
    'version',
    'errors',
    'text',
    'messages',
  ],
  main: [
    'commands',
    'cli',
    'checks',
    'net',
    'platform',
    'report',
    'render',
    'files',
    'ui',
    'options',
    'io',
    'tool',
    'version',
    'errors',
    'text',
    'messages',
  ],
  // messages: the early answer picks the help's language by the locale rule (src/messages/locale.ts).
  entry: ['main', 'cli', 'checks', 'platform', 'report', 'render', 'io', 'version', 'messages'],
}

/** The layer a file under src/ belongs to: its first folder, or its own name. */
function layerOf(file: string): string {
  const path = relative(src, file).replace(/\\/g, '/')
  const [first = '', ...rest] = path.split('/')
  if (rest.length > 0) return first
  const name = first.replace(/\.(ts|json)$/, '')
  return ['start', 'early-answer', 'run-program', 'index', 'parsers'].includes(name) ? 'entry' : name
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Relative imports, static and dynamic, type-only ones included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [
    ...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm),
  ].map((m) => m[1] ?? '')
  return specifiers.map((specifier) => normalize(join(dirname(file), specifier.replace(/\.js$/, '.ts'))))
}

const files = sourceFiles(src)

describe('layers', () => {
  it('every file under src/ belongs to a known layer', () => {
    const unknown = files
      .map((file) => `${relative(root, file)} (${layerOf(file)})`)
      .filter((line) => !(line.replace(/.*\((.*)\)$/, '$1') in mayImport))
    expect(unknown).toEqual([])
  })

  it('no layer imports one it may not (lower layers never reach up, nothing below main imports src/cli/)', () => {
    const broken: string[] = []
    for (const file of files) {
      const from = layerOf(file)
      for (const target of importsOf(file)) {
        const to = layerOf(target)
        if (to !== from && to !== 'defined' && !mayImport[from]?.includes(to))
          broken.push(
            `${relative(root, file)} imports ${relative(root, target)}: ${from} may not import ${to}`,
          )
      }
    }
    expect(broken).toEqual([])
  })

  it('reads imports at all (the check above is not passing on nothing)', () => {
    const main = files.find((file) => file.endsWith(join('src', 'main.ts')))
    expect(main && importsOf(main).map(layerOf)).toEqual(
      expect.arrayContaining(['commands', 'cli', 'report', 'messages']),
    )
  })
})
