/**
 * Certificate problems each get their own sentence (issue 26: expired, self-signed and over-long
 * chains all said "not valid for that name"), and the browser-safe Punycode decoder that replaced
 * node:url's domainToUnicode in the analysis gives the same Unicode as Node does.
 */
import { domainToUnicode } from 'node:url'
import { describe, expect, it } from 'vitest'
import { certificateProblem, type CertificateProblem } from '../../../src/checks/link/certificate.js'
import { analyseLink } from '../../../src/checks/link/analyse.js'
import { evaluateLink } from '../../../src/checks/link/evaluate.js'
import { hostToUnicode } from '../../../src/checks/link/punycode.js'
import { messagesFor } from '../../../src/messages/index.js'

const en = messagesFor('en')
const es = messagesFor('es')

describe('which certificate problem a TLS error names', () => {
  it.each([
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'wrong-name'],
    ['CERT_HAS_EXPIRED', 'expired'],
    ['CERT_NOT_YET_VALID', 'not-yet-valid'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'self-signed'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'untrusted'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'untrusted'],
    ['CERT_CHAIN_TOO_LONG', 'chain-too-long'],
    ['CERT_REVOKED', 'revoked'],
  ])('%s → %s', (code, problem) => {
    expect(certificateProblem(code)).toBe(problem)
  })

  it('a code that is not about the certificate is none', () => {
    expect(certificateProblem('ECONNRESET')).toBeUndefined()
    expect(certificateProblem(undefined)).toBeUndefined()
  })
})

describe('each problem says which it is, in both languages', () => {
  const analysis = analyseLink(new URL('https://doxy.me/drsmith'))
  const said = (problem: CertificateProblem, m = en) =>
    evaluateLink({ analysis, online: { state: 'certificate-invalid', reason: 'x', problem } }, m)

  it.each([
    ['expired', 'has expired', 'está vencido'],
    ['not-yet-valid', 'is not valid yet', 'todavía no es válido'],
    ['self-signed', 'is self-signed', 'es autofirmado'],
    ['untrusted', 'not issued by an authority this computer trusts', 'no lo emitió una autoridad'],
    [
      'chain-too-long',
      'chain of security certificates is longer',
      'cadena de certificados de seguridad es más larga',
    ],
    ['revoked', 'has been withdrawn', 'lo retiró'],
    ['wrong-name', 'is not valid for that name', 'no es válido para ese nombre'],
  ] as const)('%s', (problem, english, spanish) => {
    const outcome = said(problem)
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toContain(english)
    expect(outcome.details).toMatchObject({ certificateProblem: problem })
    expect(said(problem, es).summary).toContain(spanish)
    // Only the wrong-name problem says "not valid for that name".
    if (problem !== 'wrong-name') expect(outcome.summary).not.toContain('not valid for that name')
  })
})

describe('Punycode, without node:url', () => {
  it.each([
    'xn--zm-dmca.us',
    'xn--bcher-praxis-wob.de',
    'xn--e1afmkfd.xn--p1ai',
    'xn--80ak6aa92e.com',
    'doxy.me',
  ])('%s decodes as Node decodes it', (host) => {
    expect(hostToUnicode(host)).toBe(domainToUnicode(host))
  })

  it('refuses a label that is not valid Punycode', () => {
    expect(hostToUnicode('xn--a-!.com')).toBeUndefined()
  })
})
