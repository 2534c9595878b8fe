/**
 * Issue 22: Ctrl-C in the first half-second printed "Stopped.", then went on drawing the header
 * and the spinner, left the cursor hidden, and once ended "Killed" (137). Here Ctrl-C is pressed
 * in a real terminal (tmux, recorded byte for byte by script(1)) at 40 moments spread over the
 * first 2 seconds of a run, from the moment the program's process exists: while Node starts,
 * while the run prepares, while the checks run, and while a question waits for an answer.
 * Every run must exit 130, say nothing after "Stopped.", and leave the cursor shown.
 * The moments are where the key is pressed, not what is asserted: nothing here is timed.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasTmux } from '../support/checklist/tmux.js'
import { binPath } from '../helpers/spawn-cli.js'

const root = binPath.replace(/\/bin\/session-checkup\.js$/, '')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The processes below `pid` (Linux /proc), to see when the program itself has started. */
function descendants(pid: number): number[] {
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
    } catch {
      return []
    }
  })().map(Number)
  return children.flatMap((child) => [child, ...descendants(child)])
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
  } catch {
    return ''
  }
}

interface Ending {
  delayMs: number
  code: number
  /** Everything the program wrote to the terminal, escape sequences included. */
  bytes: string
}

/** Starts a run in its own tmux server, presses Ctrl-C `delayMs` after Node started, and reads how it ended. */
async function ctrlCAt(delayMs: number, args: string): Promise<Ending> {
  const dir = mkdtempSync(join(tmpdir(), 'session-check-anytime-'))
  const socket = `session-check-anytime-${process.pid}-${delayMs}`
  const tmux = (...rest: string[]) =>
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...rest], {
      encoding: 'utf8',
      env: { ...process.env, TMUX: '' },
    })
  const raw = join(dir, 'raw.log')
  const exitFile = join(dir, 'exit-code')
  // script(1) records every byte and passes the program's exit code on (128 + signal if killed);
  // its own terminal is raw, so Ctrl-C reaches only the program, never the shell around it.
  const program = `exec env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color node bin/session-checkup.js ${args}`
  tmux(
    'new-session',
    '-d',
    '-s',
    'main',
    '-x',
    '120',
    '-y',
    '50',
    `cd '${root}' && script -qefc "${program}" '${raw}'; echo $? > '${exitFile}'; sleep 60`,
  )
  try {
    const panePid = Number(tmux('display-message', '-p', '-t', 'main', '#{pane_pid}').trim())
    // The clock starts when the program's own process is there: before that a Ctrl-C would
    // reach no one. A hang guard of 15 s only.
    for (let waited = 0; !descendants(panePid).some((pid) => commandOf(pid) === 'node'); waited += 2) {
      if (waited > 15_000) throw new Error('the program did not start')
      await sleep(2)
    }
    await sleep(delayMs)
    tmux('send-keys', '-t', 'main', 'C-c')
    for (let waited = 0; !existsSync(exitFile) || !readFileSync(exitFile, 'utf8').trim(); waited += 20) {
      if (waited > 15_000)
        throw new Error(`no exit after Ctrl-C at ${delayMs} ms:\n${tmux('capture-pane', '-p')}`)
      await sleep(20)
    }
    return {
      delayMs,
      code: Number(readFileSync(exitFile, 'utf8').trim()),
      bytes: readFileSync(raw, 'utf8'),
    }
  } finally {
    try {
      tmux('kill-server')
    } catch {
      // already gone
    }
  }
}

const escapes = /\u001b(\[[0-9;?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[()][0-9A-B]|[=>78])/g

/** What is wrong with one ending, in words; empty when it ended as it must. */
function problemsOf({ delayMs, code, bytes }: Ending): string[] {
  const problems: string[] = []
  const at = `Ctrl-C at ${delayMs} ms`
  if (code !== 130) problems.push(`${at}: exit ${code}`)
  if (/Killed/.test(bytes)) problems.push(`${at}: "Killed"`)
  // The cursor: never hidden, or shown again after it was last hidden.
  if (bytes.lastIndexOf('\u001b[?25l') > bytes.lastIndexOf('\u001b[?25h'))
    problems.push(`${at}: the cursor was left hidden`)
  // script(1)'s own first and last lines are not the program's.
  const text = bytes.replace(/^Script (started|done) on .*$/gm, '').replace(escapes, '')
  const stopped = text.indexOf('Stopped.')
  if (stopped < 0) {
    // Only a Ctrl-C before the program's first line of its own could end it silently (Node's
    // default, which a shell also reports as 130): then nothing at all was drawn.
    if (text.replace(/\^C/g, '').trim() !== '')
      problems.push(`${at}: no "Stopped." but ${JSON.stringify(text)}`)
  } else {
    const after = text.slice(stopped).replace(/^Stopped\.( Nothing was saved\.)?/, '')
    if (after.trim() !== '') problems.push(`${at}: after "Stopped.": ${JSON.stringify(after)}`)
  }
  return problems
}

describe.skipIf(!hasTmux())('Ctrl-C at any moment of the first 2 seconds (issue 22)', () => {
  it('exits 130 at each of 40 moments, the cursor shown, nothing after "Stopped."', async () => {
    const delays = Array.from({ length: 40 }, (_, index) => index * 50)
    const endings: Ending[] = []
    // Ten at a time: each is a small tmux server and one Node process.
    for (let start = 0; start < delays.length; start += 10)
      endings.push(
        ...(await Promise.all(delays.slice(start, start + 10).map((ms) => ctrlCAt(ms, '--offline')))),
      )
    expect(endings.flatMap(problemsOf)).toEqual([])
    // The moments really were spread over the run: some runs had drawn the header, or a question.
    expect(endings.some(({ bytes }) => bytes.includes('session-checkup '))).toBe(true)
  }, 180_000)
})

/**
 * The "Killed" (137) behind it: a Ctrl-C aborts the checks, and a check that had just tried a
 * command that is not installed asked Node to kill it. Such a child has no process; Node sends the
 * signal to pid 0, the caller's own process group: the tool and the shell around it died. Proven
 * in a child process that leads its own process group, so nothing else can be hit.
 */
describe('aborting a command that is not installed', () => {
  it('kills nothing: the caller lives on and gets "aborted"', async () => {
    const exec = new URL('../../dist/platform/exec.js', import.meta.url).href
    const script = `
      import { runCommand } from ${JSON.stringify(exec)}
      const controller = new AbortController()
      const pending = runCommand('session-check-no-such-command', [], { signal: controller.signal })
      controller.abort()
      const result = await pending
      await new Promise((resolve) => setTimeout(resolve, 100))
      process.stdout.write(result.reason)
    `
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    )
    expect(ended).toEqual({ code: 0, signal: null })
    expect(out).toBe('aborted')
  })
})
