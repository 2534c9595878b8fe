import { clientKey, encodeBindingSuccess, parseBindingRequest, unmapAddress } from './stun.js'

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
}

export const DEFAULT_STUN_LIMITS: StunLimits = {
  perSourceRate: 200,
  perSourceBurst: 100,
  totalRate: 10_000,
  maxSources: 10_000,
  maxQueued: 5_000,
}

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
  }
  const waiting = new Set<() => void>()
  let owed = 0

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
      const request = parseBindingRequest(packet)
      if (!request) return void counters.malformed++
      if (!Number.isInteger(peer.port) || peer.port < 1024 || peer.port > 65535)
        return void counters.badPort++
      const source = unmapAddress(peer.address, peer.family)
      if (!limiter.allow(clientKey(source.address, source.family))) return void counters.rateLimited++
      // Even spreading makes the drop rate exact over any 1/share probes, so tests have a known truth.
      owed += dropShare
      if (owed >= 1 - 1e-9) {
        owed -= 1
        return void counters.impaired++
      }
      let reply: Buffer
      try {
        reply = encodeBindingSuccess(request.transactionId, source.address, peer.port, source.family)
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
