import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UsageError, describeReadError } from '../../errors.js'
import { sanitizeText } from '../../text/sanitize.js'

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

/** The link opened a web page (a sign-in page, a share link), not a checklist file. */
export class WebPageError extends UsageError {
  override name = 'WebPageError'
}

/** Text shown back from a source's name: cleaned, as the name may come from a redirect or a server. */
function shownName(name: string): string {
  return sanitizeText(name, 300)
}

/** Looks like HTML: a web page, where a checklist (YAML or JSON) was expected. */
export function looksLikeWebPage(text: string, contentType?: string | null): boolean {
  if (contentType && /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) return true
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(text.replace(/^\uFEFF/, ''))
}

function webPageError(source: string, what: string, kind: 'file' | 'url'): WebPageError {
  return kind === 'url'
    ? new WebPageError(`The ${what} link ${shownName(source)} opened a web page, not a checklist file (perhaps a sign-in page or a share link); ask for a direct link to the .yaml file.`)
    : new WebPageError(`The ${what} ${shownName(source)} is a web page, not a checklist file; save the checklist itself as a .yaml file.`)
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

/** O_NONBLOCK makes open() return at once on a FIFO, so the type check below runs before any wait. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

async function readLocalFile(source: string, options: ReadSourceOptions, maxBytes: number): Promise<SourceText> {
  const path = resolve(options.cwd, source)
  const name = shownName(source)
  let handle
  try {
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    // A socket cannot be opened at all (ENXIO); say what it is rather than why open() failed.
    const why = (error as NodeJS.ErrnoException).code === 'ENXIO' ? 'it is not a file (it is a device or a socket)' : describeReadError(error)
    throw new UsageError(`Could not read the ${options.what} ${name}: ${why}.`, { cause: error })
  }
  try {
    // fstat on the open handle, not stat on the path: no gap for the file to be swapped in between.
    const info = await handle.stat()
    if (!info.isFile()) {
      const kind = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a pipe' : info.isSocket() ? 'a socket' : 'a device'
      throw new UsageError(`Could not read the ${options.what} ${name}: it is ${kind}, not a file; give the path of a .yaml or .json file.`)
    }
    if (info.size > maxBytes) {
      throw new UsageError(`The ${options.what} ${name} is too big (${kilobytes(info.size)}); it can be at most ${kilobytes(maxBytes)}.`)
    }
    // Read one byte past the limit, in case the file grew since stat.
    const buffer = Buffer.alloc(maxBytes + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > maxBytes) throw new UsageError(`The ${options.what} ${name} is too big; it can be at most ${kilobytes(maxBytes)}.`)
    const text = decodeText(buffer.subarray(0, bytesRead), name, options.what)
    if (looksLikeWebPage(text)) throw webPageError(source, options.what, 'file')
    return { text, name: source, kind: 'file' }
  } finally {
    await handle.close()
  }
}

/** What went wrong on the network, in words; the code itself is kept for --debug only. */
function describeNetworkError(cause: { code?: string; kind?: string } | undefined): string {
  const code = cause?.code ?? ''
  const kind = cause?.kind ?? ''
  if (kind === 'dns' || code === 'ENOTFOUND') return 'the address could not be found; check the spelling and that you are online'
  if (kind === 'offline' || ['EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN'].includes(code)) return 'the server cannot be reached from this network; check that you are online'
  if (kind === 'proxy') return 'the proxy set on this computer (HTTPS_PROXY) did not let the request through; check that setting, or ask whoever set it up'
  if (kind === 'refused' || code === 'ECONNREFUSED') return 'the server refused the connection; check the address, or try again later'
  // fetch (undici) says UND_ERR_SOCKET when the server closes or resets the connection part-way.
  if (kind === 'closed' || ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(code)) return 'the connection was cut off before the whole file arrived; try again'
  if (kind === 'stalled' || code === 'ETIMEDOUT' || /^UND_ERR_.*TIMEOUT$/.test(code)) return 'the server did not answer in time; try again later'
  if (kind === 'tls' || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code)) return "the server's security certificate is not trusted, so the file was not read; check the date and time on this computer, or ask for a link on another site"
  return 'the connection failed; check that you are online and try again'
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
    throw new UsageError(`The ${what} address ${shownName(source)} is not a valid URL.`)
  }
  if (url.protocol !== 'https:') {
    source = shownName(source)
    const hop = base ? `redirects to ${url.protocol.replace(':', '')}, which is` : 'uses ' + url.protocol.replace(':', '') + ', which is'
    throw new UsageError(`The ${what} address ${source} ${hop} not allowed; only https:// addresses can be used, so the file cannot be changed on the way.`)
  }
  if (url.username || url.password) throw new UsageError(`The ${what} address ${shownName(source)} has a user name or password in it; use an address without one.`)
  return url
}

/**
 * Fetches an https URL: no redirect may leave https, the body stops at the size limit, and the
 * whole exchange has one time limit. Redirects are followed by hand, so each hop is checked.
 */
async function readUrl(source: string, options: ReadSourceOptions, maxBytes: number): Promise<SourceText> {
  const timeoutMs = options.timeoutMs ?? SOURCE_TIMEOUT_MS
  const name = shownName(source)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const onAbort = (): void => controller.abort(options.signal?.reason)
  if (options.signal?.aborted) onAbort()
  options.signal?.addEventListener('abort', onAbort, { once: true })
  const tooBig = (): never => {
    throw new UsageError(`The ${options.what} at ${name} is too big; it can be at most ${kilobytes(maxBytes)}.`)
  }
  try {
    let url = httpsUrl(source, undefined, source, options.what)
    for (let hop = 0; ; hop++) {
      const response = await options.fetch(url, { redirect: 'manual', signal: controller.signal, headers: { accept: 'application/yaml, text/yaml, application/json, text/plain' } })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined)
        if (hop >= MAX_REDIRECTS) throw new UsageError(`The ${options.what} address ${name} redirects too many times.`)
        url = httpsUrl(location, url.href, source, options.what)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined)
        // The reason phrase is the server's text: cleaned like any outside text before it is shown.
        const reason = sanitizeText(response.statusText, 80)
        throw new UsageError(`Could not fetch the ${options.what} from ${name}: the server answered ${response.status}${reason ? ` ${reason}` : ''}.`)
      }
      const bytes = await readLimited(response, maxBytes, tooBig)
      const text = decodeText(bytes, name, options.what)
      if (looksLikeWebPage(text, response.headers.get('content-type'))) throw webPageError(source, options.what, 'url')
      return { text, name: source, kind: 'url' }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    if (options.signal?.aborted) throw options.signal.reason ?? error
    if (controller.signal.aborted) {
      throw new UsageError(`Could not fetch the ${options.what} from ${name}: no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`}; try again later.`)
    }
    // fetch wraps network errors as TypeError('fetch failed', { cause }); a body cut off part-way
    // arrives as the stream's own error ("aborted", ECONNRESET), with no wrapper.
    const wrapped = (error as { cause?: { code?: string; kind?: string; message?: string } }).cause
    const own = error as { code?: string; kind?: string; message?: string }
    const detail = wrapped ?? { ...(own.code ? { code: own.code } : {}), ...(own.kind ? { kind: own.kind } : /^aborted$|premature close|socket hang up/i.test(own.message ?? '') ? { kind: 'closed' } : {}) }
    throw new UsageError(`Could not fetch the ${options.what} from ${name}: ${describeNetworkError(detail)}.`, { cause: error })
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', onAbort)
  }
}

/** Reads a checklist or answers file from disk, or a checklist from an https URL, within the limits. */
export async function readSource(source: string, options: ReadSourceOptions): Promise<SourceText> {
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES
  if (!isUrl(source)) return readLocalFile(source, options, maxBytes)
  if (!options.allowUrl) throw new UsageError(`The ${options.what} must be a file on this computer, not an address; you gave ${shownName(source)}.`)
  return readUrl(source, options, maxBytes)
}
