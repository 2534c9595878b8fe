/**
 * Issue 22: no answer given by accident. In a real terminal (tmux), a stray key or Enter alone
 * answered a safety question "Yes" (in Spanish "Sí"), and keys typed while the connection was
 * measured answered the questions that came after, the save offer included, and were echoed over
 * the progress line.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { hasTmux, TmuxSession } from '../support/checklist/tmux.js'
import { binPath } from '../helpers/spawn-cli.js'

const root = binPath.replace(/\/bin\/session-checkup\.js$/, '')
const run = `env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color node '${binPath}'`

describe.skipIf(!hasTmux())('a yes/no question takes only a yes or a no (issue 22)', () => {
  let session: TmuxSession | undefined
  afterEach(() => session?.stop())

  function start(args: string, cwd = root): TmuxSession {
    session = new TmuxSession(join(mkdtempSync(join(tmpdir(), 'session-check-questions-')), 'exit-code'))
    session.start(`${run} ${args}`, cwd)
    return session
  }

  it.each([
    {
      lang: 'en',
      first: '(1 of 8) Are you in a private space',
      hint: 'screen? (y/n)',
      again: 'Please type y for yes or n for no, then press Enter.',
      yes: 'y',
      second: '(2 of 8)',
      answered: 'see your screen? Yes',
    },
    {
      lang: 'es',
      first: '(1 de 8) ¿Está en un lugar privado',
      hint: 'pantalla? (s/n)',
      again: 'Escriba s para sí o n para no, y presione Enter.',
      yes: 'sí',
      second: '(2 de 8)',
      answered: 'ver su pantalla? Sí',
    },
  ])(
    '$lang: "x" and Enter, "0" and Enter, and Enter alone leave the first question unanswered',
    async (t) => {
      const tmux = start(`--only checklist --no-color --lang ${t.lang}`)
      await tmux.waitForText(t.hint)
      for (const keys of [['x', 'Enter'], ['0', 'Enter'], ['Enter']]) {
        tmux.send(...keys)
        await tmux.waitForText(t.again)
      }
      // Still the first question, with nothing recorded for it.
      let screen = tmux.screen()
      expect(screen).not.toContain(t.second)
      expect(screen).toContain(t.first)
      expect(screen).toContain(t.hint)
      // A real answer is taken, and the line that asked again goes away.
      tmux.send(t.yes, 'Enter')
      screen = await tmux.waitForText(t.second)
      expect(screen).toContain(t.answered)
      expect(screen).not.toContain(t.again)
      tmux.send('C-c')
      expect(await tmux.exitCode()).toBe(130)
    },
  )
})

/** `serve` on loopback, slowed so the measurement lasts a few seconds to type into. */
function startServe(): Promise<{ child: ChildProcess; server: string; stun: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, 'serve', '--port', '0', '--rate', '4'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    const onData = (chunk: Buffer): void => {
      out += chunk
      const server = /--server (\S+)/.exec(out)?.[1]
      const stun = /--stun (\S+)/.exec(out)?.[1]
      if (server && stun) resolve({ child, server, stun })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('close', () => reject(new Error(`serve ended: ${out}`)))
  })
}

describe.skipIf(!hasTmux())('keys typed while the checks run (issue 22: type-ahead)', () => {
  let serve: Awaited<ReturnType<typeof startServe>>
  let session: TmuxSession | undefined
  beforeAll(async () => {
    serve = await startServe()
  })
  afterAll(() => serve?.child.kill())
  afterEach(() => session?.stop())

  it('an Enter and "y"s typed during the measurement answer nothing and leave nothing on screen', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'session-check-typeahead-'))
    writeFileSync(
      join(cwd, 'answers.yaml'),
      'private-space: yes\nsafe-not-driving: yes\nknow-location: yes\nheadphones: yes\ncallback-number: yes\ndevices-silenced: yes\nsmart-speakers: yes\nsecure-network: yes\n',
    )
    session = new TmuxSession(join(cwd, 'exit-code'))
    session.start(
      `${run} --only connection,checklist --answers answers.yaml --quick --no-color --server ${serve.server} --stun ${serve.stun}`,
      cwd,
    )
    const tmux = session
    // Once the measurement is on screen, press keys as an impatient person would.
    await tmux.waitForText('Measuring your connection')
    tmux.send('Enter')
    tmux.send('yy')
    tmux.send('y', 'Enter')
    const offer = 'Save a copy of this report to send to your therapist? (y/n)'
    let screen = await tmux.waitForText(offer, 30_000)
    // The offer waits for its own answer: nothing typed before it answered it.
    expect(screen.trimEnd().endsWith(offer)).toBe(true)
    // No echoed keys and no leftover progress line among the report's lines.
    expect(screen).not.toMatch(/^\s*y+\s*$/m)
    expect(screen).not.toContain('Measuring your connection')
    expect(screen).not.toMatch(/ … \d+s/)
    tmux.send('n', 'Enter')
    expect(await tmux.exitCode()).toBe(0)
    screen = tmux.screen()
    expect(screen).toContain('Save a copy of this report to send to your therapist? No')
  })
})
