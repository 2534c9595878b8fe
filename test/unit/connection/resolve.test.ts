import { describe, expect, it } from 'vitest'
import type { LookupFunction } from 'node:net'
import { fixedLookup, resolveName } from '../../../src/net/resolve.js'

const now = (): number => performance.now()
/** A resolver that never answers, as a silent name server looks to getaddrinfo. */
const silent = (() => undefined) as unknown as LookupFunction
const answering = (address: string, family: number) =>
  ((
    _host: string,
    _options: unknown,
    callback: (e: null, a: { address: string; family: number }[]) => void,
  ) => callback(null, [{ address, family }])) as unknown as LookupFunction

describe('resolveName: every lookup has a deadline and follows the signal', () => {
  it('gives up on a resolver that never answers, with ETIMEOUT', async () => {
    await expect(
      resolveName('speed.example.test', {
        signal: new AbortController().signal,
        timeoutMs: 20,
        now,
        lookup: silent,
      }),
    ).rejects.toMatchObject({ code: 'ETIMEOUT' })
  })

  it('ends at once when the run is stopped', async () => {
    const controller = new AbortController()
    const pending = resolveName('speed.example.test', {
      signal: controller.signal,
      timeoutMs: 600_000,
      now,
      lookup: silent,
    })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ code: 'ECANCELLED' })
  })

  it('needs no lookup for an address or for localhost', async () => {
    const options = { signal: new AbortController().signal, timeoutMs: 10, now, lookup: silent }
    await expect(resolveName('[::1]', options)).resolves.toEqual([{ address: '::1', family: 6 }])
    await expect(resolveName('192.0.2.7', options)).resolves.toEqual([{ address: '192.0.2.7', family: 4 }])
    await expect(resolveName('localhost', options)).resolves.toContainEqual({
      address: '127.0.0.1',
      family: 4,
    })
  })

  it('passes on what the resolver found', async () => {
    await expect(
      resolveName('speed.example.test', {
        signal: new AbortController().signal,
        timeoutMs: 600_000,
        now,
        lookup: answering('192.0.2.9', 4),
      }),
    ).resolves.toEqual([{ address: '192.0.2.9', family: 4 }])
  })
})

describe('fixedLookup: sockets connect to the address found, with no lookup of their own', () => {
  const lookup = fixedLookup([
    { address: '2001:db8::1', family: 6 },
    { address: '192.0.2.1', family: 4 },
  ])
  const call = (options: object) =>
    new Promise((resolve) =>
      (lookup as unknown as (h: string, o: object, cb: (...a: unknown[]) => void) => void)(
        'x',
        options,
        (...args) => resolve(args),
      ),
    )

  it('answers IPv4 first, all at once or one address', async () => {
    expect(await call({ all: true })).toEqual([
      null,
      [
        { address: '192.0.2.1', family: 4 },
        { address: '2001:db8::1', family: 6 },
      ],
    ])
    expect(await call({})).toEqual([null, '192.0.2.1', 4])
    expect(await call({ family: 6 })).toEqual([null, '2001:db8::1', 6])
  })
})
