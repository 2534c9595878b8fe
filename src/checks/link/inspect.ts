import type { CheckOutcome } from '../types.js'
import { type Msg } from '../../messages/index.js'
import { analyseLink, type LinkAnalysis } from './analyse.js'
import { evaluateLink, type LinkFacts } from './evaluate.js'
import type { PreparedLink } from './types.js'
import { parseLinkInput } from './parse-link.js'
import { unwrapLink } from './unwrap.js'
import { probeHost, readRedirect, type LinkNetwork, type OnlineFacts } from './online.js'
import { defined } from '../../defined.js'

export interface InspectOptions {
  offline: boolean
  includeIdentifiers: boolean
  network: LinkNetwork
  fetch: typeof globalThis.fetch
  signal: AbortSignal
  progress(message: string): void
  /** The sentences in the person's language; English when not given. */
  msg: Msg
}

function defaultPort(url: URL): number {
  return url.port ? Number(url.port) : 443
}

/** The network part for one link, or why it did not run. A link that already failed is never contacted. */
async function onlineFacts(url: URL, analysis: LinkAnalysis, options: InspectOptions): Promise<OnlineFacts> {
  if (options.offline) return { state: 'offline' }
  if (url.protocol !== 'https:' || analysis.findings.some((finding) => finding.severity === 'fail'))
    return { state: 'skipped' }
  options.progress(options.msg('link.progress.checking', { host: analysis.host }))
  return probeHost(analysis.host, defaultPort(url), options.network, options.signal)
}

/** A shortened link, resolved with one HEAD request when the network may be used. */
async function followShortener(
  url: URL,
  prepared: PreparedLink,
  options: InspectOptions,
): Promise<(LinkFacts['redirect'] & { url: URL }) | undefined> {
  if (options.offline) return undefined
  const location = await readRedirect(url, options.fetch, options.signal)
  if (!location || !URL.canParse(location, url.href)) return undefined
  const parsed = parseLinkInput(new URL(location, url).href)
  if (!parsed.ok) return undefined
  const analysis = analyseLink(parsed.url, { meetingHosts: prepared.meetingHosts })
  return { url: parsed.url, analysis, online: await onlineFacts(parsed.url, analysis, options) }
}

/** Offline analysis always; online facts unless --offline; then the verdict. */
export async function inspectLink(prepared: PreparedLink, options: InspectOptions): Promise<CheckOutcome> {
  // A link copied from a message may be the e-mail service's wrapper: judge, and contact, only the link inside it.
  const unwrapped = unwrapLink(prepared.url)
  const inner = unwrapped.wrapper ? parseLinkInput(unwrapped.url.href) : undefined
  const url = inner?.ok ? inner.url : prepared.url
  const wrapper = inner?.ok ? unwrapped.wrapper : undefined
  const analysis = analyseLink(url, { meetingHosts: prepared.meetingHosts })
  const failed = analysis.findings.some((finding) => finding.severity === 'fail')
  const redirect = analysis.shortener && !failed ? await followShortener(url, prepared, options) : undefined
  const online = redirect ? { state: 'skipped' as const } : await onlineFacts(url, analysis, options)
  const outcome = evaluateLink(
    {
      analysis,
      online,
      ...(redirect ? { redirect: { analysis: redirect.analysis, online: redirect.online } } : {}),
      ...defined({ wrapper }),
    },
    options.msg,
  )
  // The link is a key to the session: it leaves this computer in a report only when asked for.
  if (!options.includeIdentifiers) return outcome
  const target = redirect?.url ?? (wrapper ? url : undefined)
  return {
    ...outcome,
    identifiers: { meetingLink: prepared.url.href, ...(target ? { meetingLinkTarget: target.href } : {}) },
  }
}
