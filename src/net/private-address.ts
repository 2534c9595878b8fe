/*
 * Addresses that are not on the public internet: loopback, private (RFC 1918), link-local,
 * unique-local, shared (carrier NAT), "this network", multicast and reserved, and the IPv6 forms
 * that carry one of those IPv4 addresses (::ffff:127.0.0.1, NAT64 64:ff9b::/96). A link or a
 * redirect that leads to one is never contacted: it would reach a device on the person's own
 * network (a router's admin page, a printer) rather than a website. Pure: no Node imports, so
 * the same rule runs wherever the link analysis does.
 */

/** [first address, prefix length] of each IPv4 range that is not public. */
const IPV4_RANGES: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
]

function ipv4Number(text: string): number | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined
    value = value * 256 + Number(part)
  }
  return value
}

function ipv4Private(value: number): boolean {
  return IPV4_RANGES.some(([first, bits]) => {
    const size = 2 ** (32 - bits)
    const start = ipv4Number(first)!
    return value >= start && value < start + size
  })
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function ipv6Groups(text: string): number[] | undefined {
  let address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  // A dotted IPv4 tail (::ffff:10.0.0.1) becomes two groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(address)
  if (tail) {
    const value = ipv4Number(tail[1]!)
    if (value === undefined) return undefined
    address = `${address.slice(0, -tail[1]!.length)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`
  }
  const halves = address.split('::')
  if (halves.length > 2) return undefined
  const parse = (part: string): number[] | undefined => {
    if (part === '') return []
    const groups = part.split(':')
    if (groups.some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) return undefined
    return groups.map((group) => parseInt(group, 16))
  }
  const head = parse(halves[0]!)
  const rest = halves.length === 2 ? parse(halves[1]!) : []
  if (!head || !rest) return undefined
  if (halves.length === 1) return head.length === 8 ? head : undefined
  const missing = 8 - head.length - rest.length
  if (missing < 1) return undefined
  return [...head, ...new Array<number>(missing).fill(0), ...rest]
}

function ipv6Private(groups: readonly number[]): boolean {
  const [a = 0] = groups
  const embedded = ((groups[6]! << 16) + groups[7]!) >>> 0
  const zerosBefore = (count: number) => groups.slice(0, count).every((group) => group === 0)
  // ::, ::1, and IPv4-compatible ::a.b.c.d
  if (zerosBefore(6)) return groups[6] === 0 || ipv4Private(embedded)
  // IPv4-mapped ::ffff:a.b.c.d, and the ::ffff:0:a.b.c.d translated form
  if (zerosBefore(5) && groups[5] === 0xffff) return ipv4Private(embedded)
  if (zerosBefore(4) && groups[4] === 0xffff && groups[5] === 0) return ipv4Private(embedded)
  // NAT64 64:ff9b::/96 carries an IPv4 address too.
  if (a === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0))
    return ipv4Private(embedded)
  if ((a & 0xfe00) === 0xfc00) return true // unique-local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return true // link-local fe80::/10
  if ((a & 0xffc0) === 0xfec0) return true // site-local fec0::/10 (deprecated, still private)
  if ((a & 0xff00) === 0xff00) return true // multicast
  if (a === 0x2001 && groups[1] === 0x0db8) return true // documentation
  return false
}

/**
 * True when an IP address (v4, or v6 with or without brackets) is not a public internet
 * address. Text that is not an IP address at all counts as not public: the caller asked about
 * an address, and a wrong one must never be contacted.
 */
export function isPrivateAddress(address: string): boolean {
  const v4 = ipv4Number(address)
  if (v4 !== undefined) return ipv4Private(v4)
  const v6 = ipv6Groups(address)
  if (v6) return ipv6Private(v6)
  return true
}

/** The address may be contacted: the product's rule. Tests on loopback pass their own. */
export const isPublicAddress = (address: string): boolean => !isPrivateAddress(address)

/** A name or address that leads inside a private network; nothing was sent to it. */
export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError'
  readonly code = 'EPRIVATEADDRESS'
  readonly kind = 'private'
  constructor(readonly host: string) {
    super(`${host} leads to an address inside a private network; not contacted`)
  }
}
