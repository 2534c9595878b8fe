/**
 * The protection check's judgement never throws, whatever the readers hand it, and text from the
 * OS (the system's name, antivirus names, notes) reaches the report only cleaned. The parsers
 * themselves are in parsers.property.test.ts with every other parser (exported from src/parsers.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateProtection } from '../../src/checks/protection/evaluate.js'
import { messagesFor } from '../../src/messages/index.js'
import { hasUnsafeCharacters } from '../../src/text/sanitize.js'
import type { ProtectionSnapshot } from '../../src/platform/protection/types.js'

const RUNS = 1000
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u001b]0;owned\u0007',
    '\u001b[2J',
    '\u202eEvil',
    '\u200bX',
    '\u0000',
    '\r\n',
    '\u009b31m',
    'x'.repeat(500),
  ),
)
const reason = fc.constantFrom(
  'missing',
  'timeout',
  'denied',
  'unreadable',
  'no-disk',
  'no-desktop',
  'unknown-system',
  'unsupported-os',
) as fc.Arbitrary<'missing'>
const unknown = reason.map((value) => ({ state: 'unknown' as const, reason: value }))
const product = fc.record({
  name: hostile,
  state: fc.constantFrom('on', 'off', 'snoozed', 'expired', 'unknown'),
  upToDate: fc.option(fc.boolean(), { nil: undefined }),
  byMicrosoft: fc.boolean(),
})
const seconds = fc.option(fc.oneof(fc.nat(), fc.integer(), fc.double()), { nil: undefined })

const snapshot: fc.Arbitrary<ProtectionSnapshot> = fc.record({
  encryption: fc.oneof(
    unknown,
    fc.record({
      state: fc.constantFrom('on', 'off', 'encrypting', 'decrypting', 'suspended'),
      method: fc.constantFrom('filevault', 'bitlocker', 'dm-crypt', 'ecryptfs', 'none'),
      homeUnencrypted: fc.option(fc.boolean(), { nil: undefined }),
    }),
  ),
  screenLock: fc.oneof(
    unknown,
    fc.record({
      state: fc.constantFrom('on', 'off'),
      afterSeconds: seconds,
      source: fc.constantFrom('sysadminctl', 'gnome', 'kde', 'windows'),
      managed: fc.option(fc.boolean(), { nil: undefined }),
    }),
  ),
  system: fc.oneof(
    unknown,
    fc.record({
      state: fc.constant('known'),
      family: fc.constantFrom('windows', 'macos', 'linux'),
      id: fc.oneof(
        fc.constantFrom('ubuntu', 'debian', 'fedora', 'windows', 'macos', 'arch', 'rocky'),
        hostile,
      ),
      like: fc.array(hostile, { maxLength: 3 }),
      version: fc.oneof(
        fc.constantFrom('24.04', '12', '43', '19045', '26100', '15.1', '10.15.7', '9.4', ''),
        hostile,
      ),
      name: hostile,
      edition: fc.option(fc.oneof(fc.constantFrom('Core', 'Enterprise', 'EnterpriseS'), hostile), {
        nil: undefined,
      }),
    }),
  ),
  malware: fc.oneof(
    unknown,
    fc.constant({ state: 'not-judged' as const }),
    fc.record({ state: fc.constant('known'), source: fc.constant('gatekeeper'), enabled: fc.boolean() }),
    fc.record({
      state: fc.constant('known'),
      source: fc.constant('security-center'),
      products: fc.array(product, { maxLength: 4 }),
    }),
  ),
  firewall: fc.oneof(
    unknown,
    fc.constant({ state: 'not-judged' as const }),
    fc.record({
      state: fc.constant('known'),
      source: fc.constant('application-firewall'),
      enabled: fc.boolean(),
    }),
    fc.record({
      state: fc.constant('known'),
      source: fc.constant('windows'),
      products: fc.array(product, { maxLength: 3 }),
      profiles: fc.array(
        fc.record({
          name: fc.oneof(fc.constantFrom('Domain', 'Private', 'Public'), hostile),
          enabled: fc.boolean(),
        }),
        {
          maxLength: 3,
        },
      ),
      active: fc.array(fc.oneof(fc.constantFrom('Public', 'Private', 'DomainAuthenticated'), hostile), {
        maxLength: 3,
      }),
    }),
  ),
  notes: fc.array(hostile, { maxLength: 3 }),
}) as fc.Arbitrary<ProtectionSnapshot>

const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
const platform = fc.constantFrom('linux', 'darwin', 'win32', 'freebsd') as fc.Arbitrary<NodeJS.Platform>
const language = fc.constantFrom(messagesFor('en'), messagesFor('es'))

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

describe('the protection check’s evaluate', () => {
  it('never throws, and always says something with a known status', () => {
    fc.assert(
      fc.property(snapshot, platform, day, language, (input, os, today, m) => {
        const outcome = evaluateProtection(input, os, today, m)
        expect(['pass', 'warn', 'skip']).toContain(outcome.status)
        expect(outcome.summary.length).toBeGreaterThan(0)
        expect(outcome.steps?.every((step) => step.priority === 'consider')).toBe(true)
      }),
      { numRuns: RUNS, seed: 20261206 },
    )
  })

  it('lets no control character, escape or format character from the OS into the summary, steps, measurements or details', () => {
    fc.assert(
      fc.property(snapshot, platform, day, language, (input, os, today, m) => {
        const outcome = evaluateProtection(input, os, today, m)
        const shown = [outcome.summary, ...outcome.advice, ...strings(outcome.measurements)]
        for (const text of shown) expect(hasUnsafeCharacters(text), JSON.stringify(text)).toBe(false)
        const details = outcome.details as Record<string, unknown>
        for (const text of strings([details.system, details.malware, details.firewall, details.notes]))
          expect(hasUnsafeCharacters(text), JSON.stringify(text)).toBe(false)
      }),
      { numRuns: RUNS, seed: 20261206 },
    )
  })
})
