import { createSocket, type Socket as UdpSocket } from 'node:dgram'
import { lookup } from 'node:dns/promises'
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { randomBytes } from 'node:crypto'
import { isIPv6, type AddressInfo } from 'node:net'
import { TokenBucket } from './token-bucket.js'
import { encodeBindingSuccess, parseStunHeader, STUN_BINDING_REQUEST } from './stun.js'
import { TOOL_NAME, RUN_COMMAND } from '../tool.js'

/**
 * The speed endpoint of `session-checkup serve`: the Cloudflare speed protocol (GET /__down?bytes=N,
 * POST /__up) over HTTP or HTTPS, and STUN binding responses on UDP at the same port. Impairments
 * (rate, delay, jitter, UDP drop) make it the controlled far end of the project's network tests.
 */
export interface SpeedServerOptions {
  host: string
  port: number
  tls?: { cert: string | Buffer; key: string | Buffer }
  maxBytes: number
  /** Each direction is limited to this many Mbit/s (all connections together, like one link). */
  rateMbps?: number
  /** Added to every reply, HTTP and UDP, in ms. Not included in Server-Timing: it stands for the network. */
  delayMs?: number
  /** The delay varies uniformly by up to this many ms either way. */
  jitterMs?: number
  /** Share of STUN requests left unanswered, in percent, spread evenly (2% drops exactly 1 in 50). */
  udpDropPct?: number
  /** Replaces Math.random for the jitter, for tests. */
  random?: () => number
}

export interface SpeedServer {
  url: string
  host: string
  port: number
  /** False if the UDP port could not be opened (the HTTP side still works). */
  udp: boolean
  close(): Promise<void>
}

const CHUNK = randomBytes(64 * 1024)

function delayFor(options: SpeedServerOptions): number {
  const base = options.delayMs ?? 0
  const spread = options.jitterMs ?? 0
  const random = options.random ?? Math.random
  return Math.max(0, base + (random() * 2 - 1) * spread)
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

function commonHeaders(started: number): Record<string, string> {
  return {
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
    'timing-allow-origin': '*',
    'server-timing': `serve;dur=${(performance.now() - started).toFixed(3)}`,
  }
}

function sendText(res: ServerResponse, status: number, text: string, started: number): void {
  res.writeHead(status, { ...commonHeaders(started), 'content-type': 'text/plain; charset=utf-8' })
  res.end(text + '\n')
}

function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done).off('close', done)
      resolve()
    }
    res.on('drain', done).on('close', done)
  })
}

async function sendDownload(res: ServerResponse, bytes: number, started: number, bucket: TokenBucket | undefined): Promise<void> {
  res.writeHead(200, { ...commonHeaders(started), 'content-type': 'application/octet-stream', 'content-length': String(bytes) })
  // Small pieces when shaping, so the rate is smooth at the scale of the client's 50 ms bins.
  const piece = bucket ? pieceSize(bucket) : CHUNK.length
  let left = bytes
  while (left > 0 && !res.destroyed) {
    const size = Math.min(piece, left)
    if (bucket) await bucket.take(size)
    if (res.destroyed) return
    left -= size
    if (!res.write(CHUNK.subarray(0, size))) await drainOrClose(res)
  }
  res.end()
}

/** Small turns keep parallel uploads sharing the rate fairly, as they would on a real link. */
async function takeInPieces(bucket: TokenBucket, bytes: number): Promise<void> {
  const piece = pieceSize(bucket)
  for (let left = bytes; left > 0; left -= piece) await bucket.take(Math.min(piece, left))
}

function pieceSize(bucket: TokenBucket): number {
  return Math.max(1024, Math.min(16 * 1024, Math.round(bucket.bytesPerSecond / 200)))
}

function receiveUpload(req: IncomingMessage, maxBytes: number, bucket: TokenBucket | undefined): Promise<number | undefined> {
  return new Promise((resolve) => {
    let received = 0
    // The reply waits for the last piece's turn in the bucket: acknowledging bytes before the
    // shaped link "delivered" them would flatter the client's upload figure.
    let shaped: Promise<void> = Promise.resolve()
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > maxBytes) {
        req.destroy()
        return resolve(undefined)
      }
      if (!bucket) return
      req.pause()
      shaped = takeInPieces(bucket, chunk.length).then(() => void req.resume())
    })
    req.on('end', () => void shaped.then(() => resolve(received)))
    req.on('close', () => {
      if (!req.complete) resolve(undefined)
    })
    req.on('error', () => resolve(undefined))
  })
}

function createHandler(options: SpeedServerOptions, down?: TokenBucket, up?: TokenBucket) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let started = performance.now()
    const url = new URL(req.url ?? '/', 'http://serve.invalid')
    res.on('error', () => {})
    if (url.pathname.endsWith('/__down') && (req.method === 'GET' || req.method === 'HEAD')) {
      const bytes = Number(url.searchParams.get('bytes') ?? '0')
      const delay = delayFor(options)
      await sleep(delay)
      // The added delay stands for the network, so it stays out of the server's own time.
      started += delay
      if (!Number.isInteger(bytes) || bytes < 0) return sendText(res, 400, 'bytes must be a whole number', started)
      if (bytes > options.maxBytes) return sendText(res, 400, `This server sends at most ${options.maxBytes} bytes per request.`, started)
      return sendDownload(res, req.method === 'HEAD' ? 0 : bytes, started, down)
    }
    if (url.pathname.endsWith('/__up') && req.method === 'POST') {
      const received = await receiveUpload(req, options.maxBytes, up)
      if (received === undefined) return void res.destroy()
      const delay = delayFor(options)
      await sleep(delay)
      started += delay
      res.writeHead(200, { ...commonHeaders(started), 'content-type': 'application/json' })
      return void res.end(JSON.stringify({ bytes: received }))
    }
    if (url.pathname === '/' && req.method === 'GET') {
      return sendText(res, 200, `${TOOL_NAME} speed endpoint. Measure against it with: ${RUN_COMMAND} --server <this address>`, started)
    }
    sendText(res, 404, 'Not found. This server answers GET /__down?bytes=N and POST /__up.', started)
  }
}

function startStun(options: SpeedServerOptions, address: string, port: number): Promise<UdpSocket | undefined> {
  const socket = createSocket({ type: isIPv6(address) ? 'udp6' : 'udp4', reuseAddr: false })
  const dropShare = Math.min(Math.max((options.udpDropPct ?? 0) / 100, 0), 1)
  let owed = 0
  socket.on('message', (packet, peer) => {
    const header = parseStunHeader(packet)
    if (!header || header.type !== STUN_BINDING_REQUEST) return
    // Even spreading makes the drop rate exact over any 1/share probes, so tests have a known truth.
    owed += dropShare
    if (owed >= 1 - 1e-9) {
      owed -= 1
      return
    }
    const reply = encodeBindingSuccess(Buffer.from(header.transactionId), peer.address, peer.port, peer.family === 'IPv6' ? 'IPv6' : 'IPv4')
    setTimeout(() => socket.send(reply, peer.port, peer.address, () => {}), delayFor(options))
  })
  return new Promise((resolve) => {
    socket.once('error', () => resolve(undefined))
    socket.bind(port, address, () => {
      socket.removeAllListeners('error')
      socket.on('error', () => {})
      resolve(socket)
    })
  })
}

function urlHost(host: string): string {
  return isIPv6(host) ? `[${host}]` : host
}

/** Starts the endpoint; resolves once it listens on TCP (and UDP, when it can). */
export async function startSpeedServer(options: SpeedServerOptions): Promise<SpeedServer> {
  const bytesPerSecond = options.rateMbps ? (options.rateMbps * 1e6) / 8 : 0
  // A burst of about 10 ms of data keeps the shaping tight without starving the writer.
  const bucket = (): TokenBucket | undefined => (bytesPerSecond ? new TokenBucket(bytesPerSecond, Math.max(4096, bytesPerSecond / 100)) : undefined)
  const handler = createHandler(options, bucket(), bucket())
  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, (req, res) => void handler(req, res))
    : createHttpServer((req, res) => void handler(req, res))
  server.keepAliveTimeout = 15_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { address, port } = server.address() as AddressInfo
  const stunAddress = (await lookup(address).catch(() => ({ address }))).address
  const udp = await startStun(options, stunAddress, port)
  return {
    url: `${options.tls ? 'https' : 'http'}://${urlHost(options.host)}:${port}`,
    host: options.host,
    port,
    udp: Boolean(udp),
    close: async () => {
      udp?.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
