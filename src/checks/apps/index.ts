import type { Check } from '../types.js'
import { checkInfo } from '../info.js'
import { readDoNotDisturb } from '../../platform/do-not-disturb.js'
import { listProcesses } from '../../platform/processes/index.js'
import { appCatalogue } from './catalogue.js'
import { evaluateApps, type AppsInput } from './evaluate.js'
import { findApps } from './match.js'
import { defined } from '../../defined.js'

/** "This computer": chat, remote-access and recording apps that are running, the battery, and Do Not Disturb. */
export const appsCheck: Check = {
  ...checkInfo.apps,
  async run(ctx) {
    const signal = ctx.signal
    // One process listing for the whole run, read in parallel with the battery and Focus state.
    const [listing, battery, doNotDisturb] = await Promise.all([
      listProcesses({ exec: ctx.exec, platform: ctx.platform, signal }).then(
        (snapshot): AppsInput['listing'] => ({
          ok: true,
          source: snapshot.source,
          processCount: snapshot.processes.length,
          findings: findApps(snapshot.processes, ctx.platform, appCatalogue),
        }),
        (error: unknown): AppsInput['listing'] => ({
          ok: false,
          reason: error instanceof Error ? error.message : String(error),
        }),
      ),
      ctx.system.battery(),
      readDoNotDisturb({
        exec: ctx.exec,
        platform: ctx.platform,
        signal,
        limitMs: ctx.limitMs,
        env: ctx.env,
      }),
    ])
    return evaluateApps({ platform: ctx.platform, listing, ...defined({ battery }), doNotDisturb }, ctx.msg)
  },
}
