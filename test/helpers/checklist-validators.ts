import { Ajv } from 'ajv'
import standalone from 'ajv/dist/standalone/index.js'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { answersSchema, checklistSchema } from '../../src/checks/checklist/schema.js'

/** Where the compiled validators live; `npm run validators` rewrites it from schema.ts. */
export const VALIDATORS_FILE = 'src/checks/checklist/validators.ts'

/**
 * The checklist's and answers file's validators, compiled ahead of time with ajv's standalone
 * code. Ajv compiles a schema into a function with `new Function`, which a page under a strict
 * Content-Security-Policy (no 'unsafe-eval') refuses; compiled once here, the same validators run
 * in the CLI and in the browser, with ajv's own error objects and the options parse-file.ts used.
 */
export async function generateValidators(): Promise<string> {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    verbose: true,
    allowUnionTypes: true,
    code: { source: true, esm: true },
  })
  ajv.addSchema(checklistSchema, 'checklist').addSchema(answersSchema, 'answers')
  // A CommonJS module seen from ESM: its function is under `default`.
  const toCode = standalone.default
  let code = toCode(ajv, { validateChecklist: 'checklist', validateAnswers: 'answers' })
  // ajv's ESM output still require()s its runtime helpers (ucs2length, equal): import them instead.
  // Node, vitest and esbuild each hand a CommonJS module's `default` over differently, so the
  // function is found under however many `default`s it sits.
  const imports: string[] = []
  code = code.replace(/require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g, (_all: string, name: string) => {
    const line = `import * as runtime_${name}_module from 'ajv/dist/runtime/${name}.js'`
    if (!imports.includes(line))
      imports.push(line, `const runtime_${name} = commonJsFunction(runtime_${name}_module)`)
    return `runtime_${name}`
  })
  if (code.includes('require(')) throw new Error('ajv generated a require() this generator does not know')
  imports.push(
    'function commonJsFunction(module) {',
    '  let value = module',
    "  while (value && typeof value !== 'function') value = value.default",
    '  return value',
    '}',
  )
  const header = [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// Generated from schema.ts by `npm run validators` (test/helpers/checklist-validators.ts): do not edit.',
    '// Compiled ahead of time, so no schema is compiled with eval at run time (a strict page forbids it).',
  ]
  const body = code
    .replace(/^"use strict";/, '')
    .replace(/export const (\w+) = (\w+);/g, 'export const $1 = $2 as unknown as ValidateFunction;')
  imports.unshift("import type { ValidateFunction } from 'ajv'")
  const options = await resolveConfig(join(import.meta.dirname, '..', '..', VALIDATORS_FILE))
  return format([...header, ...imports, body].join('\n'), { ...options, parser: 'typescript' })
}
