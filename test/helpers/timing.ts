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

/**
 * Lets the event loop run. A long synchronous sweep (10,000 property runs, a blocking spawn) keeps
 * the test worker from answering vitest's runner; past vitest's fixed 60 s RPC limit on a busy
 * machine that fails a run in which every test passed ("Timeout calling onTaskUpdate"). Sweeps
 * call this every few hundred inputs.
 */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** Every `every`-th call lets the event loop run (see breathe). */
export function breatheEvery(every: number): () => Promise<void> {
  let calls = 0
  return () => (++calls % every === 0 ? breathe() : Promise.resolve())
}
