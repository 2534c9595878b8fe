/**
 * Bounds checked before the YAML parser sees a file. The parser's cost grows much faster than the
 * file: 60 KB of nested brackets took 0.6–2 s, thousands of keys several seconds (the duplicate-key
 * check compares them), and deep nesting twice in one process aborted Node with "RegExpCompiler
 * Allocation failed". A checklist needs none of that: it nests 4 levels (the file, "questions",
 * a question, its "sessions") and has a few hundred entries. So one linear pass over the text
 * refuses, in one sentence, anything far beyond that, before parsing starts.
 */

/** Deepest nesting allowed: a checklist uses 4 levels; 12 leaves room for any hand-written style. */
export const MAX_NESTING_DEPTH = 12
/** Most entries (keys and list items): 30 questions of 6 fields, each with 3 sessions, is about 300. */
export const MAX_ENTRIES = 400
/** Most anchors (&name): a file may share a few blocks, never hundreds. */
export const MAX_ANCHORS = 50

export interface ShapeProblem {
  line: number
  message: string
}

interface ScanState {
  flowDepth: number
  blockIndents: number[]
  entries: number
  anchors: number
  /** Inside a quoted string that spans lines: its quote character. */
  quote: '"' | "'" | undefined
  /** Inside a block scalar (| or >): the indent of its key; deeper lines are text. */
  blockScalarIndent: number | undefined
}

const tooDeep = (line: number): ShapeProblem => ({
  line,
  message: `The file is nested more than ${MAX_NESTING_DEPTH} levels deep, which no checklist needs; write it as in the starter file (${'"checklist init"'}).`,
})

/** Scans one line's content (after its indent), counting brackets, entries and anchors outside quotes. */
function scanContent(
  text: string,
  state: ScanState,
  lineNo: number,
  baseDepth: number,
): ShapeProblem | undefined {
  let atTokenStart = true
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (state.quote) {
      if (c === '\\' && state.quote === '"') i++
      else if (c === state.quote) {
        if (state.quote === "'" && text[i + 1] === "'") i++
        else state.quote = undefined
      }
      continue
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) return undefined
    if ((c === '"' || c === "'") && atTokenStart) {
      state.quote = c
      continue
    }
    if (c === '[' || c === '{') {
      state.flowDepth++
      state.entries++
      if (baseDepth + state.flowDepth > MAX_NESTING_DEPTH) return tooDeep(lineNo)
    } else if ((c === ']' || c === '}') && state.flowDepth > 0) state.flowDepth--
    else if (c === ',' && state.flowDepth > 0) state.entries++
    else if (c === ':' && (text[i + 1] === ' ' || text[i + 1] === undefined)) state.entries++
    else if ((c === '&' || c === '*') && atTokenStart && /[^\s,[\]{}]/.test(text[i + 1] ?? ' ')) {
      if (c === '&') state.anchors++
    }
    if (state.entries > MAX_ENTRIES)
      return {
        line: lineNo,
        message: `The file has more than ${MAX_ENTRIES} entries, far more than a checklist needs; keep it to the questions your clients answer.`,
      }
    if (state.anchors > MAX_ANCHORS)
      return {
        line: lineNo,
        message: `The file uses more than ${MAX_ANCHORS} YAML anchors (&name); write the text out instead.`,
      }
    atTokenStart =
      c === ' ' || c === '\t' || c === '[' || c === '{' || c === ',' || c === ':' || c === '-' || c === '?'
  }
  return undefined
}

/** The block depth of a line: enclosing indents, plus each "- " or "? " that opens a level on it. */
function blockDepth(indent: number, content: string, state: ScanState): number {
  while (state.blockIndents.length > 0 && (state.blockIndents.at(-1) ?? 0) >= indent) state.blockIndents.pop()
  state.blockIndents.push(indent)
  const compact = /^(?:[-?]\s+)*/.exec(content)?.[0] ?? ''
  const items = (compact.match(/[-?]/g) ?? []).length
  state.entries += items
  return state.blockIndents.length + items
}

/** Refuses text whose shape no checklist has, in one linear pass; undefined when it may be parsed. */
export function checkYamlShape(text: string): ShapeProblem | undefined {
  const state: ScanState = {
    flowDepth: 0,
    blockIndents: [],
    entries: 0,
    anchors: 0,
    quote: undefined,
    blockScalarIndent: undefined,
  }
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] ?? '').replace(/\r$/, '')
    const content = raw.trimStart()
    const indent = raw.length - content.length
    if (state.blockScalarIndent !== undefined) {
      if (content === '' || indent > state.blockScalarIndent) continue
      state.blockScalarIndent = undefined
    }
    if (content === '' || (content.startsWith('#') && !state.quote)) continue
    let depth = state.flowDepth
    if (!state.quote && state.flowDepth === 0) {
      depth = blockDepth(indent, content, state)
      if (depth > MAX_NESTING_DEPTH) return tooDeep(index + 1)
    }
    const problem = scanContent(
      content,
      state,
      index + 1,
      state.flowDepth === 0 ? depth : state.blockIndents.length,
    )
    if (problem) return problem
    // "key: |" or "- >-": the lines after it, indented further, are plain text.
    if (!state.quote && state.flowDepth === 0 && /(?:^|[:-]\s+|^-\s*)[|>][-+0-9]*\s*(?:#.*)?$/.test(content))
      state.blockScalarIndent = indent
  }
  return undefined
}
