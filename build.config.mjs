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
import ts from 'typescript'

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
 * The catalogue's declaration is the one exception: tsc writes every sentence of both languages
 * into it (about 380 KB), so it ships as written by `catalogueTypes` below.
 */
function types() {
  const written = { 'messages/index.d.ts': catalogueTypes() }
  const reached = new Set()
  const queue = ['index.d.ts', 'parsers.d.ts']
  while (queue.length > 0) {
    const file = queue.pop()
    if (reached.has(file)) continue
    reached.add(file)
    const text = written[file] ?? readFileSync(join(root, 'dist', file), 'utf8')
    for (const [, target] of text.matchAll(/(?:from|import\()\s*'(\.[^']+)\.js'/g)) {
      const next = relative(join(root, 'dist'), join(root, 'dist', dirname(file), `${target}.d.ts`))
      if (!existsSync(join(root, 'dist', next)))
        throw new Error(`types: ${file} imports ${target}, which has no .d.ts`)
      queue.push(next)
    }
  }
  for (const file of reached) {
    mkdirSync(dirname(join(root, 'dist/types', file)), { recursive: true })
    if (written[file]) writeFileSync(join(root, 'dist/types', file), written[file])
    else cpSync(join(root, 'dist', file), join(root, 'dist/types', file))
  }
}

/**
 * The catalogue's declaration as importers need it: each key with the names of the values its
 * sentence takes (what `Msg` checks), without the sentences. TypeScript itself works out the names
 * (PlaceholdersOf over the English catalogue), and then proves that every type exported here is
 * the same type as the source's; a new export in src/messages/index.ts stops the build until it
 * is added here.
 */
function catalogueTypes() {
  const dir = join(root, 'src', 'messages')
  const shippedPath = join(dir, '__shipped__.d.ts')
  const probePath = join(dir, '__probe__.ts')
  const options = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    skipLibCheck: true,
  }
  const compile = (files) => {
    const host = ts.createCompilerHost(options)
    const { getSourceFile, fileExists, readFile } = host
    host.fileExists = (path) => path in files || fileExists.call(host, path)
    host.readFile = (path) => files[path] ?? readFile.call(host, path)
    host.getSourceFile = (path, language, ...rest) =>
      path in files
        ? ts.createSourceFile(path, files[path], language, true)
        : getSourceFile.call(host, path, language, ...rest)
    return ts.createProgram({ rootNames: Object.keys(files), options, host })
  }

  // 1. Each key's placeholder names, as the source's own type computes them.
  const names = compile({
    [probePath]: [
      "import type { en } from './en/index.js'",
      "import type { PlaceholdersOf } from './format.js'",
      "import type { Language } from './index.js'",
      'export type Names = { [K in keyof typeof en]: PlaceholdersOf<(typeof en)[K]> }',
      'export type Languages = Language',
    ].join('\n'),
  })
  const checker = names.getTypeChecker()
  const alias = names.getSourceFile(probePath).statements.at(-2)
  const rows = checker
    .getPropertiesOfType(checker.getTypeAtLocation(alias.name))
    .map((key) => `  ${JSON.stringify(key.name)}: ${checker.typeToString(checker.getTypeOfSymbol(key))}`)
  const languages = checker.typeToString(
    checker.getTypeAtLocation(names.getSourceFile(probePath).statements.at(-1).name),
  )
  const shipped = `// The message catalogue's types (src/messages/index.ts), for importers: every key with the names
// of the values its sentence takes. Written by build.config.mjs; the sentences are in the code.
import type { SharedPlaceholder } from './format.js';
/** Each sentence's key, and the names of its {placeholders}. */
export interface Placeholders {
${rows.join(';\n')};
}
export type MessageKey = keyof Placeholders;
/** What every language's file must hold: a sentence for each key. */
export type Catalogue = { readonly [K in MessageKey]: string };
export type Language = ${languages};
export declare const LANGUAGES: Language[];
/** The values a sentence needs, by name. */
export type MessageValues<K extends MessageKey> = Record<Exclude<Placeholders[K], SharedPlaceholder>, string | number>;
type ValuesArg<K extends MessageKey> = [Exclude<Placeholders[K], SharedPlaceholder>] extends [never] ? [] : [values: MessageValues<K>];
/** The keys whose sentences need no values of their own. */
export type PlainKey = { [K in MessageKey]: ValuesArg<K> extends [] ? K : never }[MessageKey];
/** A sentence in one language. */
export type Msg = <K extends MessageKey>(key: K, ...values: ValuesArg<K>) => string;
/** One language's catalogue as written, placeholders and all. */
export declare function catalogueOf(language: Language): Catalogue;
/** The sentences of one language. */
export declare function messagesFor(language: Language): Msg;
/** "A", "A and B", "A, B and C". */
export declare function joinNames(names: readonly string[], message: Msg): string;
`

  // 2. The proof: the same exports, and each one the same type as the source's.
  // Each line must come out `true`. A generic function type is compared key by key (TypeScript's
  // identity test does not see through the deferred types inside it).
  const same = {
    Catalogue: 'Same<Source.Catalogue, Shipped.Catalogue>',
    MessageKey: 'Same<Source.MessageKey, Shipped.MessageKey>',
    Language: 'Same<Source.Language, Shipped.Language>',
    MessageValues:
      'Same<{ [K in Source.MessageKey]: Source.MessageValues<K> }, { [K in Shipped.MessageKey]: Shipped.MessageValues<K> }>',
    PlainKey: 'Same<Source.PlainKey, Shipped.PlainKey>',
    Msg: 'Same<{ [K in Source.MessageKey]: [Parameters<typeof sourceMsg<K>>, ReturnType<typeof sourceMsg<K>>] }, { [K in Shipped.MessageKey]: [Parameters<typeof shippedMsg<K>>, ReturnType<typeof shippedMsg<K>>] }>',
    LANGUAGES: 'Same<typeof source.LANGUAGES, typeof shipped.LANGUAGES>',
    catalogueOf: 'Same<typeof source.catalogueOf, (language: Shipped.Language) => Shipped.Catalogue>',
    messagesFor:
      'All<[Same<Parameters<typeof source.messagesFor>, Parameters<typeof shipped.messagesFor>>, Same<ReturnType<typeof source.messagesFor>, Source.Msg>, Same<ReturnType<typeof shipped.messagesFor>, Shipped.Msg>]>',
    joinNames:
      'All<[Same<Parameters<typeof source.joinNames>, [names: readonly string[], message: Source.Msg]>, Same<Parameters<typeof shipped.joinNames>, [names: readonly string[], message: Shipped.Msg]>, Same<ReturnType<typeof source.joinNames>, ReturnType<typeof shipped.joinNames>>]>',
  }
  const proof = compile({
    [shippedPath]: shipped,
    [probePath]: [
      "import type * as Source from './index.js'",
      "import * as source from './index.js'",
      "import type * as Shipped from './__shipped__.js'",
      "import * as shipped from './__shipped__.js'",
      'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false',
      'type All<T extends boolean[]> = false extends T[number] ? false : true',
      'declare const sourceMsg: Source.Msg',
      'declare const shippedMsg: Shipped.Msg',
      ...Object.entries(same).map(([name, type]) => `export const ${name}: ${type} = true`),
    ].join('\n'),
  })
  const problems = ts
    .getPreEmitDiagnostics(proof)
    .map(
      (d) =>
        `${d.file?.text.slice(d.start, d.start + d.length) ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    )
  const sourceExports = proof
    .getTypeChecker()
    .getExportsOfModule(
      proof.getTypeChecker().getSymbolAtLocation(proof.getSourceFile(join(dir, 'index.ts'))),
    )
    .map((symbol) => symbol.name)
    .sort()
  if (sourceExports.join() !== Object.keys(same).sort().join())
    problems.push(
      `src/messages/index.ts exports ${sourceExports.join(', ')}; the shipped declaration has ${Object.keys(same).join(', ')}`,
    )
  if (problems.length > 0)
    throw new Error(
      `types: the shipped catalogue declaration differs from the source's:\n${problems.join('\n')}`,
    )
  return shipped
}

/**
 * `--help` as commander prints it to a pipe (80 columns), taken from the TypeScript tree, which
 * has no help written in and so asks commander. The bundle answers `--help` with this text
 * without loading the program (src/early-answer.ts).
 */
function helpText(languages) {
  // The help in each language, as commander prints it.
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      execFileSync(process.execPath, [`${root}dist/start.js`, '--lang', lang, '--help'], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' },
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    ]),
  )
}

/**
 * The published program, in two builds. The entry (src/start.ts, what the bin imports) is bundled
 * alone: it answers `--version` and `--help` from one small file that imports nothing, and loads
 * the rest (src/run-program.ts) only to run. The rest and the two programmatic entries are bundled
 * together, split at each dynamic import into shared chunks.
 */
async function bundle() {
  const define = {
    SESSION_CHECKUP_VERSION: JSON.stringify(pkg.version),
    // The languages are the catalogue's own list, from the tree tsc just wrote.
    SESSION_CHECKUP_HELP: JSON.stringify(
      helpText((await import(pathToFileURL(`${root}dist/messages/index.js`).href)).LANGUAGES),
    ),
  }
  const common = {
    absWorkingDir: root,
    outdir: 'dist/bundle',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    // Function names stay (about 2% of the size), so a --debug stack trace names the functions it
    // went through. No source map is shipped.
    keepNames: true,
    define,
    logLevel: 'warning',
  }
  const entry = await build({
    ...common,
    entryPoints: { start: 'src/start.ts' },
    // Left as an import of the other build's output beside it.
    plugins: [
      {
        name: 'run-program-beside',
        setup(builder) {
          builder.onResolve({ filter: /^\.\/run-program\.js$/ }, () => ({
            path: './run-program.js',
            external: true,
          }))
        },
      },
    ],
    metafile: true,
  })
  // The entry, the early answer, the locale rule it picks the help's language by, and the help itself.
  const startInputs = Object.keys(entry.metafile.inputs).sort()
  if (
    startInputs.join() !==
    '<define:SESSION_CHECKUP_HELP>,src/early-answer.ts,src/messages/locale.ts,src/start.ts'
  )
    throw new Error(`bundle: the entry must stay alone, but it reaches ${startInputs.join(', ')}`)
  const result = await build({
    ...common,
    entryPoints: { 'run-program': 'src/run-program.ts', index: 'src/index.ts', parsers: 'src/parsers.ts' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    // The dependencies' licence notices stay with their code, in one file beside it.
    legalComments: 'linked',
    // The optional Ookla engine is the person's own install (a peer dependency), loaded only when asked.
    external: ['speedtest-net'],
    // CommonJS dependencies (commander, systeminformation) call require() for Node's own modules;
    // an ES module has no require, so each output file makes one.
    banner: {
      js: 'import{createRequire as __sc_createRequire}from"node:module";const require=__sc_createRequire(import.meta.url);',
    },
    metafile: true,
  })
  // What each output loads, for test/unit/bundle-loading.test.ts (not shipped).
  writeFileSync(
    `${root}dist/bundle-graph.json`,
    `${JSON.stringify(
      Object.fromEntries(
        Object.entries({ ...entry.metafile.outputs, ...result.metafile.outputs }).map(([output, info]) => [
          output,
          {
            entryPoint: info.entryPoint,
            inputs: Object.keys(info.inputs),
            imports: info.imports.map(({ path, kind, external }) => ({ path, kind, external })),
          },
        ]),
      ),
      null,
      1,
    )}\n`,
  )
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
