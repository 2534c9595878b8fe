import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { needsLinux, titled } from '../helpers/platform.js'

const bin = fileURLToPath(new URL('../../bin/session-checkup.js', import.meta.url))
const apps = ['telegram-desktop', 'signal-desktop', 'zoom', 'anydesk', 'obs']
const decoys = ['signald', 'telegraf', 'whatsapp-backup.sh', 'zoomer', 'teams-notes']

function startSleeper(path: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, ['300'], { stdio: 'ignore' })
    child.once('spawn', () => resolve(child))
    child.once('error', reject)
  })
}

function runCli(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout })
      },
    )
  })
}

const linuxOnly = needsLinux('it starts processes with chosen names and reads them back through /proc')
describe.skipIf(linuxOnly)(titled('apps check on real Linux processes', linuxOnly), () => {
  const dir = mkdtempSync(join(tmpdir(), 'session-check-apps-'))
  const started: ChildProcess[] = []

  beforeAll(async () => {
    // Copies of a sleeping program, named like catalogue apps and like decoys that must not match.
    for (const name of [...apps, ...decoys]) {
      const path = join(dir, name)
      copyFileSync('/bin/sleep', path)
      started.push(await startSleeper(path))
    }
  })

  const isRunning = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null

  afterAll(() => {
    // Safety net if a test failed early: stop, by pid, whatever this test started and is still running.
    for (const child of started) {
      if (child.pid !== undefined && isRunning(child)) process.kill(child.pid, 'SIGKILL')
    }
    rmSync(dir, { recursive: true, force: true })
  })

  it('detects exactly the five apps, each once, and none of the decoys', async () => {
    const { code, stdout } = await runCli(['--json', '--only', 'apps'])
    const report = JSON.parse(stdout)
    const check = report.checks.find((c: { id: string }) => c.id === 'apps')
    const found = check.details.apps as Array<{
      id: string
      category: string
      processCount: number
      runsFor: string[]
    }>
    expect(found.map((a) => a.id).sort()).toEqual(['anydesk', 'obs', 'signal', 'telegram', 'zoom'])
    expect(found.every((a) => a.processCount === 1 && a.runsFor.join() === 'self')).toBe(true)
    expect(Object.fromEntries(found.map((a) => [a.id, a.category]))).toEqual({
      anydesk: 'remote-access',
      obs: 'screen-recording',
      signal: 'contact-syncing-chat',
      telegram: 'contact-syncing-chat',
      zoom: 'video-call',
    })
    expect(check.status).toBe('warn')
    expect(check.summary).toBe(
      'A few things on this computer need a look before the session: AnyDesk is running, which lets someone connect to this computer; OBS Studio can record the screen; Telegram and Signal are open and can show message pop-ups.',
    )
    expect(check.details.processListing).toBe('proc')
    // Warnings still mean ready: exit code 0.
    expect(code).toBe(0)
    // Process paths from this machine never reach the report.
    expect(stdout).not.toContain(dir)
  })

  it('stops every process it started', () => {
    for (const child of started) {
      if (child.pid !== undefined && isRunning(child)) process.kill(child.pid, 'SIGKILL')
    }
    return Promise.all(
      started.map((child) => (isRunning(child) ? new Promise((r) => child.once('exit', r)) : undefined)),
    ).then(() => {
      expect(started.filter(isRunning)).toEqual([])
    })
  })
})
