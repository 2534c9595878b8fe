import { execFileSync } from 'node:child_process'
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../src/errors.js'
import { readSource, type ReadSourceOptions } from '../../../src/checks/checklist/read-source.js'
import { main } from '../../../src/main.js'
import { createCapturedIo } from '../../support/checklist/fake-io.js'
import { createMemoryIo } from '../../helpers/memory-io.js'
import { fakeChecks } from '../../helpers/fake-checks.js'
import { english } from '../../helpers/english.js'

const dir = mkdtempSync(join(tmpdir(), 'session-check-files-'))
const options = (what = 'checklist'): ReadSourceOptions => ({
  cwd: dir,
  fetch: () => Promise.reject(new Error('no network')),
  what,
  allowUrl: true,
  msg: english,
})

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(UsageError)
  return (error as Error).message
}

describe('--checklist and --answers refuse what is not a file, at once', () => {
  it('a web address typed without https:// is not a file: the sentence says how to write it (issue 22)', async () => {
    expect(await failure(readSource('example.com/c.yaml', options()))).toBe(
      'Could not read the checklist example.com/c.yaml: there is no such file. If it is a web address, write it with https:// at the start: https://example.com/c.yaml',
    )
    // A missing file name stays a missing file, and an answers file is never a web address.
    expect(await failure(readSource('checklist.yaml', options()))).toBe(
      'Could not read the checklist checklist.yaml: there is no such file.',
    )
    expect(
      await failure(readSource('example.com/a.yaml', { ...options('answers file'), allowUrl: false })),
    ).not.toMatch(/https/)
  })

  it('a FIFO (named pipe) nobody writes to: refused, not waited on', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')])
    expect(await failure(readSource('pipe.yaml', options()))).toBe(
      'Could not read the checklist pipe.yaml: it is a pipe, not a file; give the path of a .yaml or .json file.',
    )
    expect(await failure(readSource('pipe.yaml', options('answers file')))).toBe(
      'Could not read the answers file pipe.yaml: it is a pipe, not a file; give the path of a .yaml or .json file.',
    )
  })

  it('a device', async () => {
    expect(await failure(readSource('/dev/zero', options()))).toBe(
      'Could not read the checklist /dev/zero: it is a device, not a file; give the path of a .yaml or .json file.',
    )
  })

  it('a socket', async () => {
    const path = join(dir, 'sock.yaml')
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(path, resolve))
    try {
      expect(await failure(readSource(path, options()))).toBe(
        `Could not read the checklist ${path}: it is not a file (it is a device or a socket).`,
      )
    } finally {
      server.close()
    }
  })

  it('a saved web page says so, instead of "must be name: value fields"', async () => {
    writeFileSync(
      join(dir, 'page.yaml'),
      '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in</body></html>\n',
    )
    expect(await failure(readSource('page.yaml', options()))).toBe(
      'The checklist page.yaml is a web page, not a checklist file; save the checklist itself as a .yaml file.',
    )
  })

  it('no raw error code reaches the person without --debug; --debug shows it', async () => {
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'))
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'))
    const io = createCapturedIo(dir)
    expect(await main(['checklist', 'validate', 'loop-a.yaml'], io)).toBe(2)
    expect(io.err()).toBe(
      'session-checkup: Could not read the checklist loop-a.yaml: the path goes round in a loop of shortcuts (symbolic links).\n',
    )
    const debug = createCapturedIo(dir)
    expect(await main(['--debug', 'checklist', 'validate', 'loop-a.yaml'], debug)).toBe(2)
    expect(debug.err()).toMatch(/^ {2}code: ELOOP$/m)
  })
})

describe('checklist init --force', () => {
  it('replaces a symbolic link itself, and leaves the file it pointed to untouched', async () => {
    const target = join(dir, 'precious.txt')
    writeFileSync(target, 'do not touch\n')
    symlinkSync(target, join(dir, 'linked.yaml'))
    expect(await main(['checklist', 'init', 'linked.yaml', '--force'], createCapturedIo(dir))).toBe(0)
    expect(readFileSync(target, 'utf8')).toBe('do not touch\n')
    expect(lstatSync(join(dir, 'linked.yaml')).isSymbolicLink()).toBe(false)
    expect(readFileSync(join(dir, 'linked.yaml'), 'utf8')).toMatch(/^# A checklist for session-checkup/)
  })

  it('without --force, leaves the link and its target alone', async () => {
    writeFileSync(join(dir, 'other.txt'), 'mine\n')
    symlinkSync(join(dir, 'other.txt'), join(dir, 'link2.yaml'))
    const io = createCapturedIo(dir)
    expect(await main(['checklist', 'init', 'link2.yaml'], io)).toBe(2)
    expect(readlinkSync(join(dir, 'link2.yaml'))).toBe(join(dir, 'other.txt'))
    expect(readFileSync(join(dir, 'other.txt'), 'utf8')).toBe('mine\n')
  })
})

describe('-o keeps an existing file private', () => {
  it('a 0600 report stays 0600 when it is replaced', async () => {
    const file = join(dir, 'private.json')
    writeFileSync(file, '{}')
    chmodSync(file, 0o600)
    const io = createMemoryIo()
    expect(await main(['--no-input', '-o', file], io, { checks: fakeChecks() })).toBe(0)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8')).verdict).toBe('ready')
  })
})
