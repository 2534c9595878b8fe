import { createSocket, type Socket as UdpSocket } from 'node:dgram'
import { lookup } from 'node:dns/promises'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { randomBytes } from 'node:crypto'
import { performance as nodePerformance } from 'node:perf_hooks'
import { isIPv6, type AddressInfo, type Socket } from 'node:net'
import { TokenBucket } from './token-bucket.js'
import { ConnectionTable } from './connection-limits.js'
import {
  createStunResponder,
  type StunCounters,
  type StunLimits,
  type StunResponder,
} from './stun-responder.js'
import { clientNetworks } from './stun.js'
import type { PageRoutes } from './page-routes.js'
import { TOOL_NAME, RUN_COMMAND } from '../tool.js'
import { defined } from '../defined.js'
import { DEFAULT_SERVE_LIMITS } from './serve-defaults.js'

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
  /**
   * The client address a connection counts against (its remote address by default). Tests map
   * loopback connections to addresses of many IPv6 networks with it.
   */
  clientAddress?: (socket: Socket) => { address: string; family: string }
  /** Connection limits and timeouts; each one left out takes its value from DEFAULT_SERVE_LIMITS. */
  limits?: Partial<ServeLimits>
  /** Limits of the STUN responder; see DEFAULT_STUN_LIMITS. */
  stunLimits?: Partial<StunLimits>
  /** The one web origin (https://practice.example) whose pages may use this endpoint; none by default. */
  cors?: string
  /** The web check's page at `/` (src/net/page-routes.ts); without it `/` answers plain text. */
  page?: PageRoutes
  /** Told of each error caught inside a request handler, which then answers 500 and goes on. */
  onError?(error: unknown): void
}

/**
 * What one endpoint on the open internet holds at most. Every limit is a flag of `serve` and is
 * listed in its --help and in the README; the tests set tiny values to see each one act.
 */
export interface ServeLimits {
  /**
   * Open connections in all. At the cap, a new connection takes the place of the one that has
   * waited longest without a complete request (slow headers first, then idle kept-alive ones);
   * when every one has a request under way, the new one is refused (closed at once).
   */
  maxConnections: number
  /** Open connections from one client address (an IPv6 /64 counts as one). */
  maxConnectionsPerClient: number
  /** Open connections from one IPv6 /56 (a site); twice the per-client limit unless given. */
  maxConnectionsPer56?: number
  /** Open connections from one IPv6 /48 (the most a site is given); four times the per-client limit unless given. */
  maxConnectionsPer48?: number
  /** Time to send the request's headers. */
  headersTimeoutMs: number
  /** Time to send the whole request, body included. */
  requestTimeoutMs: number
  /** An idle kept-alive connection is closed after this long. */
  idleTimeoutMs: number
  /** A connection where nothing moves for this long (a download nobody reads) is dropped. */
  stallTimeoutMs: number
  /** Requests on one kept-alive connection; then it is closed. */
  maxRequestsPerConnection: number
  /** Requests sent ahead on one connection before the first is answered (pipelining). */
  maxPipelined: number
  /** Largest request head (request line and headers), in bytes. */
  maxHeaderBytes: number
}

// The defaults live where --help can read them without loading this server.
export { DEFAULT_SERVE_LIMITS, DEFAULT_DRAIN_SECONDS } from './serve-defaults.js'

/** Counts only: the endpoint keeps no client address, in memory past a connection or anywhere else. */
export interface ServeCounters {
  /** Connections open now. */
  open: number
  accepted: number
  /** Refused because the server or that client address (or its IPv6 /56 or /48) had its most connections open. */
  refusedBusy: number
  refusedPerClient: number
  /** Connections without a complete request, closed to make room for a new one at the cap. */
  shedUnfinished: number
  requests: number
  /** Malformed request targets, answered 400. */
  badTargets: number
  /** Requests from a web page of another site, answered 403. */
  crossOrigin: number
  /** Connections dropped because nothing moved for the stall timeout. */
  stalled: number
  /** Errors caught in a handler, answered 500. */
  errors: number
  stun: StunCounters
}

export interface SpeedServer {
  url: string
  host: string
  port: number
  /** False if the UDP port could not be opened (the HTTP side still works). */
  udp: boolean
  counters(): ServeCounters
  /**
   * Stops taking connections and closes idle ones at once, lets the requests under way finish for
   * up to `drainMs` (0: none), then closes whatever is left.
   */
  close(drainMs?: number): Promise<void>
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

/** Headers every answer carries; the CORS ones only for the one allowed origin. */
function commonHeaders(res: ServerResponse, started: number): Record<string, string> {
  const allowed = corsOrigins.get(res)
  return {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(allowed
      ? { 'access-control-allow-origin': allowed, 'timing-allow-origin': allowed, vary: 'origin' }
      : {}),
    'server-timing': `serve;dur=${(performance.now() - started).toFixed(3)}`,
  }
}

/** The allowed origin, for the responses whose request came from it. */
const corsOrigins = new WeakMap<ServerResponse, string>()

function sendText(res: ServerResponse, status: number, text: string, started: number): void {
  res.writeHead(status, { ...commonHeaders(res, started), 'content-type': 'text/plain; charset=utf-8' })
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

async function sendDownload(
  res: ServerResponse,
  bytes: number,
  started: number,
  bucket: TokenBucket | undefined,
  progress: () => void,
): Promise<void> {
  res.writeHead(200, {
    ...commonHeaders(res, started),
    'content-type': 'application/octet-stream',
    'content-length': String(bytes),
  })
  // Small pieces when shaping, so the rate is smooth at the scale of the client's 50 ms bins.
  const piece = bucket ? pieceSize(bucket) : CHUNK.length
  let left = bytes
  while (left > 0 && !res.destroyed) {
    const size = Math.min(piece, left)
    if (bucket) await bucket.take(size)
    if (res.destroyed) return
    left -= size
    if (!res.write(CHUNK.subarray(0, size))) await drainOrClose(res)
    progress()
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

/** An upload's end: the bytes received, 'too-big' past --max-bytes, or undefined if it broke off. */
function receiveUpload(
  req: IncomingMessage,
  maxBytes: number,
  bucket: TokenBucket | undefined,
  progress: () => void,
): Promise<number | 'too-big' | undefined> {
  return new Promise((resolve) => {
    let received = 0
    // The reply waits for the last piece's turn in the bucket: acknowledging bytes before the
    // shaped link "delivered" them would flatter the client's upload figure.
    let shaped: Promise<void> = Promise.resolve()
    req.on('data', (chunk: Buffer) => {
      progress()
      received += chunk.length
      // Past the limit the rest is read and thrown away (see lingerAfterAnswer) while the 413 goes out.
      if (received > maxBytes) return resolve('too-big')
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

/** How long a connection refused mid-upload may go on sending, read and thrown away, once its answer is out. */
const LINGER_MS = 2000

/**
 * Answers a request whose body the server will not take (too big) and closes the connection
 * without losing that answer. Closing a socket that still has unread bytes makes the kernel send a
 * reset, which can destroy the answer before the client reads it (a chunked upload over the limit
 * used to end in a bare reset). So the server says "Connection: close", half-closes once the answer
 * is out, and reads and discards what the client is still sending until it stops or LINGER_MS pass.
 */
function refuseBody(res: ServerResponse, text: string, started: number): void {
  const socket = res.socket
  if (socket) {
    // Node closes a "Connection: close" socket at once when the answer is out; half-close instead.
    socket.destroySoon = function lingeringClose(this: Socket) {
      this.end()
      this.resume()
      const timer = setTimeout(() => this.destroy(), LINGER_MS)
      timer.unref()
      this.once('close', () => clearTimeout(timer))
    }
  }
  res.shouldKeepAlive = false
  sendText(res, 413, text, started)
}

/**
 * Drops a transfer that makes no progress: a download whose client stopped reading (its socket
 * never drains), an upload that stopped sending. Each transfer reports progress; one sweep timer
 * for all of them drops those silent for `stallMs`, so a stall is caught within stallMs plus one
 * sweep (a quarter of stallMs, at most a second). Node's socket timeout alone was not enough: it
 * counts the kernel taking a few more bytes as activity, and took up to twice as long.
 */
export class StallWatch {
  private readonly lastProgress = new Map<Socket, number>()
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(
    private readonly stallMs: number,
    private readonly onStall: (socket: Socket) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Notes progress on this socket now (and starts watching it). */
  watch(socket: Socket): void {
    this.lastProgress.set(socket, this.now())
    this.timer ??= setInterval(() => this.sweep(), Math.max(5, Math.min(1000, this.stallMs / 4))).unref()
  }

  /** Stops watching this socket; the sweep timer stops by itself once nothing is watched. */
  release(socket: Socket): void {
    this.lastProgress.delete(socket)
  }

  sweep(): void {
    const now = this.now()
    for (const [socket, at] of this.lastProgress) {
      if (socket.destroyed) this.lastProgress.delete(socket)
      else if (now - at >= this.stallMs) {
        this.lastProgress.delete(socket)
        this.onStall(socket)
      }
    }
    if (this.lastProgress.size === 0) this.stop()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
  }
}

/** A request target as this server takes it: origin-form only, parsed without anything that throws. */
export function parseTarget(
  target: string | undefined,
): { path: string; query: URLSearchParams } | undefined {
  // `//host` (protocol-relative), absolute-form (`http://…`), `*`, backslashes, controls and spaces are refused.
  if (!target || target[0] !== '/' || target[1] === '/' || target.length > 4096) return undefined
  // Node's parser already refuses control characters; this also catches what it lets through.
  // One regular expression, no array of characters: this runs on every request.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
  if (/[\\#\s\u0000-\u001f\u007f]/.test(target)) return undefined
  const mark = target.indexOf('?')
  return mark === -1
    ? { path: target, query: new URLSearchParams() }
    : { path: target.slice(0, mark), query: new URLSearchParams(target.slice(mark + 1)) }
}

/**
 * A web page of another site may not use this endpoint: its visitors' browsers would download and
 * upload for it. Browsers name the page's origin (Origin) or at least say the request is cross-site
 * (Sec-Fetch-Site); the command-line client sends neither.
 */
function foreignPage(req: IncomingMessage, cors: string | undefined): boolean {
  const origin = req.headers.origin
  const site = req.headers['sec-fetch-site']
  // The web check's own page, which this server hands out at `/`, measures against it: a browser
  // sends Origin with its uploads even to the same origin, so same-origin requests are welcome.
  if (site === 'same-origin' || (origin !== undefined && hostOf(origin) === req.headers.host)) return false
  if (origin !== undefined) return origin !== cors
  return site === 'cross-site' || site === 'same-site'
}

function hostOf(origin: string): string | undefined {
  return URL.canParse(origin) ? new URL(origin).host : undefined
}

interface HandlerContext {
  stall: StallWatch
  options: SpeedServerOptions
  counters: ServeCounters
  down?: TokenBucket
  up?: TokenBucket
  draining: () => boolean
}

function createHandler({ stall, options, counters, down, up, draining }: HandlerContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let started = performance.now()
    if (draining()) res.shouldKeepAlive = false
    const target = parseTarget(req.url)
    if (!target) {
      counters.badTargets++
      res.shouldKeepAlive = false
      return sendText(res, 400, 'Bad request: this server takes paths such as /__down?bytes=1000.', started)
    }
    // The web check's page and its files: a link from any site (a webmail, say) may open it.
    if (options.page?.handle(req, res, target.path)) return
    if (foreignPage(req, options.cors)) {
      counters.crossOrigin++
      return sendText(res, 403, 'This endpoint is not open to web pages of other sites.', started)
    }
    if (options.cors && req.headers.origin === options.cors) corsOrigins.set(res, options.cors)
    const { path, query } = target
    if (req.method === 'OPTIONS' && corsOrigins.has(res)) {
      res.writeHead(204, {
        ...commonHeaders(res, started),
        'access-control-allow-methods': 'GET, HEAD, POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      })
      return void res.end()
    }
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(draining() ? 503 : 200, {
        ...commonHeaders(res, started),
        'content-type': 'application/json',
      })
      return void res.end(JSON.stringify({ status: draining() ? 'draining' : 'ok', ...counters }))
    }
    if (path.endsWith('/__down') && (req.method === 'GET' || req.method === 'HEAD')) {
      const raw = query.get('bytes') ?? '0'
      const bytes = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN
      const delay = delayFor(options)
      await sleep(delay)
      // The added delay stands for the network, so it stays out of the server's own time.
      started += delay
      if (!Number.isInteger(bytes)) return sendText(res, 400, 'bytes must be a whole number', started)
      if (bytes > options.maxBytes)
        return sendText(res, 413, `This server sends at most ${options.maxBytes} bytes per request.`, started)
      stall.watch(req.socket)
      return sendDownload(res, req.method === 'HEAD' ? 0 : bytes, started, down, () =>
        stall.watch(req.socket),
      )
    }
    if (path.endsWith('/__up') && req.method === 'POST') {
      const declared = Number(req.headers['content-length'] ?? 0)
      const tooBig = `This server takes at most ${options.maxBytes} bytes per request.`
      if (declared > options.maxBytes) return refuseBody(res, tooBig, started)
      stall.watch(req.socket)
      const received = await receiveUpload(req, options.maxBytes, up, () => stall.watch(req.socket))
      stall.release(req.socket)
      if (received === 'too-big') return refuseBody(res, tooBig, started)
      if (received === undefined) return void res.destroy()
      const delay = delayFor(options)
      await sleep(delay)
      started += delay
      res.writeHead(200, { ...commonHeaders(res, started), 'content-type': 'application/json' })
      return void res.end(JSON.stringify({ bytes: received }))
    }
    if (path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendText(
        res,
        200,
        `${TOOL_NAME} speed endpoint. Measure against it with: ${RUN_COMMAND} --server <this address>`,
        started,
      )
    }
    sendText(res, 404, 'Not found. This server answers GET /__down?bytes=N and POST /__up.', started)
  }
}

/** The STUN socket's receive buffer asked for, in bytes (the kernel may grant less). */
export const STUN_RECEIVE_BUFFER = 4 * 1024 * 1024

/**
 * A receive buffer of a few hundred milliseconds of flood. The system's default (about 200 KB on
 * Linux) holds some 200 datagrams, under 20 ms of a 12,000/s flood, so a process kept waiting for
 * a CPU saw the kernel drop honest probes with the flood (3-10% loss on a busy machine; none with
 * 4 MB: issue 23, finding 4). Linux grants at most net.core.rmem_max (and reports twice what it
 * grants); a system that refuses the size keeps a smaller one. Returns the size granted, in bytes.
 */
function widenReceiveBuffer(socket: UdpSocket): number {
  for (const size of [STUN_RECEIVE_BUFFER, STUN_RECEIVE_BUFFER / 4]) {
    try {
      socket.setRecvBufferSize(size)
      break
    } catch {
      // Refused (macOS above kern.ipc.maxsockbuf): try a smaller one, else keep the default.
    }
  }
  try {
    return socket.getRecvBufferSize()
  } catch {
    return 0
  }
}

async function startStun(
  responder: StunResponder,
  address: string,
  port: number,
): Promise<UdpSocket | undefined> {
  const socket = createSocket({ type: isIPv6(address) ? 'udp6' : 'udp4', reuseAddr: false })
  socket.on('message', (packet, peer) => responder.handle(packet, peer))
  return new Promise((resolve) => {
    socket.once('error', () => resolve(undefined))
    socket.bind(port, address, () => {
      socket.removeAllListeners('error')
      socket.on('error', () => {})
      responder.counters.receiveBuffer = widenReceiveBuffer(socket)
      resolve(socket)
    })
  })
}

/**
 * True while this process's event loop has had no idle time to speak of (over 90% busy in the
 * last tenth of a second): then it cannot answer more, whatever the configured rates say.
 */
function loopSaturated(): () => boolean {
  let last = nodePerformance.eventLoopUtilization()
  let lastAt = performance.now()
  let saturated = false
  return () => {
    const at = performance.now()
    if (at - lastAt >= 100) {
      const current = nodePerformance.eventLoopUtilization()
      saturated = nodePerformance.eventLoopUtilization(current, last).utilization > 0.9
      last = current
      lastAt = at
    }
    return saturated
  }
}

function urlHost(host: string): string {
  return isIPv6(host) ? `[${host}]` : host
}

function resolveLimits(partial: Partial<ServeLimits> | undefined): Required<ServeLimits> {
  const limits = { ...DEFAULT_SERVE_LIMITS, ...partial }
  return {
    ...limits,
    // Node wants the header time limit within the whole request's.
    headersTimeoutMs: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
    maxConnectionsPer56: limits.maxConnectionsPer56 ?? 2 * limits.maxConnectionsPerClient,
    maxConnectionsPer48: limits.maxConnectionsPer48 ?? 4 * limits.maxConnectionsPerClient,
  }
}

/** Starts the endpoint; resolves once it listens on TCP (and UDP, when it can). */
export async function startSpeedServer(options: SpeedServerOptions): Promise<SpeedServer> {
  const limits = resolveLimits(options.limits)
  const bytesPerSecond = options.rateMbps ? (options.rateMbps * 1e6) / 8 : 0
  // A burst of about 10 ms of data keeps the shaping tight without starving the writer.
  const bucket = (): TokenBucket | undefined =>
    bytesPerSecond ? new TokenBucket(bytesPerSecond, Math.max(4096, bytesPerSecond / 100)) : undefined
  let draining = false
  // Filled in once the UDP port is open; replies go out through it.
  const stunSocket: { current?: UdpSocket } = {}
  const responder = createStunResponder({
    ...defined({ limits: options.stunLimits }),
    delayFor: () => delayFor(options),
    dropShare: (options.udpDropPct ?? 0) / 100,
    send: (reply, port, address) => stunSocket.current?.send(reply, port, address, () => {}),
    overloaded: loopSaturated(),
  })
  const counters: ServeCounters = {
    open: 0,
    accepted: 0,
    refusedBusy: 0,
    refusedPerClient: 0,
    shedUnfinished: 0,
    requests: 0,
    badTargets: 0,
    crossOrigin: 0,
    stalled: 0,
    errors: 0,
    stun: responder.counters,
  }
  const stall = new StallWatch(limits.stallTimeoutMs, (socket) => {
    counters.stalled++
    socket.destroy()
  })
  const handler = createHandler({
    stall,
    options,
    counters,
    down: bucket(),
    up: bucket(),
    draining: () => draining,
  })
  /** Requests under way on each connection, to bound pipelining and to tell a stall from an idle connection. */
  const active = new WeakMap<Socket, number>()
  const servedOn = new WeakMap<Socket, number>()
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    counters.requests++
    req.on('error', () => {})
    res.on('error', () => {})
    const socket = req.socket
    const underWay = (active.get(socket) ?? 0) + 1
    active.set(socket, underWay)
    const served = (servedOn.get(socket) ?? 0) + 1
    servedOn.set(socket, served)
    table.busy(socket)
    res.once('close', () => {
      const left = Math.max(0, (active.get(socket) ?? 1) - 1)
      active.set(socket, left)
      if (left === 0) table.waiting(socket)
      stall.release(socket)
    })
    if (underWay > limits.maxPipelined) return void socket.destroy()
    // Node says "Connection: close" on the last request but then keeps the socket until the idle
    // timeout; end it as soon as that answer is out.
    if (served >= limits.maxRequestsPerConnection) res.once('finish', () => socket.end())
    handler(req, res).catch((error: unknown) => {
      counters.errors++
      try {
        options.onError?.(error)
        if (res.headersSent) res.destroy()
        else
          sendText(
            res,
            500,
            'Something went wrong on this server; it is still running. Please try again.',
            performance.now(),
          )
      } catch {
        res.destroy()
      }
    })
  }
  const serverOptions = {
    maxHeaderSize: limits.maxHeaderBytes,
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    keepAliveTimeout: limits.idleTimeoutMs,
    // How often Node looks for requests past their time limits.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, limits.headersTimeoutMs / 4)),
  }
  const server: Server = options.tls
    ? createHttpsServer({ ...serverOptions, cert: options.tls.cert, key: options.tls.key }, onRequest)
    : createHttpServer(serverOptions, onRequest)
  // The total cap is kept below (the table), where a slow connection can make room for a new one.
  server.maxRequestsPerSocket = limits.maxRequestsPerConnection
  server.on('drop', () => counters.refusedBusy++)
  // Node's own inactivity timer is the backstop for what the stall watch does not cover (a TLS
  // handshake that never ends): it fires after at least as long without any reads or writes.
  // It leaves room for an added --delay, which is the server's own wait, not a stall.
  server.setTimeout(limits.stallTimeoutMs + (options.delayMs ?? 0) + (options.jitterMs ?? 0))
  server.on('timeout', (socket: Socket) => {
    if ((active.get(socket) ?? 0) > 0) counters.stalled++
    socket.destroy()
  })
  const table = new ConnectionTable<Socket>({
    total: limits.maxConnections,
    perNetwork: [limits.maxConnectionsPerClient, limits.maxConnectionsPer56, limits.maxConnectionsPer48],
  })
  const addressOf =
    options.clientAddress ??
    ((socket: Socket) => ({ address: socket.remoteAddress ?? '', family: socket.remoteFamily ?? '' }))
  server.on('connection', (socket: Socket) => {
    socket.on('error', () => {})
    const { address, family } = addressOf(socket)
    const admission = table.admit(socket, clientNetworks(address, family))
    if (!admission.admitted) {
      if (admission.reason === 'busy') counters.refusedBusy++
      else counters.refusedPerClient++
      return void socket.destroy()
    }
    if (admission.evicted) {
      counters.shedUnfinished++
      admission.evicted.destroy()
    }
    counters.accepted++
    counters.open = table.size
    socket.once('close', () => {
      table.release(socket)
      counters.open = table.size
    })
  })
  server.on('tlsClientError', () => {})
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  // After start, a server error (EMFILE when accepting, past the system's open-file limit) is
  // passing: note it and go on taking connections.
  server.on('error', (error) => options.onError?.(error))
  const { address, port } = server.address() as AddressInfo
  const stunAddress = (await lookup(address).catch(() => ({ address }))).address
  const udp = await startStun(responder, stunAddress, port)
  stunSocket.current = udp
  let closing: Promise<void> | undefined
  let until = Infinity
  return {
    url: `${options.tls ? 'https' : 'http'}://${urlHost(options.host)}:${port}`,
    host: options.host,
    port,
    udp: Boolean(udp),
    counters: () => ({ ...counters, stun: { ...counters.stun } }),
    close: (drainMs = 0) => {
      stall.stop()
      // A second call (a second Ctrl-C) can only shorten the wait.
      until = Math.min(until, performance.now() + drainMs)
      closing ??= (async () => {
        draining = true
        responder.close()
        udp?.close()
        const closed = new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeIdleConnections()
        while (counters.open > 0 && performance.now() < until) {
          await sleep(Math.min(50, until - performance.now()))
          server.closeIdleConnections()
        }
        server.closeAllConnections()
        await closed
      })()
      return closing
    },
  }
}
