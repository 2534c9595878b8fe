import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'

/** A real JSON Schema validator (ajv, draft 2020-12) for the shipped report schema. */
export function reportValidator() {
  const schema = JSON.parse(
    readFileSync(new URL('../../src/report/report.schema.json', import.meta.url), 'utf8'),
  )
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false })
  return ajv.compile(schema)
}
