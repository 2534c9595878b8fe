import type { Check, CheckContext, Prepared } from '../types.js'
import { checkInfo } from '../info.js'
import { UsageError } from '../../errors.js'
import type { ConnectionOptions } from '../../options.js'
import { DEFAULT_MAX_BYTES, parseServerUrl, parseStunTarget } from '../../net/endpoints.js'
import { measureConnection } from '../../net/engine.js'
import { loadOokla, measureWithOokla, type Importer, type OoklaModule } from '../../net/ookla.js'
import { toolVersion } from '../../version.js'
import { evaluateConnection, offlineOutcome } from './evaluate.js'
import { needFor } from './thresholds.js'
import { TOOL_NAME } from '../../tool.js'

import { defined } from '../../defined.js'
/** Below this the check cannot measure both directions and still probe latency. */
const MIN_MAX_DATA = 1e6

/** Wall-time budget: 10 s, 3 s with --quick, and never more than --timeout allows. */
export function budgetFor(options: Pick<ConnectionOptions, 'quick' | 'timeoutMs'>): number {
  return Math.max(1000, Math.min(options.quick ? 3000 : 10_000, options.timeoutMs - 500))
}

/** What prepare hands to run: the endpoints, parsed once, and speedtest-net if it was asked for. */
export interface PreparedConnection extends Prepared {
  server?: URL
  stun?: ReturnType<typeof parseStunTarget>
  ookla?: OoklaModule
}

/** Builds the check; tests pass a fake importer for speedtest-net. */
export function createConnectionCheck(importOokla?: Importer): Check<PreparedConnection, ConnectionOptions> {
  return {
    ...checkInfo.connection,
    async prepare(ctx) {
      const m = ctx.msg
      const server = parseServerUrl(ctx.options.server)
      const stun = parseStunTarget(ctx.options.stun)
      if (ctx.options.maxDataBytes !== undefined && ctx.options.maxDataBytes < MIN_MAX_DATA) {
        throw new UsageError(m('connection.error.maxData'))
      }
      if (ctx.options.engine !== 'ookla' || ctx.options.offline) return { server, stun }
      const ookla = await loadOokla(importOokla)
      if (!ookla) throw new UsageError(m('connection.error.ooklaMissing'))
      if (!ctx.options.acceptOoklaLicense && !ctx.options.interactive) {
        throw new UsageError(m('connection.error.ooklaLicence'))
      }
      return { server, stun, ookla }
    },
    async run(ctx, data = {}) {
      const m = ctx.msg
      if (ctx.options.offline) return offlineOutcome(m)
      if (ctx.options.engine === 'ookla') return runOokla(ctx, data.ookla)
      const snapshot = await measureConnection({
        server: data.server ?? parseServerUrl(ctx.options.server),
        ...defined({ stun: data.stun }),
        budgetMs: budgetFor(ctx.options),
        maxBytes: ctx.options.maxDataBytes ?? DEFAULT_MAX_BYTES,
        quick: ctx.options.quick,
        needMbps: needFor(ctx.options.session),
        env: ctx.env,
        signal: ctx.signal,
        now: ctx.now,
        userAgent: `${TOOL_NAME}/${toolVersion()}`,
        onProgress: (phase) => ctx.progress(m(`connection.progress.${phase}`)),
      })
      return evaluateConnection(snapshot, ctx.options.session, m)
    },
  }
}

async function runOokla(ctx: CheckContext<ConnectionOptions>, ookla: OoklaModule | undefined) {
  const m = ctx.msg
  if (!ookla) throw new UsageError(m('connection.error.ooklaMissing'))
  if (!ctx.options.acceptOoklaLicense) {
    const accepted = await ctx.prompter?.confirm({ message: m('connection.prompt.ookla') })
    if (!accepted) {
      return { status: 'skip' as const, summary: m('connection.summary.ooklaDeclined'), advice: [] }
    }
  }
  ctx.progress(m('connection.progress.ookla'))
  return evaluateConnection(await measureWithOokla(ookla, ctx.signal, ctx.now), ctx.options.session, m)
}

export const connectionCheck = createConnectionCheck()
