import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { binPath } from '../helpers/spawn-cli.js'
import { hasTmux, TmuxSession } from '../support/checklist/tmux.js'
import { PUBLIC_TEST_ADDRESS } from '../support/checklist/servers.js'

/** A TCP server on 127.0.0.1 that accepts and never answers, and tells when someone connected. */
function silentServer(): Promise<{
  port: number
  connected: Promise<void>
  server: Server
  sockets: Set<Socket>
}> {
  const sockets = new Set<Socket>()
  let onConnect: () => void = () => undefined
  const connected = new Promise<void>((resolve) => (onConnect = resolve))
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    onConnect()
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as AddressInfo).port, connected, server, sockets }),
    ),
  )
}

/** Runs the CLI, sends `signal` once the checklist URL is being fetched, and reports how it ended. */
async function stopWhileFetching(
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const silent = await silentServer()
  try {
    const child = spawn(
      process.execPath,
      // A client's run never contacts loopback, so the URL is a public (documentation) address and the
      // silent server is the proxy it must go through: the fetch waits there for ever.
      [binPath, '--no-input', '--checklist', `https://${PUBLIC_TEST_ADDRESS}/checklist.yaml`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH ?? '', TZ: 'UTC', HTTPS_PROXY: `http://127.0.0.1:${silent.port}` },
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.resume()
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, sig) => resolve({ code, signal: sig })),
    )
    await silent.connected
    child.kill(signal)
    return { ...(await ended), stderr }
  } finally {
    for (const socket of silent.sockets) socket.destroy()
    silent.server.close()
  }
}

describe('signals from the first moment (issue 14)', () => {
  it('Ctrl-C while the checklist URL is being fetched says "Stopped." and exits 130', async () => {
    const run = await stopWhileFetching('SIGINT')
    expect(run).toMatchObject({ code: 130, signal: null })
    expect(run.stderr).toMatch(/^\nStopped\./)
    expect(run.stderr).not.toMatch(/Error|\n\s+at /)
  })

  it('SIGTERM at the same moment exits 143, the conventional code', async () => {
    const run = await stopWhileFetching('SIGTERM')
    expect(run).toMatchObject({ code: 143, signal: null })
    expect(run.stderr).toMatch(/^\nStopped\./)
  })
})

describe.skipIf(!hasTmux())(
  'offer a copy for the therapist at the end of an interactive run (issue 12)',
  () => {
    let session: TmuxSession | undefined
    afterEach(() => session?.stop())
    const answers =
      'private-space: yes\nsafe-not-driving: yes\nknow-location: yes\nheadphones: yes\ncallback-number: yes\ndevices-silenced: yes\nsmart-speakers: yes\nsecure-network: yes\n'
    let dir = ''
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'session-check-copy-'))
    })
    afterAll(() => undefined)

    function start(cwd: string, args: string): TmuxSession {
      writeFileSync(join(cwd, 'answers.yaml'), answers)
      session = new TmuxSession(join(cwd, 'exit-code'))
      session.start(`env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color node '${binPath}' ${args}`, cwd)
      return session
    }

    it('asks once; on yes writes a dated HTML file here and prints its full path', async () => {
      const cwd = mkdtempSync(join(dir, 'yes-'))
      const tmux = start(cwd, '--only checklist --no-color --answers answers.yaml')
      await tmux.waitForText('Save a copy of this report to send to your therapist?')
      tmux.send('y', 'Enter')
      expect(await tmux.exitCode()).toBe(0)
      const screen = await tmux.waitForText('Saved a copy of the report to')
      const [name] = readdirSync(cwd).filter((file) => file.endsWith('.html'))
      expect(name).toMatch(/^session-checkup-report-\d{4}-\d{2}-\d{2}\.html$/)
      expect(screen.replace(/\n/g, '')).toContain(`Saved a copy of the report to ${join(cwd, name!)}`)
      expect(readFileSync(join(cwd, name!), 'utf8')).toMatch(/^<!doctype html>/i)
      expect(screen.split('Save a copy of this report').length - 1).toBe(1)
    })

    it('on no, writes nothing', async () => {
      const cwd = mkdtempSync(join(dir, 'no-'))
      const tmux = start(cwd, '--only checklist --no-color --answers answers.yaml')
      await tmux.waitForText('Save a copy of this report to send to your therapist?')
      tmux.send('n', 'Enter')
      expect(await tmux.exitCode()).toBe(0)
      expect(readdirSync(cwd).filter((file) => file.endsWith('.html'))).toEqual([])
    })

    it.each(['--no-input', '--json', '-o given.html'])('never asks with %s', async (flag) => {
      const cwd = mkdtempSync(join(dir, 'never-'))
      const tmux = start(cwd, `--only checklist --no-color --answers answers.yaml ${flag}`)
      expect(await tmux.exitCode()).toBe(0)
      expect(tmux.screen()).not.toContain('Save a copy')
      expect(readdirSync(cwd).filter((file) => file.startsWith('session-checkup-report-'))).toEqual([])
      if (flag.startsWith('-o')) expect(existsSync(join(cwd, 'given.html'))).toBe(true)
    })
  },
)
