import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml'
import { NON_EMPTY } from './schema.js'
import type { FileProblem } from './types.js'
import { checkYamlShape } from './yaml-guard.js'
import { sanitizeText } from '../../text/sanitize.js'

/** How many alias expansions a file may use: enough for sharing a few blocks, far too few for a "billion laughs" bomb. */
export const MAX_ALIAS_COUNT = 50

/** Most schema problems listed for one file. */
export const MAX_PROBLEMS = 50

/** Says in words where a field is, for example ['questions', 2, 'why'] -> `"why" in question 3`. */
export type DescribeField = (path: readonly (string | number)[], root: unknown) => string

export interface ParsedFile {
  /** The plain value; it matches the schema only when there are no problems. */
  value?: unknown
  problems: FileProblem[]
}

// allowUnionTypes: a checklist text is a string or a map by language (schema.ts, localText).
const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true })

/** Compiles a schema once; the validators are kept for the life of the process. */
export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema)
}

const typeWords: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a set of "name: value" fields',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
}

const yamlWords: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'the same field appears twice here; keep only one',
  TAB_AS_INDENT: 'a tab is used for indenting; use spaces instead',
  BAD_INDENT: 'the indenting here does not line up with the lines around it',
  MULTIPLE_DOCS: 'the file holds more than one document (a line with ---); keep only one',
  TAG_RESOLVE_FAILED: 'a YAML tag (a word starting with !) is used here; checklists use plain text only',
  BAD_ALIAS: 'this uses a YAML alias (*name) that does not point to anything',
  RESOURCE_EXHAUSTION: 'the file is nested too deeply to read safely',
}

/** Turns a parse or schema error position into a 1-based line number. */
function lineAt(counter: LineCounter, offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined
  const { line } = counter.linePos(offset)
  return line > 0 ? line : 1
}

function pointer(path: readonly (string | number)[]): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/** Reads the YAML (or JSON, which is YAML) and lists syntax problems with their lines. */
function parseText(text: string, counter: LineCounter): { doc: Document.Parsed; problems: FileProblem[] } {
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true })
  const problems = [...doc.errors, ...doc.warnings].map((error) => {
    const line = lineAt(counter, error.pos[0])
    const words = yamlWords[error.code] ?? `the file cannot be read here (${error.message.split('\n')[0]?.replace(/ at line \d+.*$/, '')})`
    return { line, path: '', field: 'the file', message: capitalise(words) + '.' }
  })
  return { doc, problems }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
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

function keyLine(doc: Document.Parsed, counter: LineCounter, path: readonly (string | number)[], key: string): number | undefined {
  const parent = nodeAt(doc, path)
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key)
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

/** The option nearest to a misspelt word (at most two letters off), for "did you mean" hints. */
export function closest(word: string, options: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i)
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0
      row[0] = i
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0
        row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return row[b.length] ?? Infinity
  }
  const best = options.map((option) => ({ option, d: distance(word.toLowerCase(), option) })).sort((a, b) => a.d - b.d)[0]
  return best && best.d <= 2 ? best.option : undefined
}

/** keep, add or replace: the allowed values once each, case folded. */
function listWords(values: readonly unknown[]): string {
  const words = [...new Set(values.map((value) => String(value).toLowerCase()))]
  return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}

/** A value quoted back in a message: cleaned first, as it is the file's text (it may span lines). */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${sanitizeText(value, 60)}"` : sanitizeText(JSON.stringify(value) ?? String(value), 60)
  return text.length > 40 ? text.slice(0, 39) + '…' : text
}

/** One sentence for one schema error. */
function describeError(error: ErrorObject, field: string, data: unknown, quote: boolean): string {
  const params = error.params as Record<string, unknown>
  const itIs = (value: unknown): string => (quote ? `; it is ${shown(value)}` : '')
  const description = (error.parentSchema as { description?: string } | undefined)?.description
  switch (error.keyword) {
    case 'type':
      // A text may also be a map by language; the plain form is named, as that is what most files use.
      return `${capitalise(field)} must be ${typeWords[String(params.type).split(',')[0] ?? ''] ?? String(params.type)}.`
    case 'required':
      return `${capitalise(field)} is missing "${String(params.missingProperty)}".`
    case 'enum':
      return `${capitalise(field)} must be ${listWords(params.allowedValues as unknown[])}${itIs(data)}.`
    case 'const':
      return `${capitalise(field)} must be ${shown(params.allowedValue)}${itIs(data)}.`
    case 'pattern':
      return description === NON_EMPTY ? `${capitalise(field)} is empty.` : `${capitalise(field)} must be ${description ?? 'in the right form'}${itIs(data)}.`
    case 'maxLength':
      return `${capitalise(field)} is too long: at most ${String(params.limit)} characters, and it has ${String(data).length}.`
    case 'maxItems':
    case 'maxProperties':
      return `${capitalise(field)} has too many entries: at most ${String(params.limit)}.`
    case 'minProperties':
      // An empty map of translations ({}) has no text at all.
      return `${capitalise(field)} is empty.`
    case 'minItems':
      return `${capitalise(field)} needs at least ${String(params.limit)} entry.`
    case 'uniqueItems':
      return `${capitalise(field)} lists the same value twice.`
    default:
      return `${capitalise(field)} ${error.message ?? 'is not valid'}.`
  }
}

/** An unknown field: placed on its key's line, with a "did you mean" when one is close. */
function unknownFieldProblem(error: ErrorObject, path: (string | number)[], context: ProblemContext): FileProblem {
  const key = String((error.params as { additionalProperty?: unknown }).additionalProperty)
  const allowed = context.options.fields(path)
  const hint = closest(key, allowed)
  const where = capitalise(context.options.describe(path, context.root))
  return {
    line: keyLine(context.doc, context.counter, path, key),
    path: pointer([...path, key]),
    field: `"${key}"`,
    message: `${where} has a field "${key}" that checklists do not use${hint ? `; did you mean "${hint}"?` : `; the fields are ${allowed.join(', ')}.`}`,
  }
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
  return errors
    .filter((error) => error.keyword !== 'propertyNames') // ajv's summary of the error just before it
    // Nobody reads hundreds of problems, and each costs a search for its line: the first ones are enough.
    .slice(0, MAX_PROBLEMS)
    .map((error) => {
      const path = pathOf(error)
      if (error.keyword === 'additionalProperties') return unknownFieldProblem(error, path, context)
      if (error.propertyName !== undefined) {
        const key = error.propertyName
        // The name is the file's text (a translation map's key may be anything): cleaned before it is quoted.
        return { line: keyLine(doc, counter, path, key), path: pointer([...path, key]), field: shown(key), message: describeError(error, `the name ${shown(key)}`, key, quote) }
      }
      const field = options.describe(path, root)
      return { line: lineAt(counter, nodeAt(doc, path)?.range?.[0]), path: pointer(path), field, message: describeError(error, field, error.data, quote) }
    })
}

export interface ParseOptions {
  validate: ValidateFunction
  describe: DescribeField
  /** The allowed field names at a path, for unknown-field hints. */
  fields(path: readonly (string | number)[]): readonly string[]
  /** Whether messages may quote a bad value back; off for answers, which could hold personal details by mistake. */
  quoteValues?: boolean
}

/**
 * Reads YAML or JSON text and checks it against a schema. Pure: nothing in the text is ever run
 * (no custom tags, aliases capped). The value matches the schema only when there is no problem.
 * Also returns the document and line counter, so callers can place their own checks on a line.
 */
export function parseStructuredText(text: string, options: ParseOptions): ParsedFile & { lineOf(path: readonly (string | number)[]): number | undefined } {
  const counter = new LineCounter()
  const source = text.replace(/^\uFEFF/, '')
  // Bounds first: the parser's cost on deep or huge structures is far above the file's size.
  const shape = checkYamlShape(source)
  if (shape) return { problems: [{ line: shape.line, path: '', field: 'the file', message: shape.message }], lineOf: () => undefined }
  const { doc, problems } = parseText(source, counter)
  const lineOf = (path: readonly (string | number)[]): number | undefined => lineAt(counter, nodeAt(doc, path)?.range?.[0])
  if (problems.length > 0) return { problems, lineOf }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    const bomb = error instanceof ReferenceError && /alias/i.test(error.message)
    const message = bomb
      ? 'The file repeats YAML aliases (*name) too many times to read safely; write the text out instead.'
      : 'The file is nested too deeply or is too complex to read safely.'
    return { problems: [{ line: bomb ? firstAliasLine(doc, counter) : 1, path: '', field: 'the file', message }], lineOf }
  }
  if (value === null || value === undefined) {
    return { problems: [{ line: 1, path: '', field: 'the file', message: 'The file is empty.' }], lineOf }
  }
  if (options.validate(value)) return { value, problems: [], lineOf }
  // The value is handed back too, untrusted, so callers can add their own checks to the list.
  return { value, problems: schemaProblems(options.validate.errors ?? [], { doc, counter, root: value, options }), lineOf }
}
