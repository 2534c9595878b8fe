import { describe, expect, it } from 'vitest'
import {
  ByteTimeline,
  lossUpperBound,
  meanAbsoluteDifference,
  median,
  percentile,
  rfc3550Jitter,
  worstBurstLoss,
} from '../../../src/net/stats.js'
import {
  encodeBindingRequest,
  encodeBindingSuccess,
  parseStunHeader,
  STUN_BINDING_SUCCESS,
} from '../../../src/net/stun.js'
import { isExcluded, proxyFor } from '../../../src/net/proxy.js'
import { parseServerUrl, parseStunTarget } from '../../../src/net/endpoints.js'
import { UsageError } from '../../../src/errors.js'

describe('statistics', () => {
  it('median, percentile and Cloudflare-style jitter', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1)
    expect(meanAbsoluteDifference([10, 12, 9, 9])).toBeCloseTo((2 + 3 + 0) / 3)
    expect(Number.isNaN(median([]))).toBe(true)
  })

  it('the 95% upper bound of loss follows the rule of three when nothing is lost', () => {
    expect(lossUpperBound(0, 100)).toBeCloseTo(0.0295, 3)
    expect(lossUpperBound(0, 300)).toBeLessThan(0.01)
    expect(lossUpperBound(0, 250)).toBeGreaterThan(0.01)
    expect(lossUpperBound(5, 100)).toBeCloseTo(0.103, 2)
    expect(lossUpperBound(0, 0)).toBe(1)
  })

  it('RFC 3550 jitter is zero for even spacing and grows with variation', () => {
    const even = Array.from({ length: 50 }, (_, i) => ({ sentMs: i * 20, receivedMs: i * 20 + 30 }))
    expect(rfc3550Jitter(even)).toBe(0)
    const uneven = even.map((p, i) => ({ ...p, receivedMs: p.receivedMs + (i % 2 ? 10 : 0) }))
    expect(rfc3550Jitter(uneven)).toBeGreaterThan(5)
    expect(rfc3550Jitter(uneven)).toBeLessThanOrEqual(10)
  })

  it('burst loss is the worst share lost in any run of probes', () => {
    const flags = Array(100).fill(false)
    flags[10] = flags[11] = flags[12] = true
    expect(worstBurstLoss(flags, 10)).toBeCloseTo(0.3)
    expect(worstBurstLoss([], 10)).toBe(0)
  })

  it('sliding windows over a byte timeline', () => {
    const timeline = new ByteTimeline(0, 50)
    for (let t = 0; t < 2000; t += 10) timeline.add(t, 1000)
    const rates = timeline.windowRates(500, 2000, 500)
    expect(rates.length).toBeGreaterThan(10)
    for (const rate of rates) expect(rate).toBeCloseTo(100_000)
    const spread = new ByteTimeline(0, 50)
    spread.spread(0, 1000, 100_000)
    for (const rate of spread.windowRates(0, 1000, 500)) expect(rate).toBeCloseTo(100_000, -2)
  })
})

describe('STUN messages (RFC 5389)', () => {
  it('round-trips a binding request and answers with XOR-MAPPED-ADDRESS', () => {
    const id = Buffer.from('0123456789ab')
    const request = encodeBindingRequest(id)
    expect(request.length).toBe(20)
    expect(request.readUInt32BE(4)).toBe(0x2112a442)
    expect(parseStunHeader(request)?.transactionId.equals(id)).toBe(true)
    const reply = encodeBindingSuccess(id, '192.0.2.1', 32853, 'IPv4')
    const header = parseStunHeader(reply)
    expect(header?.type).toBe(STUN_BINDING_SUCCESS)
    // RFC 5769 section 2.2 uses 192.0.2.1:32853; the XOR-ed port is 0xa147.
    expect(reply.readUInt16BE(26)).toBe(0xa147)
    expect(reply.subarray(28, 32)).toEqual(Buffer.from([0xe1, 0x12, 0xa6, 0x43]))
    expect(encodeBindingSuccess(id, '2001:db8::1', 1, 'IPv6').length).toBe(20 + 4 + 20)
  })

  it('ignores what is not STUN', () => {
    expect(parseStunHeader(Buffer.from('GET / HTTP/1.1\r\n\r\n'))).toBeUndefined()
    expect(parseStunHeader(Buffer.alloc(10))).toBeUndefined()
  })
})

describe('proxy settings', () => {
  const https = new URL('https://speed.cloudflare.com/')
  it('reads HTTPS_PROXY, HTTP_PROXY and ALL_PROXY like curl', () => {
    expect(proxyFor(https, { HTTPS_PROXY: 'http://proxy:3128' })?.host).toBe('proxy:3128')
    expect(proxyFor(https, { https_proxy: 'proxy:8080' })?.host).toBe('proxy:8080')
    expect(proxyFor(https, { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined()
    expect(proxyFor(new URL('http://x.example/'), { HTTP_PROXY: 'http://proxy:3128' })?.host).toBe(
      'proxy:3128',
    )
    expect(proxyFor(https, { ALL_PROXY: 'http://all:1' })?.host).toBe('all:1')
    expect(proxyFor(https, { HTTPS_PROXY: 'socks5://s:1' })).toBeUndefined()
  })

  it('honours NO_PROXY', () => {
    expect(isExcluded(https, 'cloudflare.com')).toBe(true)
    expect(isExcluded(https, '.cloudflare.com')).toBe(true)
    expect(isExcluded(https, '*')).toBe(true)
    expect(isExcluded(https, 'speed.cloudflare.com:80')).toBe(false)
    expect(isExcluded(https, 'flare.com')).toBe(false)
    expect(
      proxyFor(https, { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'localhost, speed.cloudflare.com' }),
    ).toBeUndefined()
  })
})

describe('endpoints', () => {
  it('parses --server and --stun', () => {
    expect(parseServerUrl(undefined).href).toBe('https://speed.cloudflare.com/')
    expect(parseServerUrl('speed.example.org/sub').href).toBe('https://speed.example.org/sub/')
    expect(parseStunTarget(undefined)).toEqual({ host: 'stun.cloudflare.com', port: 3478 })
    expect(parseStunTarget('[::1]:3479')).toEqual({ host: '::1', port: 3479 })
    expect(parseStunTarget('off')).toBeUndefined()
  })

  it('refuses bad input with one sentence', () => {
    expect(() => parseServerUrl('ftp://x')).toThrow(UsageError)
    expect(() => parseServerUrl('https://user:pw@x')).toThrow(UsageError)
    expect(() => parseStunTarget('host:99999')).toThrow(UsageError)
  })
})
