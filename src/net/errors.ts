import type { FailureKind } from './types.js'

/** A failure of the measurement that ends it, with a kind the check can explain in plain words. */
export class MeasureError extends Error {
  override name = 'MeasureError'
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message)
  }
}

const tlsCodes =
  /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO|HOSTNAME_MISMATCH)/

/** Maps a Node network error to a failure kind. Never throws. */
export function classifyError(error: unknown): MeasureError {
  if (error instanceof MeasureError) return error
  const err = error as NodeJS.ErrnoException & { reason?: string }
  const code = String(err?.code ?? '')
  const message = `${code ? code + ': ' : ''}${err?.message ?? String(error)}`
  // ETIMEOUT is c-ares's word for a DNS server that never answered (see resolve.ts).
  if (code === 'ENOTFOUND' || code === 'ETIMEOUT' || code === 'ENODATA' || code === 'ESERVFAIL')
    return new MeasureError('dns', message)
  // getaddrinfo says EAI_AGAIN when no DNS server can be reached at all, which is what "offline" looks like.
  if (code === 'EAI_AGAIN' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'ENETDOWN') {
    return new MeasureError('offline', message)
  }
  if (code === 'ECONNREFUSED') return new MeasureError('refused', message)
  if (tlsCodes.test(code) || /SSL|TLS|certificate/i.test(err?.message ?? ''))
    return new MeasureError('tls', message)
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return new MeasureError('stalled', message)
  if (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    /aborted|socket hang up/i.test(message)
  ) {
    return new MeasureError('closed', message)
  }
  return new MeasureError('bad-response', message)
}

/** Maps an HTTP status (or a page where bytes were expected) to a failure kind. */
export function classifyResponse(status: number, contentType: string | undefined): MeasureError | undefined {
  if (status >= 300 && status < 400) return new MeasureError('portal', `HTTP ${status} redirect`)
  if (status === 403 || status === 401) return new MeasureError('forbidden', `HTTP ${status}`)
  if (status === 429) return new MeasureError('rate-limited', `HTTP ${status}`)
  if (status === 407) return new MeasureError('proxy', `HTTP ${status} from the proxy`)
  if (status >= 500) return new MeasureError('server-error', `HTTP ${status}`)
  if (status !== 200) return new MeasureError('bad-response', `HTTP ${status}`)
  // A sign-in page of a hotel or café network answers any address with HTML.
  if (contentType && /text\/html/i.test(contentType))
    return new MeasureError('portal', 'an HTML page where data was expected')
  return undefined
}
