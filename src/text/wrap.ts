import stringWidth from 'string-width'

// Terminals draw East Asian wide characters and most emoji two columns wide, and combining marks
// and zero-width joiners none, so the wrapper measures display width (string-width), never
// string length, and breaks only between grapheme clusters (Intl.Segmenter).
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  return stringWidth(text)
}

/** Cuts a word wider than `limit` into pieces of at most `limit` columns, between graphemes. */
function cutWord(word: string, limit: number): string[] {
  const pieces: string[] = []
  let piece = ''
  let width = 0
  for (const { segment } of graphemes.segment(word)) {
    const w = stringWidth(segment)
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
    const wordWidth = stringWidth(word)
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
      lineWidth = stringWidth(line)
    }
  }
  if (line) lines.push(line)
  return lines.length > 0 ? lines : ['']
}
