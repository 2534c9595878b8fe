import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * The checks moved to the catalogue keep their words there: no sentence written in the code, and
 * none made by cutting or capitalising another. (Data modules, such as the app catalogue and the
 * default questions, keep their own sourced words.)
 */
const files = [
  'src/checks/run-checks.ts',
  'src/checks/wifi/index.ts',
  'src/checks/wifi/evaluate.ts',
  'src/checks/wifi/wording.ts',
  'src/checks/wifi/measurements.ts',
  'src/checks/apps/index.ts',
  'src/checks/apps/evaluate.ts',
  'src/checks/checklist/index.ts',
  'src/checks/checklist/evaluate.ts',
  'src/checks/checklist/ask.ts',
]

const read = (file: string): string => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

describe('sentences live in the message catalogue', () => {
  it.each(files)('%s writes no sentence of its own', (file) => {
    const literals = [...code(read(file)).matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].map(
      (m) => m[2] ?? '',
    )
    expect(literals.filter((text) => /^[A-Z][^{}]*\s\S+\s[^{}]*[.?!]$/.test(text))).toEqual([])
  })

  it.each(files)('%s makes no sentence by cutting or capitalising another', (file) => {
    expect(code(read(file))).not.toMatch(/capitalise\(|toUpperCase\(\)|\.replace\(\/\^|\.replace\(\/\\\.\$/)
  })
})
