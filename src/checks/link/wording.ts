/*
 * Which sentences the link check says for each finding. The sentences themselves live in the
 * message catalogue (src/messages/en/ and the other languages), whole. `host` is always the
 * ASCII host (an IDN in its xn-- form, so a lookalike cannot pass itself off here too); the path
 * and query, which hold the meeting's key, never appear.
 */
import type { Msg } from '../../messages/index.js'
import type { FindingCode } from './analyse.js'
import type { CertificateProblem } from './certificate.js'

export interface Values {
  host: string
  platform?: string
  target?: string
  /** The e-mail wrapper's name, and the second host it names (wrapper-mismatch). */
  wrapper?: string
  other?: string
  /** Which way a certificate failed (certificate-invalid). */
  problem?: CertificateProblem
  /** True when --offline kept the tool from looking where a shortened link leads. */
  offline?: boolean
}

/** Online findings share the table with the offline ones. */
export type WordedCode = FindingCode | 'certificate-invalid' | 'not-found' | 'private-address'

/** The summary of a finding. */
export function findingSummary(code: WordedCode, values: Values, m: Msg): string {
  const host = values.host
  const platform = values.platform ?? ''
  switch (code) {
    case 'idn-confusable':
    case 'lookalike-label':
    case 'lookalike-typo':
    case 'other-platform':
    case 'app-link-foreign':
    case 'consumer-app':
      return m(`link.summary.${code}`, { host, platform })
    case 'wrapper-mismatch':
      return m('link.summary.wrapper-mismatch', {
        host,
        other: values.other ?? '',
        wrapper: values.wrapper ?? '',
      })
    case 'certificate-invalid':
      return m(
        values.problem && values.problem !== 'wrong-name'
          ? `link.summary.certificate-${values.problem}`
          : 'link.summary.certificate-invalid',
        { host },
      )
    case 'personal-room':
    case 'no-passcode':
      return m(`link.summary.${code}`, { platform })
    case 'shortener':
      return values.target
        ? m('link.summary.shortenerTo', { host, target: values.target })
        : m('link.summary.shortener', { host })
    case 'user-info':
    case 'ip-host':
    case 'idn-mixed-script':
    case 'private-address':
    case 'not-https':
    case 'not-found':
    case 'unknown-host':
    case 'non-default-port':
      return m(`link.summary.${code}`, { host })
  }
}

/** The step that goes with a finding. */
export function findingAdvice(code: WordedCode, values: Values, m: Msg): string {
  switch (code) {
    case 'not-https':
      return m('link.step.secureLink')
    case 'not-found':
      return m('link.step.sendAgain')
    case 'other-platform':
      return m('link.step.otherPlatform', { platform: values.platform ?? '' })
    case 'unknown-host':
    case 'non-default-port':
      return m('link.step.checkFirst')
    case 'shortener':
      return m(
        values.target
          ? 'link.step.fullLinkNextTime'
          : values.offline
            ? 'link.step.fullLinkOffline'
            : 'link.step.fullLink',
      )
    case 'personal-room':
      return m('link.step.waitingRoom')
    case 'consumer-app':
      return m('link.step.consumerApp', { platform: values.platform ?? '' })
    case 'no-passcode':
      return m('link.step.passcode')
    case 'user-info':
    case 'ip-host':
    case 'idn-confusable':
    case 'idn-mixed-script':
    case 'lookalike-label':
    case 'lookalike-typo':
    case 'certificate-invalid':
    case 'app-link-foreign':
    case 'wrapper-mismatch':
    case 'private-address':
      return m('link.step.doNotOpen')
  }
}
