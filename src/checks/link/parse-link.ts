import { platforms } from './platforms.js'

/** Longest link accepted, in characters; real meeting links are a few hundred at most. */
export const MAX_LINK_LENGTH = 2000

export type LinkInputProblem = 'empty' | 'too-long' | 'control-characters' | 'not-a-url'

export type ParsedLinkInput = { ok: true; url: URL } | { ok: false; problem: LinkInputProblem }

// C0 and C1 controls and DEL: a pasted link never holds them, and they could move the cursor.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/

/**
 * Reads what the person gave as a meeting link, with the WHATWG URL parser (as a browser
 * would). Spaces around it are forgiven (copying from an email often adds them); nothing else
 * is. Any absolute URL is accepted here, even http: the analysis says what is wrong with it.
 */
export function parseLinkInput(input: string): ParsedLinkInput {
  const text = input.trim()
  if (text === '') return { ok: false, problem: 'empty' }
  if (text.length > MAX_LINK_LENGTH) return { ok: false, problem: 'too-long' }
  if (controlCharacters.test(text)) return { ok: false, problem: 'control-characters' }
  // A bare "zoom.us/j/1" is not a link a browser opens from an email; say so rather than guess.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text) || !URL.canParse(text)) return { ok: false, problem: 'not-a-url' }
  const url = new URL(text)
  // An app link may name no host (msteams:/l/meetup-join/…): the app goes to its own platform.
  const scheme = url.protocol.slice(0, -1).toLowerCase()
  const appLink = platforms.some((platform) => platform.appSchemes?.includes(scheme))
  if (!url.hostname && !appLink) return { ok: false, problem: 'not-a-url' }
  return { ok: true, url }
}
