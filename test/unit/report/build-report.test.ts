import { describe, expect, it } from 'vitest'
import {
  buildReport,
  countStatuses,
  decideVerdict,
  redactIdentifiers,
  stepsOf,
  uncheckedIds,
  withSteps,
} from '../../../src/report/build-report.js'
import { exitCodeFor } from '../../../src/report/exit-code.js'
import type { CountByStatus, Status } from '../../../src/report/model.js'
import { mixedReport } from '../../fixtures/reports/sample-reports.js'

const counts = (partial: Partial<CountByStatus>): CountByStatus => ({
  pass: 0,
  warn: 0,
  fail: 0,
  skip: 0,
  error: 0,
  ...partial,
})

describe('decideVerdict', () => {
  it.each([
    [{ pass: 3 }, 'ready'],
    [{ pass: 2, skip: 1 }, 'ready'],
    [{ pass: 2, warn: 1 }, 'ready-with-cautions'],
    [{ pass: 1, warn: 1, fail: 1 }, 'not-ready'],
    [{ pass: 1, fail: 1, error: 1 }, 'not-ready'],
    [{ pass: 2, error: 1 }, 'incomplete'],
    [{ warn: 1, error: 1 }, 'incomplete'],
    [{ skip: 4 }, 'incomplete'],
    [{}, 'incomplete'],
  ] as const)('%o -> %s', (partial, verdict) => {
    expect(decideVerdict(counts(partial))).toBe(verdict)
  })
})

describe('exitCodeFor', () => {
  const report = (partial: Partial<CountByStatus>) => {
    const c = counts(partial)
    // What was not checked follows the counts: a skipped check is an unchecked one.
    return { ...mixedReport, counts: c, verdict: decideVerdict(c), unchecked: c.skip ? ['checklist'] : [] }
  }
  it.each([
    [{ pass: 3 }, false, 0],
    [{ pass: 3 }, true, 0],
    [{ pass: 2, skip: 1 }, false, 0],
    [{ pass: 2, skip: 1 }, true, 1],
    [{ pass: 2, warn: 1 }, false, 0],
    [{ pass: 2, warn: 1 }, true, 1],
    [{ pass: 2, fail: 1 }, false, 1],
    [{ pass: 2, error: 1 }, false, 1],
  ] as const)('%o strict=%s -> %i', (partial, strict, code) => {
    expect(exitCodeFor(report(partial), { strict })).toBe(code)
  })
})

describe('buildReport', () => {
  it('counts statuses, keeps the order and carries the schema version', () => {
    expect(mixedReport.schemaVersion).toBe(1)
    expect(mixedReport.checks.map((c) => c.id)).toEqual(['wifi', 'connection', 'apps', 'checklist'])
    expect(mixedReport.counts).toEqual({ pass: 1, warn: 1, fail: 1, skip: 1, error: 0 })
    expect(mixedReport.verdict).toBe('not-ready')
    expect(mixedReport.durationMs).toBe(9876)
  })

  it('counts every status', () => {
    const statuses: Status[] = ['pass', 'pass', 'warn', 'fail', 'skip', 'error']
    const checks = statuses.map((status) => ({ ...mixedReport.checks[0]!, status }))
    expect(countStatuses(checks)).toEqual({ pass: 2, warn: 1, fail: 1, skip: 1, error: 1 })
  })

  it('leaves the practice out when there is none', () => {
    expect(
      'practice' in buildReport([], { ...mixedReport, startedAt: new Date(0), tool: mixedReport.tool }),
    ).toBe(false)
  })
})

describe('redactIdentifiers', () => {
  it('removes identifiers from every check and says so', () => {
    const redacted = redactIdentifiers(mixedReport)
    expect(redacted.identifiersIncluded).toBe(false)
    expect(redacted.checks.every((check) => check.identifiers === undefined)).toBe(true)
    expect(JSON.stringify(redacted)).not.toContain('Home Network')
    expect(mixedReport.checks[0]?.identifiers?.networkName).toBe('Home Network')
  })
})

describe('steps and unchecked checks (issue 12)', () => {
  // A check as it comes from the runner: plain advice, no steps yet.
  const { steps: _steps, ...base } = mixedReport.checks[0]!
  it("gives plain advice a priority from the check: must for a failed check, consider otherwise, in the tool's voice", () => {
    expect(stepsOf({ ...base, status: 'fail', advice: ['Close it.'] })).toEqual([
      { text: 'Close it.', priority: 'must', from: 'tool', thing: base.id },
    ])
    expect(stepsOf({ ...base, status: 'warn', advice: ['Move closer.'] })).toEqual([
      { text: 'Move closer.', priority: 'consider', from: 'tool', thing: base.id },
    ])
  })

  it('keeps the first step on a topic and the advice texts in step with the steps', () => {
    const a = {
      ...base,
      id: 'apps',
      steps: [
        {
          text: 'Turn on DND.',
          priority: 'consider' as const,
          from: 'tool' as const,
          topic: 'do-not-disturb',
        },
      ],
      advice: ['Turn on DND.'],
    }
    const b = {
      ...base,
      id: 'checklist',
      status: 'fail' as const,
      steps: [
        {
          text: 'Silence devices.',
          priority: 'consider' as const,
          from: 'tool' as const,
          topic: 'do-not-disturb',
        },
        { text: 'Close the door.', priority: 'must' as const, from: 'practice' as const },
      ],
      advice: ['Silence devices.', 'Close the door.'],
    }
    const [first, second] = withSteps([a, b])
    expect(first?.advice).toEqual(['Turn on DND.'])
    expect(second?.advice).toEqual(['Close the door.'])
    expect(second?.steps).toEqual([{ text: 'Close the door.', priority: 'must', from: 'practice' }])
  })

  it('lists skipped checks and checks that never ran, in report order', () => {
    expect(
      uncheckedIds([{ ...base, id: 'apps', status: 'skip' }], ['wifi', 'connection', 'apps', 'checklist']),
    ).toEqual(['wifi', 'connection', 'apps', 'checklist'])
    expect(
      uncheckedIds(
        [
          { ...base, id: 'wifi' },
          { ...base, id: 'connection', status: 'skip' },
        ],
        ['wifi', 'connection'],
      ),
    ).toEqual(['connection'])
    expect(uncheckedIds([{ ...base, id: 'wifi', status: 'error' }], ['wifi'])).toEqual([])
  })
})
