/**
 * Builds the web check (src/web/) into dist/web/: index.html, app.js (one minified bundle for
 * browsers, and the link analysis as a chunk of its own), app.css (the page's styles and the saved report's, so the report on the page looks
 * like the saved one) and config.json (the endpoint and the checklist; empty: this origin, the
 * built-in questions). `serve` serves these files; any static host can too.
 */
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export async function buildWeb(out = join(root, 'dist', 'web')) {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
  const result = await build({
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
    legalComments: 'none',
    define: { __TOOL_VERSION__: JSON.stringify(version) },
    metafile: true,
    logLevel: 'warning',
  })
  // The core is free of Node (test/unit/architecture/browser-core.test.ts); the page must be too.
  const inputs = Object.values(result.metafile.inputs).flatMap((input) =>
    input.imports.filter((imported) => imported.path.startsWith('node:')).map((imported) => imported.path),
  )
  if (inputs.length) throw new Error(`The page's bundle imports Node modules: ${inputs.join(', ')}`)
  copyFileSync(join(root, 'src', 'web', 'index.html'), join(out, 'index.html'))
  const { reportCss } = await import(pathToFileURL(join(root, 'dist', 'render', 'html.js')).href)
  writeFileSync(
    join(out, 'app.css'),
    `${readFileSync(join(root, 'src', 'web', 'page.css'), 'utf8')}\n${reportCss}\n`,
  )
  writeFileSync(join(out, 'config.json'), `${JSON.stringify({ endpoint: '', checklist: null }, null, 2)}\n`)
  return out
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildWeb()
