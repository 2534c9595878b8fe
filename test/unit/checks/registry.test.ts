import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinChecks } from '../../../src/checks/index.js'
import { createProgram } from '../../../src/cli/program.js'
import { CHECK_IDS } from '../../../src/report/model.js'

const schema = JSON.parse(readFileSync(new URL('../../../src/report/report.schema.json', import.meta.url), 'utf8'))
const registered = builtinChecks.map((check) => check.id)

/** A new check is a folder and one line in src/checks/index.ts; these keep everything else in step with it. */
describe('the check registry', () => {
  it('holds each check once', () => {
    expect(new Set(registered).size).toBe(registered.length)
  })

  it('is what CHECK_IDS names, in report order', () => {
    expect([...CHECK_IDS]).toEqual(registered)
  })

  it("is what the JSON Schema's check id enum allows", () => {
    expect(schema.$defs.check.properties.id.enum).toEqual(registered)
  })

  it('is what --help lists for --only and --skip', () => {
    let help = ''
    const program = createProgram('0.0.0', {} as never).configureOutput({ writeOut: (text) => (help += text) })
    program.outputHelp()
    expect(help).toContain(`Checks: ${registered.join(', ')}.`)
  })
})
