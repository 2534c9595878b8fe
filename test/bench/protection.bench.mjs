// Benchmark for the protection check (issue 27). Target: the check takes under 1 s at the median
// on an idle machine. Measures the check's own duration (durationMs) in real runs of the built
// binary on this machine, in English and in Spanish, and the whole process for comparison.
// Run after `npm run build`: node test/bench/protection.bench.mjs
import { median, report, timeCli } from './lib.mjs'

const RUNS = 11
const TARGET_MS = 1000

for (const lang of ['en', 'es']) {
  const durations = []
  const wall = []
  for (let i = 0; i < RUNS; i++) {
    const { ms, result } = timeCli(['--only', 'protection', '--json', '--lang', lang])
    durations.push(JSON.parse(result.stdout).checks[0].durationMs)
    wall.push(ms)
  }
  report(
    `protection check on this ${process.platform} machine, ${lang} (median durationMs)`,
    median(durations),
    TARGET_MS,
    'ms',
  )
  console.log(
    `        (slowest of ${RUNS}: ${Math.max(...durations)} ms; whole process, median: ${median(wall).toFixed(0)} ms)`,
  )
}
