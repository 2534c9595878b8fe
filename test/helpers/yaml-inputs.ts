/**
 * Hand-made YAML inputs for property tests: the pieces that have broken YAML and JSON loaders
 * elsewhere, and lines that fooled this project's own pre-scan (issue 23: `x: a:'b` is plain text
 * to YAML, but a line scanner took it for an opening quote).
 */
import fc from 'fast-check'

// Anchors and aliases, merge keys, tags that some loaders execute, deep nesting, tabs, duplicate
// keys, odd scalars.
export const yamlTricks = fc.constantFrom(
  '&a [x, x, x]',
  '*a',
  '<<: *a',
  '!!js/function "function(){}"',
  '!!python/object:os.system',
  '!!binary aGVsbG8=',
  '[[[[[[[[[[[[[[[[[[[[',
  '{{{{{{{{{{',
  '\t',
  '? complex key',
  '- - - -',
  '"\\u0000"',
  '~',
  '.nan',
  '0x1F',
  '2026-11-24',
  '---',
  '...',
  '%YAML 1.1',
  '#',
  ': :',
  'id: q1',
  'required: maybe',
  '\u001b[2J',
  '\u202e',
  'x'.repeat(5000),
)

/** Text that looks like the start of a quote, a comment or a collection, and may not be one. */
export const quoteTraps = fc.constantFrom(
  "a:'b",
  'a:"b',
  "it's",
  'say "hi',
  "'open",
  '"open',
  "'it''s'",
  '"a\\"b"',
  'a#b',
  '# it\'s "x',
  'a[b',
  'a{b',
  '[a: b]',
  '[a, b: c]',
  '{a: [b, c]}',
  '|',
  '>-',
  '&x v',
  '*x',
  '? k',
  '-',
  ':',
  '',
)

/** YAML-ish text built from block maps and lists, flow collections, quotes and traps, at any size. */
export const yamlShapes: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.nat(14), // indent, in steps of two spaces
      fc.constantFrom('key', 'item', 'both', 'bare', 'flow', 'comment', 'anchor'),
      quoteTraps,
      fc.nat(12), // repeat count
    ),
    { maxLength: 60 },
  )
  .map((lines) =>
    lines
      .map(([indent, kind, trap, times]) => {
        const pad = '  '.repeat(indent)
        const line = (i: number): string => {
          switch (kind) {
            case 'key':
              return `${pad}k${i}: ${trap}`
            case 'item':
              return `${pad}- ${trap}`
            case 'both':
              return `${pad}- k${i}: ${trap}`
            case 'bare':
              return `${pad}${trap}`
            case 'flow':
              return `${pad}f${i}: [${trap}, {a: ${trap}}, [${trap}]]`
            case 'comment':
              return `${pad}# ${trap}`
            default:
              return `${pad}k${i}: &a${i} ${trap}`
          }
        }
        return Array.from({ length: times * times + 1 }, (_, i) => line(i)).join('\n')
      })
      .join('\n'),
  )

/** A seed text with up to six edits: lines removed, added, extended or cut and replaced. */
export function mutated(seeds: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(
        fc.tuple(fc.nat(), fc.nat(3), fc.oneof(yamlTricks, fc.string(), fc.string({ unit: 'binary' }))),
        { maxLength: 6 },
      ),
    )
    .map(([text, edits]) => {
      const lines = text.split('\n')
      for (const [position, kind, insert] of edits) {
        const at = position % Math.max(1, lines.length)
        if (kind === 0) lines.splice(at, 1)
        else if (kind === 1) lines.splice(at, 0, insert)
        else if (kind === 2) lines[at] = (lines[at] ?? '') + ' ' + insert
        else lines[at] = (lines[at] ?? '').slice(0, position % 30) + insert
      }
      return lines.join('\n')
    })
}
