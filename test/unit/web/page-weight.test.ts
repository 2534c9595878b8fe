import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../helpers/core-bundle.js'

/*
 * Issue 25: "the page, its script and its styles together are at most 150 KB gzipped". A size,
 * read from the build (npm test builds first); the time to a usable page is in the bench
 * (test/bench/web-weight.bench.mjs).
 */
const dir = join(ROOT, 'dist', 'web')
const LIMIT = 150 * 1024

describe('the web page as built (dist/web)', () => {
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.(html|js|css|json)$/.test(name)) : []
  const gzipped = (name: string) => gzipSync(readFileSync(join(dir, name)), { level: 9 }).length

  it('is at most 150 KB gzipped, every file it can load counted', () => {
    expect(files, 'run npm run build first').toContain('app.js')
    const sizes = Object.fromEntries(files.map((name) => [name, gzipped(name)]))
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0)
    expect(total, `gzip -9 bytes per file: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(LIMIT)
  })

  it('loads the Public Suffix List (the link analysis) only when a link or a checklist needs it', () => {
    // The first load: index.html, what it names, and what those import statically, followed through.
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
    const first = files.filter((name) => html.includes(name))
    for (const name of first)
      for (const [, imported] of readFileSync(join(dir, name), 'utf8').matchAll(
        /(?:\bfrom|\bimport)\s*"\.\/([^"]+)"/g,
      ))
        if (imported && !first.includes(imported)) first.push(imported)
    expect(first).toContain('app.js')
    const withList = files.filter((name) => readFileSync(join(dir, name), 'utf8').includes('kawasaki'))
    expect(withList).toHaveLength(1)
    expect(first).not.toContain(withList[0])
  })
})
