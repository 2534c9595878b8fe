import { pickLanguage, type LanguageSources } from './messages/locale.js'

/** The package's version, written in by the build (build.config.mjs); undefined in the unbundled tree. */
declare const SESSION_CHECKUP_VERSION: string | undefined

/**
 * `--help` exactly as commander prints it to a pipe or a terminal of 80 columns or more, in each
 * language, captured from the program itself when the package is built (build.config.mjs);
 * undefined in the unbundled tree.
 */
declare const SESSION_CHECKUP_HELP: Readonly<Record<string, string>> | undefined

/**
 * The answer to `--version` or `--help` alone, given before the program loads (issue 24): those
 * two are what people type first, and loading every check, renderer and catalogue to print a
 * version took 2.4 times as long as Node itself. Anything else (a narrower terminal, a subcommand's
 * help, more flags) returns undefined and goes through commander as before. This module imports
 * only the locale rule (which imports nothing), so the bundle's entry answers from one file (test/unit/bundle-loading.test.ts).
 */
export function earlyAnswer(
  argv: readonly string[],
  stdout: { isTTY?: boolean; columns?: number },
  /** Where the language comes from; read only for --help (Intl's locale costs milliseconds to load). */
  language: () => LanguageSources,
  help: Readonly<Record<string, string>> | undefined = typeof SESSION_CHECKUP_HELP === 'object'
    ? SESSION_CHECKUP_HELP
    : undefined,
  version: string | undefined = typeof SESSION_CHECKUP_VERSION === 'string'
    ? SESSION_CHECKUP_VERSION
    : undefined,
): string | undefined {
  if (argv.length !== 1) return undefined
  if (argv[0] === '--version' && version !== undefined) return `${version}\n`
  // commander wraps help to 80 columns, or to a narrower terminal's width (src/main.ts).
  const widthMatches = !stdout.isTTY || !stdout.columns || stdout.columns >= 80
  if ((argv[0] === '--help' || argv[0] === '-h') && help !== undefined && widthMatches) {
    // The environment's language, by the rule main uses (no --lang here: the argument is --help alone).
    const languages = Object.keys(help)
    return help[pickLanguage(language(), languages)]
  }
  return undefined
}
