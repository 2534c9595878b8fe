import { readFileSync } from 'node:fs'

/**
 * The package version. The published build has it written in (build.config.mjs defines
 * SESSION_CHECKUP_VERSION), because a bundle has no package.json beside it to read; the
 * unbundled tree (tests, benches) reads package.json next to dist/.
 */
declare const SESSION_CHECKUP_VERSION: string | undefined

let cached: string | undefined

export function toolVersion(): string {
  if (typeof SESSION_CHECKUP_VERSION === 'string') return SESSION_CHECKUP_VERSION
  if (cached) return cached
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string
    }
    cached = pkg.version ?? '0.0.0'
  } catch {
    cached = '0.0.0'
  }
  return cached
}
