import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Reads the captured command outputs under test/fixtures/<area>/<os>/. Every fixture names its
 * source: text files on their first `# Source:` line, JSON files in a sibling `.source.txt`.
 */
export function fixtureFolder(area: string) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../fixtures', area)
  return {
    root,
    /** A fixture's text as the command printed it: text files lose their source line; JSON is whole. */
    fixture(path: string): string {
      const text = readFileSync(join(root, path), 'utf8')
      if (path.endsWith('.json')) return text
      if (!text.startsWith('# Source:')) throw new Error(`${path} has no source line`)
      return text.slice(text.indexOf('\n') + 1)
    },
    /** Every fixture file, relative to the folder. */
    listFixtures(): string[] {
      return ['linux', 'macos', 'windows'].flatMap((os) =>
        readdirSync(join(root, os)).map((name) => `${os}/${name}`),
      )
    },
    hasSource(path: string): boolean {
      if (path.endsWith('.source.txt')) return readFileSync(join(root, path), 'utf8').trim().length > 0
      if (path.endsWith('.json')) return existsSync(join(root, path.replace(/\.json$/, '.source.txt')))
      return readFileSync(join(root, path), 'utf8').startsWith('# Source:')
    },
  }
}
