/**
 * The one sanitizer for text that came from outside the tool: network names, process names,
 * server messages, checklist text, and error messages built from any of them. It removes ANSI and
 * OSC escape sequences, other control characters, every Unicode format character (category Cf:
 * bidirectional controls, zero-width characters, the soft hyphen, tag characters) and the
 * blank-looking fillers that are letters in name only (Braille blank, Hangul fillers), folds line
 * breaks and runs of spaces into one space, and caps the length. The one format character kept is
 * a zero-width joiner between two emoji, which draws them as one (👩‍⚕️, 🏳️‍🌈). So nothing from outside can move
 * the cursor, clear the screen, set the window title, plant a link, hide text, or push a fake line
 * of its own onto the screen.
 */

// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte ESC sequences, and the
// 8-bit C1 forms of CSI (U+009B) and OSC (U+009D).
const escapeSequences =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g

/**
 * Characters that draw nothing, or draw a blank that is not a space, so they can hide text or pad
 * a line until the rest wraps onto a line of its own:
 * - Cc: C0 and C1 controls and DEL (line breaks and tabs are folded into spaces first);
 * - Cf: format characters, which include the bidi embeddings, overrides and isolates (U+202A–E,
 *   U+2066–9), marks (U+200E/F, U+061C), zero-width space and joiners (U+200B–D, U+2060), the
 *   soft hyphen (U+00AD), U+180E, the BOM (U+FEFF), and the tag characters (U+E0000–E007F);
 * - U+034F, the combining grapheme joiner (a mark that draws nothing);
 * - blank letters: Braille blank U+2800, Hangul fillers U+115F, U+1160, U+3164, U+FFA0;
 * - interlinear annotation controls U+FFF9–B (also Cf, listed for the reader);
 * - noncharacters U+FFFE and U+FFFF.
 */
const invisibles = /[\p{Cc}\p{Cf}\u034f\u115f\u1160\u2800\u3164\uffa0\ufff9-\ufffb\ufffe\uffff]/gu

/**
 * A zero-width joiner that joins two emoji into one (👩‍⚕️ is 👩, U+200D, ⚕, U+FE0F): an emoji on
 * its left (with its presentation selector or skin tone) and one on its right. Anywhere else a
 * joiner can hide text in a lookalike, so it is removed with the other invisibles.
 */
const emojiJoiner =
  /(?<=\p{Extended_Pictographic}[\ufe0f\p{Emoji_Modifier}]?)\u200d(?=\p{Extended_Pictographic})/gu
/** The same, matched only where it is tried (sticky), so each joiner costs one look at its neighbours. */
const emojiJoinerHere = new RegExp(emojiJoiner.source, 'uy')

/** Removes what `invisibles` matches, except a joiner inside an emoji sequence. */
function removeInvisibles(text: string): string {
  return text.replace(invisibles, (char: string, offset: number) => {
    if (char !== '\u200d') return ''
    emojiJoinerHere.lastIndex = offset
    return emojiJoinerHere.test(text) ? char : ''
  })
}

/** Line breaks, tabs and every kind of space (Zs, Zl, Zp), folded into one plain space. */
const whitespaceRuns = /[\s\p{Zs}\p{Zl}\p{Zp}\u0085]+/gu

/** Longest text from outside that we print, in characters. */
export const MAX_TEXT_LENGTH = 200
/** Longest error message we print, in characters: room for a path, a URL and a sentence. */
export const MAX_MESSAGE_LENGTH = 1000

/** True when the text holds a character the sanitizer would remove (for tests and audits). */
export function hasUnsafeCharacters(text: string): boolean {
  const kept = text.replace(/[\n]/g, '').replace(emojiJoiner, '')
  // eslint-disable-next-line no-control-regex
  return new RegExp(invisibles.source, 'u').test(kept) || /\u001b/.test(text)
}

/** Cleans one piece of outside text for display, as one line. Never throws. */
export function sanitizeText(input: unknown, maxLength = MAX_TEXT_LENGTH): string {
  if (input === null || input === undefined) return ''
  let text = String(input)
  // Cap before the regexes run, so a 50 MB name costs nothing.
  if (text.length > maxLength * 8) text = text.slice(0, maxLength * 8)
  text = text.replace(escapeSequences, '').replace(whitespaceRuns, ' ')
  text = removeInvisibles(text).replace(whitespaceRuns, ' ').trim()
  const chars = Array.from(text)
  // A cut inside an emoji sequence leaves no joiner dangling.
  if (chars.length > maxLength)
    text =
      chars
        .slice(0, maxLength - 1)
        .join('')
        .replace(/\u200d+$/u, '') + '…'
  return text
}

/** Cleans an error message for stderr: one line, no escapes or invisible characters. */
export function sanitizeMessage(input: unknown): string {
  return sanitizeText(input, MAX_MESSAGE_LENGTH)
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
