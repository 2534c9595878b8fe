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
