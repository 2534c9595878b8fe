import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const ioUrl = new URL('../../dist/io.js', import.meta.url).href

// A run stopped by its first Ctrl-C, as main does it: the handler writes "Stopped.", sets 130 and
// lets the event loop run dry.
const child = `
import { installSignalRouter } from ${JSON.stringify(ioUrl)}
const router = installSignalRouter(process, 'Stopped.')
const keepAlive = setInterval(() => {}, 1000)
router.push((signal) => {
  if (process.exitCode === 130) process.exit(130)
  process.stderr.write('\\nStopped.\\n')
  process.exitCode = 130
  clearInterval(keepAlive)
})
process.stderr.write('ready\\n')
`

/** Runs the child, sends Ctrl-C once it is ready and again `spinTenthsMs` after "Stopped." appears. */
function twoCtrlC(
  spinTenthsMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, ['--input-type=module', '-e', child], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    let sent = 0
    run.stderr.on('data', (chunk) => {
      stderr += chunk
      if (sent === 0 && stderr.includes('ready')) {
        sent = 1
        run.kill('SIGINT')
      }
      if (sent === 1 && stderr.includes('Stopped.')) {
        sent = 2
        // Spread the second Ctrl-C over the moments the process takes to leave.
        const until = performance.now() + spinTenthsMs / 10
        while (performance.now() < until);
        run.kill('SIGINT')
      }
    })
    run.on('close', (code, signal) => resolve({ code, signal, stderr }))
  })
}

describe('a second Ctrl-C while the process leaves', () => {
  // Before the fix about half of these runs died by SIGINT (code null): the second Ctrl-C came
  // after Node had closed its signal watchers. Now every run must exit 130 with "Stopped.".
  it('always exits 130, never killed by the signal', async () => {
    const ends = []
    for (let spin = 0; spin < 24; spin += 2) {
      const { code, signal, stderr } = await twoCtrlC(spin)
      expect(stderr).toContain('Stopped.')
      ends.push(`${code}/${signal}`)
    }
    expect(ends.filter((end) => end !== '130/null')).toEqual([])
  })
})
