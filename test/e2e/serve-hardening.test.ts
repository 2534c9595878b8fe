import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createSocket, type Socket as UdpSocket } from 'node:dgram'
import { connect } from 'node:net'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { binPath } from '../helpers/spawn-cli.js'
import { encodeBindingRequest, STUN_MAGIC_COOKIE } from '../../src/net/stun.js'
import { needsLinux, titled } from '../helpers/platform.js'

/** Other sources on loopback: 127.0.0.n exists by default only on Linux; elsewhere all share 127.0.0.1. */
const loopback = (n: number): string => (process.platform === 'linux' ? `127.0.0.${n}` : '127.0.0.1')

/**
 * Issue 13, point 1: no input takes `serve` down. The built binary runs as a practice would run
 * it, and is sent what an attacker on the open internet could send: the request that once killed
 * it, a datagram from source port 0, 10,000 random requests and 10,000 random datagrams. After
 * each it must still be running and answering. Everything stays on loopback; the seeds are fixed.
 */

interface Serving {
  child: ChildProcess
  port: number
  url: string
  stderr: () => string
  exited: Promise<number | null>
}

const running: Serving[] = []
afterEach(() => {
  for (const serving of running.splice(0)) serving.child.kill('SIGKILL')
})

function startServe(args: string[] = []): Promise<Serving> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, 'serve', '--port', '0', ...args], {
      env: { ...process.env, LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const url = /--server (http:\/\/127\.0\.0\.1:(\d+))/.exec(stdout)
      if (url?.[1] && stdout.includes('Ctrl-C')) {
        const serving = { child, port: Number(url[2]), url: url[1], stderr: () => stderr, exited }
        running.push(serving)
        resolve(serving)
      }
    })
    void exited.then((code) => reject(new Error(`serve ended early (${code}): ${stderr}`)))
  })
}

/** No crash, no stack trace, no Node error name on stderr. */
function expectAlive(serving: Serving): void {
  expect(serving.child.exitCode).toBeNull()
  expect(serving.stderr()).not.toMatch(/\n\s+at |\b[A-Z][a-zA-Z]*Error\b|Unhandled|node:internal/)
}

async function expectAnswering(serving: Serving): Promise<void> {
  const health = await fetch(`${serving.url}/healthz`)
  expect(health.status).toBe(200)
  const download = await fetch(`${serving.url}/__down?bytes=1000`)
  expect((await download.arrayBuffer()).byteLength).toBe(1000)
  expect(await stunAnswers(serving.port, loopback(3))).toBe(true)
  expectAlive(serving)
}

/** Sends Binding Requests from `localAddress` until one is answered (true), or the server is gone. */
async function stunAnswers(port: number, localAddress: string): Promise<boolean> {
  const socket = createSocket('udp4')
  await new Promise<void>((resolve) => socket.bind(0, localAddress, resolve))
  try {
    const answered = new Promise<boolean>((resolve) =>
      socket.once('message', (packet) => resolve(packet.readUInt32BE(4) === STUN_MAGIC_COOKIE)),
    )
    for (let tries = 0; tries < 200; tries++) {
      socket.send(encodeBindingRequest(Buffer.alloc(12, tries)), port, '127.0.0.1')
      const result = await Promise.race([
        answered,
        new Promise((resolve) => setTimeout(() => resolve(undefined), 50)),
      ])
      if (result !== undefined) return result as boolean
    }
    return false
  } finally {
    socket.close()
  }
}

/** One raw exchange: writes, half-closes, reads until the server closes (or `cap` ms pass). */
function rawExchange(port: number, bytes: Uint8Array, cap = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let head = ''
    const timer = setTimeout(() => socket.destroy(), cap)
    socket.on('data', (chunk: Buffer) => {
      if (head.length < 64) head += chunk.toString('latin1')
    })
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(head)
    })
    socket.end(bytes)
  })
}

async function inTurns<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++] as T)
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// Random requests: wholly random bytes, and requests shaped like HTTP with random parts.

const text = (max: number) => fc.string({ unit: 'binary', maxLength: max })
const token = fc.oneof(
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'CONNECT', 'TRACE', 'DELETE', 'PRI', 'get'),
  fc.string({ maxLength: 8 }),
)
const target = fc.oneof(
  fc.constantFrom(
    '/',
    '//',
    '///',
    '/__down',
    '/__up',
    '/healthz',
    '*',
    'http://x/',
    'https://a:b@x:1/__down',
    '//x/__down?bytes=1',
    '/\\x',
    '/..%2f..%2f',
    '/%',
    '/__down?bytes=',
    '/__down?bytes=-1',
    '/__down?bytes=1e3',
    '/__down?bytes=99999999999999999999',
    '/__down?bytes=0x10',
  ),
  fc
    .tuple(
      fc.constantFrom('/__down?bytes=', '/__up?', '/x/__down?bytes=', '/?'),
      fc.oneof(fc.nat({ max: 20000 }).map(String), text(12)),
    )
    .map(([path, tail]) => path + tail),
  text(40),
)
const version = fc.constantFrom(
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/2.0',
  'HTTP/0.9',
  'http/1.1',
  '',
  'HTTP/1.1 extra',
)
const header = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      'Host',
      'Content-Length',
      'Transfer-Encoding',
      'Origin',
      'Sec-Fetch-Site',
      'Connection',
      'Expect',
      'Upgrade',
      'Content-Type',
      'Cookie',
    ),
    text(30),
  ),
  fc.tuple(
    fc.constantFrom('Content-Length', 'Transfer-Encoding'),
    fc.constantFrom('0', '5', '-1', '99999999999', 'chunked', 'chunked, identity', '1, 2', ' 3'),
  ),
  fc.tuple(text(12), text(30)),
)
const shaped = fc
  .record({
    method: token,
    target,
    version,
    headers: fc.array(header, { maxLength: 6 }),
    body: fc.uint8Array({ maxLength: 300 }),
    eol: fc.constantFrom('\r\n', '\n', '\r'),
  })
  .map(({ method, target, version, headers, body, eol }) => {
    const head = `${method} ${target} ${version}${eol}${headers.map(([name, value]) => `${name}: ${value}`).join(eol)}${eol}${eol}`
    return Buffer.concat([Buffer.from(head, 'latin1'), body])
  })
const anyRequest = fc.oneof(
  { arbitrary: shaped, weight: 4 },
  { arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)), weight: 1 },
)

// Random datagrams: wholly random, and Binding Requests with random damage.
const stunLike = fc
  .record({
    type: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 0xffff })),
    length: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 0xffff })),
    cookie: fc.oneof(fc.constant(STUN_MAGIC_COOKIE), fc.integer({ min: 0, max: 0xffffffff })),
    body: fc.uint8Array({ maxLength: 120 }),
  })
  .map(({ type, length, cookie, body }) => {
    const packet = Buffer.concat([Buffer.alloc(20), Buffer.from(body)])
    packet.writeUInt16BE(type, 0)
    packet.writeUInt16BE(length === -1 ? body.length : length, 2)
    packet.writeUInt32BE(cookie >>> 0, 4)
    return packet
  })
const anyDatagram = fc.oneof(
  stunLike,
  fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes)),
)

describe('serve survives every input (built binary, issue 13)', () => {
  it('answers `GET //` with 400 and keeps running (it used to exit with "Invalid URL")', async () => {
    const serving = await startServe()
    const head = await rawExchange(serving.port, Buffer.from('GET // HTTP/1.1\r\nHost: x\r\n\r\n'))
    expect(head).toMatch(/^HTTP\/1\.1 400/)
    await expectAnswering(serving)
  })

  const rawSkip =
    needsLinux('a raw socket sends from port 0') ??
    (process.getuid?.() !== 0
      ? 'needs root for a raw socket'
      : spawnSync('python3', ['-c', 'import socket']).status !== 0
        ? 'needs python3 for a raw socket'
        : undefined)
  it.skipIf(rawSkip)(
    titled('ignores a Binding Request from source port 0 and keeps running (it used to exit)', rawSkip),
    async () => {
      const serving = await startServe()
      // Node cannot send from port 0; a raw socket can (root only). The UDP checksum 0 means "none".
      const script = [
        'import socket, struct, sys',
        'port = int(sys.argv[1])',
        's = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_UDP)',
        "payload = struct.pack('!HHI12s', 1, 0, 0x2112A442, b'\\x01' * 12)",
        "s.sendto(struct.pack('!HHHH', 0, port, 8 + len(payload), 0) + payload, ('127.0.0.1', port))",
      ].join('\n')
      expect(spawnSync('python3', ['-c', script, String(serving.port)]).status).toBe(0)
      // Datagrams are read in order, so once a later probe is answered the port-0 one was handled.
      await expectAnswering(serving)
      const health = (await (await fetch(`${serving.url}/healthz`)).json()) as { stun: { badPort: number } }
      expect(health.stun.badPort).toBe(1)
    },
  )

  it(
    'takes 10,000 random request lines, headers and bodies and still answers',
    { timeout: 240_000 },
    async () => {
      const serving = await startServe([
        '--max-bytes',
        '10KB',
        '--stall-timeout',
        '2',
        '--header-timeout',
        '2',
        '--request-timeout',
        '2',
      ])
      const requests = fc.sample(anyRequest, { seed: 1313, numRuns: 10_000 })
      await inTurns(requests, 16, (request) => rawExchange(serving.port, request))
      await expectAnswering(serving)
    },
  )

  it('takes 10,000 random datagrams and still answers', { timeout: 120_000 }, async () => {
    const serving = await startServe()
    const datagrams = fc.sample(anyDatagram, { seed: 1314, numRuns: 10_000 })
    const senders: UdpSocket[] = []
    for (let i = 0; i < 4; i++) {
      const socket = createSocket('udp4')
      await new Promise<void>((resolve) => socket.bind(0, loopback(10 + i), resolve))
      senders.push(socket)
    }
    try {
      // In batches, without waiting for replies: each batch waits only for its sends to go out.
      for (let at = 0; at < datagrams.length; at += 100) {
        await Promise.all(
          datagrams
            .slice(at, at + 100)
            .map(
              (packet, i) =>
                new Promise<void>((resolve) =>
                  senders[i % senders.length]!.send(packet, serving.port, '127.0.0.1', () => resolve()),
                ),
            ),
        )
        await new Promise((resolve) => setImmediate(resolve))
      }
    } finally {
      for (const socket of senders) socket.close()
    }
    await expectAnswering(serving)
    const health = (await (await fetch(`${serving.url}/healthz`)).json()) as {
      stun: { received: number; malformed: number }
    }
    expect(health.stun.malformed).toBeGreaterThan(0)
  })
})

describe('serve stops gracefully (built binary, issue 13, point 5)', () => {
  const signalSkip = process.platform === 'win32' ? 'Windows has no SIGTERM to catch' : undefined
  it.skipIf(signalSkip)(
    titled('on SIGTERM, lets the download under way finish, then exits 0', signalSkip),
    async () => {
      const serving = await startServe(['--delay', '400'])
      const download = fetch(`${serving.url}/__down?bytes=200000`).then(async (response) => ({
        status: response.status,
        bytes: (await response.arrayBuffer()).byteLength,
      }))
      // The download is under way once the server has counted it beside this check's own request.
      for (let polls = 1; ; polls++) {
        const health = (await (await fetch(`${serving.url}/healthz`)).json()) as { requests: number }
        if (health.requests > polls) break
      }
      serving.child.kill('SIGTERM')
      expect(await download).toEqual({ status: 200, bytes: 200000 })
      expect(await serving.exited).toBe(0)
      expect(serving.stderr()).toContain('Stopped.')
    },
  )
})
