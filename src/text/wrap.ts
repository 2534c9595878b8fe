/** Splits plain text into lines of at most `width` characters, breaking at spaces. */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(20, width)
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
    while (line.length > limit) {
      lines.push(line.slice(0, limit))
      line = line.slice(limit)
    }
  }
  if (line) lines.push(line)
  return lines.length > 0 ? lines : ['']
}
