import { Agent, request, type IncomingMessage } from 'node:http'
import { connect as netConnect, type LookupFunction, type Socket } from 'node:net'
import { connect as tlsConnect, type TLSSocket } from 'node:tls'
import { classifyError } from './errors.js'
import { PrivateAddressError } from './private-address.js'
import { openTunnel } from './proxy.js'
import type { ConnectTimings, IpVersion } from './types.js'
import { defined } from '../defined.js'

/** Where and how to connect; one value shared by every connection of a measurement. */
export interface Target {
  /** The base URL of the endpoint, its path ending in a slash. */
  base: URL
  proxy?: URL
  /** Extra trusted certificates (tests, and clinics with their own CA). */
  ca?: string | Buffer
  lookup?: LookupFunction
  connectTimeoutMs: number
  userAgent: string
}

/**
 * One keep-alive connection to the endpoint. Each link is its own agent with one socket, so idle
 * latency probes reuse a warm connection and the loaded-latency probes really run on a separate
 * one. TLS and proxy tunnelling happen here, for http and https alike, so requests are plain
 * http.request calls and the socket's own events give the DNS, TCP and TLS times.
 */
export class Link {
  readonly agent: Agent
  timings: ConnectTimings = {}
  family?: IpVersion
  private sockets = new Set<Socket>()
  private closed = false

  constructor(
    readonly target: Target,
    private readonly now: () => number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 1 })
    // An Agent may hand its socket to the callback later (documented for agent.createConnection).
    const callbackStyle = (
      _options: unknown,
      callback?: (error: Error | null, socket: Socket) => void,
    ): undefined => {
      this.open().then(
        (socket) => callback?.(null, socket),
        // A refused private address keeps its own error, so the caller can say where the name led.
        (error: unknown) =>
          callback?.(
            error instanceof PrivateAddressError ? error : classifyError(error),
            undefined as unknown as Socket,
          ),
      )
      return undefined
    }
    this.agent.createConnection = callbackStyle as Agent['createConnection']
  }

  private isHttps(): boolean {
    return this.target.base.protocol === 'https:'
  }

  private port(): number {
    return Number(this.target.base.port || (this.isHttps() ? 443 : 80))
  }

  private host(): string {
    return this.target.base.hostname.replace(/^\[|\]$/g, '')
  }

  private async open(): Promise<Socket> {
    const started = this.now()
    const { proxy, connectTimeoutMs } = this.target
    const raw = proxy
      ? await openTunnel(
          proxy,
          this.host(),
          this.port(),
          connectTimeoutMs,
          this.target.ca,
          this.target.lookup,
        )
      : await this.openDirect(started)
    if (proxy) this.timings = { tcpMs: this.now() - started }
    this.family = raw.remoteFamily === 'IPv6' ? 'IPv6' : 'IPv4'
    const socket = this.isHttps() ? await this.startTls(raw) : raw
    // Closed while connecting (the time ran out): nothing may stay open and hold the process.
    if (this.closed) {
      socket.destroy()
      throw Object.assign(new Error('the link was closed'), { code: 'ECONNRESET' })
    }
    this.sockets.add(socket)
    socket.once('close', () => this.sockets.delete(socket))
    return socket
  }

  private openDirect(started: number): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = netConnect({
        host: this.host(),
        port: this.port(),
        ...defined({ lookup: this.target.lookup }),
        timeout: this.target.connectTimeoutMs,
      })
      let looked = started
      socket.once('lookup', (error) => {
        if (!error) this.timings.dnsMs = (looked = this.now()) - started
      })
      socket.once('timeout', () =>
        socket.destroy(Object.assign(new Error('connect timed out'), { code: 'ETIMEDOUT' })),
      )
      socket.once('error', reject)
      socket.once('connect', () => {
        this.timings.tcpMs = this.now() - looked
        socket.setTimeout(0)
        socket.removeAllListeners('timeout')
        socket.removeListener('error', reject)
        resolve(socket)
      })
    })
  }

  private startTls(raw: Socket): Promise<TLSSocket> {
    const started = this.now()
    return new Promise((resolve, reject) => {
      const host = this.host()
      const socket = tlsConnect({
        socket: raw,
        servername: /^[\d.]+$|:/.test(host) ? undefined : host,
        ALPNProtocols: ['http/1.1'],
        ...(this.target.ca ? { ca: this.target.ca } : {}),
      })
      const timer = setTimeout(
        () => socket.destroy(Object.assign(new Error('TLS handshake timed out'), { code: 'ETIMEDOUT' })),
        this.target.connectTimeoutMs,
      )
      socket.once('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      socket.once('secureConnect', () => {
        clearTimeout(timer)
        this.timings.tlsMs = this.now() - started
        socket.removeAllListeners('error')
        resolve(socket)
      })
    })
  }

  /** Starts a request on this link; the caller reads the response and handles errors. */
  request(
    method: 'GET' | 'HEAD' | 'POST',
    path: string,
    headers: Record<string, string> = {},
  ): ReturnType<typeof request> {
    const url = new URL(path, this.target.base)
    return request({
      agent: this.agent,
      host: this.host(),
      port: this.port(),
      method,
      path: url.pathname + url.search,
      headers: {
        host: url.host,
        'user-agent': this.target.userAgent,
        accept: '*/*',
        'cache-control': 'no-store',
        ...headers,
      },
    })
  }

  close(): void {
    this.closed = true
    for (const socket of this.sockets) socket.destroy()
    this.agent.destroy()
  }
}

/** Reads the server's own processing time from Server-Timing (Cloudflare: cfRequestDuration;dur=…). */
export function serverTimeMs(response: IncomingMessage): number {
  const header = response.headers['server-timing']
  const text = Array.isArray(header) ? header.join(',') : (header ?? '')
  const preferred = /cfRequestDuration;[^,]*dur=([\d.]+)/i.exec(text) ?? /dur=([\d.]+)/i.exec(text)
  const value = preferred ? Number(preferred[1]) : 0
  return Number.isFinite(value) ? value : 0
}
