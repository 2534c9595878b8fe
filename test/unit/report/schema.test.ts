import { reportValidator } from '../../helpers/report-validator.js'
import { describe, expect, it } from 'vitest'
import { redactIdentifiers } from '../../../src/report/build-report.js'
import { renderJson } from '../../../src/render/json.js'
import {
  hostileReport,
  mixedReport,
  practiceReport,
  readyReport,
} from '../../fixtures/reports/sample-reports.js'

describe('report.schema.json', () => {
  const validate = reportValidator()
  it.each([
    ['ready', readyReport],
    ['mixed', mixedReport],
    ['practice', practiceReport],
    ['hostile', hostileReport],
    ['redacted', redactIdentifiers(mixedReport)],
  ])('accepts the %s report as rendered', (_name, report) => {
    const ok = validate(JSON.parse(renderJson(report)))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('rejects a report with an unknown status or a missing verdict', () => {
    const bad = JSON.parse(renderJson(mixedReport))
    bad.checks[0].status = 'great'
    delete bad.verdict
    expect(validate(bad)).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath || e.params)).toEqual(
      expect.arrayContaining([{ missingProperty: 'verdict' }, '/checks/0/status']),
    )
  })
})
