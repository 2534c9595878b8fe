/**
 * The words of `--help`, in each language (src/messages/<lang>/help.ts). They are a catalogue of
 * their own, beside the main one, because only the command line prints them: the web page, which
 * loads the main catalogue, carries none of them. Typed as the main catalogue is: a missing key
 * or placeholder value is a compile error, and a language missing here is one too.
 */
import { help as en } from './en/help.js'
import { help as es } from './es/help.js'
import { fill, type PlaceholdersOf, type SharedPlaceholder } from './format.js'
import type { Language } from './index.js'
import { RUN_COMMAND, TOOL_NAME } from '../tool.js'

const helps = { en, es } satisfies Record<Language, { readonly [K in keyof typeof en]: string }>

export type HelpKey = keyof typeof en
type HelpValues<K extends HelpKey> = [Exclude<PlaceholdersOf<(typeof en)[K]>, SharedPlaceholder>] extends [
  never,
]
  ? []
  : [values: Record<Exclude<PlaceholdersOf<(typeof en)[K]>, SharedPlaceholder>, string | number>]

/** One sentence of the help, in one language. */
export type HelpSay = <K extends HelpKey>(key: K, ...values: HelpValues<K>) => string

export function helpWordsFor(language: Language): HelpSay {
  const words: { readonly [K in HelpKey]: string } = helps[language]
  return (key, ...[values]) => fill(words[key], { app: TOOL_NAME, command: RUN_COMMAND, ...values }, language)
}
