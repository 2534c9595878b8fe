import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * Issue 15.4 and 16: the renderers write no words of their own; every word comes from the
 * catalogue's "report's own words" section, in the report's language, and none is made by
 * cutting or capitalising another.
 */
const files = [
  'src/render/terminal.ts',
  'src/render/markdown.ts',
  'src/render/html.ts',
  'src/render/wording.ts',
]

const read = (file: string): string => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
const literals = (text: string): string[] =>
  [...code(text).matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].map((m) => m[2] ?? '')

describe('the renderers take their words from the catalogue', () => {
  it.each(files)('%s writes no sentence of its own', (file) => {
    expect(literals(read(file)).filter((text) => /^[A-Z][^{}]*\s\S+\s[^{}]*[.?!]$/.test(text))).toEqual([])
  })

  it.each(files)('%s writes no English word between its markup', (file) => {
    // Markup and symbols are fine; a word of three or more letters outside a tag, key or class is not.
    const words = literals(read(file))
      .filter((text) => !/^report\.|^checklist\.|^[a-z-]+$/.test(text))
      .map((text) => text.replace(/<[^>]*>|\$\{[^}]*\}|&[a-z]+;|[a-z-]+="[^"]*"/g, ' '))
      .filter((text) =>
        /\b(the|your|Ready|Fix|Check|Worth|From|Session|Took|Reason|Measurements|Yes|No|unknown)\b/.test(
          text,
        ),
      )
    expect(words).toEqual([])
  })

  it.each(files)('%s makes no sentence by cutting or capitalising another', (file) => {
    expect(code(read(file))).not.toMatch(
      /capitalise\(|capitalize\(|toUpperCase\(\)|\.replace\(\/\^(?!GMT)|\.replace\(\/\\\.\$/,
    )
  })
})

/** The error paths moved to the catalogue's Errors section. */
const errorFiles = [
  'src/errors.ts',
  'src/files/write-file.ts',
  'src/commands/offer-copy.ts',
  'src/checks/checklist/parse-file.ts',
  'src/checks/checklist/prepare.ts',
  'src/checks/checklist/read-source.ts',
  'src/checks/checklist/load-checklist.ts',
]

describe('the error sentences are whole, from the catalogue', () => {
  it.each(errorFiles)('%s makes no sentence by cutting or capitalising another', (file) => {
    expect(code(read(file))).not.toMatch(/capitalise\(|capitalize\(|toUpperCase\(\)|\.replace\(\/\\\.\$/)
  })

  it.each([
    'src/errors.ts',
    'src/files/write-file.ts',
    'src/commands/offer-copy.ts',
    'src/checks/checklist/parse-file.ts',
    'src/checks/checklist/read-source.ts',
  ])('%s writes no sentence of its own', (file) => {
    expect(literals(read(file)).filter((text) => /^[A-Z][^{}]*\s\S+\s[^{}]*[.?!]$/.test(text))).toEqual([])
  })
})
