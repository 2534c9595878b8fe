import { spawn, type ChildProcess } from 'node:child_process'
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasTmux, TmuxSession } from '../support/checklist/tmux.js'
import { binPath } from '../helpers/spawn-cli.js'
import { reportValidator } from '../helpers/report-validator.js'

interface Interrupted {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

/**
 * A hang guard, not a speed figure: a run still going this long after Ctrl-C is killed, and its
 * exit code (none) fails the test. How soon it leaves is proven with fake timers in
 * test/unit/main.test.ts (the first Ctrl-C leaves 300 ms later at most, the second at once).
 */
const HANG_GUARD_MS = 25_000

/**
 * Starts the CLI, sends SIGINT after `delayMs` or once `when` resolves (twice if asked), and reports
 * how it ended.
 */
function interruptAfter(
  args: string[],
  delayMs: number | Promise<void>,
  options: { twice?: boolean; cwd?: string } = {},
): Promise<Interrupted> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC' },
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.resume()
    let twice = options.twice ?? false
    // The second Ctrl-C comes once the first has been handled ("Stopped." is out), so the two are
    // not merged into one signal, and it lands during the first one's cleanup.
    child.stderr.on('data', () => {
      if (twice && stderr.includes('Stopped.')) {
        twice = false
        child.kill('SIGINT')
      }
    })
    const interrupt = (): void => {
      child.kill('SIGINT')
      setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS).unref()
    }
    if (typeof delayMs === 'number') setTimeout(interrupt, delayMs)
    else void delayMs.then(interrupt)
    child.on('close', (code, signal) => resolve({ code, signal, stderr }))
  })
}

/** 130, whether the tool exited with it or Node's default handler ended the process by SIGINT before ours was set. */
const exitCodeOf = (run: Interrupted) => run.code ?? (run.signal === 'SIGINT' ? 130 : -1)

describe('Ctrl-C', () => {
  it('at any moment of a run with -o leaves either no report or a complete one, never a partial or temporary file', async () => {
    const validate = reportValidator()
    const dir = mkdtempSync(join(tmpdir(), 'session-check-sigint-'))
    for (const delayMs of [5, 30, 60, 80, 90, 100, 110, 120, 140, 170, 200]) {
      const file = join(dir, `report-${delayMs}.json`)
      const run = await interruptAfter(['--offline', '--no-input', '--quiet', '-o', file], delayMs)
      expect([0, 1, 130]).toContain(exitCodeOf(run))
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
      const files = readdirSync(dir)
      expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([])
      if (files.includes(`report-${delayMs}.json`))
        expect(validate(JSON.parse(readFileSync(file, 'utf8')))).toBe(true)
      else expect(exitCodeOf(run)).toBe(130)
    }
  })
})

/**
 * Runs the CLI in a real terminal (tmux) under script(1), which records every byte it writes,
 * escape sequences included; waits for `waitFor` on screen, presses Ctrl-C, and checks that the
 * run exits 130 (tmux.exitCode waits 15 s at most: a hang guard) and that the cursor, once hidden,
 * was shown again.
 */
async function ctrlCInTerminal(args: string, waitFor: string): Promise<{ dir: string; screen: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'session-check-tty-'))
  const raw = join(dir, 'raw.log')
  const tmux = new TmuxSession(join(dir, 'exit-code'))
  try {
    const command = `node bin/session-checkup.js ${args}`
    tmux.start(
      `env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color script -qefc "${command}" '${raw}'`,
      binPath.replace(/\/bin\/session-checkup\.js$/, ''),
    )
    await tmux.waitForText(waitFor)
    tmux.send('C-c')
    expect(await tmux.exitCode()).toBe(130)
    const bytes = readFileSync(raw, 'utf8')
    expect(bytes).toContain('\u001b[?25l')
    expect(bytes.lastIndexOf('\u001b[?25h')).toBeGreaterThan(bytes.lastIndexOf('\u001b[?25l'))
    const screen = tmux.screen()
    expect(screen).toContain('Stopped. Nothing was saved.')
    expect(screen).not.toMatch(/at .*\.js:\d+/)
    return { dir, screen }
  } finally {
    tmux.stop()
  }
}

/**
 * A TCP relay in front of serve that says when the CLI first connects: the measurement has begun,
 * so Ctrl-C lands while it runs, not before the CLI has even started (which a fixed delay could
 * not promise on a busy machine: that was the race in the "second Ctrl-C" test).
 */
async function relayTo(server: string): Promise<{ url: string; connected(): Promise<void>; close(): void }> {
  const target = new URL(server)
  let waiting: (() => void)[] = []
  const sockets = new Set<Socket>()
  const relay = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => {})
      socket.on('close', () => sockets.delete(socket))
    }
    client.pipe(upstream).pipe(client)
    for (const resolve of waiting) resolve()
    waiting = []
  })
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
  const { port } = relay.address() as AddressInfo
  return {
    url: `${target.protocol}//127.0.0.1:${port}${target.pathname}`,
    // Each run waits for its own first connection.
    connected: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => {
      for (const socket of sockets) socket.destroy()
      relay.close()
    },
  }
}

/** `session-check serve` on loopback, slowed to 2 Mbit/s so a measurement lasts long enough to interrupt. */
function startServe(): Promise<{ child: ChildProcess; server: string; stun: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, 'serve', '--port', '0', '--rate', '2'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout!.on('data', (chunk) => {
      out += chunk
      const server = /--server (\S+)/.exec(out)?.[1]
      const stun = /--stun (\S+)/.exec(out)?.[1]
      if (server && stun) resolve({ child, server, stun })
    })
    child.on('close', () => reject(new Error(`serve ended: ${out}`)))
  })
}

describe('Ctrl-C during the measurement', () => {
  let serve: Awaited<ReturnType<typeof startServe>>
  let relay: Awaited<ReturnType<typeof relayTo>>
  beforeAll(async () => {
    serve = await startServe()
    relay = await relayTo(serve.server)
  })
  afterAll(() => {
    relay?.close()
    serve?.child.kill('SIGINT')
  })

  it('exits 130 during the measurement, with no stack trace and no report file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-check-sigint-'))
    const file = join(dir, 'report.html')
    const run = await interruptAfter(
      ['--only', 'connection', '--no-input', '--server', relay.url, '--stun', serve.stun, '-o', file],
      relay.connected(),
    )
    expect(run).toMatchObject({ code: 130, stderr: '\nStopped. Nothing was saved.\n' })
    expect(run.stderr).toBe('\nStopped. Nothing was saved.\n')
    expect(readdirSync(dir)).toEqual([])
  })

  it('exits 130 on a second Ctrl-C', async () => {
    const run = await interruptAfter(
      ['--only', 'connection', '--no-input', '--server', relay.url, '--stun', serve.stun],
      relay.connected(),
      { twice: true },
    )
    expect(run.code).toBe(130)
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
  })

  it.skipIf(!hasTmux())(
    'in a real terminal: hides the progress line, gives the cursor back, and exits 130',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'session-check-out-'))
      await ctrlCInTerminal(
        `--only connection --no-input --server ${serve.server} --stun ${serve.stun} -o '${join(out, 'report.json')}'`,
        'Measuring',
      )
      expect(readdirSync(out)).toEqual([])
    },
  )
})

describe.skipIf(!hasTmux())('Ctrl-C during a question, in a real terminal', () => {
  it('exits 130, gives the cursor back, and saves nothing', async () => {
    // The prompt hides the cursor while it waits for a key; it must be shown again at the end.
    const out = mkdtempSync(join(tmpdir(), 'session-check-out-'))
    await ctrlCInTerminal(`--only checklist -o '${join(out, 'report.md')}'`, '(1 of ')
    expect(readdirSync(out)).toEqual([])
  })
})
