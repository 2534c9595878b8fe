import type { CheckOutcome } from '../types.js'
import type { Msg } from '../../messages/index.js'
import { analyseLink, type LinkAnalysis } from './analyse.js'
import { evaluateLink, type LinkFacts } from './evaluate.js'
import type { PreparedLink } from './types.js'
import { parseLinkInput } from './parse-link.js'
import { probeHost, readRedirect, type LinkNetwork, type OnlineFacts } from './online.js'
import { defined } from '../../defined.js'

export interface InspectOptions {
  offline: boolean
  includeIdentifiers: boolean
  network: LinkNetwork
  fetch: typeof globalThis.fetch
  signal: AbortSignal
  progress(message: string): void
  /** The sentences in the person's language. */
  msg: Msg
}

function defaultPort(url: URL): number {
  return url.port ? Number(url.port) : 443
}

/** The network part for one link, or why it did not run. A link that already failed is never contacted. */
async function onlineFacts(analysis: LinkAnalysis, options: InspectOptions): Promise<OnlineFacts> {
  if (options.offline) return { state: 'offline' }
  const url = analysis.url
  // An app link's host is checked like a web link's: the app connects to it over TLS.
  const secure = url.protocol === 'https:' || analysis.appLink !== undefined
  if (!secure || analysis.findings.some((finding) => finding.severity === 'fail')) return { state: 'skipped' }
  options.progress(options.msg('link.progress.checking', { host: analysis.host }))
  return probeHost(analysis.host, analysis.appLink ? 443 : defaultPort(url), options.network, options.signal)
}

/** A shortened link, resolved with one HEAD request when the network may be used. */
async function followShortener(
  url: URL,
  prepared: PreparedLink,
  options: InspectOptions,
): Promise<{ redirect?: LinkFacts['redirect'] & { url: URL }; online?: OnlineFacts }> {
  if (options.offline) return {}
  const answer = await readRedirect(url, options.fetch, options.signal)
  if (answer && 'privateHost' in answer)
    return { online: { state: 'private-address', host: answer.privateHost } }
  const location = answer?.location
  if (!location || !URL.canParse(location, url.href)) return {}
  const parsed = parseLinkInput(new URL(location, url).href)
  if (!parsed.ok) return {}
  const analysis = analyseLink(parsed.url, { meetingHosts: prepared.meetingHosts })
  return { redirect: { url: analysis.url, analysis, online: await onlineFacts(analysis, options) } }
}

/** Offline analysis always; online facts unless --offline; then the verdict. */
export async function inspectLink(prepared: PreparedLink, options: InspectOptions): Promise<CheckOutcome> {
  // A link copied from a message may be the e-mail service's wrapper: the analysis judges, and
  // the network part contacts, only the link inside it.
  const analysis = analyseLink(prepared.url, { meetingHosts: prepared.meetingHosts })
  const failed = analysis.findings.some((finding) => finding.severity === 'fail')
  const followed = analysis.shortener && !failed ? await followShortener(analysis.url, prepared, options) : {}
  const redirect = followed.redirect
  const online =
    followed.online ?? (redirect ? { state: 'skipped' as const } : await onlineFacts(analysis, options))
  const outcome = evaluateLink(
    {
      analysis,
      online,
      ...(redirect ? { redirect: { analysis: redirect.analysis, online: redirect.online } } : {}),
      ...defined({ wrapper: analysis.wrapper }),
    },
    options.msg,
  )
  // The link is a key to the session: it leaves this computer in a report only when asked for.
  if (!options.includeIdentifiers) return outcome
  const target = redirect?.url ?? (analysis.wrapper ? analysis.url : undefined)
  return {
    ...outcome,
    identifiers: { meetingLink: prepared.url.href, ...(target ? { meetingLinkTarget: target.href } : {}) },
  }
}
