import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * The connection, meeting-link and devices checks keep their words in the message catalogue: no
 * sentence written in their code, and none made by cutting or capitalising another. (Their titles
 * and progress activities are moved with the other checks' titles.)
 */
const files = [
  'src/checks/connection/index.ts',
  'src/checks/connection/evaluate.ts',
  'src/checks/connection/findings.ts',
  'src/checks/connection/measurements.ts',
  'src/checks/connection/wording.ts',
  'src/checks/link/index.ts',
  'src/checks/link/evaluate.ts',
  'src/checks/link/inspect.ts',
  'src/checks/link/wording.ts',
  'src/checks/devices/index.ts',
  'src/checks/devices/evaluate.ts',
  'src/checks/devices/wording.ts',
  'src/net/engine.ts',
]

const read = (file: string): string => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8')
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
const literals = (file: string): string[] =>
  [...code(read(file)).matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].map((m) => m[2] ?? '')

describe('the connection, link and devices checks keep their sentences in the catalogue', () => {
  it.each(files)('%s writes no sentence of its own', (file) => {
    expect(literals(file).filter((text) => /^[A-Z][^{}]*\s\S+\s[^{}]*[.?!]$/.test(text))).toEqual([])
  })

  // index.ts files still hold the checks' titles and activities (moved with the other checks' titles),
  // and the engine's failure details are technical (--verbose and JSON), like a raw error message.
  const phraseFiles = files.filter((file) => !file.endsWith('/index.ts') && !file.startsWith('src/net/'))

  it.each(phraseFiles)('%s writes no phrase a person reads, such as a label or a problem', (file) => {
    // Lower-case phrases too ("the download speed is too low", "not checked (--offline)").
    const words = literals(file).filter(
      (text) => /\b(your|the|this|is|was|could|not)\b/i.test(text) && !/^[\w./-]+$/.test(text),
    )
    expect(words.filter((text) => !text.includes('${'))).toEqual([])
  })

  it.each(files)('%s makes no sentence by cutting or capitalising another', (file) => {
    expect(code(read(file))).not.toMatch(/capitalise\(|toUpperCase\(\)|\.replace\(\/\^|\.replace\(\/\\\.\$/)
  })
})
