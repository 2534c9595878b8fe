import { describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { resolveServeOptions, runServe } from '../../../src/commands/serve.js'
import { UsageError } from '../../../src/errors.js'
import type { Io } from '../../../src/io.js'

function fakeIo() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.resume()
  let interrupt: (() => void) | undefined
  const io: Io = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: {},
    platform: 'linux',
    cwd: process.cwd(),
    onInterrupt(handler) {
      interrupt = handler
      return () => (interrupt = undefined)
    },
    exitNow() {},
  }
  return { io, output: () => out, interrupt: () => interrupt?.() }
}

describe('session-check serve', () => {
  it('maps flags to server options', () => {
    const { io } = fakeIo()
    expect(resolveServeOptions({ host: '127.0.0.1', port: '0', maxBytes: '5MB', rate: '10', delay: '20', jitter: '5', udpDrop: '2' }, io)).toEqual({
      host: '127.0.0.1', port: 0, maxBytes: 5e6, rateMbps: 10, delayMs: 20, jitterMs: 5, udpDropPct: 2,
    })
  })

  it.each([
    [{ port: '70000' }, '--port'],
    [{ rate: 'fast' }, '--rate'],
    [{ udpDrop: '150' }, '--udp-drop'],
    [{ cert: 'a.pem' }, '--cert and --key'],
    [{ maxBytes: 'lots' }, '--max-bytes'],
  ])('refuses %o with one sentence', (flags, mention) => {
    const { io } = fakeIo()
    expect(() => resolveServeOptions(flags, io)).toThrow(UsageError)
    expect(() => resolveServeOptions(flags, io)).toThrow(mention)
  })

  it('prints the address to use with --server, answers, and stops on Ctrl-C', async () => {
    const { io, output, interrupt } = fakeIo()
    const running = runServe({ host: '127.0.0.1', port: '0', rate: '5' }, io)
    for (let i = 0; i < 50 && !output().includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 20))
    const url = /--server (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1]
    expect(url).toBeDefined()
    expect(output()).toContain('--stun 127.0.0.1:')
    expect(output()).toContain('Impairments: rate 5 Mbit/s each way.')
    const response = await fetch(`${url}/__down?bytes=1000`)
    expect(response.headers.get('server-timing')).toMatch(/dur=/)
    expect((await response.arrayBuffer()).byteLength).toBe(1000)
    const tooBig = await fetch(`${url}/__down?bytes=200000000`)
    expect(tooBig.status).toBe(400)
    const upload = await fetch(`${url}/__up`, { method: 'POST', body: new Uint8Array(5000) })
    expect(await upload.json()).toEqual({ bytes: 5000 })
    interrupt()
    expect(await running).toBe(0)
  })
})
