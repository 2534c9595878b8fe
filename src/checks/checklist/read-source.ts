import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UsageError } from '../../errors.js'

/** A checklist is a few dozen lines; anything bigger than this is not one. */
export const MAX_SOURCE_BYTES = 64 * 1024
/** How long a checklist URL may take to answer, in total. */
export const SOURCE_TIMEOUT_MS = 10_000
const MAX_REDIRECTS = 5

export interface ReadSourceOptions {
  cwd: string
  fetch: typeof globalThis.fetch
  signal?: AbortSignal
  /** What the file is, for messages: "checklist" or "answers file". */
  what: string
  timeoutMs?: number
  maxBytes?: number
  /** Whether an https URL is allowed (answers files are local only). */
  allowUrl?: boolean
}

export interface SourceText {
  text: string
  /** How to name the source in messages: the path as given, or the URL. */
  name: string
  kind: 'file' | 'url'
}

/** Looks like a URL (scheme://), rather than a path such as C:\checklist.yaml. */
export function isUrl(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source)
}

function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`
}

/** Bytes to text: UTF-8 only, and no NUL bytes, so binary files are refused rather than misread. */
export function decodeText(bytes: Uint8Array, name: string, what: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(`The ${what} ${name} is not a text file (it is not UTF-8); save it as plain text in YAML or JSON.`)
  }
  if (text.includes('\u0000')) {
    throw new UsageError(`The ${what} ${name} is not a text file (it holds binary data); save it as plain text in YAML or JSON.`)
  }
  return text
}

async function readLocalFile(source: string, options: ReadSourceOptions, maxBytes: number): Promise<SourceText> {
  const path = resolve(options.cwd, source)
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'it cannot be opened (no permission)' : `it cannot be opened (${code ?? 'unknown reason'})`
    throw new UsageError(`Could not read the ${options.what} ${source}: ${why}.`)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UsageError(`Could not read the ${options.what} ${source}: it is not a file.`)
    if (info.size > maxBytes) {
      throw new UsageError(`The ${options.what} ${source} is too big (${kilobytes(info.size)}); it can be at most ${kilobytes(maxBytes)}.`)
    }
    // Read one byte past the limit, in case the file grew since stat.
    const buffer = Buffer.alloc(maxBytes + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > maxBytes) throw new UsageError(`The ${options.what} ${source} is too big; it can be at most ${kilobytes(maxBytes)}.`)
    return { text: decodeText(buffer.subarray(0, bytesRead), source, options.what), name: source, kind: 'file' }
  } finally {
    await handle.close()
  }
}

/** Network error codes in words; the code stays in brackets for whoever helps. */
function describeNetworkError(code: string | undefined, message: string): string {
  if (!code) return `the connection failed (${message})`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the address could not be found; check the spelling and that you are online (${code})`
  if (code === 'ECONNREFUSED') return `the server refused the connection (${code})`
  // fetch (undici) says UND_ERR_SOCKET when the server closes or resets the connection part-way.
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') return `the connection was cut off before the whole file arrived (${code})`
  if (code === 'ETIMEDOUT' || /^UND_ERR_.*TIMEOUT$/.test(code)) return `the server did not answer in time (${code})`
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'ENETDOWN') return `the server cannot be reached from this network; check that you are online (${code})`
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code)) return `the server's security certificate is not trusted, so the file was not read (${code})`
  return `the connection failed (${code})`
}

/** Reads a response body, stopping as soon as it passes the limit. */
async function readLimited(response: Response, maxBytes: number, fail: () => never): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) fail()
  const chunks: Uint8Array[] = []
  let total = 0
  if (!response.body) return new Uint8Array()
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      fail()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

function httpsUrl(location: string, base: string | undefined, source: string, what: string): URL {
  let url: URL
  try {
    url = new URL(location, base)
  } catch {
    throw new UsageError(`The ${what} address ${source} is not a valid URL.`)
  }
  if (url.protocol !== 'https:') {
    const hop = base ? `redirects to ${url.protocol.replace(':', '')}, which is` : 'uses ' + url.protocol.replace(':', '') + ', which is'
    throw new UsageError(`The ${what} address ${source} ${hop} not allowed; only https:// addresses can be used, so the file cannot be changed on the way.`)
  }
  if (url.username || url.password) throw new UsageError(`The ${what} address ${source} has a user name or password in it; use an address without one.`)
  return url
}

/**
 * Fetches an https URL: no redirect may leave https, the body stops at the size limit, and the
 * whole exchange has one time limit. Redirects are followed by hand, so each hop is checked.
 */
async function readUrl(source: string, options: ReadSourceOptions, maxBytes: number): Promise<SourceText> {
  const timeoutMs = options.timeoutMs ?? SOURCE_TIMEOUT_MS
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const onAbort = (): void => controller.abort()
  options.signal?.addEventListener('abort', onAbort, { once: true })
  const tooBig = (): never => {
    throw new UsageError(`The ${options.what} at ${source} is too big; it can be at most ${kilobytes(maxBytes)}.`)
  }
  try {
    let url = httpsUrl(source, undefined, source, options.what)
    for (let hop = 0; ; hop++) {
      const response = await options.fetch(url, { redirect: 'manual', signal: controller.signal, headers: { accept: 'application/yaml, text/yaml, application/json, text/plain' } })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined)
        if (hop >= MAX_REDIRECTS) throw new UsageError(`The ${options.what} address ${source} redirects too many times.`)
        url = httpsUrl(location, url.href, source, options.what)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined)
        throw new UsageError(`Could not fetch the ${options.what} from ${source}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`)
      }
      const bytes = await readLimited(response, maxBytes, tooBig)
      return { text: decodeText(bytes, source, options.what), name: source, kind: 'url' }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    if (controller.signal.aborted && !options.signal?.aborted) {
      throw new UsageError(`Could not fetch the ${options.what} from ${source}: no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`}.`)
    }
    if (options.signal?.aborted) throw error
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    throw new UsageError(`Could not fetch the ${options.what} from ${source}: ${describeNetworkError(cause?.code, cause?.message ?? (error as Error).message)}.`)
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', onAbort)
  }
}

/** Reads a checklist or answers file from disk, or a checklist from an https URL, within the limits. */
export async function readSource(source: string, options: ReadSourceOptions): Promise<SourceText> {
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES
  if (!isUrl(source)) return readLocalFile(source, options, maxBytes)
  if (!options.allowUrl) throw new UsageError(`The ${options.what} must be a file on this computer, not an address; you gave ${source}.`)
  return readUrl(source, options, maxBytes)
}
