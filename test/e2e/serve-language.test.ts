import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { binPath } from '../helpers/spawn-cli.js'
import { messagesFor } from '../../src/messages/index.js'

/**
 * `serve` spoke English whatever the run's language: its start-up lines, its limits, "Stopping…"
 * and "Stopped." (found by the lead after issue 22; every word is in the run's language).
 */
function serveUntilStopped(lang: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, '--lang', lang, 'serve', '--port', '0', '--rate', '5'], {
      env: { ...process.env, LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let stopped = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      // The last start-up line is out: stop it as a practice would, with Ctrl-C.
      if (!stopped && stdout.includes('Ctrl-C')) {
        stopped = true
        child.kill('SIGINT')
      }
    })
    child.on('close', (code) => resolve({ stdout, stderr, code }))
  })
}

describe('serve speaks the run language', () => {
  it('in Spanish, every start-up and stop line is the Spanish sentence', async () => {
    const say = messagesFor('es')
    const ran = await serveUntilStopped('es')
    expect(ran.code).toBe(0)
    const url = /--server (http:\/\/127\.0\.0\.1:\d+)/.exec(ran.stdout)?.[1] ?? ''
    expect(ran.stdout).toContain(say('serve.start.ready', { url }))
    expect(ran.stdout).toContain(say('serve.start.page', { url }))
    expect(ran.stdout).toContain(say('serve.start.limits'))
    expect(ran.stdout).toContain(say('serve.impair.rate', { mbps: 5 }))
    expect(ran.stdout).toContain(say('serve.start.stopHint'))
    expect(ran.stderr).toContain(say('serve.stopped', { requests: 0, probes: 0 }))
    // None of the English lines is left.
    const english = messagesFor('en')
    for (const line of [
      english('serve.start.limits'),
      english('serve.start.stopHint'),
      'Stopped.',
      'Stopping',
    ])
      expect(ran.stdout + ran.stderr).not.toContain(line)
  })
})
