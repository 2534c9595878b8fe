/**
 * Named placeholders in catalogue sentences, for example "Run {command} again.", and the type
 * that lists them, so a missing or misspelt value is a compile error.
 */

/** The names of the {placeholders} in a sentence. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never

/** Filled in for every sentence: the tool's name and the command people type (src/tool.ts). */
export type SharedPlaceholder = 'app' | 'command'

/**
 * A number as the language writes it: "9.5" in English (exactly `String(n)`), "9,5" in Spanish,
 * without thousands grouping.
 */
export function formatNumber(value: number, language = 'en'): string {
  if (language === 'en' || !Number.isFinite(value)) return String(value)
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 20 }).format(value)
}

/**
 * Fills each {name} with its value; numbers are written the language's way (pass figures as
 * numbers, not as pre-made strings). A name without a value stays as written, so a gap is visible.
 */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number>>,
  language = 'en',
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole
    const value = values[name]
    return typeof value === 'number' ? formatNumber(value, language) : String(value)
  })
}
