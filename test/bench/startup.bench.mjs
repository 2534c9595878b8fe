// Issue 2's targets: start-up time, the offline run's wall time, and the installed size.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, report, root, timeCli } from './lib.mjs'

const env = { ...process.env, CI: 'true' }
const runs = (args, count) => Array.from({ length: count }, () => timeCli(args, { env }).ms)

timeCli(['--version'], { env }) // warm the file cache
report('median start-up, --version (10 runs)', median(runs(['--version'], 10)), 150, 'ms')
report('median start-up, --help (10 runs)', median(runs(['--help'], 10)), 150, 'ms')
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
  report('packages installed by the tarball (session-check included)', packages, 40, 'packages')
  report('installed size on disk (node_modules)', bytes / 1e6, 6, 'MB')
} finally {
  rmSync(work, { recursive: true, force: true })
}
