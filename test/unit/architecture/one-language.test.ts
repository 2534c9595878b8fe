import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as messages from '../../../src/messages/index.js'

/**
 * The language is one required value (issue 22): decided once in main (or by the web page) and
 * handed down, with no default and no English fallback. A Spanish run that reaches a function
 * without its language would otherwise say English without anyone noticing.
 */
const src = join(dirname(fileURLToPath(import.meta.url)), '../../../src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('the language of a run', () => {
  it('has no default: the catalogue exports no ready-made English sentences', () => {
    expect(Object.keys(messages)).not.toContain('msg')
    expect(Object.keys(messages)).toEqual(expect.arrayContaining(['messagesFor', 'catalogueOf']))
  })

  it('is never filled in with English on the way down', () => {
    const fallbacks = sourceFiles(src).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, index) => ({ line: line.trim(), where: `${path.slice(src.length + 1)}:${index + 1}` }))
        // `?? 'en'`, `= 'en'` as a parameter default, `messagesFor('en')`: each picks English for someone.
        .filter(({ line }) =>
          /\?\?\s*'en'|:\s*Language\s*=\s*'en'|messagesFor\('en'\)|Msg\s*=\s*msg\b/.test(line),
        )
        .map(({ where, line }) => `${where}: ${line}`),
    )
    expect(fallbacks).toEqual([])
  })
})
