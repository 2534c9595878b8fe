/** What one connection measurement found. Plain data: the connection check's evaluate reads only this. */

export type IpVersion = 'IPv4' | 'IPv6'

/** Why a measurement could not be made; each kind has its own plain sentence in evaluate.ts. */
export type FailureKind =
  | 'offline'
  | 'dns'
  | 'refused'
  | 'tls'
  | 'portal'
  | 'forbidden'
  | 'rate-limited'
  | 'server-error'
  | 'stalled'
  | 'closed'
  | 'proxy'
  | 'bad-response'
  | 'not-installed'
  | 'engine-failed'

export interface Failure {
  kind: FailureKind
  /** Which step failed: connect, latency, download, upload. */
  phase: string
  /** The technical reason, for --verbose and JSON. */
  detail: string
}

export interface ConnectTimings {
  dnsMs?: number
  tcpMs?: number
  tlsMs?: number
}

export interface LatencyFigures {
  medianMs: number
  p90Ms: number
  jitterMs: number
  samples: number
}

export interface ThroughputFigures {
  mbps: number
  /** Sliding windows the figure rests on (after the slow-start grace). */
  windows: number
  /** Coefficient of variation of the windows: lower is steadier. */
  variation: number
  bytes: number
  measuredMs: number
  graceMs: number
  streams: number
  stoppedEarly: boolean
  /** The data cap ended this direction before its time was up. */
  capped: boolean
  /**
   * 'lower': the rate was still climbing when this direction ended, so the true rate is at least
   * `mbps`; `boundReason` says why it ended (the need was proven, the data cap, or the time).
   */
  bound?: 'lower'
  boundReason?: 'need-proven' | 'data-cap' | 'time'
}

export interface LoadedLatencyFigures {
  downloadMedianMs?: number
  uploadMedianMs?: number
  samples: number
  /** max(loaded) - idle median, never below 0. */
  increaseMs: number
  /** Round trips per minute under load: 60000 / median loaded RTT. */
  rpm: number
}

/** Probes sent while this check itself filled the line: reported, never judged. */
export interface UdpUnderLoad {
  sent: number
  received: number
  lossPct: number
}

/**
 * The UDP probe train. The judged figures (loss, burst, round trip, jitter) come only from probes
 * sent while the check put no other load of its own on the line (issue 11).
 */
export interface UdpFigures {
  /** ok: replies came back. blocked: none did. untested: no STUN target could be used. */
  status: 'ok' | 'blocked' | 'untested'
  /** Why it was untested: the STUN server's name was not found (dns), its lookup got no answer, or no time was left. */
  cause?: 'dns' | 'dns-timeout' | 'no-time'
  reason?: string
  sent: number
  received: number
  lossPct: number
  /** One-sided 95% upper bound of the loss rate, in percent. */
  lossUpperPct: number
  /** Worst loss in any 10 consecutive probes (200 ms at 50 per second), in percent. */
  burstLossPct: number
  rttMedianMs?: number
  /** RFC 3550 interarrival jitter. */
  jitterMs?: number
  family?: IpVersion
  underLoad?: UdpUnderLoad
  /** The STUN server said it was turning traffic away (overloaded) while it answered: loss may be its own. */
  serverShedding?: boolean
}

export interface ConnectionSnapshot {
  engine: 'builtin' | 'ookla'
  /** Where the figures were measured against (no identifying data). */
  server: string
  stun?: string
  /** The HTTP figures went through this proxy (its host only), so they describe the proxy's path. */
  proxy?: string
  ipVersions: IpVersion[]
  timings?: ConnectTimings
  idle?: LatencyFigures
  download?: ThroughputFigures
  upload?: ThroughputFigures
  loaded?: LoadedLatencyFigures
  udp?: UdpFigures
  /** Packet loss as reported by an engine without a probe train (Ookla), in percent. */
  reportedLossPct?: number
  bytesUsed: number
  /**
   * p99 of this program's own event-loop delay during the run, in ms (perf_hooks). High values
   * mean the computer was too busy to time replies well, so timing figures lose confidence.
   */
  eventLoopDelayMs?: number
  durationMs: number
  budgetMs: number
  maxBytes: number
  failure?: Failure
}
