import { clientKey, encodeBindingSuccess, parseBindingRequest, unmapAddress } from './stun.js'
import { DEFAULT_STUN_LIMITS } from './serve-defaults.js'

/**
 * The STUN side of `serve`: answers Binding Requests so a client can measure packet loss, and is
 * of no use to anyone who would reflect traffic at a third party through it. It answers only
 * well-formed Binding Requests from an ordinary source port, at most so many a second to one
 * address and to everyone together, and holds a bounded number of delayed replies.
 */
export interface StunLimits {
  /** Answers a second to one source address (an IPv6 /64), long-run. The client's own train is 50 a second. */
  perSourceRate: number
  /** Answers one source may get at once before the rate applies. */
  perSourceBurst: number
  /** Answers a second to all sources together. */
  totalRate: number
  /** Source addresses remembered at once for the per-source limit. */
  maxSources: number
  /** Delayed replies (with --delay) waiting at once; more are dropped. */
  maxQueued: number
  /**
   * Arrivals a second (all sources together) above which the responder sheds load: what one busy
   * process can read and answer with time to spare. Past it, sources sending more than half their
   * per-source rate are turned away before their datagrams are read.
   */
  shedAboveRate: number
}

// The defaults live where --help can read them without loading this responder.
export { DEFAULT_STUN_LIMITS }

export interface StunPeer {
  address: string
  port: number
  family: string
}

export interface StunCounters {
  received: number
  answered: number
  /** Not a well-formed Binding Request. */
  malformed: number
  /** From port 0 or a privileged port (below 1024), which no real client sends from. */
  badPort: number
  /** Over the per-source or total rate. */
  rateLimited: number
  /** The delay queue was full. */
  queueFull: number
  /** Left unanswered on purpose by --udp-drop. */
  impaired: number
  /**
   * Turned away before being read at all, while the server was shedding load: from a source
   * sending at more than half its per-source rate, while everyone together sent more than the
   * total rate (or the process had no time to spare).
   */
  shed: number
  /**
   * The UDP socket's receive buffer as the system reports it, in bytes (0 until it is open): what
   * the kernel can hold while the process waits for a CPU. Linux caps it at net.core.rmem_max.
   */
  receiveBuffer: number
}

export interface StunResponderOptions {
  limits?: Partial<StunLimits>
  /** Delay for the next reply in ms (0: at once). */
  delayFor?: () => number
  /** Share of accepted requests left unanswered (0 to 1), spread evenly. */
  dropShare?: number
  now?: () => number
  send(reply: Buffer, port: number, address: string): void
  /** Runs `task` after `ms`; returns a cancel function. Injected by tests. */
  schedule?: (task: () => void, ms: number) => () => void
  /** True while the process has no time to spare (its event loop is saturated); sheds load as a flood does. */
  overloaded?: () => boolean
}

export interface StunResponder {
  handle(packet: Buffer, peer: StunPeer): void
  readonly counters: StunCounters
  /** Delayed replies waiting now. */
  queued(): number
  /** Cancels the replies still waiting. */
  close(): void
}

interface Bucket {
  tokens: number
  last: number
}

/**
 * Token buckets per source address plus one for everyone. A bucket that has refilled is the same
 * as none, so full ones are forgotten when the table is full; if it is still full, new sources
 * wait until the next clean-up (at most once a second), which keeps the table and the work bounded.
 */
export class SourceLimiter {
  private readonly sources = new Map<string, Bucket>()
  private readonly total: Bucket
  private nextPrune = -Infinity

  constructor(
    private readonly limits: StunLimits,
    private readonly now: () => number,
  ) {
    this.total = { tokens: Math.max(limits.totalRate, 1), last: now() }
  }

  private refill(bucket: Bucket, rate: number, burst: number, at: number): void {
    bucket.tokens = Math.min(burst, bucket.tokens + (Math.max(0, at - bucket.last) * rate) / 1000)
    bucket.last = at
  }

  allow(source: string): boolean {
    const at = this.now()
    const { perSourceRate, perSourceBurst, totalRate, maxSources } = this.limits
    let bucket = this.sources.get(source)
    if (bucket) this.refill(bucket, perSourceRate, perSourceBurst, at)
    else {
      if (this.sources.size >= maxSources && !this.prune(at)) return false
      bucket = { tokens: perSourceBurst, last: at }
      this.sources.set(source, bucket)
    }
    if (bucket.tokens < 1) return false
    this.refill(this.total, totalRate, Math.max(totalRate, 1), at)
    if (this.total.tokens < 1) return false
    bucket.tokens -= 1
    this.total.tokens -= 1
    return true
  }

  /** Forgets sources whose bucket is full again; true if there is room now. */
  private prune(at: number): boolean {
    if (at < this.nextPrune) return false
    this.nextPrune = at + 1000
    for (const [source, bucket] of this.sources) {
      this.refill(bucket, this.limits.perSourceRate, this.limits.perSourceBurst, at)
      if (bucket.tokens >= this.limits.perSourceBurst) this.sources.delete(source)
    }
    return this.sources.size < this.limits.maxSources
  }

  size(): number {
    return this.sources.size
  }

  /**
   * Under pressure: true (shed it) for a source sending more than half its per-source rate, which
   * a client's own train (a quarter of it) never does. While the pressure lasts its bucket refills
   * at half the rate, and a shed datagram still costs it a token, so a source that keeps sending
   * faster than that stays shed (however little over the per-source rate it is, or however many
   * of its datagrams the kernel already dropped), and everyone else keeps their answers.
   */
  shedUnderPressure(source: string): boolean {
    const bucket = this.sources.get(source)
    if (!bucket) return false
    const { perSourceRate, perSourceBurst } = this.limits
    this.refill(bucket, perSourceRate / 2, perSourceBurst, this.now())
    if (bucket.tokens >= 1) return false
    bucket.tokens = Math.max(0, bucket.tokens - 1)
    return true
  }
}

/** The window over which the total arrival rate is counted to tell a flood. */
const PRESSURE_WINDOW_MS = 100
/** Once a flood is seen, shedding goes on this long after the last sign of it: a flood comes in waves. */
const PRESSURE_HOLD_MS = 1000
/** Answers carry SERVER_SHEDDING for this long after the last datagram shed. */
const SHEDDING_SHOWN_MS = 2000

/**
 * Counts arrivals per window: under pressure while this window or the last saw more than the total
 * rate allows (more arrive than the server would answer).
 */
class ArrivalRate {
  private start = -Infinity
  private count = 0
  private previous = 0

  constructor(
    private readonly perWindow: number,
    private readonly now: () => number,
  ) {}

  /** Notes one arrival; true if arrivals are over the rate. */
  arrive(): boolean {
    const at = this.now()
    if (at - this.start >= PRESSURE_WINDOW_MS) {
      this.previous = at - this.start < 2 * PRESSURE_WINDOW_MS ? this.count : 0
      this.start = at
      this.count = 0
    }
    this.count++
    return Math.max(this.count, this.previous) > this.perWindow
  }
}

const defaultSchedule = (task: () => void, ms: number): (() => void) => {
  const timer = setTimeout(task, ms)
  return () => clearTimeout(timer)
}

export function createStunResponder(options: StunResponderOptions): StunResponder {
  const limits = { ...DEFAULT_STUN_LIMITS, ...options.limits }
  const now = options.now ?? (() => performance.now())
  const limiter = new SourceLimiter(limits, now)
  const schedule = options.schedule ?? defaultSchedule
  const dropShare = Math.min(Math.max(options.dropShare ?? 0, 0), 1)
  const counters: StunCounters = {
    received: 0,
    answered: 0,
    malformed: 0,
    badPort: 0,
    rateLimited: 0,
    queueFull: 0,
    impaired: 0,
    shed: 0,
    receiveBuffer: 0,
  }
  const waiting = new Set<() => void>()
  let owed = 0
  const arrivals = new ArrivalRate((limits.shedAboveRate * PRESSURE_WINDOW_MS) / 1000, now)
  let lastShed = -Infinity
  let pressureUntil = -Infinity
  /** Under pressure: more arrive than the server answers in all, or the process has no time to spare. */
  const underPressure = (): boolean => {
    const at = now()
    if (arrivals.arrive() || (options.overloaded?.() ?? false)) pressureUntil = at + PRESSURE_HOLD_MS
    return at < pressureUntil
  }

  const send = (reply: Buffer, port: number, address: string): void => {
    try {
      options.send(reply, port, address)
      counters.answered++
    } catch {
      // A send that fails (an address the system will not route) is one unanswered probe.
    }
  }

  return {
    counters,
    queued: () => waiting.size,
    close() {
      for (const cancel of waiting) cancel()
      waiting.clear()
    },
    handle(packet, peer) {
      counters.received++
      const source = unmapAddress(peer.address, peer.family)
      const key = clientKey(source.address, source.family)
      // Shedding comes first, before the datagram is even read: a flood must cost as little as can be.
      if (underPressure() && limiter.shedUnderPressure(key)) {
        lastShed = now()
        return void counters.shed++
      }
      const request = parseBindingRequest(packet)
      if (!request) return void counters.malformed++
      if (!Number.isInteger(peer.port) || peer.port < 1024 || peer.port > 65535)
        return void counters.badPort++
      if (!limiter.allow(key)) return void counters.rateLimited++
      // Even spreading makes the drop rate exact over any 1/share probes, so tests have a known truth.
      owed += dropShare
      if (owed >= 1 - 1e-9) {
        owed -= 1
        return void counters.impaired++
      }
      let reply: Buffer
      try {
        const shedding = now() - lastShed < SHEDDING_SHOWN_MS
        reply = encodeBindingSuccess(
          request.transactionId,
          source.address,
          peer.port,
          source.family,
          shedding ? counters.shed : undefined,
        )
      } catch {
        return void counters.malformed++
      }
      const delay = options.delayFor?.() ?? 0
      if (delay <= 0) return send(reply, peer.port, peer.address)
      if (waiting.size >= limits.maxQueued) return void counters.queueFull++
      const cancel = schedule(() => {
        waiting.delete(cancel)
        send(reply, peer.port, peer.address)
      }, delay)
      waiting.add(cancel)
    },
  }
}
