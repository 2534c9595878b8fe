// The built CLI against `serve` on loopback, as the end-to-end test runs it (serve at 8 Mbit/s with
// 20 ms added delay, `--only connection --quick --json`). The end-to-end test checks what the run
// says and its exit code; how close the figures come and how long the run takes depend on how busy
// the machine is, so they are measured here, each beside its target (issue 15).
import { spawn } from 'node:child_process'
import { bin, median, report } from './lib.mjs'

const RUNS = 3

function startServe() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--rate', '8', '--delay', '20'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      const server = /--server (\S+)/.exec(out)?.[1]
      const stun = /--stun (\S+)/.exec(out)?.[1]
      if (server && stun) resolve({ child, server, stun })
    })
    child.on('close', () => reject(new Error(`serve ended: ${out}`)))
  })
}

function runCheck(server, stun) {
  return new Promise((resolve) => {
    const env = { ...process.env, CI: 'true', HTTPS_PROXY: '', HTTP_PROXY: '', ALL_PROXY: '' }
    const child = spawn(
      process.execPath,
      [bin, '--only', 'connection', '--quick', '--json', '--server', server, '--stun', stun],
      { env },
    )
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('close', (code) => resolve({ code, check: JSON.parse(stdout).checks[0] }))
  })
}

const serve = await startServe()
try {
  const runs = []
  for (let i = 0; i < RUNS; i += 1) runs.push(await runCheck(serve.server, serve.stun))
  const download = runs.map((r) => r.check.measurements.find((m) => m.id === 'downloadMbps')?.value ?? 0)
  const errors = download.map((value) => (Math.abs(value - 8) / 8) * 100)
  console.log(`download measured: ${download.map((v) => v.toFixed(2)).join(', ')} Mbit/s (true 8)`)
  report('download error, median of runs (quick, 8 Mbit/s)', median(errors), 10, '%')
  report('check duration, median of runs (quick)', median(runs.map((r) => r.check.durationMs)), 3500, 'ms')
  report(
    'runs graded "pass" (8 Mbit/s, 20 ms is good for video)',
    runs.filter((r) => r.check.status === 'pass').length,
    RUNS,
    'runs',
    { higherIsBetter: true },
  )
} finally {
  serve.child.kill('SIGINT')
}
