import type { Check } from '../types.js'
import { readProtection } from '../../platform/protection/index.js'
import { protectionReadBudget } from './thresholds.js'
import { checkInfo } from '../info.js'
import { evaluateProtection } from './evaluate.js'
import { defined } from '../../defined.js'

/**
 * How this computer protects therapy if it is lost or a virus gets in: disk encryption, the
 * screen lock, security updates for the system version, malware protection and the firewall.
 * Reads settings only, never changes one, and needs no administrator rights. Every kind of
 * session needs it: a chat history is as private as a call.
 */
export const protectionCheck: Check = {
  ...checkInfo.protection,
  async run(ctx) {
    const snapshot = await readProtection(ctx.platform, {
      exec: ctx.exec,
      now: ctx.now,
      deadline: ctx.now() + protectionReadBudget(ctx.limitMs),
      signal: ctx.signal,
      env: ctx.env,
      ...defined({
        roots: ctx.fsRoot
          ? {
              sys: `${ctx.fsRoot}/sys`,
              proc: `${ctx.fsRoot}/proc`,
              etc: `${ctx.fsRoot}/etc`,
              usr: `${ctx.fsRoot}/usr`,
            }
          : undefined,
      }),
    })
    // The wall clock only here, at the edge: evaluate takes the day as a value.
    const today = ctx.date?.() ?? new Date()
    return evaluateProtection(snapshot, ctx.platform, today, ctx.msg)
  },
}
