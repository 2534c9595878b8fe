// Issues 2 and 24: start-up time beside bare Node, the offline run's wall time, and the installed size.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, report, root, timeCli } from './lib.mjs'

const env = { ...process.env, CI: 'true' }
const runs = (args, count) => Array.from({ length: count }, () => timeCli(args, { env }).ms)
const bareNode = () => {
  const started = process.hrtime.bigint()
  spawnSync(process.execPath, ['-e', '0'], { env })
  return Number(process.hrtime.bigint() - started) / 1e6
}

// Side by side (issue 24): bare `node -e 0`, --version and --help take turns, so a busy machine
// slows all three alike; the figures are the ratios of their medians.
timeCli(['--version'], { env }) // warm the file cache
const rounds = 21
const times = { node: [], version: [], help: [] }
for (let round = 0; round < rounds; round++) {
  times.node.push(bareNode())
  times.version.push(timeCli(['--version'], { env }).ms)
  times.help.push(timeCli(['--help'], { env }).ms)
}
const bare = median(times.node)
console.log(`        median bare node -e 0 (${rounds} runs): ${bare.toFixed(1)} ms`)
report(
  `--version beside bare node (median ${median(times.version).toFixed(0)} ms)`,
  median(times.version) / bare,
  1.3,
  '×',
)
report(
  `--help beside bare node (median ${median(times.help).toFixed(0)} ms)`,
  median(times.help) / bare,
  1.3,
  '×',
)
report(
  'median wall time, --offline --no-input --json (5 runs)',
  median(runs(['--offline', '--no-input', '--json'], 5)),
  2000,
  'ms',
)

// The packed tarball, installed into an empty folder as npx would.
const work = mkdtempSync(join(tmpdir(), 'session-check-size-'))
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  )[0]
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', join(work, packed.filename)], {
    cwd: work,
    stdio: 'ignore',
  })
  const modules = join(work, 'node_modules')
  let packages = 0
  let bytes = 0
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isSymbolicLink()) continue
      if (entry.isDirectory()) {
        if (existsSync(join(path, 'package.json')) && /node_modules(\/@[^/]+)?$/.test(dir)) packages += 1
        walk(path)
      } else bytes += statSync(path).size
    }
  }
  walk(modules)
  console.log(
    `        tarball ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB packed, ${packed.entryCount} files`,
  )
  report('packages installed by the tarball (session-checkup included)', packages, 5, 'packages')
  report('installed size on disk (node_modules)', bytes / 1e6, 4, 'MB')
} finally {
  rmSync(work, { recursive: true, force: true })
}
