import { pickLanguage } from '../messages/locale.js'

/**
 * Which language a command line and environment ask for, before anything loads (issue 22): the
 * `--lang` value if it names a supported language, otherwise the environment's (LC_ALL,
 * LC_MESSAGES, LANG, then the system locale). `unsupported` carries a `--lang` value that names
 * none, for main to refuse; until then, what is said early is in the environment's language.
 */
export function wantedLanguage<L extends string>(
  flag: string | undefined,
  terminal: { env: Record<string, string | undefined>; systemLocale?: string },
  supported: readonly L[],
): { lang: L; unsupported?: string } {
  const fromEnvironment = (): L =>
    pickLanguage(
      { env: terminal.env, ...(terminal.systemLocale ? { systemLocale: terminal.systemLocale } : {}) },
      supported,
    )
  if (flag === undefined) return { lang: fromEnvironment() }
  const wanted = flag.trim().toLowerCase()
  if ((supported as readonly string[]).includes(wanted)) return { lang: wanted as L }
  return { lang: fromEnvironment(), unsupported: flag }
}

/** The value of `--lang` on the command line (`--lang es` or `--lang=es`; the last one counts), before commander reads it. */
export function langFlagOf(argv: readonly string[]): string | undefined {
  let value: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--') break
    if (arg === '--lang') value = argv[++index]
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length)
  }
  return value
}
