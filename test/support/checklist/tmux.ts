import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

/** Whether tmux is installed (CI installs it; see .ci/run). */
export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * One program running in a real pseudo-terminal inside a private tmux server (its own socket,
 * so it never touches the developer's sessions). Keys go in with send-keys; the screen comes
 * back with capture-pane. Waits poll the screen against a deadline instead of sleeping.
 */
export class TmuxSession {
  private readonly socket = `session-check-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  private readonly env: NodeJS.ProcessEnv

  constructor(private readonly exitFile: string) {
    const env = { ...process.env }
    delete env.TMUX
    this.env = env
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
      env: this.env,
    })
  }

  /**
   * Starts `command` (a shell command line) in a pane, wide unless `columns` is given; its exit
   * code lands in the exit file.
   */
  start(command: string, cwd: string, columns = 180): void {
    // The pane stays open after the program ends (sleep), so the final report can be read.
    const line = `cd '${cwd}' && ${command}; echo $? > '${this.exitFile}'; sleep 120`
    this.tmux('new-session', '-d', '-s', 'main', '-x', String(columns), '-y', '60', line)
  }

  /** The whole pane, with wrapped lines joined; with `escapes`, colours and styles are kept as escape sequences. */
  screen(escapes = false): string {
    return this.tmux('capture-pane', '-p', '-J', ...(escapes ? ['-e'] : []), '-t', 'main', '-S', '-500')
  }

  /** The pane's rows as the terminal drew them: a line the terminal wrapped itself stays two rows. */
  rows(): string[] {
    return this.tmux('capture-pane', '-p', '-t', 'main', '-S', '-500').split('\n')
  }

  send(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys)
  }

  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs
    let last = ''
    while (Date.now() < deadline) {
      last = this.screen()
      if (predicate(last)) return last
      await sleep(50)
    }
    throw new Error(`Timed out waiting for ${what}. The screen was:\n${last}`)
  }

  async waitForText(text: string, timeoutMs?: number): Promise<string> {
    return this.waitFor((screen) => screen.includes(text), JSON.stringify(text), timeoutMs)
  }

  /** Waits for the program to end and returns its exit code. */
  async exitCode(timeoutMs = 15_000): Promise<number> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (existsSync(this.exitFile)) {
        const text = readFileSync(this.exitFile, 'utf8').trim()
        if (text) return Number(text)
      }
      await sleep(50)
    }
    throw new Error(`The program did not end in time. The screen was:\n${this.screen()}`)
  }

  stop(): void {
    try {
      this.tmux('kill-server')
    } catch {
      // already gone
    }
  }
}
