import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/devices')

/** A fixture's text as the command printed it: text files lose their `# Source:` line; JSON is whole (its source is in a sibling .source.txt). */
export function fixture(path: string): string {
  const text = readFileSync(join(FIXTURE_ROOT, path), 'utf8')
  if (path.endsWith('.json')) return text
  if (!text.startsWith('# Source:')) throw new Error(`${path} has no source line`)
  return text.slice(text.indexOf('\n') + 1)
}

export function listFixtures(): string[] {
  return ['linux', 'macos', 'windows'].flatMap((os) => readdirSync(join(FIXTURE_ROOT, os)).map((name) => `${os}/${name}`))
}

export function hasSource(path: string): boolean {
  if (path.endsWith('.source.txt')) return readFileSync(join(FIXTURE_ROOT, path), 'utf8').trim().length > 0
  if (path.endsWith('.json')) return existsSync(join(FIXTURE_ROOT, path.replace(/\.json$/, '.source.txt')))
  return readFileSync(join(FIXTURE_ROOT, path), 'utf8').startsWith('# Source:')
}
