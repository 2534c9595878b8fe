import { lookup } from 'node:dns/promises'
import { connect, type PeerCertificate } from 'node:tls'
import { certificateProblem, type CertificateProblem } from './certificate.js'
import { isPublicAddress } from '../../net/private-address.js'

/** What the network side found about one host. */
export type OnlineFacts =
  | { state: 'offline' }
  /** Not looked up: the link already failed, and a lookup would tell its owner someone is checking. */
  | { state: 'skipped' }
  | { state: 'not-found' }
  /** The lookup or the handshake did not finish (no network, time limit): no verdict from this part. */
  | { state: 'unreachable'; reason: string }
  | { state: 'certificate-invalid'; reason: string; problem: CertificateProblem }
  /** The name leads to an address inside a private network: never contacted. */
  | { state: 'private-address'; host: string }
  | { state: 'certificate-valid'; issuer?: string; validTo?: string }

/** The effects the online part uses, injected so tests stay on loopback. */
export interface LinkNetwork {
  /** Addresses for a host name; rejects with code ENOTFOUND when the name does not exist. */
  resolve(host: string, signal: AbortSignal): Promise<string[]>
  /** Test hook: trust this CA and connect to this port instead of the link's. */
  tls?: { ca?: string; port?: number }
  /**
   * Which addresses may be contacted. The product's rule (the default) refuses every private,
   * loopback and link-local address; tests whose servers listen on loopback pass their own.
   */
  mayContact?: (address: string) => boolean
}

/** Races a promise with the abort signal, so a lookup that never answers cannot hold the run. */
function untilAborted<T>(start: () => Promise<T>, signal: AbortSignal): Promise<T> {
  // Already out of time: do not even ask.
  if (signal.aborted) return Promise.reject(signal.reason ?? new Error('aborted'))
  const promise = start()
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason ?? new Error('aborted'))
    signal.addEventListener('abort', onAbort, { once: true })
    const done = (): void => signal.removeEventListener('abort', onAbort)
    // Both branches handled: a lookup that fails after the abort must not become an unhandled rejection.
    promise.then(
      (value) => {
        done()
        resolve(value)
      },
      (error: unknown) => {
        done()
        reject(error)
      },
    )
  })
}

/** The system resolver (as the browser would use), bounded by the signal. */
export const systemNetwork: LinkNetwork = {
  resolve: async (host, signal) =>
    (await untilAborted(() => lookup(host, { all: true, verbatim: true }), signal)).map(
      (entry) => entry.address,
    ),
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const message = error instanceof Error ? error.message : String(error)
  return code ? `${code}: ${message}` : message
}

/**
 * Completes a TLS handshake with the host and closes the connection at once: the certificate is
 * checked for this name by Node's own rules, and not one byte of HTTP is sent, so the meeting
 * never sees a visitor.
 */
function handshake(
  address: string,
  host: string,
  port: number,
  network: LinkNetwork,
  signal: AbortSignal,
): Promise<OnlineFacts> {
  return new Promise((resolve) => {
    const socket = connect({
      host: address,
      port: network.tls?.port ?? port,
      servername: host,
      ...(network.tls?.ca ? { ca: network.tls.ca } : {}),
      ALPNProtocols: ['http/1.1'],
    })
    const finish = (facts: OnlineFacts, politely = false): void => {
      signal.removeEventListener('abort', onAbort)
      resolve(facts)
      if (!politely) return void socket.destroy()
      // Close the way TLS expects (close_notify), still without a byte of HTTP; a server that
      // never closes its side is cut off shortly after.
      socket.end()
      setTimeout(() => socket.destroy(), 1_000).unref()
    }
    const onAbort = (): void => finish({ state: 'unreachable', reason: 'time limit' })
    signal.addEventListener('abort', onAbort, { once: true })
    if (signal.aborted) return onAbort()
    socket.once('secureConnect', () => {
      const certificate: PeerCertificate = socket.getPeerCertificate()
      const issuer = certificate.issuer?.O ?? certificate.issuer?.CN
      finish(
        {
          state: 'certificate-valid',
          ...(issuer ? { issuer: String(issuer) } : {}),
          ...(certificate.valid_to ? { validTo: certificate.valid_to } : {}),
        },
        true,
      )
    })
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const problem = certificateProblem(error.code)
      finish(
        problem
          ? { state: 'certificate-invalid', reason: describeError(error), problem }
          : { state: 'unreachable', reason: describeError(error) },
      )
    })
  })
}

/** Resolves the host and checks its certificate. Never throws; follows the signal. */
export async function probeHost(
  host: string,
  port: number,
  network: LinkNetwork,
  signal: AbortSignal,
): Promise<OnlineFacts> {
  let addresses: string[]
  try {
    addresses = await network.resolve(host, signal)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    if (code === 'ENOTFOUND' || code === 'ENODATA') return { state: 'not-found' }
    return { state: 'unreachable', reason: signal.aborted ? 'time limit' : describeError(error) }
  }
  const [address] = addresses
  if (!address) return { state: 'not-found' }
  // One private address among the answers is enough: the name was made to lead inside the network.
  const mayContact = network.mayContact ?? isPublicAddress
  if (!addresses.every(mayContact)) return { state: 'private-address', host }
  return handshake(address, host, port, network, signal)
}

/**
 * The User-Agent of the shortener request: a browser's generic first word, so the link's owner
 * is not told that a checking tool, rather than a person, is looking.
 */
export const GENERIC_USER_AGENT = 'Mozilla/5.0'

/** What asking a shortener found. */
export type RedirectAnswer =
  | { location: string }
  /** The shortener's own name led to a private address: not contacted. */
  | { privateHost: string }
  | undefined

/**
 * Where a shortened link goes: one HEAD request to the shortener, reading only its Location
 * header, sent only to a public address. The redirect is never followed, so the meeting itself
 * is not contacted.
 */
export async function readRedirect(
  url: URL,
  fetch: typeof globalThis.fetch,
  signal: AbortSignal,
): Promise<RedirectAnswer> {
  try {
    const init: RequestInit & { publicOnly: boolean } = {
      method: 'HEAD',
      redirect: 'manual',
      signal,
      headers: { 'user-agent': GENERIC_USER_AGENT },
      publicOnly: true,
    }
    const response = await fetch(url, init)
    await response.body?.cancel()
    const location = response.headers.get('location')
    return response.status >= 300 && response.status < 400 && location ? { location } : undefined
  } catch (error) {
    const cause = (error as { cause?: { code?: string; host?: string } }).cause
    if (cause?.code === 'EPRIVATEADDRESS') return { privateHost: cause.host ?? url.hostname }
    return undefined
  }
}
