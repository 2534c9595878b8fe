// `npm run build`: the whole build pipeline, one step after another. Each step is a function in
// `steps` below; a new output (for example the web page's bundle in dist/web/) is one more step.
//
//   dist/             the TypeScript tree (tsc): tests and benches import its modules, and its
//                     .d.ts files are the types the package ships
//   dist/types/       the .d.ts files the programmatic entries reach, and no others
//   dist/bundle/      what `npx session-checkup` runs and importers load: esbuild's bundle, minified,
//                     with every dependency and data file inside, so the package installs alone
//
// Why esbuild: one fast, dependency-free tool (vitest already brings it) that bundles ESM and
// CommonJS together, splits the code at each dynamic import (so a check's code loads when the check
// starts), inlines JSON, and writes build-time constants in with `define`.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, transform } from 'esbuild'

const root = fileURLToPath(new URL('.', import.meta.url))
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))

/** Compile the TypeScript tree into dist/ (JS for tests and benches, .d.ts for importers). */
function typescript() {
  rmSync(`${root}dist`, { recursive: true, force: true })
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  })
  cpSync(`${root}src/report/report.schema.json`, `${root}dist/report/report.schema.json`)
}

/**
 * The declarations importers need: those that dist/index.d.ts and dist/parsers.d.ts reach,
 * copied to dist/types/ in the same layout (the whole tree's would more than double the download).
 */
function types() {
  const reached = new Set()
  const queue = ['index.d.ts', 'parsers.d.ts']
  while (queue.length > 0) {
    const file = queue.pop()
    if (reached.has(file)) continue
    reached.add(file)
    const text = readFileSync(join(root, 'dist', file), 'utf8')
    for (const [, target] of text.matchAll(/(?:from|import\()\s*'(\.[^']+)\.js'/g)) {
      const next = relative(join(root, 'dist'), join(root, 'dist', dirname(file), `${target}.d.ts`))
      if (!existsSync(join(root, 'dist', next)))
        throw new Error(`types: ${file} imports ${target}, which has no .d.ts`)
      queue.push(next)
    }
  }
  for (const file of reached) {
    mkdirSync(dirname(join(root, 'dist/types', file)), { recursive: true })
    cpSync(join(root, 'dist', file), join(root, 'dist/types', file))
  }
}

/**
 * `--help` as commander prints it to a pipe (80 columns), taken from the TypeScript tree, which
 * has no help written in and so asks commander. The bundle answers `--help` with this text
 * without loading the program (src/early-answer.ts).
 */
function helpText() {
  return execFileSync(process.execPath, [`${root}dist/start.js`, '--help'], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

/** The published program: src/start.ts (the bin), and the two programmatic entries. */
async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { start: 'src/start.ts', index: 'src/index.ts', parsers: 'src/parsers.ts' },
    outdir: 'dist/bundle',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    // The dependencies' licence notices stay with their code, in one file beside it.
    legalComments: 'linked',
    // The optional Ookla engine is the person's own install (a peer dependency), loaded only when asked.
    external: ['speedtest-net'],
    define: {
      SESSION_CHECKUP_VERSION: JSON.stringify(pkg.version),
      SESSION_CHECKUP_HELP: JSON.stringify(helpText()),
    },
    // CommonJS dependencies (commander, systeminformation) call require() for Node's own modules;
    // an ES module has no require, so each output file makes one.
    banner: {
      js: 'import{createRequire as __sc_createRequire}from"node:module";const require=__sc_createRequire(import.meta.url);',
    },
    logLevel: 'warning',
    metafile: true,
  })
  // Which packages the bundle carries (not shipped): the README names each, and a test checks it.
  const packages = new Set()
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match) packages.add(match[1])
  }
  writeFileSync(`${root}dist/bundled-packages.json`, `${JSON.stringify([...packages].sort(), null, 2)}\n`)
}

/**
 * The web check (src/web/) into dist/web/: index.html, app.js (one minified bundle for browsers,
 * with the link analysis as a chunk of its own), app.css (the page's styles and the saved report's,
 * so the report on the page looks like the saved one) and config.json (the endpoint and the
 * checklist; empty: this origin, the built-in questions). `serve` serves these files; any static
 * host can too.
 */
async function web() {
  const out = join(root, 'dist', 'web')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src', 'web', 'main.ts')],
    outdir: out,
    entryNames: 'app',
    chunkNames: 'chunk-[hash]',
    // The link analysis (its public-suffix list and Unicode lookalike table are most of the weight)
    // loads only when a link is pasted.
    splitting: true,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
    minify: true,
    // Letters as they are (á, ñ, the list's Unicode names), not as \u escapes: module scripts are
    // always read as UTF-8, and the escapes would add a tenth to the Spanish catalogue.
    charset: 'utf8',
    legalComments: 'none',
    define: { __TOOL_VERSION__: JSON.stringify(pkg.version) },
    metafile: true,
    logLevel: 'warning',
  })
  // The core is free of Node (test/unit/architecture/browser-core.test.ts); the page must be too.
  const inputs = Object.values(result.metafile.inputs).flatMap((input) =>
    input.imports.filter((imported) => imported.path.startsWith('node:')).map((imported) => imported.path),
  )
  if (inputs.length) throw new Error(`The page's bundle imports Node modules: ${inputs.join(', ')}`)
  // The chunks app.js imports statically (code it shares with the link analysis) are named in the
  // page too, so the browser fetches them beside app.js rather than one round trip after it.
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint)?.[1]
  const preloads = (entry?.imports ?? [])
    .filter((imported) => imported.kind === 'import-statement')
    .map(
      (imported) => `    <link rel="modulepreload" href="${relative(out, join(root, imported.path))}" />\n`,
    )
  const html = readFileSync(join(root, 'src', 'web', 'index.html'), 'utf8')
  const script = '    <script type="module" src="app.js"></script>\n'
  if (!html.includes(script))
    throw new Error('src/web/index.html no longer loads app.js as the web step expects')
  writeFileSync(join(out, 'index.html'), html.replace(script, `${script}${preloads.join('')}`))
  const { reportCss } = await import(pathToFileURL(join(root, 'dist', 'render', 'html.js')).href)
  // Minified like the script (the page's weight counts every file it loads).
  const css = await transform(
    `${readFileSync(join(root, 'src', 'web', 'page.css'), 'utf8')}\n${reportCss}\n`,
    {
      loader: 'css',
      minify: true,
      target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
    },
  )
  writeFileSync(join(out, 'app.css'), css.code)
  writeFileSync(join(out, 'config.json'), `${JSON.stringify({ endpoint: '', checklist: null }, null, 2)}\n`)
}

const steps = [typescript, types, bundle, web]
for (const step of steps) await step()
