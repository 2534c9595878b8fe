/** Why a site's certificate was refused, each with its own sentence. */
export type CertificateProblem =
  | 'wrong-name'
  | 'expired'
  | 'not-yet-valid'
  | 'self-signed'
  | 'untrusted'
  | 'chain-too-long'
  | 'revoked'

/** Node's (OpenSSL's) verification error codes, by the problem each one names. */
const PROBLEMS: Readonly<Record<string, CertificateProblem>> = {
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong-name',
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted',
  CERT_UNTRUSTED: 'untrusted',
  CERT_REJECTED: 'untrusted',
  CERT_SIGNATURE_FAILURE: 'untrusted',
  INVALID_CA: 'untrusted',
  CERT_CHAIN_TOO_LONG: 'chain-too-long',
  PATH_LENGTH_EXCEEDED: 'chain-too-long',
  CERT_REVOKED: 'revoked',
}

/** The problem a TLS error code names, or undefined when the code is not about the certificate. */
export function certificateProblem(code: string | undefined): CertificateProblem | undefined {
  return code ? PROBLEMS[code] : undefined
}
