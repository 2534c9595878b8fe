/**
 * Edit distance with adjacent swaps (optimal string alignment), so "zomo" is one step from
 * "zoom", as a typist would count it. Returns `limit + 1` as soon as the distance is known to be
 * larger, so comparing a long host with every brand costs little. Written here rather than taken
 * from npm: the popular packages (leven, fastest-levenshtein) do not count swaps, and the ones
 * that do (damerau-levenshtein) are CommonJS with separate types and no early exit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    before = previous
    previous = current
  }
  return Math.min(previous[b.length]!, limit + 1)
}
