import { createSocket, type Socket } from 'node:dgram'
import { randomBytes } from 'node:crypto'
import type { LookupFunction } from 'node:net'
import { encodeBindingRequest, parseStunHeader, saysShedding, STUN_BINDING_SUCCESS } from './stun.js'
import { lossUpperBound, median, rfc3550Jitter, worstBurstLoss } from './stats.js'
import { familyName, preferred, resolveName, type ResolvedAddress } from './resolve.js'
import type { IpVersion, UdpFigures, UdpUnderLoad } from './types.js'
import { defined } from '../defined.js'

/** When a probe went out: on a quiet line (judged) or while this check filled it (never judged). */
export type ProbeTag = 'quiet' | 'load'

export interface Probe {
  sentMs: number
  receivedMs?: number
  tag: ProbeTag
  /** Which stretch of sending it belonged to: a burst never spans two stretches. */
  stretch: number
}

/**
 * One UDP socket sending STUN binding requests, matched to replies by transaction id. The engine
 * decides when it sends: on a quiet line for the judged loss, and under load for the separate,
 * unjudged figure (issue 11: the probes used to overlap the download and upload, so the check's
 * own traffic filled the queue and its loss was blamed on the line).
 */
export class StunProber {
  readonly probes: Probe[] = []
  socketError?: string
  /** An answer said the server was shedding load (SERVER_SHEDDING): loss may be the server's. */
  serverShedding = false
  private readonly prefix = randomBytes(8)
  private stretches = 0

  private constructor(
    private readonly socket: Socket,
    readonly target: ResolvedAddress,
    readonly port: number,
    private readonly now: () => number,
    private readonly onBytes?: (bytes: number) => void,
  ) {
    socket.on('error', (error: NodeJS.ErrnoException) => (this.socketError ??= error.code ?? error.message))
    socket.on('message', (packet) => this.receive(packet))
  }

  static open(
    target: ResolvedAddress,
    port: number,
    now: () => number,
    onBytes?: (bytes: number) => void,
  ): StunProber {
    return new StunProber(createSocket(target.family === 6 ? 'udp6' : 'udp4'), target, port, now, onBytes)
  }

  get family(): IpVersion {
    return familyName(this.target)
  }

  private receive(packet: Buffer): void {
    const header = parseStunHeader(packet)
    if (
      !header ||
      header.type !== STUN_BINDING_SUCCESS ||
      !header.transactionId.subarray(0, 8).equals(this.prefix)
    )
      return
    const probe = this.probes[header.transactionId.readUInt32BE(8)]
    if (probe && probe.receivedMs === undefined) probe.receivedMs = this.now()
    if (probe && saysShedding(packet)) this.serverShedding = true
  }

  /** Sends `rate` probes a second until `until()` is reached (read before each probe) or the signal ends it. */
  async send(tag: ProbeTag, rate: number, until: () => number, signal: AbortSignal): Promise<void> {
    const interval = 1000 / rate
    const started = this.now()
    const stretch = this.stretches++
    let sent = 0
    while (!signal.aborted && this.now() < until()) {
      const id = Buffer.alloc(12)
      this.prefix.copy(id, 0)
      id.writeUInt32BE(this.probes.length, 8)
      this.probes.push({ sentMs: this.now(), tag, stretch })
      this.socket.send(encodeBindingRequest(id), this.port, this.target.address)
      this.onBytes?.(20 + 32)
      sent++
      await sleep(Math.max(0, started + sent * interval - this.now()), signal)
    }
  }

  /** Waits until every probe has its answer, or `until`, whichever comes first. */
  async settle(until: number, signal: AbortSignal): Promise<void> {
    while (!signal.aborted && this.now() < until && this.probes.some((p) => p.receivedMs === undefined)) {
      await sleep(Math.min(20, Math.max(1, until - this.now())), signal)
    }
  }

  close(): void {
    this.socket.close()
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

export function untested(reason: string, cause: UdpFigures['cause'] = 'no-time'): UdpFigures {
  return {
    status: 'untested',
    cause,
    reason,
    sent: 0,
    received: 0,
    lossPct: 0,
    lossUpperPct: 100,
    burstLossPct: 0,
  }
}

/** A probe counts as answered only if its reply came within `lateMs`, as a late audio packet is as good as lost. */
function answeredInTime(p: Probe, lateMs: number): p is Probe & { receivedMs: number } {
  return p.receivedMs !== undefined && p.receivedMs - p.sentMs <= lateMs
}

/** The worst burst over stretches of sending, never across the gap between two of them. */
function worstBurst(probes: readonly Probe[], lateMs: number, size: number): number {
  const stretches = [...new Set(probes.map((p) => p.stretch))]
  return Math.max(
    0,
    ...stretches.map((s) =>
      worstBurstLoss(
        probes.filter((p) => p.stretch === s).map((p) => !answeredInTime(p, lateMs)),
        size,
      ),
    ),
  )
}

function underLoad(probes: readonly Probe[], lateMs: number): UdpUnderLoad | undefined {
  const loaded = probes.filter((p) => p.tag === 'load')
  if (loaded.length === 0) return undefined
  const received = loaded.filter((p) => answeredInTime(p, lateMs)).length
  return { sent: loaded.length, received, lossPct: ((loaded.length - received) / loaded.length) * 100 }
}

/**
 * Loss, burst loss, round trip and RFC 3550 jitter from the quiet probes (the judged figures),
 * and loss under load apart. A probe with no reply within `lateMs` is lost.
 */
export function summarizeProbes(probes: readonly Probe[], lateMs: number, family: IpVersion): UdpFigures {
  const quiet = probes.filter((p) => p.tag === 'quiet')
  const load = underLoad(probes, lateMs)
  const extra = load ? { underLoad: load } : {}
  const sent = quiet.length
  if (sent === 0) {
    const anyAnswer = probes.some((p) => answeredInTime(p, lateMs))
    return {
      ...untested('no time was left to send probes on a quiet line'),
      ...(anyAnswer ? { family } : {}),
      ...extra,
    }
  }
  const answered = quiet.filter((p) => answeredInTime(p, lateMs))
  const received = answered.length
  if (received === 0 && !probes.some((p) => answeredInTime(p, lateMs))) {
    return {
      status: 'blocked',
      sent,
      received,
      lossPct: 100,
      lossUpperPct: 100,
      burstLossPct: 100,
      family,
      ...extra,
    }
  }
  const lost = sent - received
  return {
    status: 'ok',
    sent,
    received,
    lossPct: (lost / sent) * 100,
    lossUpperPct: lossUpperBound(lost, sent) * 100,
    burstLossPct: worstBurst(quiet, lateMs, 10) * 100,
    ...(received
      ? {
          rttMedianMs: median(answered.map((p) => p.receivedMs - p.sentMs)),
          jitterMs: rfc3550Jitter(answered),
        }
      : {}),
    family,
    ...extra,
  }
}

/** The reason a STUN name could not be used, kept apart from "UDP is blocked". */
export function unresolved(host: string, code: string): UdpFigures {
  return untested(`could not find ${host}: ${code}`, code === 'ETIMEOUT' ? 'dns-timeout' : 'dns')
}

export interface StunTrainOptions {
  host: string
  port: number
  /** Probes per second; 50 is the packet rate of an audio stream (one every 20 ms). */
  rate: number
  /** Stop sending at this monotonic time. */
  sendUntil: number
  /** A probe with no answer after this long is lost. */
  replyTimeoutMs: number
  signal: AbortSignal
  now: () => number
  lookup?: LookupFunction
  onBytes?(bytes: number): void
}

/** A single train on a quiet line: resolve, send until `sendUntil`, wait for the last replies. */
export async function runStunTrain(options: StunTrainOptions): Promise<UdpFigures> {
  const { now, signal } = options
  let target: ResolvedAddress | undefined
  try {
    target = preferred(
      await resolveName(options.host, {
        signal,
        timeoutMs: Math.max(100, options.sendUntil - now()),
        now,
        ...defined({ lookup: options.lookup }),
      }),
    )
  } catch (error) {
    return unresolved(options.host, (error as NodeJS.ErrnoException).code ?? 'ENOTFOUND')
  }
  if (!target) return unresolved(options.host, 'ENOTFOUND')
  const prober = StunProber.open(target, options.port, now, options.onBytes)
  try {
    await prober.send('quiet', options.rate, () => options.sendUntil, signal)
    await prober.settle(now() + options.replyTimeoutMs, signal)
  } finally {
    prober.close()
  }
  if (prober.probes.length === 0) return untested('no time was left to send probes')
  const figures = summarizeProbes(prober.probes, options.replyTimeoutMs, prober.family)
  return prober.socketError && figures.status === 'blocked'
    ? { ...figures, reason: prober.socketError }
    : figures
}

/** One quiet train, every reply counted however late: the summary of a plain list of probes. */
export function summarizeTrain(
  probes: readonly { sentMs: number; receivedMs?: number }[],
  family: IpVersion,
): UdpFigures {
  const quiet = probes.map((p) => ({ ...p, tag: 'quiet' as const, stretch: 0 }))
  return summarizeProbes(quiet, Number.POSITIVE_INFINITY, family)
}
