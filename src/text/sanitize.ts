/**
 * The one sanitizer for text that came from outside the tool: network names, process names,
 * server messages, checklist text. It removes ANSI and OSC escape sequences, other control
 * characters, and bidirectional overrides (which can make text read backwards), folds line
 * breaks into spaces, and caps the length, so nothing from outside can move the cursor, clear
 * the screen, set the window title, plant a link or spoof a line in the report.
 */

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte ESC sequences, and the
// 8-bit C1 forms of CSI (U+009B) and OSC (U+009D).
// eslint-disable-next-line no-control-regex
const escapeSequences = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g
 
const lineBreaks = /[\r\n\u2028\u2029\u0085\t\v\f]+/g
// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, zero-width joiners' abusers.
// eslint-disable-next-line no-control-regex
const invisibles = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g

// Unicode format characters (category Cf: zero-width, soft hyphen, tags, bidi marks) and the
// characters that draw nothing yet are not spaces (Braille blank, Hangul fillers, U+034F, U+180E),
// which could pad a practice's text until a fake line of ours starts a new line (issue 14).
const formatAndFillers = /[\p{Cf}\u034f\u115f\u1160\u180e\u2800\u3164\uffa0]/gu
const spaceRuns = /\s{2,}/g

/** Longest text from outside that we print, in characters. */
export const MAX_TEXT_LENGTH = 200

/** Cleans one piece of outside text for display. Never throws. */
export function sanitizeText(input: unknown, maxLength = MAX_TEXT_LENGTH): string {
  if (input === null || input === undefined) return ''
  let text = String(input)
  // Cap before the regexes run, so a 50 MB name costs nothing.
  if (text.length > maxLength * 8) text = text.slice(0, maxLength * 8)
  text = text.replace(escapeSequences, '').replace(lineBreaks, ' ').replace(invisibles, '').replace(formatAndFillers, '').replace(spaceRuns, ' ').trim()
  const chars = Array.from(text)
  if (chars.length > maxLength) text = chars.slice(0, maxLength - 1).join('') + '…'
  return text
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Escapes text so Markdown shows it literally (no links, emphasis, HTML or code spans). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&')
}
