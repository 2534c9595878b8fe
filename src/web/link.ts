/**
 * The meeting link, checked on the page: the same offline analysis as `session-checkup link
 * --offline` (unwrap an e-mail wrapper, analyse, judge with the link check's evaluate). Nothing is
 * looked up and nothing is sent: the link never leaves the page.
 */
import type { CheckOutcome } from '../checks/types.js'
import { analyseLink } from '../checks/link/analyse.js'
import { evaluateLink } from '../checks/link/evaluate.js'
import { parseLinkInput, type LinkInputProblem } from '../checks/link/parse-link.js'
import { unwrapLink } from '../checks/link/unwrap.js'
import type { Msg } from '../messages/index.js'

export type PageLinkResult = { ok: true; outcome: CheckOutcome } | { ok: false; problem: LinkInputProblem }

/** Judges a pasted link offline; a paste that is not a link says why, in the catalogue's words. */
export function checkLinkOffline(input: string, meetingHosts: readonly string[], m: Msg): PageLinkResult {
  const parsed = parseLinkInput(input)
  if (!parsed.ok) return { ok: false, problem: parsed.problem }
  // As inspectLink does: a link wrapped by an e-mail service is judged by the link inside it.
  const unwrapped = unwrapLink(parsed.url)
  const inner = unwrapped.wrapper ? parseLinkInput(unwrapped.url.href) : undefined
  const url = inner?.ok ? inner.url : parsed.url
  const wrapper = inner?.ok ? unwrapped.wrapper : undefined
  const analysis = analyseLink(url, { meetingHosts: [...meetingHosts] })
  const outcome = evaluateLink({ analysis, online: { state: 'offline' }, ...(wrapper ? { wrapper } : {}) }, m)
  return { ok: true, outcome }
}
