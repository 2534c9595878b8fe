/**
 * The meeting-link verdict's own rules (issue 15: surviving mutants showed them untested): the
 * most dangerous finding speaks first, a failure gives only its own step, which sentence a clean
 * link gets, and what the details and the --verbose lines say about the certificate and a redirect.
 * The catalogue is replaced by one that echoes the key and its values, so these hold whatever the wording.
 */
import { messagesFor } from '../../../src/messages/index.js'
const en = messagesFor('en')
import { describe, expect, it } from 'vitest'
import type { FindingCode, LinkAnalysis } from '../../../src/checks/link/analyse.js'
import { evaluateLink, type LinkFacts } from '../../../src/checks/link/evaluate.js'
import type { OnlineFacts } from '../../../src/checks/link/online.js'
import { platforms } from '../../../src/checks/link/platforms.js'
import { findingAdvice, findingSummary } from '../../../src/checks/link/wording.js'
import type { Msg } from '../../../src/messages/index.js'

const echo = ((key: string, values?: Record<string, string | number | boolean | undefined>) =>
  values
    ? `${key}(${Object.entries(values)
        .map(([name, value]) => `${name}=${value}`)
        .join('; ')})`
    : key) as Msg

const platform = platforms[0]!
const analysis = (codes: readonly FindingCode[], extra: Partial<LinkAnalysis> = {}): LinkAnalysis => ({
  host: 'meet.example.org',
  url: new URL('https://meet.example.org/'),
  practiceHost: false,
  shortener: false,
  findings: codes.map((code) => ({ code, severity: 'warn' as const })),
  ...extra,
})
const skipped: OnlineFacts = { state: 'skipped' }

/** The order findings are told in, most dangerous first. */
const ORDER = [
  'wrapper-mismatch',
  'user-info',
  'ip-host',
  'idn-confusable',
  'idn-mixed-script',
  'lookalike-label',
  'lookalike-typo',
  'app-link-foreign',
  'certificate-invalid',
  'not-https',
  'not-found',
  'other-platform',
  'consumer-app',
  'unknown-host',
  'shortener',
  'non-default-port',
  'personal-room',
  'no-passcode',
] as const

describe('which finding speaks first', () => {
  it('every finding in its place, whatever order they were found in', () => {
    const codes = ORDER.filter(
      (code): code is FindingCode => code !== 'certificate-invalid' && code !== 'not-found',
    )
    const invalid = evaluateLink(
      {
        analysis: analysis([...codes].reverse()),
        online: { state: 'certificate-invalid', reason: 'x', problem: 'wrong-name' },
      },
      en,
    )
    expect(invalid.details?.findings).toEqual(ORDER.filter((code) => code !== 'not-found'))
    const missing = evaluateLink(
      { analysis: analysis([...codes].reverse()), online: { state: 'not-found' } },
      en,
    )
    expect(missing.details?.findings).toEqual(ORDER.filter((code) => code !== 'certificate-invalid'))
  })

  it('a failure gives its own sentence and its own step only', () => {
    const facts: LinkFacts = {
      analysis: {
        ...analysis(['no-passcode']),
        findings: [
          { code: 'no-passcode', severity: 'warn' },
          { code: 'user-info', severity: 'fail' },
        ],
      },
      online: skipped,
    }
    const outcome = evaluateLink(facts, echo)
    const values = { host: 'meet.example.org', offline: false }
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(findingSummary('user-info', values, echo))
    expect(outcome.advice).toEqual([findingAdvice('user-info', values, echo)])
  })
})

describe('a link with nothing to say against it', () => {
  it.each<[string, Partial<LinkAnalysis>, OnlineFacts, string]>([
    [
      'a platform’s own address, proved',
      { platform },
      { state: 'certificate-valid' },
      `link.summary.platformVerified(host=meet.example.org; platform=${platform.name})`,
    ],
    [
      'a platform’s own address, not looked up',
      { platform },
      skipped,
      `link.summary.platformUnverified(host=meet.example.org; platform=${platform.name})`,
    ],
    [
      'a practice host on a platform',
      { platform, practiceHost: true },
      { state: 'certificate-valid' },
      'link.summary.practiceVerified(host=meet.example.org)',
    ],
    [
      'a practice host of its own',
      { practiceHost: true },
      skipped,
      'link.summary.practiceUnverified(host=meet.example.org)',
    ],
  ])('%s', (_name, extra, online, summary) => {
    const outcome = evaluateLink({ analysis: analysis([], extra), online }, echo)
    expect(outcome.status).toBe('pass')
    expect(outcome.summary).toBe(summary)
  })
})

describe('details and --verbose lines', () => {
  it('names the certificate’s issuer only when the certificate was valid and named one', () => {
    const withIssuer = evaluateLink(
      { analysis: analysis([], { platform }), online: { state: 'certificate-valid', issuer: 'Example CA' } },
      echo,
    )
    expect(withIssuer.details).toMatchObject({ certificateIssuer: 'Example CA' })
    expect(withIssuer.measurements?.find((m) => m.id === 'certificate')?.value).toBe(
      'link.value.certificate.validFrom(issuer=Example CA)',
    )
    const without = evaluateLink(
      { analysis: analysis([], { platform }), online: { state: 'certificate-valid' } },
      echo,
    )
    expect(without.details).not.toHaveProperty('certificateIssuer')
    expect(without.measurements?.find((m) => m.id === 'certificate')?.value).toBe(
      'link.value.certificate.certificate-valid',
    )
  })

  it('says where a shortened link leads, and on which platform', () => {
    const facts: LinkFacts = {
      analysis: analysis(['shortener'], { host: 'bit.ly', shortener: true }),
      online: skipped,
      redirect: { analysis: analysis([], { platform }), online: { state: 'certificate-valid' } },
    }
    expect(evaluateLink(facts, en).details).toMatchObject({
      host: 'bit.ly',
      redirectHost: 'meet.example.org',
      redirectPlatform: platform.id,
      online: 'certificate-valid',
    })
    const nowhere = { ...facts, redirect: { analysis: analysis([]), online: skipped } }
    expect(evaluateLink(nowhere, en).details).toMatchObject({
      redirectHost: 'meet.example.org',
      redirectPlatform: null,
    })
  })
})
