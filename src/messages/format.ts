/**
 * Named placeholders in catalogue sentences, for example "Run {command} again.", and the type
 * that lists them, so a missing or misspelt value is a compile error.
 */

/** The names of the {placeholders} in a sentence. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never

/** Filled in for every sentence: the tool's name and the command people type (src/tool.ts). */
export type SharedPlaceholder = 'app' | 'command'

/** Fills each {name} with its value; a name without a value stays as written, so a gap is visible. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
