/**
 * Times `run` on many inputs and returns the inputs that took over `limitMs`, re-timed: an input
 * counts as slow only if it is slow on each of three more tries, so a garbage-collection pause or a
 * busy CI core is not mistaken for a parser that really takes too long on that input.
 */
export function slowInputs<T>(limitMs: number) {
  const suspects: T[] = []
  return {
    time(input: T, run: (input: T) => void): void {
      const started = performance.now()
      run(input)
      if (performance.now() - started > limitMs) suspects.push(input)
    },
    confirmed(run: (input: T) => void): { input: T; ms: number }[] {
      return suspects
        .map((input) => {
          let best = Infinity
          for (let i = 0; i < 3; i += 1) {
            const started = performance.now()
            run(input)
            best = Math.min(best, performance.now() - started)
          }
          return { input, ms: best }
        })
        .filter(({ ms }) => ms > limitMs)
    },
  }
}
