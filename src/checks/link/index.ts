import type { Check, CheckContext, PrepareContext } from '../types.js'
import { checkInfo } from '../info.js'
import type { LinkOptions } from '../../options.js'
import { UsageError } from '../../errors.js'
import { parseLinkInput } from './parse-link.js'

import type { LinkNetwork } from './online.js'

import type { PreparedLink } from './types.js'

export type { PreparedLink }

/** How long the lookup and handshake may take together, within the check's own limit. */
export const LINK_NETWORK_MS = 8_000

/** The meeting hosts a practice's checklist lists, read once by the checklist's own prepare when it ran. */
async function meetingHostsFor(ctx: PrepareContext<LinkOptions>): Promise<string[]> {
  if (!ctx.options.checklist) return []
  const earlier = ctx.earlier?.get('checklist') as { checklist?: { meetingHosts?: string[] } } | undefined
  if (earlier) return earlier.checklist?.meetingHosts ?? []
  // `session-checkup link <url> --checklist …` runs no checklist check: read the file here.
  const { loadChecklist } = await import('../checklist/prepare.js')
  return (await loadChecklist(ctx.options.checklist, ctx)).meetingHosts ?? []
}

async function runLink(
  ctx: CheckContext<LinkOptions>,
  prepared: PreparedLink,
  network: LinkNetwork | undefined,
) {
  // The analysis, its tables and node:tls load only when a link is checked: a plain run starts as fast as before.
  const { inspectLink } = await import('./inspect.js')
  return inspectLink(prepared, {
    offline: ctx.options.offline,
    includeIdentifiers: ctx.options.includeIdentifiers,
    network: network ?? (await import('./online.js')).systemNetwork,
    fetch: ctx.fetch,
    signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(LINK_NETWORK_MS)]),
    progress: (message) => ctx.progress(message),
    msg: ctx.msg,
  })
}

/** The meeting-link check, with the network it uses (tests pass a resolver and a test CA; the default is the system's). */
export function createLinkCheck(network?: LinkNetwork): Check<PreparedLink, LinkOptions> {
  return {
    ...checkInfo.link,
    async prepare(ctx) {
      // Only selected with --link (src/cli/options.ts), so the link is always there.
      const parsed = parseLinkInput(ctx.options.link ?? '')
      if (!parsed.ok) throw new UsageError(ctx.msg(`link.input.${parsed.problem}`))
      return { url: parsed.url, meetingHosts: await meetingHostsFor(ctx) }
    },
    run: (ctx, prepared) => runLink(ctx, prepared, network),
  }
}

export const linkCheck = createLinkCheck()
