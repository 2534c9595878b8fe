// Benchmark for the camera and microphone check (issue 18). Target: the check answers within
// 1.5 s on every OS; on Linux the reading itself should take a small part of that.
// Measures: the /proc scan for who holds a camera (this machine's real /proc, and a made-up one
// with 500 processes of 50 open files each), and the check's own duration in a real run.
// Run after `npm run build`: node test/bench/devices.bench.mjs
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { median, report, root, timeCli } from './lib.mjs'

const { readLinuxDevices } = await import(`${root}dist/platform/devices/read-linux.js`)
const RUNS = 9
const TARGET_MS = 1500
const noTools = async (command) => ({
  ok: false,
  reason: 'missing',
  stdout: '',
  stderr: '',
  message: `${command} is not installed`,
})

const base = mkdtempSync(join(tmpdir(), 'devices-bench-'))
const dev = join(base, 'dev')
const sys = join(base, 'sys')
mkdirSync(join(sys, 'class/video4linux/video0'), { recursive: true })
mkdirSync(dev)
writeFileSync(join(dev, 'video0'), '')
writeFileSync(join(sys, 'class/video4linux/video0/name'), 'Bench Camera\n')
writeFileSync(join(sys, 'class/video4linux/video0/index'), '0\n')
const proc = join(base, 'proc')
for (let pid = 1000; pid < 1500; pid++) {
  mkdirSync(join(proc, String(pid), 'fd'), { recursive: true })
  writeFileSync(join(proc, String(pid), 'comm'), `app${pid}\n`)
  for (let fd = 0; fd < 50; fd++)
    symlinkSync(
      pid === 1499 && fd === 49 ? join(dev, 'video0') : '/dev/null',
      join(proc, String(pid), 'fd', String(fd)),
    )
}

async function timeRead(roots) {
  const times = []
  let last
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    last = await readLinuxDevices({
      exec: noTools,
      now: () => performance.now(),
      deadline: performance.now() + TARGET_MS,
      kinds: ['camera', 'microphone'],
      roots,
      canUse: async () => true,
    })
    times.push(performance.now() - started)
  }
  return { ms: median(times), last }
}

if (process.platform === 'linux') {
  const real = await timeRead({ dev, sys, proc: '/proc' })
  report("Linux read, this machine's /proc scanned (median)", real.ms, 300, 'ms')
  const big = await timeRead({ dev, sys, proc })
  report('Linux read, 500 processes x 50 files (median)', big.ms, 500, 'ms')
  console.log(
    `        (found the holder: ${big.last.camera.users.map((user) => user.name).join(', ') || 'none'})`,
  )
}
const durations = []
for (let i = 0; i < RUNS; i++) {
  const { result } = timeCli(['--only', 'devices', '--json'])
  durations.push(JSON.parse(result.stdout).checks[0].durationMs)
}
report(
  `whole check on this ${process.platform} machine (median durationMs)`,
  median(durations),
  TARGET_MS,
  'ms',
)
report(
  `whole check on this ${process.platform} machine (slowest of ${RUNS})`,
  Math.max(...durations),
  TARGET_MS,
  'ms',
)
rmSync(base, { recursive: true, force: true })
