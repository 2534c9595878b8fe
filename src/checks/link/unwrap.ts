import { isUnder } from './hosts.js'

/**
 * E-mail services rewrite the links in a message so that a click goes through their own checking
 * page first. A meeting link copied from such a message is the wrapper, not the meeting: the link
 * inside it is the one to judge, and the wrapper's own address is never contacted.
 *
 * Formats, from the services' own documentation:
 * - Outlook / Microsoft Defender Safe Links: https://<region>.safelinks.protection.outlook.com/?url=<encoded link>&data=…
 *   (learn.microsoft.com/en-us/defender-office-365/safe-links-about); US government clouds use
 *   safelinks.protection.office365.us.
 * - Gmail: https://www.google.com/url?q=<link>&sa=D&… (Google's redirect for links in mail and Docs).
 * - Proofpoint URL Defense v2: https://urldefense.proofpoint.com/v2/url?u=<link with "-" for "%" and "_" for "/">&d=…
 *   and v3: https://urldefense.com/v3/__<link>__;<token>!!… ; a v3 link whose characters were
 *   replaced by "*" (they are kept in the token) is not unwrapped (help.proofpoint.com, "How do I decode a rewritten URL").
 */
export type WrapperId = 'outlook-safe-links' | 'gmail' | 'proofpoint'

/** The name people see for each wrapper, in every language. */
export const wrapperNames: Record<WrapperId, string> = {
  'outlook-safe-links': 'Outlook Safe Links',
  gmail: 'Gmail',
  proofpoint: 'Proofpoint URL Defense',
}

/** Wrappers inside wrappers are unwrapped this many times at most. */
const MAX_LAYERS = 3

/**
 * The link a wrapper holds, whatever its scheme: an http:// link, a port or a user name inside a
 * wrapper is judged by the same rules as one given bare.
 */
function webLink(text: string | null | undefined): URL | undefined {
  if (!text || !URL.canParse(text)) return undefined
  const url = new URL(text)
  return url.hostname ? url : undefined
}

function decodeProofpointV2(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded.replace(/_/g, '/').replace(/-([0-9A-Fa-f]{2})/g, '%$1'))
  } catch {
    return undefined
  }
}

/** The link one wrapper holds, or undefined when `url` is not a wrapper this tool knows. */
function innerLink(url: URL): { id: WrapperId; inner: URL | undefined; other?: URL } | undefined {
  const host = url.hostname.toLowerCase()
  if (
    isUnder(host, 'safelinks.protection.outlook.com') ||
    isUnder(host, 'safelinks.protection.office365.us')
  ) {
    return { id: 'outlook-safe-links', inner: webLink(url.searchParams.get('url')) }
  }
  if ((host === 'www.google.com' || host === 'google.com') && url.pathname === '/url') {
    const q = webLink(url.searchParams.get('q'))
    const named = webLink(url.searchParams.get('url'))
    // Google's redirect takes either; a link that names two different places is not one Gmail made.
    if (q && named && q.href !== named.href) return { id: 'gmail', inner: q, other: named }
    return { id: 'gmail', inner: q ?? named }
  }
  if (host === 'urldefense.proofpoint.com' && url.pathname === '/v2/url') {
    return { id: 'proofpoint', inner: webLink(decodeProofpointV2(url.searchParams.get('u') ?? '')) }
  }
  if (host === 'urldefense.com' && url.pathname.startsWith('/v3/__')) {
    const match = /^\/v3\/__(.+?)__;/.exec(url.pathname + url.search)
    const inner = match?.[1]
    return { id: 'proofpoint', inner: inner && !inner.includes('*') ? webLink(inner) : undefined }
  }
  return undefined
}

export interface Unwrapped {
  /** The link inside every wrapper (or the link itself when it came bare). */
  url: URL
  /** The outermost wrapper. */
  wrapper?: WrapperId
  /** A second, different link the same wrapper names (Gmail's q= and url= disagreeing). */
  conflict?: URL
}

/**
 * The meeting link inside any e-mail wrappers, and the outermost wrapper's id. A wrapper whose
 * inner link cannot be read is left as it is (the check then says it does not know the address).
 */
export function unwrapLink(url: URL): Unwrapped {
  let current = url
  let wrapper: WrapperId | undefined
  let conflict: URL | undefined
  for (let layer = 0; layer < MAX_LAYERS; layer += 1) {
    const found = innerLink(current)
    if (!found?.inner) break
    wrapper ??= found.id
    conflict ??= found.other
    current = found.inner
  }
  if (!wrapper) return { url: current }
  return conflict ? { url: current, wrapper, conflict } : { url: current, wrapper }
}
