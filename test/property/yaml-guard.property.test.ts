import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml'
import { composeDocument } from '../../src/checks/checklist/parse-file.js'
import { starterChecklist } from '../../src/checks/checklist/starter.js'
import {
  MAX_ANCHORS,
  MAX_ENTRIES,
  MAX_NESTING_DEPTH,
  MAX_SYNTAX_ERRORS,
  scanYaml,
} from '../../src/checks/checklist/yaml-guard.js'
import { messagesFor } from '../../src/messages/index.js'
import { english } from '../helpers/english.js'
import { breatheEvery } from '../helpers/timing.js'
import { mutated, yamlShapes, yamlTricks } from '../helpers/yaml-inputs.js'

/** The document's own counts: deepest nesting of maps and lists, their pairs and items, anchors. */
function documentCounts(doc: Document.Parsed): { depth: number; entries: number; anchors: number } {
  const counts = { depth: 0, entries: 0, anchors: 0 }
  const walk = (node: unknown, depth: number): void => {
    if (!node || isAlias(node)) return
    if (isScalar(node)) {
      if (node.anchor) counts.anchors++
      return
    }
    if (isMap(node) || isSeq(node)) {
      if (node.anchor) counts.anchors++
      counts.depth = Math.max(counts.depth, depth + 1)
      counts.entries += node.items.length
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          walk(item.key, depth + 1)
          walk(item.value, depth + 1)
        } else walk(item, depth + 1)
      }
    }
  }
  walk(doc.contents, 0)
  return counts
}

/** The document parse-file builds: composed from the guard's own tokens. */
function composed(text: string, tokens: NonNullable<ReturnType<typeof scanYaml>['tokens']>) {
  return composeDocument(tokens, text.length)
}

const seeds = [
  readFileSync(new URL('../fixtures/checklist/riverside.yaml', import.meta.url), 'utf8'),
  starterChecklist('session-checklist.yaml', english),
  starterChecklist('lista.yaml', messagesFor('es')),
]

const inputs = fc.oneof(
  { weight: 5, arbitrary: yamlShapes },
  { weight: 3, arbitrary: mutated(seeds) },
  { weight: 1, arbitrary: fc.array(yamlTricks, { maxLength: 30 }).map((parts) => parts.join('\n')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
)

describe('the YAML guard and the parser agree (issue 23)', () => {
  it('whatever the guard passes, the document built from it is within the limits, as the guard counted', async () => {
    const breathe = breatheEvery(50)
    let passed = 0
    let refused = 0
    await fc.assert(
      fc.asyncProperty(inputs, async (text) => {
        await breathe()
        const scan = scanYaml(text)
        if (scan.problem) {
          refused++
          return
        }
        passed++
        const found = documentCounts(composed(text, scan.tokens))
        // The guard never counts less than the document holds...
        expect(found.depth).toBeLessThanOrEqual(scan.counts.depth)
        expect(found.entries).toBeLessThanOrEqual(scan.counts.entries)
        expect(found.anchors).toBeLessThanOrEqual(scan.counts.anchors)
        // ...so a file it passes is within the limits the parser's cost was measured at.
        expect(found.depth).toBeLessThanOrEqual(MAX_NESTING_DEPTH)
        expect(found.entries).toBeLessThanOrEqual(MAX_ENTRIES)
        expect(found.anchors).toBeLessThanOrEqual(MAX_ANCHORS)
      }),
      { numRuns: 1000, seed: 23 },
    )
    // Both sides of the limits were exercised, so the property says something.
    expect(passed).toBeGreaterThan(500)
    expect(refused).toBeGreaterThan(70)
  }, 180_000)

  it('on a file the guard reads to the end, its tokens build the same value as parseDocument', () => {
    fc.assert(
      fc.property(fc.oneof(yamlShapes, mutated(seeds)), (text) => {
        const scan = scanYaml(text)
        if (scan.problem) return
        const ours = composed(text, scan.tokens)
        const theirs = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false })
        const codes = (doc: Document.Parsed) => doc.errors.map((error) => error.code)
        if (ours.errors.length > MAX_SYNTAX_ERRORS)
          // Past so many errors the guard stops reading: the first ones are the same.
          expect(codes(theirs).slice(0, MAX_SYNTAX_ERRORS)).toEqual(codes(ours).slice(0, MAX_SYNTAX_ERRORS))
        else expect(codes(ours)).toEqual(codes(theirs))
        if (theirs.errors.length === 0)
          expect(ours.toJS({ maxAliasCount: 50 })).toEqual(theirs.toJS({ maxAliasCount: 50 }))
      }),
      { numRuns: 200, seed: 2023 },
    )
  }, 120_000)
})
