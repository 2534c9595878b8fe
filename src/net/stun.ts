/**
 * STUN binding requests and responses (RFC 5389 section 6): a 20-byte header with the message
 * type, the attribute length, the magic cookie 0x2112A442 and a 96-bit transaction id.
 */
export const STUN_MAGIC_COOKIE = 0x2112a442
export const STUN_BINDING_REQUEST = 0x0001
export const STUN_BINDING_SUCCESS = 0x0101
const XOR_MAPPED_ADDRESS = 0x0020
/**
 * A comprehension-optional attribute of this project's own (RFC 8489 section 18.3 leaves
 * 0xC000-0xFFFF to such use; every other STUN client skips it): `serve` adds it to its answers
 * while it is shedding load, with the number of datagrams it has turned away (32 bits, saturating),
 * so a client that saw loss knows the server may have caused it.
 */
export const SERVER_SHEDDING = 0xc05c

export function encodeBindingRequest(transactionId: Buffer): Buffer {
  const message = Buffer.alloc(20)
  message.writeUInt16BE(STUN_BINDING_REQUEST, 0)
  message.writeUInt16BE(0, 2)
  message.writeUInt32BE(STUN_MAGIC_COOKIE, 4)
  transactionId.copy(message, 8, 0, 12)
  return message
}

export interface StunHeader {
  type: number
  transactionId: Buffer
}

/** Reads a STUN header; undefined for anything that is not STUN. */
export function parseStunHeader(packet: Buffer): StunHeader | undefined {
  if (packet.length < 20 || (packet[0] ?? 0) & 0xc0) return undefined
  if (packet.readUInt32BE(4) !== STUN_MAGIC_COOKIE) return undefined
  const length = packet.readUInt16BE(2)
  if (length % 4 !== 0 || 20 + length > packet.length) return undefined
  return { type: packet.readUInt16BE(0), transactionId: packet.subarray(8, 20) }
}

/** A binding success response carrying XOR-MAPPED-ADDRESS (IPv4 or IPv6) for the sender. */
export function encodeBindingSuccess(
  transactionId: Buffer,
  address: string,
  port: number,
  family: 'IPv4' | 'IPv6',
  /** Datagrams the server has shed, when it is shedding now (adds SERVER_SHEDDING). */
  shed?: number,
): Buffer {
  const addressBytes = family === 'IPv4' ? ipv4Bytes(address) : ipv6Bytes(address)
  const attribute = Buffer.alloc(4 + 4 + addressBytes.length)
  attribute.writeUInt16BE(XOR_MAPPED_ADDRESS, 0)
  attribute.writeUInt16BE(4 + addressBytes.length, 2)
  attribute.writeUInt8(0, 4)
  attribute.writeUInt8(family === 'IPv4' ? 0x01 : 0x02, 5)
  attribute.writeUInt16BE(port ^ (STUN_MAGIC_COOKIE >>> 16), 6)
  const key = Buffer.concat([Buffer.from([0x21, 0x12, 0xa4, 0x42]), transactionId])
  for (let i = 0; i < addressBytes.length; i++) attribute[8 + i] = (addressBytes[i] ?? 0) ^ (key[i] ?? 0)
  const shedding = shed === undefined ? [] : [sheddingAttribute(shed)]
  const header = Buffer.alloc(20)
  header.writeUInt16BE(STUN_BINDING_SUCCESS, 0)
  header.writeUInt16BE(attribute.length + shedding.reduce((sum, a) => sum + a.length, 0), 2)
  header.writeUInt32BE(STUN_MAGIC_COOKIE, 4)
  transactionId.copy(header, 8, 0, 12)
  return Buffer.concat([header, attribute, ...shedding])
}

function sheddingAttribute(shed: number): Buffer {
  const attribute = Buffer.alloc(8)
  attribute.writeUInt16BE(SERVER_SHEDDING, 0)
  attribute.writeUInt16BE(4, 2)
  attribute.writeUInt32BE(Math.min(Math.max(0, Math.floor(shed)), 0xffffffff), 4)
  return attribute
}

/** True if a STUN message carries SERVER_SHEDDING: the server was turning traffic away when it answered. */
export function saysShedding(packet: Buffer): boolean {
  const header = parseStunHeader(packet)
  if (!header) return false
  const end = 20 + packet.readUInt16BE(2)
  for (let at = 20; at + 4 <= end; ) {
    const type = packet.readUInt16BE(at)
    const length = packet.readUInt16BE(at + 2)
    if (type === SERVER_SHEDDING && length === 4 && at + 8 <= end) return true
    at += 4 + Math.ceil(length / 4) * 4
  }
  return false
}

function ipv4Bytes(address: string): Buffer {
  const mapped = address.startsWith('::ffff:') ? address.slice(7) : address
  return Buffer.from(mapped.split('.').map((part) => Number(part) & 0xff))
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::')
  const headParts = head ? head.split(':') : []
  const tailParts = tail ? tail.split(':') : []
  const missing = 8 - headParts.length - tailParts.length
  const groups = address.includes('::')
    ? [...headParts, ...Array(missing).fill('0'), ...tailParts]
    : headParts
  const bytes = Buffer.alloc(16)
  groups.slice(0, 8).forEach((group, i) => bytes.writeUInt16BE(parseInt(group || '0', 16) & 0xffff, i * 2))
  return bytes
}

/** Largest Binding Request the responder reads: a header plus a few small attributes. */
export const STUN_MAX_REQUEST_BYTES = 548

/**
 * A Binding Request as the responder accepts it (RFC 5389 sections 6 and 15): type 0x0001, the
 * magic cookie, a length that matches the datagram exactly (nothing trailing), and attributes, if
 * any, that fill the body exactly. Undefined for anything else, so garbage is never answered.
 */
export function parseBindingRequest(packet: Buffer): StunHeader | undefined {
  if (packet.length < 20 || packet.length > STUN_MAX_REQUEST_BYTES) return undefined
  if (packet.readUInt16BE(0) !== STUN_BINDING_REQUEST) return undefined
  if (packet.readUInt32BE(4) !== STUN_MAGIC_COOKIE) return undefined
  const length = packet.readUInt16BE(2)
  if (length % 4 !== 0 || 20 + length !== packet.length) return undefined
  let at = 20
  while (at < packet.length) {
    if (at + 4 > packet.length) return undefined
    const attributeLength = packet.readUInt16BE(at + 2)
    at += 4 + Math.ceil(attributeLength / 4) * 4
  }
  if (at !== packet.length) return undefined
  return { type: STUN_BINDING_REQUEST, transactionId: Buffer.from(packet.subarray(8, 20)) }
}

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) as the IPv4 address it stands for. */
export function unmapAddress(address: string, family: string): { address: string; family: 'IPv4' | 'IPv6' } {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped?.[1]) return { address: mapped[1], family: 'IPv4' }
  return { address, family: family === 'IPv6' || family === '6' ? 'IPv6' : 'IPv4' }
}

/** The eight 16-bit groups of an IPv6 address (zone dropped), or undefined if it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  const bare = address.replace(/%.*$/, '').toLowerCase()
  // An embedded IPv4 tail (::ffff:1.2.3.4 not unmapped, 64:ff9b::1.2.3.4) counts as two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(bare)
  const text = v4
    ? bare.slice(0, v4.index) +
      [((Number(v4[1]) << 8) | Number(v4[2])) & 0xffff, ((Number(v4[3]) << 8) | Number(v4[4])) & 0xffff]
        .map((n) => n.toString(16))
        .join(':')
    : bare
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const [head = '', tail] = halves
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const missing = 8 - headGroups.length - tailGroups.length
  if (tail === undefined ? missing !== 0 : missing < 0) return undefined
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups]
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined
  return groups.map((group) => parseInt(group, 16))
}

/** The network of `bits` (a multiple of 8, up to 64) of an IPv6 address's groups, as `2001:db8:0:100::/56`. */
function ipv6Prefix(groups: readonly number[], bits: number): string {
  const kept = groups.slice(0, 4).map((group, i) => {
    const left = bits - i * 16
    return left >= 16 ? group : left <= 0 ? 0 : group & (0xffff << (16 - left))
  })
  return `${kept.map((group) => group.toString(16)).join(':')}::/${bits}`
}

/**
 * The key for per-client limits: an IPv4 address as it is, an IPv6 address by its /64 network,
 * since one IPv6 host usually holds a whole /64 and could otherwise count as millions of clients.
 */
export function clientKey(address: string, family: string): string {
  return clientNetworks(address, family)[0] as string
}

/**
 * Every key one client counts against, narrowest first: an IPv4 address alone; an IPv6 address's
 * /64, /56 and /48. A site is given at least a /48 and usually a /56, so one IPv6 host can hold
 * hundreds of /64s: the wider networks keep it from counting as hundreds of clients. Pure, for tests.
 */
export function clientNetworks(address: string, family: string): string[] {
  const plain = unmapAddress(address, family)
  if (plain.family === 'IPv4') return [plain.address]
  const groups = ipv6Groups(plain.address)
  // Not an address at all (never from a real socket): it counts as itself.
  if (!groups) return [plain.address]
  return [ipv6Prefix(groups, 64), ipv6Prefix(groups, 56), ipv6Prefix(groups, 48)]
}
