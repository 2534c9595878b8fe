import { describe, expect, it } from 'vitest'
import { ConnectionTable } from '../../../src/net/connection-limits.js'
import { clientNetworks } from '../../../src/net/stun.js'

/**
 * Issue 23, finding 3: one IPv6 host could lock everyone out of `serve`. It owns at least a /48,
 * so it has tens of thousands of /64s, and a /64 counted as one client: 32 /64s × 32 slow
 * connections filled the 1,000-connection cap. These are the pure rules; serve-limits.test.ts
 * floods a running server.
 */
describe('the networks a client counts against', () => {
  it.each([
    ['198.51.100.7', 'IPv4', ['198.51.100.7']],
    ['::ffff:198.51.100.7', 'IPv6', ['198.51.100.7']],
    ['2001:db8:0:7::1', 'IPv6', ['2001:db8:0:7::/64', '2001:db8:0:0::/56', '2001:db8:0:0::/48']],
    [
      '2001:0db8:00ab:12cd:ffff:1:2:3',
      'IPv6',
      ['2001:db8:ab:12cd::/64', '2001:db8:ab:1200::/56', '2001:db8:ab:0::/48'],
    ],
    ['2001:db8:ab:12ff::9', 'IPv6', ['2001:db8:ab:12ff::/64', '2001:db8:ab:1200::/56', '2001:db8:ab:0::/48']],
    ['::1', 'IPv6', ['0:0:0:0::/64', '0:0:0:0::/56', '0:0:0:0::/48']],
    ['fe80::1%eth0', 'IPv6', ['fe80:0:0:0::/64', 'fe80:0:0:0::/56', 'fe80:0:0:0::/48']],
    ['64:ff9b::198.51.100.7', 'IPv6', ['64:ff9b:0:0::/64', '64:ff9b:0:0::/56', '64:ff9b:0:0::/48']],
    ['not an address', 'IPv6', ['not an address']],
  ])('%s (%s) counts against %j', (address, family, networks) => {
    expect(clientNetworks(address, family)).toEqual(networks)
  })

  it('puts every /64 of one /48 in the same /48, and 256 of them in each /56', () => {
    const keys = Array.from({ length: 1024 }, (_, i) =>
      clientNetworks(`2001:db8:ab:${i.toString(16)}::1`, 'IPv6'),
    )
    expect(new Set(keys.map((k) => k[0])).size).toBe(1024)
    expect(new Set(keys.map((k) => k[1])).size).toBe(4)
    expect(new Set(keys.map((k) => k[2])).size).toBe(1)
  })
})

describe('who may hold a connection', () => {
  const v6 = (n: number, site = 1): string[] =>
    clientNetworks(`2001:db8:${site.toString(16)}:${n.toString(16)}::1`, 'IPv6')

  it('caps one host across all its /64s, by its /56 and its /48', () => {
    const table = new ConnectionTable<number>({ total: 1000, perNetwork: [32, 64, 128] })
    // The attack as found: 32 /64s (here all in one /56) × 32 connections each.
    let admitted = 0
    for (let net = 0; net < 32; net++)
      for (let i = 0; i < 32; i++) if (table.admit(net * 100 + i, v6(net)).admitted) admitted++
    expect(admitted).toBe(64)
    // Spread over the /56s of its /48, the host still gets no more than the /48's cap.
    for (let net = 0; net < 32; net++)
      for (let i = 0; i < 32; i++) if (table.admit(10_000 + net * 100 + i, v6(net * 256)).admitted) admitted++
    expect(admitted).toBe(128)
    // Anyone else is unaffected.
    expect(table.admit(-1, ['192.0.2.1']).admitted).toBe(true)
    expect(table.admit(-2, v6(0, 2)).admitted).toBe(true)
  })

  it('at the total cap, a new connection takes the place of the oldest unfinished one', () => {
    const table = new ConnectionTable<string>({ total: 3, perNetwork: [32, 64, 128] })
    table.admit('slow-1', v6(1, 1))
    table.admit('slow-2', v6(1, 2))
    table.admit('slow-3', v6(1, 3))
    const honest = table.admit('honest', ['192.0.2.1'])
    expect(honest).toEqual({ admitted: true, evicted: 'slow-1' })
    table.busy('honest')
    // A connection with a request under way is never pushed out: the other slow ones go first.
    expect(table.admit('slow-4', v6(1, 4))).toEqual({ admitted: true, evicted: 'slow-2' })
    expect(table.admit('slow-5', v6(1, 5))).toEqual({ admitted: true, evicted: 'slow-3' })
    expect(table.admit('slow-6', v6(1, 6))).toEqual({ admitted: true, evicted: 'slow-4' })
    expect(table.size).toBe(3)
    expect(table.heldBy('192.0.2.1')).toBe(1)
  })

  it('pushes out unfinished connections before idle kept-alive ones, and refuses when all are busy', () => {
    const table = new ConnectionTable<string>({ total: 2, perNetwork: [32] })
    table.admit('kept-alive', ['192.0.2.1'])
    table.busy('kept-alive')
    table.waiting('kept-alive')
    table.admit('slow', ['192.0.2.2'])
    expect(table.admit('new-1', ['192.0.2.3'])).toEqual({ admitted: true, evicted: 'slow' })
    table.busy('new-1')
    expect(table.admit('new-2', ['192.0.2.4'])).toEqual({ admitted: true, evicted: 'kept-alive' })
    table.busy('new-2')
    expect(table.admit('new-3', ['192.0.2.5'])).toEqual({ admitted: false, reason: 'busy' })
    expect(table.heldBy('192.0.2.1')).toBe(0)
    expect(table.heldBy('192.0.2.2')).toBe(0)
  })

  it('forgets a connection once, however often it is released', () => {
    const table = new ConnectionTable<string>({ total: 10, perNetwork: [1] })
    table.admit('a', ['192.0.2.1'])
    expect(table.admit('b', ['192.0.2.1'])).toEqual({ admitted: false, reason: 'client' })
    table.release('a')
    table.release('a')
    expect(table.size).toBe(0)
    expect(table.admit('b', ['192.0.2.1']).admitted).toBe(true)
    expect(table.heldBy('192.0.2.1')).toBe(1)
  })
})
