import type { ErrorObject, ValidateFunction } from 'ajv'
import {
  Composer,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
} from 'yaml'
import { NON_EMPTY } from './schema.js'
import type { FileProblem } from './types.js'
import { MAX_ANCHORS, MAX_ENTRIES, MAX_NESTING_DEPTH, scanYaml, type ShapeProblem } from './yaml-guard.js'
import { sanitizeText } from '../../text/sanitize.js'
import { type MessageKey, type Msg } from '../../messages/index.js'

/** How many alias expansions a file may use: enough for sharing a few blocks, far too few for a "billion laughs" bomb. */
export const MAX_ALIAS_COUNT = 50

/** Most schema problems listed for one file. */
export const MAX_PROBLEMS = 50

/** A field's name in words: as a sentence names it, or (`asSubject`) as a sentence opens with it. */
export type FieldWords = (m: Msg, asSubject?: boolean) => string

/** Says in words where a field is, for example ['questions', 2, 'why'] -> `"why" in question 3`. */
export type DescribeField = (path: readonly (string | number)[], root: unknown) => FieldWords

/** A problem whose sentence comes from the catalogue: `message` in the run's language, `words` in any language. */
function worded(
  problem: Omit<FileProblem, 'message' | 'words'>,
  words: (m: Msg) => string,
  m: Msg,
): FileProblem {
  // Not enumerable: a problem stays plain data (compared, copied, printed as JSON) with its message.
  return Object.defineProperty({ ...problem, message: words(m) }, 'words', {
    value: words,
    enumerable: false,
  })
}

export interface ParsedFile {
  /** The plain value; it matches the schema only when there are no problems. */
  value?: unknown
  problems: FileProblem[]
}

const typeNames = ['string', 'array', 'object', 'integer', 'number', 'boolean', 'null'] as const
const yamlCodes = [
  'DUPLICATE_KEY',
  'TAB_AS_INDENT',
  'BAD_INDENT',
  'MULTIPLE_DOCS',
  'TAG_RESOLVE_FAILED',
  'BAD_ALIAS',
  'RESOURCE_EXHAUSTION',
] as const

function typeName(type: string, m: Msg): string {
  const known = typeNames.find((name) => name === type)
  return known ? m(`error.schema.typeName.${known}`) : type
}

/** Where a problem is in the file as a whole. */
const theFile: FieldWords = (m, asSubject) => m(asSubject ? 'error.field.fileSubject' : 'error.field.file')

/** Turns a parse or schema error position into a 1-based line number. */
function lineAt(counter: LineCounter, offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined
  const { line } = counter.linePos(offset)
  return line > 0 ? line : 1
}

function pointer(path: readonly (string | number)[]): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/** The sentence for a limit the file passed (src/checks/checklist/yaml-guard.ts). */
const shapeWords: Readonly<Record<ShapeProblem['limit'], (m: Msg) => string>> = {
  depth: (m) => m('error.yaml.tooDeep', { limit: MAX_NESTING_DEPTH }),
  entries: (m) => m('error.yaml.tooManyEntries', { limit: MAX_ENTRIES }),
  anchors: (m) => m('error.yaml.tooManyAnchors', { limit: MAX_ANCHORS }),
}

/**
 * Builds the document from the parser's tokens (read once, by the guard), as `parseDocument` does:
 * the first document, and an error if there is another.
 */
export function composeDocument(tokens: readonly CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined
  for (const next of new Composer({ uniqueKeys: true, strict: true, logLevel: 'error' }).compose(
    tokens,
    true,
    length,
  )) {
    if (!doc) doc = next
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents',
        ),
      )
      break
    }
  }
  // compose(…, true) always ends with a document, even for empty text.
  return doc as Document.Parsed
}

/** Lists the document's syntax problems with their lines. */
function syntaxProblems(doc: Document.Parsed, counter: LineCounter, m: Msg): FileProblem[] {
  return [...doc.errors, ...doc.warnings].map((error) => {
    const line = lineAt(counter, error.pos[0])
    const code = yamlCodes.find((known) => known === error.code)
    // The parser's own words, without the place it names (the problem's line says it).
    const detail = error.message.split('\n')[0]?.replace(/ at line \d+.*$/, '') ?? ''
    return worded(
      { line, path: '', field: theFile(m) },
      (say) => (code ? say(`error.yaml.${code}`) : say('error.yaml.other', { detail })),
      m,
    )
  })
}

/**
 * A field name that is itself a list or a group (`[a, b]: 1`, `? {a: 1}`): no checklist has one,
 * and turning it into data would make the parser print a warning of its own on the terminal.
 */
function collectionKeyProblem(doc: Document.Parsed, counter: LineCounter, m: Msg): FileProblem | undefined {
  let offset: number | undefined
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        offset = pair.key.range?.[0]
        return visit.BREAK
      }
      return undefined
    },
  })
  if (offset === undefined) return undefined
  return worded(
    { line: lineAt(counter, offset), path: '', field: theFile(m) },
    (say) => say('error.yaml.collectionKey'),
    m,
  )
}

function firstAliasLine(doc: Document.Parsed, counter: LineCounter): number | undefined {
  let offset: number | undefined
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0]
      return visit.BREAK
    },
  })
  return lineAt(counter, offset)
}

/** The node at a path, and the key node when the path ends at a map entry. */
function nodeAt(doc: Document.Parsed, path: readonly (string | number)[]): Node | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true)
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined
}

function keyLine(
  doc: Document.Parsed,
  counter: LineCounter,
  path: readonly (string | number)[],
  key: string,
): number | undefined {
  const parent = nodeAt(doc, path)
  if (isMap(parent)) {
    const pair = parent.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key,
    )
    if (pair && isScalar(pair.key)) return lineAt(counter, pair.key.range?.[0])
  }
  return lineAt(counter, parent?.range?.[0])
}

function pathOf(error: ErrorObject): (string | number)[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

import { closest } from '../../text/closest.js'

export { closest }

/** What each pattern of the checklist schema asks for, in words (src/checks/checklist/schema.ts). */
const patternWords: Readonly<Record<string, Extract<MessageKey, `error.schema.pattern.${string}`>>> = {
  'a language code such as en or es': 'error.schema.pattern.language',
  'a host name such as doxy.me or yourpractice.zoom.us, without https:// or a path':
    'error.schema.pattern.host',
  'lowercase letters, digits and single dashes, such as quiet-room': 'error.schema.pattern.id',
  'a question id: lowercase letters, digits and single dashes': 'error.schema.pattern.questionId',
}

/** keep, add or replace: the allowed values once each, case folded. */
function listWords(values: readonly unknown[], m: Msg): string {
  const words = [...new Set(values.map((value) => String(value).toLowerCase()))]
  return words.length === 1
    ? (words[0] ?? '')
    : m('error.schema.or', { rest: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' })
}

/** A value quoted back in a message: cleaned first, as it is the file's text (it may span lines). */
function shown(value: unknown): string {
  const text =
    typeof value === 'string'
      ? `"${sanitizeText(value, 60)}"`
      : sanitizeText(JSON.stringify(value) ?? String(value), 60)
  return text.length > 40 ? text.slice(0, 39) + '…' : text
}

/** One sentence for one schema error, in whichever language it is asked for. */
function describeError(
  error: ErrorObject,
  field: FieldWords,
  data: unknown,
  quote: boolean,
): (m: Msg) => string {
  const params = error.params as Record<string, unknown>
  const description = (error.parentSchema as { description?: string } | undefined)?.description
  return (m) => {
    const named = { field: field(m, true) }
    // "must be keep, add or replace", and "; it is "kept"" when the value may be quoted back.
    const mustBe = (allowed: string): string =>
      quote
        ? m('error.schema.mustBeIs', { ...named, allowed, value: shown(data) })
        : m('error.schema.mustBe', { ...named, allowed })
    switch (error.keyword) {
      case 'type':
        // A text may also be a map by language; the plain form is named, as that is what most files use.
        return m('error.schema.type', {
          ...named,
          type: typeName(String(params.type).split(',')[0] ?? '', m),
        })
      case 'required':
        return m('error.schema.required', { ...named, property: String(params.missingProperty) })
      case 'enum':
        return mustBe(listWords(params.allowedValues as unknown[], m))
      case 'const':
        return mustBe(shown(params.allowedValue))
      case 'pattern':
        if (description === NON_EMPTY) return m('error.schema.empty', named)
        // The schema's own descriptions are English: each known one is said from the catalogue.
        {
          const words = patternWords[description ?? '']
          return mustBe(words ? m(words) : m('error.schema.rightForm'))
        }
      case 'maxLength':
        return m('error.schema.maxLength', {
          ...named,
          limit: String(params.limit),
          length: String(data).length,
        })
      case 'maxItems':
      case 'maxProperties':
        return m('error.schema.maxItems', { ...named, limit: String(params.limit) })
      case 'minProperties':
        // An empty map of translations ({}) has no text at all.
        return m('error.schema.empty', named)
      case 'minItems':
        return m('error.schema.minItems', { ...named, limit: String(params.limit) })
      case 'uniqueItems':
        return m('error.schema.uniqueItems', named)
      default:
        return error.message
          ? m('error.schema.other', { ...named, detail: error.message })
          : m('error.schema.notValid', named)
    }
  }
}

/** An unknown field: placed on its key's line, with a "did you mean" when one is close. */
function unknownFieldProblem(
  error: ErrorObject,
  path: (string | number)[],
  context: ProblemContext,
): FileProblem {
  const key = String((error.params as { additionalProperty?: unknown }).additionalProperty)
  const allowed = context.options.fields(path)
  const hint = closest(key, allowed)
  const where = context.options.describe(path, context.root)
  const place = {
    line: keyLine(context.doc, context.counter, path, key),
    path: pointer([...path, key]),
    field: `"${key}"`,
  }
  return worded(
    place,
    (m) =>
      hint
        ? m('error.schema.unknownField', { where: where(m, true), key, hint })
        : m('error.schema.unknownFieldList', { where: where(m, true), key, fields: allowed.join(', ') }),
    context.options.msg,
  )
}

interface ProblemContext {
  doc: Document.Parsed
  counter: LineCounter
  root: unknown
  options: ParseOptions
}

/** Maps ajv's errors to problems with a field and a line, one per error. */
function schemaProblems(errors: readonly ErrorObject[], context: ProblemContext): FileProblem[] {
  const { doc, counter, root, options } = context
  const quote = options.quoteValues !== false
  return (
    errors
      .filter((error) => error.keyword !== 'propertyNames') // ajv's summary of the error just before it
      // Nobody reads hundreds of problems, and each costs a search for its line: the first ones are enough.
      .slice(0, MAX_PROBLEMS)
      .map((error) => {
        const path = pathOf(error)
        if (error.keyword === 'additionalProperties') return unknownFieldProblem(error, path, context)
        if (error.propertyName !== undefined) {
          const key = error.propertyName
          // The name is the file's text (a translation map's key may be anything): cleaned before it is quoted.
          const cleanKey = sanitizeText(key, 40)
          const name: FieldWords = (m, asSubject) =>
            m(asSubject ? 'error.field.keyNameSubject' : 'error.field.keyName', { key: cleanKey })
          return worded(
            { line: keyLine(doc, counter, path, key), path: pointer([...path, key]), field: `"${cleanKey}"` },
            describeError(error, name, key, quote),
            options.msg,
          )
        }
        const field = options.describe(path, root)
        return worded(
          {
            line: lineAt(counter, nodeAt(doc, path)?.range?.[0]),
            path: pointer(path),
            field: field(options.msg),
          },
          describeError(error, field, error.data, quote),
          options.msg,
        )
      })
  )
}

export interface ParseOptions {
  validate: ValidateFunction
  describe: DescribeField
  /** The allowed field names at a path, for unknown-field hints. */
  fields(path: readonly (string | number)[]): readonly string[]
  /** Whether messages may quote a bad value back; off for answers, which could hold personal details by mistake. */
  quoteValues?: boolean
  /** The sentences in the run's language, for the problems' messages. */
  msg: Msg
}

/**
 * Reads YAML or JSON text and checks it against a schema. Pure: nothing in the text is ever run
 * (no custom tags, aliases capped). The value matches the schema only when there is no problem.
 * Also returns the document and line counter, so callers can place their own checks on a line.
 */
export function parseStructuredText(
  text: string,
  options: ParseOptions,
): ParsedFile & { lineOf(path: readonly (string | number)[]): number | undefined } {
  const counter = new LineCounter()
  const source = text.replace(/^\uFEFF/, '')
  // Bounds first: the cost of building a document from deep or huge structures is far above the
  // file's size, so the parser's tokens are counted as they come, and a file past a limit stops there.
  const scan = scanYaml(source, counter)
  if (scan.problem)
    return {
      problems: [
        worded(
          { line: scan.problem.line, path: '', field: theFile(options.msg) },
          shapeWords[scan.problem.limit],
          options.msg,
        ),
      ],
      lineOf: () => undefined,
    }
  const doc = composeDocument(scan.tokens, source.length)
  const problems = syntaxProblems(doc, counter, options.msg)
  const lineOf = (path: readonly (string | number)[]): number | undefined =>
    lineAt(counter, nodeAt(doc, path)?.range?.[0])
  if (problems.length > 0) return { problems, lineOf }
  const collectionKey = collectionKeyProblem(doc, counter, options.msg)
  if (collectionKey) return { problems: [collectionKey], lineOf }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    const bomb = error instanceof ReferenceError && /alias/i.test(error.message)
    const problem = worded(
      { line: bomb ? firstAliasLine(doc, counter) : 1, path: '', field: theFile(options.msg) },
      (m) => m(bomb ? 'error.yaml.aliasBomb' : 'error.yaml.tooComplex'),
      options.msg,
    )
    return { problems: [problem], lineOf }
  }
  if (value === null || value === undefined) {
    return {
      problems: [
        worded({ line: 1, path: '', field: theFile(options.msg) }, (m) => m('error.yaml.empty'), options.msg),
      ],
      lineOf,
    }
  }
  if (options.validate(value)) return { value, problems: [], lineOf }
  // The value is handed back too, untrusted, so callers can add their own checks to the list.
  return {
    value,
    problems: schemaProblems(options.validate.errors ?? [], { doc, counter, root: value, options }),
    lineOf,
  }
}
