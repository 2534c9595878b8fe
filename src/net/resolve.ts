import { lookup as systemLookup, promises as dnsPromises } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import type { IpVersion } from './types.js'

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

export interface ResolveOptions {
  /** The run's signal: an abort ends the lookup at once. */
  signal: AbortSignal
  /** The lookup's own deadline, in ms. */
  timeoutMs: number
  now: () => number
  /** Replaces the resolver (tests): called with { all: true }. */
  lookup?: LookupFunction
}

/** Raised when a name lookup could not be made; `code` follows Node's DNS error codes. */
export class LookupError extends Error {
  override name = 'LookupError'
  constructor(
    readonly code: string,
    readonly host: string,
  ) {
    super(`${code}: looking up ${host}`)
  }
}

/** Codes of a resolver that never answered (or was stopped): asking the system resolver too would hang as well. */
const SILENT = new Set(['ETIMEOUT', 'ECANCELLED', 'EDESTRUCTION'])

/**
 * Looks a host name up with a deadline that really ends it. The system resolver (getaddrinfo)
 * runs on libuv's thread pool and cannot be cancelled: a pending call keeps Node alive until it
 * gives up, 15 s or more with a resolver that never answers (issue 11). So names go first to
 * Node's c-ares resolver, whose queries `cancel()` ends. Only when the DNS server has answered
 * "no such name" does the system resolver get a turn, for names in the hosts file or on the local
 * network (mDNS); it is raced against what is left of the deadline.
 */
export async function resolveName(host: string, options: ResolveOptions): Promise<ResolvedAddress[]> {
  const bare = host.replace(/^\[|\]$/g, '')
  const literal = isIP(bare)
  if (literal) return [{ address: bare, family: literal === 6 ? 6 : 4 }]
  if (/^(.+\.)?localhost\.?$/i.test(bare))
    return [
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ]
  if (options.signal.aborted) throw new LookupError('ECANCELLED', bare)
  const deadline = options.now() + options.timeoutMs
  if (options.lookup)
    return withDeadline(bare, options.timeoutMs, options.signal, (done) =>
      options.lookup?.(bare, { all: true }, done as never),
    )
  try {
    return await resolveWithCares(bare, options)
  } catch (error) {
    const code = (error as LookupError).code
    if (SILENT.has(code) || options.signal.aborted) throw error
    const left = deadline - options.now()
    if (left <= 0) throw new LookupError('ETIMEOUT', bare)
    return withDeadline(bare, left, options.signal, (done) => systemLookup(bare, { all: true }, done))
  }
}

async function resolveWithCares(host: string, options: ResolveOptions): Promise<ResolvedAddress[]> {
  // c-ares retries on its own; two tries share the deadline, and our timer cancels whatever is left.
  const resolver = new dnsPromises.Resolver({
    timeout: Math.max(50, Math.floor(options.timeoutMs / 2)),
    tries: 2,
  })
  const cancel = (): void => resolver.cancel()
  const timer = setTimeout(cancel, options.timeoutMs)
  options.signal.addEventListener('abort', cancel, { once: true })
  try {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)])
    const addresses: ResolvedAddress[] = [
      ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 as const })) : []),
      ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 as const })) : []),
    ]
    if (addresses.length > 0) return addresses
    const reason = (
      v4.status === 'rejected' ? v4.reason : v6.status === 'rejected' ? v6.reason : undefined
    ) as NodeJS.ErrnoException | undefined
    const code = options.signal.aborted
      ? 'ECANCELLED'
      : reason?.code === 'ECANCELLED'
        ? 'ETIMEOUT'
        : (reason?.code ?? 'ENOTFOUND')
    throw new LookupError(code === 'ENODATA' ? 'ENOTFOUND' : code, host)
  } finally {
    clearTimeout(timer)
    options.signal.removeEventListener('abort', cancel)
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  addresses: string | { address: string; family: number }[],
  family?: number,
) => void

/** Races a callback-style lookup against the deadline and the signal. */
function withDeadline(
  host: string,
  timeoutMs: number,
  signal: AbortSignal,
  start: (done: LookupCallback) => void,
): Promise<ResolvedAddress[]> {
  return new Promise((resolve, reject) => {
    const finish = (error: Error | undefined, result?: ResolvedAddress[]): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      if (error) reject(error)
      else resolve(result ?? [])
    }
    const onAbort = (): void => finish(new LookupError('ECANCELLED', host))
    const timer = setTimeout(() => finish(new LookupError('ETIMEOUT', host)), timeoutMs)
    signal.addEventListener('abort', onAbort, { once: true })
    start((error, addresses, family) => {
      if (error) return finish(new LookupError(error.code ?? 'ENOTFOUND', host))
      const list = Array.isArray(addresses) ? addresses : [{ address: addresses, family: family ?? 4 }]
      const usable = list.map((a) => ({
        address: a.address,
        family: a.family === 6 ? (6 as const) : (4 as const),
      }))
      if (usable.length === 0) return finish(new LookupError('ENOTFOUND', host))
      finish(undefined, usable)
    })
  })
}

/** IPv4 first, as most networks route it best; IPv6 still serves when it is all there is. */
export function preferred(addresses: readonly ResolvedAddress[]): ResolvedAddress | undefined {
  return addresses.find((a) => a.family === 4) ?? addresses[0]
}

export function familyName(address: ResolvedAddress): IpVersion {
  return address.family === 6 ? 'IPv6' : 'IPv4'
}

/**
 * A lookup function for sockets that answers from addresses already found, so connecting never
 * starts a lookup of its own (which could not be cancelled).
 */
export function fixedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  const ordered = [...addresses].sort((a, b) => a.family - b.family)
  return ((_host: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    const wanted =
      options?.family === 4 || options?.family === 6
        ? ordered.filter((a) => a.family === options.family)
        : ordered
    const list = wanted.length ? wanted : ordered
    if (options?.all) queueMicrotask(() => callback(null, list))
    else queueMicrotask(() => callback(null, list[0]?.address ?? '', list[0]?.family ?? 4))
  }) as unknown as LookupFunction
}
