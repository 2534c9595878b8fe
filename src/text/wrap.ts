import stringWidth from 'string-width'

// Terminals draw East Asian wide characters and most emoji two columns wide, and combining marks
// and zero-width joiners none, so the wrapper measures display width (string-width), never
// string length, and breaks only between grapheme clusters (Intl.Segmenter).
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** An emoji sequence some terminals draw as its parts: joined by U+200D, or with a skin tone. */
const emojiSequence = /[\u200d\p{Emoji_Modifier}]/u
const emojiParts = /\u200d|(?=\p{Emoji_Modifier})/u

/**
 * The columns one grapheme takes at most. string-width counts an emoji sequence (👩🏽, 👩‍⚕️) as
 * one emoji, two columns, as a terminal that joins it draws it; a terminal that does not draws
 * each part (tmux 3.3 draws 👩🏽 four columns wide), and the line overflowed onto a row of its own
 * without the practice bar. The wider of the two is counted, so a line never overflows.
 */
function graphemeWidth(grapheme: string): number {
  const joined = stringWidth(grapheme)
  if (!emojiSequence.test(grapheme)) return joined
  const apart = grapheme.split(emojiParts).reduce((sum, part) => sum + stringWidth(part), 0)
  return Math.max(joined, apart)
}

/** How many terminal columns `text` takes (at most, for emoji sequences: see graphemeWidth). */
export function displayWidth(text: string): number {
  const width = stringWidth(text)
  if (!emojiSequence.test(text)) return width
  let extra = 0
  for (const { segment } of graphemes.segment(text))
    if (emojiSequence.test(segment)) extra += graphemeWidth(segment) - stringWidth(segment)
  return width + extra
}

/** Cuts a word wider than `limit` into pieces of at most `limit` columns, between graphemes. */
function cutWord(word: string, limit: number): string[] {
  const pieces: string[] = []
  let piece = ''
  let width = 0
  for (const { segment } of graphemes.segment(word)) {
    const w = graphemeWidth(segment)
    if (piece && width + w > limit) {
      pieces.push(piece)
      piece = ''
      width = 0
    }
    piece += segment
    width += w
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * Splits plain text into lines of at most `width` terminal columns, breaking at spaces; a word
 * wider than a line is cut between grapheme clusters. Only a single grapheme wider than the line
 * (a wide character in a one-column space) can exceed it.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width))
  const lines: string[] = []
  let line = ''
  let lineWidth = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = displayWidth(word)
    if (line && lineWidth + 1 + wordWidth > limit) {
      lines.push(line)
      line = ''
      lineWidth = 0
    }
    if (line) {
      line = `${line} ${word}`
      lineWidth += 1 + wordWidth
    } else {
      line = word
      lineWidth = wordWidth
    }
    if (lineWidth > limit) {
      const pieces = cutWord(line, limit)
      line = pieces.pop() ?? ''
      lines.push(...pieces)
      lineWidth = displayWidth(line)
    }
  }
  if (line) lines.push(line)
  return lines.length > 0 ? lines : ['']
}
