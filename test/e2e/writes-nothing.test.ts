import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { binPath } from '../helpers/spawn-cli.js'

const hasStrace = spawnSync('strace', ['-V']).status === 0
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `session-check-${name}-`))

/** Paths the run opened for writing, created, renamed or removed, from strace's record of every process it started. */
function writtenPaths(trace: string): string[] {
  const paths: string[] = []
  for (const line of trace.split('\n')) {
    if (/= -1 /.test(line)) continue
    const open = /\bopen(?:at)?\((?:AT_FDCWD, )?"([^"]+)", ([A-Z_|]+)/.exec(line)
    if (open && /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC/.test(open[2]!)) paths.push(open[1]!)
    const other =
      /\b(?:creat|mkdir(?:at)?|rename(?:at2?)?|link(?:at)?|symlink(?:at)?|unlink(?:at)?|truncate)\((?:AT_FDCWD, |\d+, )?"([^"]+)"/.exec(
        line,
      )
    if (other) paths.push(other[1]!)
  }
  // Terminals and the null device are not storage.
  return paths.filter((path) => !/^\/dev\/(null|tty|pts\/)/.test(path))
}

describe('the tool writes nothing but the report', () => {
  it('leaves HOME, TMPDIR, the caches and the working folder empty', () => {
    const [home, temp, cwd, out] = [fresh('home'), fresh('tmp'), fresh('cwd'), fresh('out')]
    const result = spawnSync(
      process.execPath,
      [binPath, '--offline', '--no-input', '-o', join(out, 'report.md')],
      {
        cwd,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          TMPDIR: temp,
          XDG_CACHE_HOME: join(home, '.cache'),
          XDG_CONFIG_HOME: join(home, '.config'),
          TZ: 'UTC',
        },
        timeout: 30_000,
      },
    )
    expect([0, 1]).toContain(result.status)
    expect([readdirSync(home), readdirSync(temp), readdirSync(cwd), readdirSync(out)]).toEqual([
      [],
      [],
      [],
      ['report.md'],
    ])
  })

  it.runIf(hasStrace)(
    'opens no file for writing except the report, in any process it starts (strace)',
    () => {
      const out = fresh('out')
      const traceFile = join(fresh('trace'), 'trace.txt')
      const syscalls =
        'openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,unlink,unlinkat,truncate'
      const result = spawnSync(
        'strace',
        [
          '-f',
          '-qq',
          '-e',
          `trace=${syscalls}`,
          '-o',
          traceFile,
          process.execPath,
          binPath,
          '--offline',
          '--no-input',
          '-o',
          join(out, 'report.json'),
        ],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', TZ: 'UTC' },
          timeout: 60_000,
        },
      )
      expect([0, 1]).toContain(result.status)
      const written = writtenPaths(readFileSync(traceFile, 'utf8'))
      expect(written.length).toBeGreaterThan(0)
      for (const path of written) expect(path.startsWith(`${out}/`), `wrote ${path}`).toBe(true)
      expect(readdirSync(out)).toEqual(['report.json'])
    },
  )
})
