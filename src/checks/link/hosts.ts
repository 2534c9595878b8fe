import { parseHost } from './public-suffix.js'

/** host is `domain` or a name under it. */
export function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/** An IP address written as the host: [IPv6], dotted IPv4, or the hex and short IPv4 forms. */
export function isIpHost(hostname: string): boolean {
  return (
    hostname.startsWith('[') ||
    /^\d+(\.\d+){0,3}$/.test(hostname) ||
    /^(0x[0-9a-f]*|\d+)(\.(0x[0-9a-f]*|\d+)){0,3}$/i.test(hostname)
  )
}

/**
 * The host is itself a public suffix (com, co.uk, github.io): a name anyone can register names
 * under, from the Public Suffix List including its private part (public-suffix.ts).
 */
export function isPublicSuffix(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '')
  const parsed = parseHost(name, { allowPrivateDomains: true })
  return parsed.publicSuffix === name || (parsed.domain === null && !isIpHost(name))
}
