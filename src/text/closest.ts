/** The option nearest to a misspelt word (at most two letters off), for "did you mean" hints. */
export function closest(word: string, options: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i)
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0
      row[0] = i
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0
        row[j] = Math.min(
          (row[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          previous + (a[i - 1] === b[j - 1] ? 0 : 1),
        )
        previous = current
      }
    }
    return row[b.length] ?? Infinity
  }
  const best = options
    .map((option) => ({ option, d: distance(word.toLowerCase(), option) }))
    .sort((a, b) => a.d - b.d)[0]
  return best && best.d <= 2 ? best.option : undefined
}
