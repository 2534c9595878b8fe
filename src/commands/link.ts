import type { RawFlags } from '../cli/options.js'

/**
 * `session-checkup link <url>`: the full run's machinery with only the link check. It takes
 * the run's flags (--offline, --json, -o, --checklist, --include-identifiers, --strict, ...)
 * and the link as --link would give it, so both paths check, word and export a link the same way.
 */
export function linkRunFlags(url: string, flags: RawFlags): RawFlags {
  return { ...flags, only: 'link', skip: undefined, link: url, scope: ['link'] }
}
