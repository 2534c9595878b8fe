// Small helpers shared by the benchmarks.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const bin = `${root}bin/session-checkup.js`

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Wall time of one run of the built CLI, in milliseconds. */
export function timeCli(args, options = {}) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...options })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  return { ms, result }
}

/** Prints one figure against its target: lower is better unless `higherIsBetter`. */
export function report(label, value, target, unit, { higherIsBetter = false } = {}) {
  const met = higherIsBetter ? value >= target : value <= target
  const shown = Number.isInteger(value) ? value : value.toFixed(1)
  console.log(
    `${met ? 'met   ' : 'MISSED'}  ${label.padEnd(52)} ${String(shown).padStart(8)} ${unit}   target ${higherIsBetter ? '>=' : '<='} ${target} ${unit}`,
  )
  return met
}
