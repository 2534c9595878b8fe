/**
 * Bounds checked while the YAML parser reads a file. The parser's cost grows much faster than the
 * file: 60 KB of nested brackets took 0.6–2 s, thousands of keys several seconds (the duplicate-key
 * check compares them), and deep nesting twice in one process aborted Node with "RegExpCompiler
 * Allocation failed". A checklist needs none of that: it nests 4 levels (the file, "questions",
 * a question, its "sessions") and has a few hundred entries. So the file is refused, in one
 * sentence, as soon as it goes far beyond that.
 *
 * The counting runs on the `yaml` package's own lexer and concrete-syntax parser, one token at a
 * time, and stops at the first token past a limit. An earlier hand-written line scanner disagreed
 * with the parser about what opens a quote (`x: a:'b` is plain text to YAML), and everything after
 * such a line went uncounted (issue 23). Here the guard sees exactly the tokens the parser builds
 * on; when the file passes, the same tokens go on to the composer (src/checks/checklist/parse-file.ts),
 * so nothing is read twice. The costly steps (building the document, comparing keys, resolving
 * aliases) only ever run on a file within the limits.
 */
import { CST, Lexer, LineCounter, Parser } from 'yaml'

/** Deepest nesting allowed: a checklist uses 4 levels; 12 leaves room for any hand-written style. */
export const MAX_NESTING_DEPTH = 12
/** Most entries (keys and list items): 30 questions of 6 fields, each with 3 sessions, is about 300. */
export const MAX_ENTRIES = 400
/** Most anchors (&name): a file may share a few blocks, never hundreds. */
export const MAX_ANCHORS = 50
/**
 * Syntax errors read before the rest of the file is left unread: the file is refused anyway, and
 * nobody reads more problems than that. 64 KB of stray `]` (each one an error) took 14 s to build
 * into a document, on a busy machine.
 */
export const MAX_SYNTAX_ERRORS = 50

/** Which limit a file passed, and on which line (1-based). The sentence comes from the catalogue. */
export interface ShapeProblem {
  line: number
  limit: 'depth' | 'entries' | 'anchors'
}

/** What the guard counted in a whole file: the deepest nesting, all entries, all anchors. */
export interface ShapeCounts {
  depth: number
  entries: number
  anchors: number
}

/** The parser's tokens (and the counts) for a file within the limits, or the first limit it passed. */
export type YamlScan =
  | { tokens: CST.Token[]; counts: ShapeCounts; problem?: undefined }
  | { tokens?: undefined; counts?: undefined; problem: ShapeProblem }

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection

function isCollection(token: CST.Token): token is Collection {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection'
}

/** A flow list's item that the document makes a map of one pair (`[a: b]`, `[? a]`): what the parser keeps a `sep` for. */
function isPairItem(item: CST.CollectionItem | undefined): boolean {
  return item?.sep !== undefined
}

function isFlowList(collection: Collection): boolean {
  return collection.type === 'flow-collection' && collection.start.type === 'flow-seq-start'
}

/**
 * What the guard has counted so far, on the parser's own collections (src: yaml's CST):
 * - entries: the items of every map and list (a map's pairs, a list's items), counted as they are added;
 * - depth: the open collections on the parser's stack, checked at every token, and each collection's
 *   full height once it is closed;
 * - anchors: the lexer's anchor tokens.
 * A pair inside a flow list (`[a: b]`) becomes a map of one pair in the document: one entry and one
 * level more, which the counts include.
 */
class Counts {
  entries = 0
  anchors = 0
  depth = 0
  /** How many items of each collection are counted. */
  private readonly counted = new Map<Collection, number>()
  /** A closed collection's height: 1, plus its deepest child's, plus 1 for a flow list of pairs. */
  private readonly heights = new WeakMap<Collection, number>()
  /** The open collections at the last look, outermost first, and the levels each adds. */
  private open: Collection[] = []
  private levels: number[] = []

  /** Counts what changed since the last look: items added, collections closed, the open depth. */
  look(stack: readonly CST.Token[]): void {
    const open: Collection[] = []
    for (const token of stack) if (isCollection(token)) open.push(token)
    // Collections closed since the last look, innermost first (they are the tail of the old list).
    let kept = 0
    while (kept < open.length && kept < this.open.length && open[kept] === this.open[kept]) kept++
    let above = 0
    for (let i = 0; i < kept; i++) above += this.levels[i] ?? 1
    for (let i = this.open.length - 1; i >= kept; i--) {
      let prefix = above
      for (let j = kept; j < i; j++) prefix += this.levels[j] ?? 1
      const closed = this.open[i]
      if (closed) this.depth = Math.max(this.depth, prefix + this.settle(closed))
    }
    const levels: number[] = []
    let depth = 0
    for (const collection of open) {
      this.count(collection)
      // An open flow list whose last item is becoming a pair: what is open under it sits in that pair's map.
      const level = isFlowList(collection) && isPairItem(collection.items.at(-1)) ? 2 : 1
      levels.push(level)
      depth += level
    }
    this.depth = Math.max(this.depth, depth)
    this.open = open
    this.levels = levels
  }

  /** A closed collection's final count and height (and those of any child never seen open). */
  private settle(collection: Collection): number {
    const known = this.heights.get(collection)
    if (known !== undefined) return known
    this.count(collection)
    let child = 0
    let pairs = 0
    for (const item of collection.items) {
      if (isPairItem(item)) pairs++
      for (const node of [item.key, item.value])
        if (node && isCollection(node)) child = Math.max(child, this.settle(node))
    }
    const flowPairs = isFlowList(collection) && pairs > 0
    if (flowPairs) this.entries += pairs
    const height = child + (flowPairs ? 2 : 1)
    this.heights.set(collection, height)
    return height
  }

  private count(collection: Collection): void {
    const now = collection.items.length
    const before = this.counted.get(collection) ?? 0
    if (now > before) {
      this.entries += now - before
      this.counted.set(collection, now)
    }
  }
}

/**
 * Reads `text` with the yaml package's lexer and parser and stops at the first token past a limit.
 * `counter` (optional) is told where each line starts, as `parseDocument`'s line counter would be.
 */
export function scanYaml(text: string, counter: LineCounter = new LineCounter()): YamlScan {
  const parser = new Parser(counter.addNewLine)
  counter.addNewLine(0)
  const counts = new Counts()
  const tokens: CST.Token[] = []
  let documents = 0
  let errors = 0
  let scalarNext = false
  const refuse = (offset: number, limit: ShapeProblem['limit']): YamlScan => ({
    problem: { line: Math.max(1, counter.linePos(offset).line), limit },
  })
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset
    for (const token of parser.next(lexeme)) {
      tokens.push(token)
      if (token.type === 'document') documents++
      else if (token.type === 'error') errors++
    }
    // A second document: the composer refuses it (MULTIPLE_DOCS) without reading it. Past so many
    // syntax errors the file is refused with the first of them, so the rest need not be read.
    if ((documents > 0 && parser.stack[0]?.type === 'document') || errors > MAX_SYNTAX_ERRORS) break
    // The lexer marks a plain or block scalar's text with a token before it: that text is not syntax.
    const type: string | null = scalarNext ? 'scalar' : CST.tokenType(lexeme)
    scalarNext = type === 'scalar' && !scalarNext
    if (type === 'anchor' && ++counts.anchors > MAX_ANCHORS) return refuse(offset, 'anchors')
    counts.look(parser.stack)
    if (counts.depth > MAX_NESTING_DEPTH) return refuse(offset, 'depth')
    if (counts.entries > MAX_ENTRIES) return refuse(offset, 'entries')
  }
  tokens.push(...parser.end())
  // Collections closed by the end of the text: their last items and their full heights.
  counts.look([])
  if (counts.depth > MAX_NESTING_DEPTH) return refuse(parser.offset, 'depth')
  if (counts.entries > MAX_ENTRIES) return refuse(parser.offset, 'entries')
  return { tokens, counts: { depth: counts.depth, entries: counts.entries, anchors: counts.anchors } }
}

/** The first limit `text` passes, or undefined when it may be parsed. */
export function checkYamlShape(text: string): ShapeProblem | undefined {
  return scanYaml(text).problem
}
