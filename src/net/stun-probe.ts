import { createSocket } from 'node:dgram'
import { randomBytes } from 'node:crypto'
import type { LookupFunction } from 'node:net'
import { lookup as dnsLookup } from 'node:dns'
import { encodeBindingRequest, parseStunHeader, STUN_BINDING_SUCCESS } from './stun.js'
import { lossUpperBound, median, rfc3550Jitter, worstBurstLoss } from './stats.js'
import type { IpVersion, UdpFigures } from './types.js'

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
  /** Called once per probe sent (20 bytes out, about 32 back), for the data count. */
  onBytes?(bytes: number): void
}

interface Probe {
  sentMs: number
  receivedMs?: number
}

function resolveHost(host: string, lookup: LookupFunction): Promise<{ address: string; family: IpVersion }> {
  return new Promise((resolve, reject) => {
    lookup(host, {}, (error, address, family) => {
      if (error) return reject(error)
      resolve({ address: String(address), family: family === 6 ? 'IPv6' : 'IPv4' })
    })
  })
}

function untested(reason: string): UdpFigures {
  return { status: 'untested', reason, sent: 0, received: 0, lossPct: 0, lossUpperPct: 100, burstLossPct: 0 }
}

/** Loss, burst loss, round trip and RFC 3550 jitter from the probes of one train. */
export function summarizeTrain(probes: readonly Probe[], family: IpVersion): UdpFigures {
  const sent = probes.length
  const answered = probes.filter((p): p is Required<Probe> => p.receivedMs !== undefined)
  const received = answered.length
  if (sent > 0 && received === 0) {
    return { status: 'blocked', sent, received, lossPct: 100, lossUpperPct: 100, burstLossPct: 100, family }
  }
  const lost = sent - received
  return {
    status: 'ok',
    sent,
    received,
    lossPct: sent ? (lost / sent) * 100 : 0,
    lossUpperPct: lossUpperBound(lost, sent) * 100,
    burstLossPct: worstBurstLoss(probes.map((p) => p.receivedMs === undefined), 10) * 100,
    rttMedianMs: median(answered.map((p) => p.receivedMs - p.sentMs)),
    jitterMs: rfc3550Jitter(answered),
    family,
  }
}

/**
 * A train of STUN binding requests at a steady rate, matched to replies by transaction id.
 * Replies that come later than replyTimeoutMs count as lost, as a late audio packet would be.
 */
export async function runStunTrain(options: StunTrainOptions): Promise<UdpFigures> {
  const { now, signal } = options
  let target: { address: string; family: IpVersion }
  try {
    target = await resolveHost(options.host, options.lookup ?? (dnsLookup as unknown as LookupFunction))
  } catch (error) {
    return untested(`could not find ${options.host}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`)
  }
  const socket = createSocket(target.family === 'IPv6' ? 'udp6' : 'udp4')
  const prefix = randomBytes(8)
  const probes: Probe[] = []
  let socketError: string | undefined
  socket.on('error', (error: NodeJS.ErrnoException) => (socketError ??= error.code ?? error.message))
  socket.on('message', (packet) => {
    const header = parseStunHeader(packet)
    if (!header || header.type !== STUN_BINDING_SUCCESS || !header.transactionId.subarray(0, 8).equals(prefix)) return
    const probe = probes[header.transactionId.readUInt32BE(8)]
    const at = now()
    if (probe && probe.receivedMs === undefined && at - probe.sentMs <= options.replyTimeoutMs) probe.receivedMs = at
  })
  const interval = 1000 / options.rate
  const started = now()
  try {
    while (!signal.aborted && now() < options.sendUntil) {
      const id = Buffer.alloc(12)
      prefix.copy(id, 0)
      id.writeUInt32BE(probes.length, 8)
      probes.push({ sentMs: now() })
      socket.send(encodeBindingRequest(id), options.port, target.address)
      options.onBytes?.(20 + 32)
      const next = started + probes.length * interval
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - now())))
    }
    const waitUntil = now() + options.replyTimeoutMs
    while (!signal.aborted && now() < waitUntil && probes.some((p) => p.receivedMs === undefined)) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  } finally {
    socket.close()
  }
  if (probes.length === 0) return untested('no time was left to send probes')
  const figures = summarizeTrain(probes, target.family)
  return socketError && figures.status === 'blocked' ? { ...figures, reason: socketError } : figures
}
