/**
 * The message catalogue: one file per language, whole sentences with named {placeholders}.
 * `msg('wifi.step.runAgain')` gives the sentence; `msg('apps.summary.battery', { percent: 25 })`
 * fills its placeholders. Keys and values are typed: a missing key or value is a compile error.
 */
import { RUN_COMMAND, TOOL_NAME } from '../tool.js'
import { en } from './en/index.js'
import { es } from './es/index.js'
import { fill, type PlaceholdersOf, type SharedPlaceholder } from './format.js'

import type { Catalogue } from './catalogue.js'

export type { Catalogue }
export type MessageKey = keyof Catalogue

/** The languages, one line each: a new one is its file and one line here. */
const catalogues = {
  en,
  es,
} satisfies Record<string, Catalogue>
export type Language = keyof typeof catalogues
export const LANGUAGES = Object.keys(catalogues) as Language[]

/** The values a sentence needs, by name (English sets the names; other languages use the same). */
export type MessageValues<K extends MessageKey> = Record<
  Exclude<PlaceholdersOf<(typeof en)[K]>, SharedPlaceholder>,
  string | number
>
type ValuesArg<K extends MessageKey> = [Exclude<PlaceholdersOf<(typeof en)[K]>, SharedPlaceholder>] extends [
  never,
]
  ? []
  : [values: MessageValues<K>]

/** The keys whose sentences need no values of their own. */
export type PlainKey = { [K in MessageKey]: ValuesArg<K> extends [] ? K : never }[MessageKey]

/** A sentence in one language. */
export type Msg = <K extends MessageKey>(key: K, ...values: ValuesArg<K>) => string

const shared = { app: TOOL_NAME, command: RUN_COMMAND }

/** One language's catalogue as written, placeholders and all. */
export function catalogueOf(language: Language): Catalogue {
  return catalogues[language]
}

/** The sentences of one language. */
export function messagesFor(language: Language): Msg {
  const catalogue = catalogueOf(language)
  return (key, ...[values]) => {
    const template: string | undefined = catalogue[key]
    if (template === undefined)
      throw new Error(`There is no sentence "${String(key)}" in the ${language} catalogue.`)
    return fill(template, { ...shared, ...values }, language)
  }
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[], message: Msg): string {
  if (names.length <= 1) return names[0] ?? ''
  const rest = names.slice(0, -1).reduce((first, next) => message('list.comma', { first, next }))
  return message('list.and', { rest, last: names.at(-1) ?? '' })
}
