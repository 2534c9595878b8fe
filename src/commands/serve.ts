import { messagesFor, type Language, type Msg } from '../messages/index.js'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Io } from '../io.js'
import { UsageError } from '../errors.js'
import { parseDataSize } from '../cli/options.js'
import {
  DEFAULT_DRAIN_SECONDS,
  DEFAULT_SERVE_LIMITS,
  startSpeedServer,
  STUN_RECEIVE_BUFFER,
  type ServeLimits,
  type SpeedServerOptions,
} from '../net/speed-server.js'
import { DEFAULT_STUN_LIMITS, type StunLimits } from '../net/stun-responder.js'
import { TOOL_NAME } from '../tool.js'
import { defined } from '../defined.js'

type Flags = Record<string, string | boolean | undefined>

function text(flags: Flags, name: string): string | undefined {
  const value = flags[name]
  return typeof value === 'string' ? value : undefined
}

function number(
  flags: Flags,
  name: string,
  flag: string,
  range: { min: number; max: number; say: Msg },
): number | undefined {
  const { min, max, say } = range
  const raw = text(flags, name)
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (!/^\s*\d+(\.\d+)?\s*$/.test(raw) || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(say('serve.flag.number', { flag, min, max, value: raw }))
  }
  return value
}

function readPem(io: Io, file: string, flag: string, say: Msg): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8')
  } catch {
    throw new UsageError(say('serve.flag.pem', { flag, file }))
  }
}

/** A web origin as browsers send it: scheme, host and port only. */
function parseCors(raw: string | undefined, say: Msg): string | undefined {
  if (raw === undefined) return undefined
  let origin: string | undefined
  try {
    const url = new URL(raw)
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === raw.replace(/\/$/, ''))
      origin = url.origin
  } catch {
    origin = undefined
  }
  if (!origin) throw new UsageError(say('serve.flag.cors', { value: raw }))
  return origin
}

/** The limit flags of `serve`: flag, option name, where it goes, smallest and largest value, unit. */
const LIMIT_FLAGS: ReadonlyArray<{
  flag: string
  name: string
  key: keyof ServeLimits
  min: number
  max: number
  seconds?: true
}> = [
  { flag: '--max-connections', name: 'maxConnections', key: 'maxConnections', min: 1, max: 1_000_000 },
  { flag: '--max-per-client', name: 'maxPerClient', key: 'maxConnectionsPerClient', min: 1, max: 1_000_000 },
  {
    flag: '--header-timeout',
    name: 'headerTimeout',
    key: 'headersTimeoutMs',
    min: 0.01,
    max: 3600,
    seconds: true,
  },
  {
    flag: '--request-timeout',
    name: 'requestTimeout',
    key: 'requestTimeoutMs',
    min: 0.01,
    max: 3600,
    seconds: true,
  },
  { flag: '--idle-timeout', name: 'idleTimeout', key: 'idleTimeoutMs', min: 0.01, max: 3600, seconds: true },
  {
    flag: '--stall-timeout',
    name: 'stallTimeout',
    key: 'stallTimeoutMs',
    min: 0.01,
    max: 3600,
    seconds: true,
  },
  { flag: '--max-requests', name: 'maxRequests', key: 'maxRequestsPerConnection', min: 1, max: 1_000_000 },
]

const STUN_FLAGS: ReadonlyArray<{
  flag: string
  name: string
  key: keyof StunLimits
  min: number
  max: number
}> = [
  { flag: '--stun-rate', name: 'stunRate', key: 'perSourceRate', min: 1, max: 1_000_000 },
  { flag: '--stun-total-rate', name: 'stunTotalRate', key: 'totalRate', min: 1, max: 10_000_000 },
]

function whole(
  value: number | undefined,
  flag: string,
  { min, max, say }: { min: number; max: number; say: Msg },
): number | undefined {
  if (value !== undefined && !Number.isInteger(value))
    throw new UsageError(say('serve.flag.whole', { flag, min, max, value }))
  return value
}

/** How long `serve` lets requests under way finish after Ctrl-C or SIGTERM, in ms. */
export function resolveDrainMs(flags: Flags, say: Msg): number {
  return (
    (number(flags, 'drainTimeout', '--drain-timeout', { min: 0, max: 600, say }) ?? DEFAULT_DRAIN_SECONDS) *
    1000
  )
}

/** Maps the serve flags to server options; throws UsageError for bad input. */
export function resolveServeOptions(flags: Flags, io: Io, say: Msg): SpeedServerOptions {
  const cert = text(flags, 'cert')
  const key = text(flags, 'key')
  if (Boolean(cert) !== Boolean(key)) throw new UsageError(say('serve.flag.certKey'))
  const port = number(flags, 'port', '--port', { min: 0, max: 65535, say }) ?? 8787
  if (!Number.isInteger(port)) throw new UsageError(say('serve.flag.port'))
  const rate = number(flags, 'rate', '--rate', { min: 0.01, max: 100000, say })
  const delay = number(flags, 'delay', '--delay', { min: 0, max: 60000, say })
  const jitter = number(flags, 'jitter', '--jitter', { min: 0, max: 60000, say })
  const drop = number(flags, 'udpDrop', '--udp-drop', { min: 0, max: 100, say })
  const cors = parseCors(text(flags, 'cors'), say)
  resolveDrainMs(flags, say) // checked here too, so every bad flag is refused before anything starts
  const limits: Partial<ServeLimits> = {}
  for (const { flag, name, key, min, max, seconds } of LIMIT_FLAGS) {
    const value = seconds
      ? number(flags, name, flag, { min, max, say })
      : whole(number(flags, name, flag, { min, max, say }), flag, { min, max, say })
    if (value !== undefined) limits[key] = seconds ? Math.round(value * 1000) : value
  }
  const stunLimits: Partial<StunLimits> = {}
  for (const { flag, name, key, min, max } of STUN_FLAGS) {
    const value = whole(number(flags, name, flag, { min, max, say }), flag, { min, max, say })
    if (value !== undefined) stunLimits[key] = value
  }
  return {
    host: text(flags, 'host') ?? '127.0.0.1',
    port,
    maxBytes: parseDataSize('--max-bytes', text(flags, 'maxBytes') ?? '100MB', say) ?? 100e6,
    ...(cert && key
      ? { tls: { cert: readPem(io, cert, '--cert', say), key: readPem(io, key, '--key', say) } }
      : {}),
    ...defined({ rateMbps: rate, delayMs: delay, jitterMs: jitter, udpDropPct: drop }),
    ...(Object.keys(limits).length ? { limits } : {}),
    ...(Object.keys(stunLimits).length ? { stunLimits } : {}),
    ...(cors ? { cors } : {}),
  }
}

/**
 * One line for an error the server caught, at most one a minute (with a count of the ones in
 * between). Only the error's kind goes out: its message could hold a client's address.
 */
function errorLogger(io: Io, now: () => number = () => performance.now()): (error: unknown) => void {
  let quietUntil = -Infinity
  let quiet = 0
  return (error) => {
    const at = now()
    if (at < quietUntil) return void quiet++
    quietUntil = at + 60_000
    const kind =
      (error as NodeJS.ErrnoException | undefined)?.code ??
      (error instanceof Error ? error.name : typeof error)
    const more = quiet ? ` (${quiet} more since the last note)` : ''
    quiet = 0
    io.stderr.write(
      `${TOOL_NAME} serve: caught an unexpected error (${String(kind).replace(/[^\w.-]/g, '')})${more}; still serving.\n`,
    )
  }
}

/** Every limit of `serve` in one line each, for the start-up message, in the language of `say`. */
export function describeLimits(
  say: Msg,
  limits: ServeLimits = DEFAULT_SERVE_LIMITS,
  stun: StunLimits = DEFAULT_STUN_LIMITS,
): string {
  const s = (ms: number): number => ms / 1000
  return [
    say('serve.limits.connections', {
      total: limits.maxConnections,
      perClient: limits.maxConnectionsPerClient,
      per56: limits.maxConnectionsPer56 ?? 2 * limits.maxConnectionsPerClient,
      per48: limits.maxConnectionsPer48 ?? 4 * limits.maxConnectionsPerClient,
      perConnection: limits.maxRequestsPerConnection,
      pipelined: limits.maxPipelined,
      headKb: limits.maxHeaderBytes / 1024,
    }),
    say('serve.limits.time', {
      headers: s(limits.headersTimeoutMs),
      request: s(limits.requestTimeoutMs),
      idle: s(limits.idleTimeoutMs),
      stall: s(limits.stallTimeoutMs),
    }),
    say('serve.limits.stun', {
      perSource: stun.perSourceRate,
      burst: stun.perSourceBurst,
      total: stun.totalRate,
      sources: stun.maxSources,
      queued: stun.maxQueued,
      shedAbove: stun.shedAboveRate,
    }),
  ].join('\n')
}

function receiveBufferNote(granted: number, say: Msg): string {
  if (granted === 0 || granted >= STUN_RECEIVE_BUFFER) return ''
  return (
    say('serve.start.receiveBuffer', {
      kb: Math.round(granted / 1024),
      mb: STUN_RECEIVE_BUFFER / 1024 / 1024,
      bytes: STUN_RECEIVE_BUFFER,
    }) + '\n'
  )
}

function describeImpairments(options: SpeedServerOptions, say: Msg): string {
  const parts = [
    options.rateMbps !== undefined && say('serve.impair.rate', { mbps: options.rateMbps }),
    options.delayMs !== undefined && say('serve.impair.delay', { ms: options.delayMs }),
    options.jitterMs !== undefined && say('serve.impair.jitter', { ms: options.jitterMs }),
    options.udpDropPct !== undefined && say('serve.impair.drop', { percent: options.udpDropPct }),
  ].filter((part): part is string => typeof part === 'string')
  return parts.length
    ? say('serve.start.impairments', {
        list: parts.reduce((first, next) => say('list.comma', { first, next })),
      }) + '\n'
    : ''
}

/**
 * `session-checkup serve`: runs the speed endpoint until Ctrl-C or SIGTERM, lets the requests under
 * way finish (up to --drain-timeout), then closes it and exits 0.
 */
export async function runServe(
  flags: Flags,
  io: Io,
  lang: Language,
  fetch?: typeof globalThis.fetch,
): Promise<number> {
  const say = messagesFor(lang)
  const options = resolveServeOptions(flags, io, say)
  const drainMs = resolveDrainMs(flags, say)
  const logError = errorLogger(io)
  // The web check's page at `/`, with the practice's checklist validated before anything listens.
  const { loadServeChecklist, pageRoutes, InvalidChecklist, parseEndpoint, writeStaticCopy } = await import(
    './serve-page.js'
  )
  const endpointFlag = text(flags, 'endpoint')
  if (endpointFlag !== undefined && text(flags, 'writeStatic') === undefined)
    throw new UsageError(say('serve.flag.endpointAlone'))
  const endpoint = endpointFlag === undefined ? undefined : parseEndpoint(endpointFlag, say)
  const source = text(flags, 'checklist')
  let checklist
  try {
    checklist = source ? await loadServeChecklist(source, io, lang, fetch) : undefined
  } catch (error) {
    if (!(error instanceof InvalidChecklist)) throw error
    io.stderr.write(error.report)
    return 2
  }
  const writeTo = text(flags, 'writeStatic')
  if (writeTo !== undefined) {
    // A static copy for any host: written, not served (README, "Hosting the page yourself").
    writeStaticCopy(
      writeTo,
      { ...(endpoint ? { endpoint } : {}), ...(checklist ? { checklist } : {}) },
      io,
      say,
    )
    return 0
  }
  const page = pageRoutes(checklist)
  let server
  try {
    server = await startSpeedServer({ ...options, onError: logError, ...(page ? { page } : {}) })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'EADDRINUSE'
        ? say('serve.listen.inUse')
        : code === 'EACCES'
          ? say('serve.listen.noPermission')
          : code === 'EADDRNOTAVAIL'
            ? say('serve.listen.notHere')
            : (error as Error).message
    throw new UsageError(say('serve.listen', { host: options.host, port: options.port, why }))
  }
  const wildcard = options.host === '0.0.0.0' || options.host === '::'
  const stunAt = wildcard ? say('serve.start.thisComputer') : server.url.replace(/^https?:\/\//, '')
  const lines = [
    say('serve.start.ready', { url: server.url }),
    ...(page ? [say(checklist ? 'serve.start.pageChecklist' : 'serve.start.page', { url: server.url })] : []),
    server.udp
      ? say('serve.start.measureStun', { url: server.url, stun: stunAt })
      : say('serve.start.measure', { url: server.url }),
    ...(wildcard ? [say('serve.start.wildcard')] : []),
  ]
  io.stdout.write(
    lines.join('\n') +
      '\n' +
      (server.udp
        ? receiveBufferNote(server.counters().stun.receiveBuffer, say)
        : say('serve.start.noUdp') + '\n') +
      describeImpairments(options, say) +
      (options.cors ? say('serve.start.cors', { origin: options.cors }) + '\n' : '') +
      `${say('serve.start.limits')}\n${describeLimits(say, { ...DEFAULT_SERVE_LIMITS, ...options.limits }, { ...DEFAULT_STUN_LIMITS, ...options.stunLimits }).replace(/^/gm, '  ')}\n` +
      say('serve.start.stopHint') +
      '\n',
  )
  const removeLastResort = io.onUncaught?.(logError)
  try {
    await new Promise<void>((done) => {
      const remove = io.onInterrupt(() => {
        remove()
        done()
      })
    })
    io.stderr.write(
      (drainMs > 0 ? say('serve.stopping.drain', { seconds: drainMs / 1000 }) : say('serve.stopping')) + '\n',
    )
    // A second Ctrl-C or SIGTERM stops at once.
    let hurry: () => void = () => {}
    const hurried = new Promise<void>((resolve) => (hurry = resolve))
    const removeHurry = io.onInterrupt(() => hurry())
    await Promise.race([server.close(drainMs), hurried.then(() => server.close(0))])
    removeHurry()
  } finally {
    removeLastResort?.()
  }
  const { requests, stun } = server.counters()
  io.stderr.write(say('serve.stopped', { requests, probes: stun.answered }) + '\n')
  return 0
}
