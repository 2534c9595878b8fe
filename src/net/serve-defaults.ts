import type { ServeLimits } from './speed-server.js'
import type { StunLimits } from './stun-responder.js'

/**
 * The defaults of `serve`'s limits, in a module of their own so that `--help` can print them
 * without loading the server (src/cli/program.ts; issue 24). The limits themselves are described
 * where they act: ServeLimits in speed-server.ts, StunLimits in stun-responder.ts.
 */
export const DEFAULT_SERVE_LIMITS: ServeLimits = {
  maxConnections: 1000,
  maxConnectionsPerClient: 32,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  idleTimeoutMs: 5_000,
  stallTimeoutMs: 30_000,
  maxRequestsPerConnection: 1000,
  maxPipelined: 4,
  maxHeaderBytes: 16 * 1024,
}

/** On Ctrl-C or SIGTERM, how long `serve` lets the requests under way finish (--drain-timeout). */
export const DEFAULT_DRAIN_SECONDS = 5

export const DEFAULT_STUN_LIMITS: StunLimits = {
  perSourceRate: 200,
  perSourceBurst: 100,
  totalRate: 10_000,
  maxSources: 10_000,
  maxQueued: 5_000,
  shedAboveRate: 2_000,
}
