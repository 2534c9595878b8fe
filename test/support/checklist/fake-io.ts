import { PassThrough, Writable } from 'node:stream'
import type { Io } from '../../../src/io.js'

export interface CapturedIo extends Io {
  out(): string
  err(): string
}

function sink(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk)
      done()
    },
  }) as Writable & { text: string }
  stream.text = ''
  return stream
}

/** An Io with captured output and no terminal, for running main in-process. */
export function createCapturedIo(cwd: string, env: Record<string, string | undefined> = {}): CapturedIo {
  const stdout = sink()
  const stderr = sink()
  return {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env,
    platform: process.platform,
    cwd,
    onInterrupt: () => () => undefined,
    exitNow: () => undefined,
    out: () => stdout.text,
    err: () => stderr.text,
  }
}
