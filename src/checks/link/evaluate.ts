import type { CheckOutcome } from '../types.js'
import type { Status } from '../../report/model.js'
import type { Finding, LinkAnalysis } from './analyse.js'
import type { OnlineFacts } from './online.js'
import { wrapperNames, type WrapperId } from './unwrap.js'
import { findingAdvice, findingSummary, type Values, type WordedCode } from './wording.js'
import type { Measurement } from '../../report/model.js'
import type { Msg } from '../../messages/index.js'
import { defined } from '../../defined.js'

/** Everything known about the link, offline and online. */
export interface LinkFacts {
  analysis: LinkAnalysis
  online: OnlineFacts
  /** Where a shortened link leads, when it was resolved (one HEAD request). */
  redirect?: { analysis: LinkAnalysis; online: OnlineFacts }
  /** The e-mail wrapper the link came in (src/checks/link/unwrap.ts); the analysis is of the link inside it. */
  wrapper?: WrapperId
}

interface Placed {
  code: WordedCode
  severity: 'fail' | 'warn'
  values: Values
}

/** Which finding speaks first: the most dangerous, then the most likely to need a question. */
const PRIORITY: readonly WordedCode[] = [
  'wrapper-mismatch',
  'private-address',
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
]

function place(
  findings: readonly Finding[],
  host: string,
  extra: Pick<Values, 'target' | 'offline'> = {},
): Placed[] {
  return findings.map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    values: { host, ...defined({ platform: finding.platform, other: finding.other }), ...extra },
  }))
}

function onlinePlaced(online: OnlineFacts, host: string): Placed[] {
  if (online.state === 'certificate-invalid')
    return [{ code: 'certificate-invalid', severity: 'fail', values: { host, problem: online.problem } }]
  // Where the name pointed is said (the host only); the address itself was never contacted.
  if (online.state === 'private-address')
    return [{ code: 'private-address', severity: 'fail', values: { host: online.host } }]
  // Stryker disable next-line StringLiteral: only a 'fail' severity changes the status; any other word is a caution.
  if (online.state === 'not-found') return [{ code: 'not-found', severity: 'warn', values: { host } }]
  return []
}

/** The findings of the link and of where it leads, in the order they are told. */
function collect(facts: LinkFacts): Placed[] {
  const { analysis, redirect } = facts
  const target = redirect?.analysis.host
  const wrapper = facts.wrapper ?? analysis.wrapper
  const own = place(analysis.findings, analysis.host, {
    ...(target ? { target } : {}),
    ...(wrapper ? { wrapper: wrapperNames[wrapper] } : {}),
    offline: facts.online.state === 'offline',
  })
  const placed = redirect
    ? [
        ...own,
        ...place(redirect.analysis.findings, redirect.analysis.host),
        ...onlinePlaced(redirect.online, redirect.analysis.host),
      ]
    : [...own, ...onlinePlaced(facts.online, analysis.host)]
  return placed.sort((a, b) => PRIORITY.indexOf(a.code) - PRIORITY.indexOf(b.code))
}

function passSummary(analysis: LinkAnalysis, online: OnlineFacts, m: Msg): string {
  const verified = online.state === 'certificate-valid'
  const host = analysis.host
  if (analysis.platform && !analysis.practiceHost) {
    const platform = analysis.platform.name
    return m(verified ? 'link.summary.platformVerified' : 'link.summary.platformUnverified', {
      host,
      platform,
    })
  }
  return m(verified ? 'link.summary.practiceVerified' : 'link.summary.practiceUnverified', { host })
}

function onlineNote(online: OnlineFacts, m: Msg): string | undefined {
  if (online.state === 'offline') return m('link.note.offline')
  if (online.state === 'unreachable') return m('link.note.unreachable')
  return undefined
}

function details(facts: LinkFacts, placed: readonly Placed[]): Record<string, unknown> {
  const { analysis, online, redirect } = facts
  const final = redirect ?? { analysis, online }
  return {
    host: analysis.host,
    platform: analysis.platform?.id ?? null,
    practiceHost: analysis.practiceHost,
    findings: placed.map((item) => item.code),
    online: final.online.state,
    ...(final.online.state === 'certificate-invalid' ? { certificateProblem: final.online.problem } : {}),
    ...(final.analysis.appLink ? { appLink: final.analysis.appLink.id } : {}),
    ...(final.online.state === 'certificate-valid' && final.online.issuer
      ? { certificateIssuer: final.online.issuer }
      : {}),
    ...(redirect
      ? { redirectHost: redirect.analysis.host, redirectPlatform: redirect.analysis.platform?.id ?? null }
      : {}),
    ...defined({ wrapper: facts.wrapper ?? analysis.wrapper }),
  }
}

/** Where the link goes, on which platform, and what the certificate showed: the --verbose lines. */
function facts(final: { analysis: LinkAnalysis; online: OnlineFacts }, m: Msg): Measurement[] {
  const { online } = final
  const certificate =
    online.state === 'certificate-valid' && online.issuer
      ? m('link.value.certificate.validFrom', { issuer: online.issuer })
      : online.state === 'certificate-invalid'
        ? m(`link.value.certificate.${online.problem}`)
        : m(`link.value.certificate.${online.state}`)
  return [
    { id: 'host', label: m('link.label.host'), value: final.analysis.host },
    {
      id: 'platform',
      label: m('link.label.platform'),
      value: final.analysis.platform?.name ?? m('link.value.unknownPlatform'),
    },
    { id: 'certificate', label: m('link.label.certificate'), value: certificate },
  ]
}

/** The verdict on a meeting link, in the language of `m`. Pure: facts in, whole sentences out. */
export function evaluateLink(linkFacts: LinkFacts, m: Msg): CheckOutcome {
  const placed = collect(linkFacts)
  const status: Status = placed.some((item) => item.severity === 'fail')
    ? 'fail'
    : placed.length > 0
      ? 'warn'
      : 'pass'
  const final = linkFacts.redirect ?? { analysis: linkFacts.analysis, online: linkFacts.online }
  const measured = facts(final, m)
  const [first] = placed
  // Whole sentences: the verdict, then that the link came wrapped by an e-mail service, then why the certificate was not checked.
  const wrapper = linkFacts.wrapper ?? linkFacts.analysis.wrapper
  const unwrapped = wrapper ? m('link.note.unwrapped', { wrapper: wrapperNames[wrapper] }) : undefined
  const appLink = final.analysis.appLink
    ? m('link.note.appLink', { platform: final.analysis.appLink.name })
    : undefined
  const sentences = (...parts: (string | undefined)[]) => parts.filter((part) => part !== undefined).join(' ')
  if (status === 'fail' && first) {
    return {
      status,
      // A wrapper that names two links is the finding itself: no note that it "checks links".
      summary: sentences(
        findingSummary(first.code, first.values, m),
        first.code === 'wrapper-mismatch' ? undefined : unwrapped,
      ),
      advice: [findingAdvice(first.code, first.values, m)],
      measurements: measured,
      details: details(linkFacts, placed),
    }
  }
  // Stryker disable next-line ConditionalExpression,ArrowFunction,StringLiteral: 'not-found' comes only from the final online state, which has no note anyway.
  const note = placed.some((item) => item.code === 'not-found') ? undefined : onlineNote(final.online, m)
  const summary = first
    ? findingSummary(first.code, first.values, m)
    : passSummary(final.analysis, final.online, m)
  const advice = [...new Set(placed.map((item) => findingAdvice(item.code, item.values, m)))]
  return {
    status,
    summary: sentences(summary, unwrapped, appLink, note),
    advice,
    measurements: measured,
    details: details(linkFacts, placed),
  }
}
