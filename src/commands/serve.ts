import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Io } from '../io.js'
import { UsageError } from '../errors.js'
import { parseDataSize } from '../cli/options.js'
import { startSpeedServer, type SpeedServerOptions } from '../net/speed-server.js'
import { RUN_COMMAND } from '../tool.js'

type Flags = Record<string, string | boolean | undefined>

function text(flags: Flags, name: string): string | undefined {
  const value = flags[name]
  return typeof value === 'string' ? value : undefined
}

function number(flags: Flags, name: string, flag: string, min: number, max: number): number | undefined {
  const raw = text(flags, name)
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (!/^\s*\d+(\.\d+)?\s*$/.test(raw) || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${flag} takes a number from ${min} to ${max}; you gave "${raw}".`)
  }
  return value
}

function readPem(io: Io, file: string, flag: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8')
  } catch {
    throw new UsageError(`${flag}: could not read "${file}".`)
  }
}

/** Maps the serve flags to server options; throws UsageError for bad input. */
export function resolveServeOptions(flags: Flags, io: Io): SpeedServerOptions {
  const cert = text(flags, 'cert')
  const key = text(flags, 'key')
  if (Boolean(cert) !== Boolean(key)) throw new UsageError('--cert and --key go together: give both to serve HTTPS, or neither for HTTP.')
  const port = number(flags, 'port', '--port', 0, 65535) ?? 8787
  if (!Number.isInteger(port)) throw new UsageError('--port takes a whole number from 0 to 65535.')
  const rate = number(flags, 'rate', '--rate', 0.01, 100000)
  const delay = number(flags, 'delay', '--delay', 0, 60000)
  const jitter = number(flags, 'jitter', '--jitter', 0, 60000)
  const drop = number(flags, 'udpDrop', '--udp-drop', 0, 100)
  return {
    host: text(flags, 'host') ?? '127.0.0.1',
    port,
    maxBytes: parseDataSize('--max-bytes', text(flags, 'maxBytes') ?? '100MB') ?? 100e6,
    ...(cert && key ? { tls: { cert: readPem(io, cert, '--cert'), key: readPem(io, key, '--key') } } : {}),
    ...(rate !== undefined ? { rateMbps: rate } : {}),
    ...(delay !== undefined ? { delayMs: delay } : {}),
    ...(jitter !== undefined ? { jitterMs: jitter } : {}),
    ...(drop !== undefined ? { udpDropPct: drop } : {}),
  }
}

function describeImpairments(options: SpeedServerOptions): string {
  const parts = [
    options.rateMbps !== undefined && `rate ${options.rateMbps} Mbit/s each way`,
    options.delayMs !== undefined && `delay ${options.delayMs} ms`,
    options.jitterMs !== undefined && `jitter ±${options.jitterMs} ms`,
    options.udpDropPct !== undefined && `UDP drop ${options.udpDropPct}%`,
  ].filter(Boolean)
  return parts.length ? `Impairments: ${parts.join(', ')}.\n` : ''
}

/** `session-checkup serve`: runs the speed endpoint until Ctrl-C, then closes it and exits 0. */
export async function runServe(flags: Flags, io: Io): Promise<number> {
  const options = resolveServeOptions(flags, io)
  let server
  try {
    server = await startSpeedServer(options)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'EADDRINUSE' ? 'that port is already in use' : code === 'EACCES' ? 'this user may not use that port' : code === 'EADDRNOTAVAIL' ? 'that address is not on this computer' : (error as Error).message
    throw new UsageError(`Could not listen on ${options.host} port ${options.port}: ${why}.`)
  }
  const wildcard = options.host === '0.0.0.0' || options.host === '::'
  io.stdout.write(
    `Speed endpoint ready at ${server.url}\n` +
      `Measure against it with: ${RUN_COMMAND} --server ${server.url}${server.udp ? ` --stun ${wildcard ? '<this-computer>' : server.url.replace(/^https?:\/\//, '')}` : ''}\n` +
      (wildcard ? 'It listens on every address of this computer: use this computer\'s name or address in place of the one above.\n' : '') +
      (server.udp ? '' : 'The UDP probe could not start on this port, so packet loss cannot be measured against this server.\n') +
      describeImpairments(options) +
      'Press Ctrl-C to stop.\n',
  )
  await new Promise<void>((done) => {
    const remove = io.onInterrupt(() => {
      remove()
      done()
    })
  })
  await server.close()
  io.stderr.write('Stopped.\n')
  return 0
}
