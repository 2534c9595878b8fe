import type { CheckOutcome } from '../types.js'
import type { Status } from '../../report/model.js'
import type { Finding, LinkAnalysis } from './analyse.js'
import type { OnlineFacts } from './online.js'
import { factWords, findingWords, onlineNotes, passWords, type Values, type WordedCode } from './wording.js'
import type { Measurement } from '../../report/model.js'

/** Everything known about the link, offline and online. */
export interface LinkFacts {
  analysis: LinkAnalysis
  online: OnlineFacts
  /** Where a shortened link leads, when it was resolved (one HEAD request). */
  redirect?: { analysis: LinkAnalysis; online: OnlineFacts }
}

interface Placed {
  code: WordedCode
  severity: 'fail' | 'warn'
  values: Values
}

/** Which finding speaks first: the most dangerous, then the most likely to need a question. */
const PRIORITY: readonly WordedCode[] = [
  'user-info', 'ip-host', 'idn-confusable', 'idn-mixed-script', 'lookalike-label', 'lookalike-typo', 'certificate-invalid', 'not-https',
  'not-found', 'other-platform', 'unknown-host', 'shortener', 'non-default-port', 'personal-room', 'no-passcode',
]

function place(findings: readonly Finding[], host: string, extra: Pick<Values, 'target' | 'offline'> = {}): Placed[] {
  return findings.map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    values: { host, ...(finding.platform ? { platform: finding.platform } : {}), ...extra },
  }))
}

function onlinePlaced(online: OnlineFacts, host: string): Placed[] {
  if (online.state === 'certificate-invalid') return [{ code: 'certificate-invalid', severity: 'fail', values: { host } }]
  // Stryker disable next-line StringLiteral: only a 'fail' severity changes the status; any other word is a caution.
  if (online.state === 'not-found') return [{ code: 'not-found', severity: 'warn', values: { host } }]
  return []
}

/** The findings of the link and of where it leads, in the order they are told. */
function collect(facts: LinkFacts): Placed[] {
  const { analysis, redirect } = facts
  const target = redirect?.analysis.host
  const own = place(analysis.findings, analysis.host, { ...(target ? { target } : {}), offline: facts.online.state === 'offline' })
  const placed = redirect
    ? [...own, ...place(redirect.analysis.findings, redirect.analysis.host), ...onlinePlaced(redirect.online, redirect.analysis.host)]
    : [...own, ...onlinePlaced(facts.online, analysis.host)]
  return placed.sort((a, b) => PRIORITY.indexOf(a.code) - PRIORITY.indexOf(b.code))
}

function passSummary(analysis: LinkAnalysis, online: OnlineFacts): string {
  const verified = online.state === 'certificate-valid'
  const values = { host: analysis.host, ...(analysis.platform ? { platform: analysis.platform.name } : {}) }
  if (analysis.platform && !analysis.practiceHost) return verified ? passWords.platformVerified(values) : passWords.platformUnverified(values)
  return verified ? passWords.practiceVerified(values) : passWords.practiceUnverified(values)
}

function onlineNote(online: OnlineFacts): string | undefined {
  if (online.state === 'offline') return onlineNotes.offline
  if (online.state === 'unreachable') return onlineNotes.unreachable
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
    ...(final.online.state === 'certificate-valid' && final.online.issuer ? { certificateIssuer: final.online.issuer } : {}),
    ...(redirect ? { redirectHost: redirect.analysis.host, redirectPlatform: redirect.analysis.platform?.id ?? null } : {}),
  }
}

/** Where the link goes, on which platform, and what the certificate showed: the --verbose lines. */
function facts(final: { analysis: LinkAnalysis; online: OnlineFacts }): Measurement[] {
  const issuer = final.online.state === 'certificate-valid' && final.online.issuer ? ` (${final.online.issuer})` : ''
  return [
    { id: 'host', label: factWords.host, value: final.analysis.host },
    { id: 'platform', label: factWords.platform, value: final.analysis.platform?.name ?? factWords.unknownPlatform },
    { id: 'certificate', label: factWords.certificate, value: `${factWords.certificateStates[final.online.state]}${issuer}` },
  ]
}

/** The verdict on a meeting link. Pure: facts in, whole sentences out. */
export function evaluateLink(linkFacts: LinkFacts): CheckOutcome {
  const placed = collect(linkFacts)
  const status: Status = placed.some((item) => item.severity === 'fail') ? 'fail' : placed.length > 0 ? 'warn' : 'pass'
  const final = linkFacts.redirect ?? { analysis: linkFacts.analysis, online: linkFacts.online }
  const measured = facts(final)
  const [first] = placed
  if (status === 'fail' && first) {
    return { status, summary: findingWords[first.code].summary(first.values), advice: [findingWords[first.code].advice(first.values)], measurements: measured, details: details(linkFacts, placed) }
  }
  // Stryker disable next-line ConditionalExpression,ArrowFunction,StringLiteral: 'not-found' comes only from the final online state, which has no note anyway.
  const note = placed.some((item) => item.code === 'not-found') ? undefined : onlineNote(final.online)
  const summary = first ? findingWords[first.code].summary(first.values) : passSummary(final.analysis, final.online)
  const advice = [...new Set(placed.map((item) => findingWords[item.code].advice(item.values)))]
  return { status, summary: note ? `${summary} ${note}` : summary, advice, measurements: measured, details: details(linkFacts, placed) }
}
