import { PassThrough, Writable } from 'node:stream'
import type { Io } from '../../src/io.js'
import type { StopHandler, StopSignal } from '../../src/io.js'

/** A writable that keeps what was written, with configurable TTY facts. */
export class MemoryWritable extends Writable {
  chunks: string[] = []
  isTTY: boolean
  columns: number | undefined
  constructor(options: { isTTY?: boolean; columns?: number } = {}) {
    super()
    this.isTTY = options.isTTY ?? false
    this.columns = options.columns
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk.toString())
    callback()
  }
  get text(): string {
    return this.chunks.join('')
  }
}

export interface MemoryIo extends Io {
  stdout: MemoryWritable
  stderr: MemoryWritable
  interrupt(signal?: StopSignal): void
  exits: number[]
}

/** An Io for running main in-process: no TTY, an empty environment, and a fake Ctrl-C. */
export function createMemoryIo(
  options: { env?: Record<string, string>; tty?: boolean; cwd?: string } = {},
): MemoryIo {
  const handlers = new Set<StopHandler>()
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty ?? false })
  const io: MemoryIo = {
    stdout: new MemoryWritable({ isTTY: options.tty }),
    stderr: new MemoryWritable({ isTTY: options.tty }),
    stdin,
    env: { TZ: 'UTC', LANG: 'C', ...options.env },
    platform: 'linux',
    cwd: options.cwd ?? process.cwd(),
    onInterrupt(handler) {
      handlers.add(handler)
      return () => handlers.delete(handler)
    },
    exitNow(code) {
      io.exits.push(code)
    },
    interrupt(signal = 'SIGINT') {
      for (const handler of handlers) handler(signal)
    },
    exits: [],
  }
  return io
}
