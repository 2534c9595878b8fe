import { describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { resolveDrainMs, resolveServeOptions, runServe } from '../../../src/commands/serve.js'
import { UsageError } from '../../../src/errors.js'
import type { Io } from '../../../src/io.js'
import { english } from '../../helpers/english.js'
import { helpWordsFor } from '../../../src/messages/help.js'

function fakeIo() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  let err = ''
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  let interrupt: (() => void) | undefined
  let lastResort: ((error: unknown) => void) | undefined
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
    onUncaught(handler) {
      lastResort = handler
      return () => (lastResort = undefined)
    },
  }
  return {
    io,
    output: () => out,
    errors: () => err,
    interrupt: () => interrupt?.(),
    crash: (error: unknown) => lastResort?.(error),
    hasLastResort: () => Boolean(lastResort),
  }
}

describe('session-check serve', () => {
  it('maps flags to server options', () => {
    const { io } = fakeIo()
    expect(
      resolveServeOptions(
        { host: '127.0.0.1', port: '0', maxBytes: '5MB', rate: '10', delay: '20', jitter: '5', udpDrop: '2' },
        io,
        english,
      ),
    ).toEqual({
      host: '127.0.0.1',
      port: 0,
      maxBytes: 5e6,
      rateMbps: 10,
      delayMs: 20,
      jitterMs: 5,
      udpDropPct: 2,
    })
  })

  it("maps the limit flags, in seconds, to the server's limits", () => {
    const { io } = fakeIo()
    const options = resolveServeOptions(
      {
        maxConnections: '50',
        maxPerClient: '4',
        headerTimeout: '2',
        requestTimeout: '20',
        idleTimeout: '1.5',
        stallTimeout: '10',
        maxRequests: '30',
        stunRate: '80',
        stunTotalRate: '900',
        cors: 'https://practice.example',
      },
      io,
      english,
    )
    expect(options.limits).toEqual({
      maxConnections: 50,
      maxConnectionsPerClient: 4,
      headersTimeoutMs: 2000,
      requestTimeoutMs: 20000,
      idleTimeoutMs: 1500,
      stallTimeoutMs: 10000,
      maxRequestsPerConnection: 30,
    })
    expect(options.stunLimits).toEqual({ perSourceRate: 80, totalRate: 900 })
    expect(options.cors).toBe('https://practice.example')
    expect(resolveDrainMs({}, english)).toBe(5000)
    expect(resolveDrainMs({ drainTimeout: '0.5' }, english)).toBe(500)
  })

  it.each([
    [{ port: '70000' }, '--port'],
    [{ rate: 'fast' }, '--rate'],
    [{ udpDrop: '150' }, '--udp-drop'],
    [{ cert: 'a.pem' }, '--cert and --key'],
    [{ maxBytes: 'lots' }, '--max-bytes'],
    [{ maxConnections: '0' }, '--max-connections'],
    [{ maxPerClient: '2.5' }, '--max-per-client'],
    [{ stallTimeout: 'never' }, '--stall-timeout'],
    [{ stunRate: '-5' }, '--stun-rate'],
    [{ drainTimeout: '9999' }, '--drain-timeout'],
    [{ cors: '*' }, '--cors'],
    [{ cors: 'https://practice.example/page' }, '--cors'],
    [{ cors: 'ftp://practice.example' }, '--cors'],
  ])('refuses %o with one sentence', (flags, mention) => {
    const { io } = fakeIo()
    expect(() => resolveServeOptions(flags, io, english)).toThrow(UsageError)
    expect(() => resolveServeOptions(flags, io, english)).toThrow(mention)
  })

  it('prints the address to use with --server, answers, and stops on Ctrl-C', async () => {
    const { io, output, interrupt } = fakeIo()
    const running = runServe({ host: '127.0.0.1', port: '0', rate: '5' }, io, 'en')
    for (let i = 0; i < 50 && !output().includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 20))
    const url = /--server (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1]
    expect(url).toBeDefined()
    expect(output()).toContain('--stun 127.0.0.1:')
    expect(output()).toContain('Impairments: rate 5 Mbit/s each way.')
    const response = await fetch(`${url}/__down?bytes=1000`)
    expect(response.headers.get('server-timing')).toMatch(/dur=/)
    expect((await response.arrayBuffer()).byteLength).toBe(1000)
    const tooBig = await fetch(`${url}/__down?bytes=200000000`)
    expect(tooBig.status).toBe(413)
    const upload = await fetch(`${url}/__up`, { method: 'POST', body: new Uint8Array(5000) })
    expect(await upload.json()).toEqual({ bytes: 5000 })
    interrupt()
    expect(await running).toBe(0)
  })
})

describe('serve as a long-running service (issue 13, points 1 and 5)', () => {
  it('lists its limits at start, and a last-resort handler logs one line without addresses and keeps serving', async () => {
    const { io, output, errors, interrupt, crash, hasLastResort } = fakeIo()
    const running = runServe({ host: '127.0.0.1', port: '0' }, io, 'en')
    for (let i = 0; i < 50 && !output().includes('Ctrl-C'); i++) await new Promise((r) => setTimeout(r, 20))
    expect(output()).toContain('connections: 1000 in all, 32 per client address')
    expect(output()).toContain('no progress 30 s')
    expect(output()).toContain('STUN: 200 answers a second per source address')
    expect(hasLastResort()).toBe(true)
    const error = Object.assign(new Error('send EHOSTUNREACH 203.0.113.9:4444'), { code: 'EHOSTUNREACH' })
    crash(error)
    crash(error)
    expect(errors()).toBe(
      'session-checkup serve: caught an unexpected error (EHOSTUNREACH); still serving.\n',
    )
    const url = /--server (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1]
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    interrupt()
    expect(await running).toBe(0)
    expect(hasLastResort()).toBe(false)
    expect(errors()).not.toContain('203.0.113.9')
  })
})

describe('serve documents every limit (issue 13, point 5)', () => {
  it('--help and the README name every serve flag, and --help gives each limit its default', async () => {
    const { createProgram } = await import('../../../src/cli/program.js')
    const { readFileSync } = await import('node:fs')
    const noop = async () => {}
    const program = createProgram(
      '0.0.0',
      {
        run: noop,
        serve: noop,
        checklistInit: noop,
        checklistValidate: noop,
        link: noop,
      },
      helpWordsFor('en'),
    )
    const serve = program.commands.find((command) => command.name() === 'serve')!
    let help = ''
    serve.configureOutput({ writeOut: (text) => (help += text) })
    serve.outputHelp()
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(
      readme.indexOf('### Self-hosting with'),
      readme.indexOf('### Privacy of the measurement'),
    )
    for (const option of serve.options) {
      if (option.long === '--help') continue
      expect(help).toContain(option.long)
      expect(section, `README's self-hosting section names ${option.long}`).toContain(`\`${option.long}`)
    }
    for (const flag of [
      '--max-connections',
      '--max-per-client',
      '--header-timeout',
      '--request-timeout',
      '--idle-timeout',
      '--stall-timeout',
      '--max-requests',
      '--stun-rate',
      '--stun-total-rate',
      '--drain-timeout',
    ]) {
      expect(help.replace(/\s+/g, ' ')).toMatch(new RegExp(`${flag} <[a-z]+> [^(]*\\(default: \\d+\\)`))
    }
    expect(help).toContain('Fixed limits: 4 requests sent ahead per connection, request head 16 KB')
  })
})
