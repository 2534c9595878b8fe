import { describe, expect, it } from 'vitest'
import {
  createStunResponder,
  SourceLimiter,
  DEFAULT_STUN_LIMITS,
  type StunResponderOptions,
} from '../../../src/net/stun-responder.js'
import {
  clientKey,
  encodeBindingRequest,
  encodeBindingSuccess,
  parseBindingRequest,
  saysShedding,
  STUN_MAGIC_COOKIE,
} from '../../../src/net/stun.js'

/**
 * Issue 13, point 3: the STUN responder answers only well-formed Binding Requests from ordinary
 * ports, at a bounded rate per source, with a bounded delay queue. The clock and the timer are
 * injected, so each limit is checked as a count, never as a time.
 */

const id = (n: number): Buffer => {
  const buffer = Buffer.alloc(12)
  buffer.writeUInt32BE(n, 8)
  return buffer
}
const request = (n = 0): Buffer => encodeBindingRequest(id(n))
const client = { address: '198.51.100.7', port: 40000, family: 'IPv4' }

function responder(extra: Partial<StunResponderOptions> = {}) {
  let clock = 0
  const sent: Array<{ reply: Buffer; port: number; address: string }> = []
  const timers: Array<{ task: () => void; ms: number; cancelled: boolean }> = []
  const stun = createStunResponder({
    now: () => clock,
    send: (reply, port, address) => void sent.push({ reply, port, address }),
    schedule: (task, ms) => {
      const timer = { task, ms, cancelled: false }
      timers.push(timer)
      return () => void (timer.cancelled = true)
    },
    ...extra,
  })
  return { stun, sent, timers, advance: (ms: number) => void (clock += ms) }
}

/** The address and family a Binding Success carries in XOR-MAPPED-ADDRESS. */
function mappedAddress(reply: Buffer): { family: number; address: string; port: number } {
  const family = reply.readUInt8(25)
  const port = reply.readUInt16BE(26) ^ (STUN_MAGIC_COOKIE >>> 16)
  const key = Buffer.concat([Buffer.from([0x21, 0x12, 0xa4, 0x42]), reply.subarray(8, 20)])
  const bytes = [...reply.subarray(28)].map((byte, i) => byte ^ (key[i] ?? 0))
  return { family, port, address: family === 1 ? bytes.join('.') : Buffer.from(bytes).toString('hex') }
}

describe('which datagrams the STUN responder answers', () => {
  it("answers a well-formed Binding Request with the sender's own address", () => {
    const { stun, sent } = responder()
    stun.handle(request(1), client)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ port: 40000, address: '198.51.100.7' })
    expect(mappedAddress(sent[0]!.reply)).toEqual({ family: 1, address: '198.51.100.7', port: 40000 })
  })

  it.each([
    ['trailing bytes after the message', Buffer.concat([request(), Buffer.from('garbage!')])],
    [
      'a length field longer than the datagram',
      (() => {
        const b = request()
        b.writeUInt16BE(8, 2)
        return b
      })(),
    ],
    [
      'a length that is not a multiple of 4',
      (() => {
        const b = Buffer.concat([request(), Buffer.alloc(2)])
        b.writeUInt16BE(2, 2)
        return b
      })(),
    ],
    [
      'no magic cookie (the old RFC 3489 form)',
      (() => {
        const b = request()
        b.writeUInt32BE(0, 4)
        return b
      })(),
    ],
    ['a Binding Success instead of a request', encodeBindingSuccess(id(1), '192.0.2.1', 5000, 'IPv4')],
    [
      'an attribute that overruns the body',
      (() => {
        const b = Buffer.concat([request(), Buffer.from([0x80, 0x22, 0x00, 0x10, 1, 2, 3, 4])])
        b.writeUInt16BE(8, 2)
        return b
      })(),
    ],
    ['too short', Buffer.alloc(19)],
    ['empty', Buffer.alloc(0)],
    [
      'far too long',
      (() => {
        const b = Buffer.concat([request(), Buffer.alloc(1200)])
        b.writeUInt16BE(1200, 2)
        return b
      })(),
    ],
  ])('drops %s', (_what, packet) => {
    const { stun, sent } = responder()
    stun.handle(packet, client)
    expect(sent).toHaveLength(0)
    expect(stun.counters.malformed).toBe(1)
  })

  it('accepts a request with well-formed attributes that fill it exactly', () => {
    const software = Buffer.from([0x80, 0x22, 0x00, 0x05, ...Buffer.from('hello'), 0, 0, 0])
    const packet = Buffer.concat([request(), software])
    packet.writeUInt16BE(software.length, 2)
    expect(parseBindingRequest(packet)).toBeDefined()
    const { stun, sent } = responder()
    stun.handle(packet, client)
    expect(sent).toHaveLength(1)
  })

  it.each([0, 53, 123, 1023])('drops a request from source port %i and does not throw', (port) => {
    // Port 0 once made socket.send throw inside a timer, which ended the process.
    const { stun, sent } = responder({
      send: () => {
        throw new RangeError('Port should be > 0 and < 65536')
      },
    })
    expect(() => stun.handle(request(), { ...client, port })).not.toThrow()
    expect(sent).toHaveLength(0)
    expect(stun.counters.badPort).toBe(1)
  })

  it('survives a send that throws', () => {
    const { stun } = responder({
      send: () => {
        throw new Error('EHOSTUNREACH')
      },
    })
    expect(() => stun.handle(request(), client)).not.toThrow()
    expect(stun.counters.answered).toBe(0)
  })

  it('answers an IPv4 client on a dual-stack socket with its IPv4 address, not ::ffff:…', () => {
    const { stun, sent } = responder()
    stun.handle(request(), { address: '::ffff:127.0.0.1', port: 50000, family: 'IPv6' })
    expect(mappedAddress(sent[0]!.reply)).toEqual({ family: 1, address: '127.0.0.1', port: 50000 })
    // The reply still goes back to the address the socket knows.
    expect(sent[0]!.address).toBe('::ffff:127.0.0.1')
  })

  it('answers an IPv6 client with its IPv6 address', () => {
    const { stun, sent } = responder()
    stun.handle(request(), { address: '2001:db8::1', port: 50000, family: 'IPv6' })
    expect(mappedAddress(sent[0]!.reply)).toEqual({
      family: 2,
      address: '20010db8000000000000000000000001',
      port: 50000,
    })
  })
})

describe('the STUN rate limit', () => {
  it("lets the client's own train through: 50 a second for 10 seconds, all answered", () => {
    const { stun, sent, advance } = responder()
    for (let i = 0; i < 500; i++) {
      stun.handle(request(i), client)
      advance(20)
    }
    expect(sent).toHaveLength(500)
  })

  it('also lets a train of 200 a second through (the headroom)', () => {
    const { stun, sent, advance } = responder()
    for (let i = 0; i < 1000; i++) {
      stun.handle(request(i), client)
      advance(5)
    }
    expect(sent).toHaveLength(1000)
  })

  it('answers a source flooding 2,000 a second for 2 seconds at most 100 at once and 200 a second after', () => {
    const { stun, sent, advance } = responder()
    for (let i = 0; i < 4000; i++) {
      stun.handle(request(i), client)
      advance(0.5)
    }
    // 100 at once, then 200 a second for 2 seconds.
    expect(sent.length).toBeLessThanOrEqual(
      DEFAULT_STUN_LIMITS.perSourceBurst + 2 * DEFAULT_STUN_LIMITS.perSourceRate + 1,
    )
    expect(sent.length).toBeGreaterThanOrEqual(2 * DEFAULT_STUN_LIMITS.perSourceRate)
    expect(stun.counters.rateLimited).toBe(4000 - sent.length)
  })

  it('counts one source across its ports and across IPv4-mapped and plain forms', () => {
    const { stun, sent } = responder({ limits: { perSourceBurst: 10 } })
    for (let i = 0; i < 20; i++)
      stun.handle(request(i), {
        address: i % 2 ? '::ffff:198.51.100.7' : '198.51.100.7',
        port: 2000 + i,
        family: i % 2 ? 'IPv6' : 'IPv4',
      })
    expect(sent).toHaveLength(10)
  })

  it('counts an IPv6 /64 as one source, since one host usually holds all of it', () => {
    const { stun, sent } = responder({ limits: { perSourceBurst: 10 } })
    for (let i = 0; i < 20; i++)
      stun.handle(request(i), {
        address: `2001:db8:0:7::${(i + 1).toString(16)}`,
        port: 2000,
        family: 'IPv6',
      })
    expect(sent).toHaveLength(10)
    stun.handle(request(99), { address: '2001:db8:0:8::1', port: 2000, family: 'IPv6' })
    expect(sent).toHaveLength(11)
  })

  it.each([
    ['198.51.100.7', 'IPv4', '198.51.100.7'],
    ['::ffff:198.51.100.7', 'IPv6', '198.51.100.7'],
    ['2001:db8:0:7::1', 'IPv6', '2001:db8:0:7::/64'],
    ['2001:0db8:0000:0007:ffff:1:2:3', 'IPv6', '2001:db8:0:7::/64'],
    ['::1', 'IPv6', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'IPv6', 'fe80:0:0:0::/64'],
  ])('keys %s (%s) as %s', (address, family, key) => {
    expect(clientKey(address, family)).toBe(key)
  })

  it('limits all sources together to the total rate', () => {
    const { stun, sent } = responder({ limits: { totalRate: 50 } })
    for (let i = 0; i < 200; i++) stun.handle(request(i), { ...client, address: `198.51.100.${i}` })
    expect(sent).toHaveLength(50)
  })

  it('remembers a bounded number of sources, and forgets only those that are back to full', () => {
    let clock = 0
    const limiter = new SourceLimiter({ ...DEFAULT_STUN_LIMITS, maxSources: 100 }, () => clock)
    for (let i = 0; i < 1000; i++) limiter.allow(`source-${i}`)
    expect(limiter.size()).toBe(100)
    // A second later the first 100 have refilled, so new sources take their places.
    clock += 1000
    expect(limiter.allow('newcomer')).toBe(true)
    expect(limiter.size()).toBe(1)
  })
})

describe('the delayed-reply queue', () => {
  it('holds at most maxQueued replies, drops the rest, and sends the held ones later', () => {
    const { stun, sent, timers } = responder({ delayFor: () => 60_000, limits: { maxQueued: 25 } })
    for (let i = 0; i < 500; i++) stun.handle(request(i), { ...client, address: `198.51.100.${i % 250}` })
    expect(stun.queued()).toBe(25)
    expect(stun.counters.queueFull).toBe(475)
    expect(sent).toHaveLength(0)
    for (const timer of timers) timer.task()
    expect(sent).toHaveLength(25)
    expect(stun.queued()).toBe(0)
  })

  it('cancels the waiting replies on close', () => {
    const { stun, timers } = responder({ delayFor: () => 1000 })
    stun.handle(request(), client)
    stun.close()
    expect(timers.every((timer) => timer.cancelled)).toBe(true)
    expect(stun.queued()).toBe(0)
  })
})

describe('shedding a flood (issue 23, finding 4)', () => {
  /**
   * `sources` senders at `perSource` datagrams a second each, and one honest client's train of 50
   * a second, for `seconds`, on the injected clock (a millisecond at a time).
   */
  function flood(
    sources: number,
    perSource: number,
    seconds: number,
    extra: Partial<StunResponderOptions> = {},
  ) {
    const { stun, sent, advance } = responder(extra)
    const honest = { address: '192.0.2.50', port: 50000, family: 'IPv4' }
    let owed = 0
    let next = 0
    let honestSent = 0
    for (let ms = 0; ms < seconds * 1000; ms++) {
      owed += (sources * perSource) / 1000
      for (; owed >= 1; owed--, next++)
        stun.handle(request(next), { address: `203.0.113.${next % sources}`, port: 4000, family: 'IPv4' })
      if (ms % 20 === 0) stun.handle(request(1_000_000 + honestSent++), honest)
      advance(1)
    }
    const toHonest = sent.filter((s) => s.address === honest.address)
    return { stun, sent, honestSent, toHonest }
  }

  it('answers every probe of an honest train while 55 sources send 12,000 a second', () => {
    // The red team's flood: 55 sources at about 218 a second each, just over the per-source rate.
    const { stun, honestSent, toHonest, sent } = flood(55, 218, 20)
    expect(honestSent).toBe(1000)
    expect(toHonest).toHaveLength(1000)
    // The flood was turned away before it was read, and counted.
    expect(stun.counters.shed).toBeGreaterThan(100_000)
    // The answers while shedding say so, for the client to read.
    expect(saysShedding(toHonest.at(-1)!.reply)).toBe(true)
    // All answers together stay within the total rate.
    expect(sent.length).toBeLessThanOrEqual(10_000 * 20)
  })

  it('sheds when the process has no time to spare, even below the total rate', () => {
    const { stun, toHonest } = flood(20, 250, 5, { overloaded: () => true })
    expect(toHonest).toHaveLength(250)
    expect(stun.counters.shed).toBeGreaterThan(0)
  })

  it('sheds nothing, and says nothing, below the shedding rate, even from sources near their own limit', () => {
    const { stun, toHonest, sent } = flood(10, 190, 10)
    expect(stun.counters.shed).toBe(0)
    expect(toHonest).toHaveLength(500)
    expect(stun.counters.rateLimited).toBe(0)
    expect(sent).toHaveLength(stun.counters.received)
    expect(toHonest.some((s) => saysShedding(s.reply))).toBe(false)
  })

  it("never sheds a client's own train, however many clients send at once", () => {
    // 80 clients at 50 a second: 4,000 a second in all, over the shedding rate.
    const { stun, sent } = flood(80, 50, 10)
    expect(stun.counters.shed).toBe(0)
    expect(sent).toHaveLength(80 * 50 * 10 + 500)
  })

  it('sheds sources a little over their own limit, whose datagrams the kernel partly dropped', () => {
    // What the server reads of the flood when a tenth is lost before it: 196 a second each.
    const { stun, toHonest, sent } = flood(55, 196, 20)
    expect(toHonest).toHaveLength(1000)
    // After the first burst, the flood gets next to nothing.
    expect(sent.length - toHonest.length).toBeLessThan(55 * 200 * 2)
    expect(stun.counters.shed).toBeGreaterThan(55 * 196 * 15)
  })

  it('adds the shedding attribute in a way any STUN client skips', () => {
    const plain = encodeBindingSuccess(id(7), '198.51.100.7', 40000, 'IPv4')
    const marked = encodeBindingSuccess(id(7), '198.51.100.7', 40000, 'IPv4', 12345)
    expect(saysShedding(plain)).toBe(false)
    expect(saysShedding(marked)).toBe(true)
    // The header's length covers both attributes; the address comes first and is unchanged.
    expect(marked.readUInt16BE(2)).toBe(marked.length - 20)
    expect(marked.subarray(0, plain.length).subarray(20)).toEqual(plain.subarray(20))
    // 0xC05C: comprehension-optional (RFC 8489, section 14), so other clients ignore it.
    expect(marked.readUInt16BE(plain.length) & 0x8000).toBe(0x8000)
    expect(marked.readUInt32BE(plain.length + 4)).toBe(12345)
  })
})
