import { UsageError } from '../errors.js'

/** The public endpoint of Cloudflare's speed test (GET /__down?bytes=N, POST /__up); see the README. */
export const DEFAULT_SERVER = 'https://speed.cloudflare.com/'
/** Cloudflare's public STUN server, for the UDP probe train; see the README. */
export const DEFAULT_STUN = 'stun.cloudflare.com:3478'
/** Default data cap of one measurement (--max-data). */
export const DEFAULT_MAX_BYTES = 30e6

/** Parses --server: an http or https URL; the protocol paths are resolved under its path. */
export function parseServerUrl(value: string | undefined): URL {
  const raw = (value ?? DEFAULT_SERVER).trim()
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`)
  } catch {
    throw new UsageError(`--server needs an address such as https://speed.example.org; you gave "${value}".`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--server must start with https:// or http://; you gave "${value}".`)
  }
  if (url.username || url.password) throw new UsageError('--server must not contain a user name or password.')
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

export interface StunTarget {
  host: string
  port: number
}

/** Parses --stun host:port (IPv6 as [addr]:port); "off" turns the UDP probe off. */
export function parseStunTarget(value: string | undefined): StunTarget | undefined {
  const raw = (value ?? DEFAULT_STUN).trim().replace(/^stuns?:/i, '')
  if (raw.toLowerCase() === 'off' || raw.toLowerCase() === 'none') return undefined
  const match =
    /^\[([0-9a-f:.]+)\]:(\d+)$/i.exec(raw) ?? /^([^:\s/]+):(\d+)$/.exec(raw) ?? /^([^:\s/]+)()$/.exec(raw)
  const port = match?.[2] ? Number(match[2]) : 3478
  if (!match?.[1] || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(
      `--stun needs host:port, such as stun.example.org:3478, or "off"; you gave "${value}".`,
    )
  }
  return { host: match[1], port }
}

/** The endpoint as shown in reports: scheme, host and port, no path or query. */
export function describeServer(url: URL): string {
  return `${url.protocol}//${url.host}`
}
