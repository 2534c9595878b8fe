// `npm run bench`: runs every test/bench/*.bench.mjs in turn. Each prints its figures next to its
// target. Benchmarks measure; they do not fail the build (targets missed are printed as MISSED).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort()
for (const file of files) {
  console.log(`\n=== ${file}`)
  const result = spawnSync(process.execPath, [`${here}${file}`], { stdio: 'inherit' })
  if (result.status !== 0) console.log(`(${file} ended with exit code ${result.status})`)
}
