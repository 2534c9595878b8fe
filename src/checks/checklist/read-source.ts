import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UsageError, describeReadError, type Words } from '../../errors.js'
import { type MessageKey, type MessageValues, type Msg, type PlainKey } from '../../messages/index.js'
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
  /** What the file is, for messages: "checklist" or "answers file" (anything else is named a checklist). */
  what: SourceKind | (string & {})
  timeoutMs?: number
  maxBytes?: number
  /** Whether an https URL is allowed (answers files are local only). */
  allowUrl?: boolean
  /** The sentences in the run's language, for the errors it throws. */
  msg: Msg
  /**
   * Whether the https address given may itself be inside a private network (loopback, LAN). Only
   * the practice's own commands allow it (`serve --checklist`, `checklist validate`): a practice
   * may test with a file on its own network. A client's run never does: its address came in an
   * e-mail, and a link in an e-mail must not make the client's computer reach into their network.
   * Redirects are always held to public addresses.
   */
  privateAddressGiven?: 'allowed' | 'refused'
}

type SourceKey = Extract<MessageKey, `error.source.${string}`>
type NetworkKey = Extract<MessageKey, `error.network.${string}`>

/** What a source holds: a practice's checklist, or a client's answers. */
export type SourceKind = 'checklist' | 'answers file'

/** The name of what was read, as the error sentences say it, in the run's language. */
function whatIs(what: string, m: Msg): string {
  return m(what === 'answers file' ? 'error.what.answers' : 'error.what.checklist')
}

/** A sentence about a source: the key, and the values besides {what} and {name}. */
function sourceError<K extends SourceKey>(
  key: K,
  what: string,
  name: string,
  values: Omit<MessageValues<K>, 'what' | 'name'>,
): Words<Msg> {
  return (m) =>
    (m as (key: SourceKey, values: Record<string, string | number>) => string)(key, {
      ...values,
      what: whatIs(what, m),
      name,
    })
}

/** The link opened a web page (a sign-in page, a share link), not a checklist file. */
export class WebPageError extends UsageError<Msg> {
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

function webPageError(source: string, what: string, kind: 'file' | 'url', m: Msg): WebPageError {
  return new WebPageError(
    sourceError(
      kind === 'url' ? 'error.source.webPageLink' : 'error.source.webPageFile',
      what,
      shownName(source),
      {},
    ),
    m,
  )
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

function kilobytes(bytes: number): Words<Msg> {
  return (m) => m('error.source.kilobytes', { count: Math.round(bytes / 1024) })
}

/** Bytes to text: UTF-8 only, and no NUL bytes, so binary files are refused rather than misread. */
export function decodeText(bytes: Uint8Array, name: string, what: string, m: Msg): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(sourceError('error.source.notUtf8', what, name, {}), m)
  }
  if (text.includes('\u0000')) {
    throw new UsageError(sourceError('error.source.binary', what, name, {}), m)
  }
  return text
}

/** A name such as example.com/c.yaml or www.example.org: a host with a dot and a known-looking ending, then maybe a path. */
export function looksLikeBareWebAddress(source: string): boolean {
  return (
    /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(source) &&
    !/\.(ya?ml|json)$/i.test(source.split('/')[0] ?? '')
  )
}

/** O_NONBLOCK makes open() return at once on a FIFO, so the type check below runs before any wait. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

async function readLocalFile(
  source: string,
  options: ReadSourceOptions,
  maxBytes: number,
): Promise<SourceText> {
  const path = resolve(options.cwd, source)
  const name = shownName(source)
  let handle
  try {
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    const why = describeReadError(error)
    // `example.com/c.yaml` is a web address without its https:// (issue 22): say how to write it.
    if (why === 'error.file.what.noSuchFile' && options.allowUrl && looksLikeBareWebAddress(source))
      throw new UsageError(
        sourceError('error.source.noSchemeUrl', options.what, name, { url: `https://${name}` }),
        options.msg,
        { cause: error },
      )
    throw new UsageError(
      (m: Msg) =>
        sourceError('error.source.couldNotRead', options.what, name, { why: m(why as PlainKey) })(m),
      options.msg,
      { cause: error },
    )
  }
  try {
    // fstat on the open handle, not stat on the path: no gap for the file to be swapped in between.
    const info = await handle.stat()
    if (!info.isFile()) {
      const kind = info.isDirectory()
        ? 'error.source.kind.folder'
        : info.isFIFO()
          ? 'error.source.kind.pipe'
          : info.isSocket()
            ? 'error.source.kind.socket'
            : 'error.source.kind.device'
      throw new UsageError(
        (m: Msg) => sourceError('error.source.notAFile', options.what, name, { kind: m(kind) })(m),
        options.msg,
      )
    }
    if (info.size > maxBytes) {
      const size = info.size
      throw new UsageError(
        (m: Msg) =>
          sourceError('error.source.tooBigSized', options.what, name, {
            size: kilobytes(size)(m),
            limit: kilobytes(maxBytes)(m),
          })(m),
        options.msg,
      )
    }
    // Read one byte past the limit, in case the file grew since stat.
    const buffer = Buffer.alloc(maxBytes + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > maxBytes)
      throw new UsageError(
        (m: Msg) =>
          sourceError('error.source.tooBig', options.what, name, { limit: kilobytes(maxBytes)(m) })(m),
        options.msg,
      )
    const text = decodeText(buffer.subarray(0, bytesRead), name, options.what, options.msg)
    if (looksLikeWebPage(text)) throw webPageError(source, options.what, 'file', options.msg)
    return { text, name: source, kind: 'file' }
  } finally {
    await handle.close()
  }
}

/** What went wrong on the network, in words; the code itself is kept for --debug only. */
function describeNetworkError(cause: { code?: string; kind?: string } | undefined): NetworkKey {
  const code = cause?.code ?? ''
  const kind = cause?.kind ?? ''
  if (kind === 'dns' || code === 'ENOTFOUND') return 'error.network.dns'
  if (kind === 'offline' || ['EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN'].includes(code))
    return 'error.network.offline'
  if (kind === 'proxy') return 'error.network.proxy'
  if (kind === 'refused' || code === 'ECONNREFUSED') return 'error.network.refused'
  // fetch (undici) says UND_ERR_SOCKET when the server closes or resets the connection part-way.
  if (kind === 'closed' || ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(code))
    return 'error.network.closed'
  if (kind === 'stalled' || code === 'ETIMEDOUT' || /^UND_ERR_.*TIMEOUT$/.test(code))
    return 'error.network.stalled'
  if (kind === 'tls' || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code))
    return 'error.network.tls'
  return 'error.network.other'
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

function httpsUrl(location: string, base: string | undefined, source: string, what: string, m: Msg): URL {
  let url: URL
  try {
    url = new URL(location, base)
  } catch {
    throw new UsageError(sourceError('error.source.invalidUrl', what, shownName(source), {}), m)
  }
  if (url.protocol !== 'https:') {
    // "http", the scheme's name, from the protocol "http:".
    const scheme = url.protocol.slice(0, -1)
    throw new UsageError(
      sourceError(base ? 'error.source.redirectNotHttps' : 'error.source.notHttps', what, shownName(source), {
        scheme,
      }),
      m,
    )
  }
  if (url.username || url.password)
    throw new UsageError(sourceError('error.source.credentials', what, shownName(source), {}), m)
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
    throw new UsageError(
      (m: Msg) =>
        sourceError('error.source.urlTooBig', options.what, name, { limit: kilobytes(maxBytes)(m) })(m),
      options.msg,
    )
  }
  let hop = 0
  try {
    let url = httpsUrl(source, undefined, source, options.what, options.msg)
    for (; ; hop++) {
      const init: RequestInit & { publicOnly: boolean } = {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: 'application/yaml, text/yaml, application/json, text/plain' },
        // Where the address redirects is never the user's choice: a redirect is followed only to a
        // public internet address. The address given is held to that too, unless the practice's
        // own command allows its own network (see privateAddressGiven).
        publicOnly: hop > 0 || options.privateAddressGiven !== 'allowed',
      }
      const response = await options.fetch(url, init)
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined)
        if (hop >= MAX_REDIRECTS)
          throw new UsageError(
            sourceError('error.source.tooManyRedirects', options.what, name, {}),
            options.msg,
          )
        url = httpsUrl(location, url.href, source, options.what, options.msg)
        continue
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined)
        // The reason phrase is the server's text: cleaned like any outside text before it is shown.
        const reason = sanitizeText(response.statusText, 80)
        const status = reason ? `${response.status} ${reason}` : String(response.status)
        throw new UsageError(
          sourceError('error.source.httpStatus', options.what, name, { status }),
          options.msg,
        )
      }
      const bytes = await readLimited(response, maxBytes, tooBig)
      const text = decodeText(bytes, name, options.what, options.msg)
      if (looksLikeWebPage(text, response.headers.get('content-type')))
        throw webPageError(source, options.what, 'url', options.msg)
      return { text, name: source, kind: 'url' }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    if (options.signal?.aborted) throw options.signal.reason ?? error
    if (controller.signal.aborted) {
      throw new UsageError(
        timeoutMs >= 1000
          ? sourceError('error.source.timeout', options.what, name, { seconds: Math.round(timeoutMs / 1000) })
          : sourceError('error.source.timeoutMs', options.what, name, { milliseconds: timeoutMs }),
        options.msg,
      )
    }
    // fetch wraps network errors as TypeError('fetch failed', { cause }); a body cut off part-way
    // arrives as the stream's own error ("aborted", ECONNRESET), with no wrapper.
    const wrapped = (error as { cause?: { code?: string; kind?: string; message?: string; host?: string } })
      .cause
    if (wrapped?.code === 'EPRIVATEADDRESS')
      throw new UsageError(
        sourceError(
          hop === 0 ? 'error.source.privateGiven' : 'error.source.privateAddress',
          options.what,
          name,
          {
            host: shownName(wrapped.host ?? ''),
          },
        ),
        options.msg,
      )
    const own = error as { code?: string; kind?: string; message?: string }
    const detail = wrapped ?? {
      ...(own.code ? { code: own.code } : {}),
      ...(own.kind
        ? { kind: own.kind }
        : /^aborted$|premature close|socket hang up/i.test(own.message ?? '')
          ? { kind: 'closed' }
          : {}),
    }
    const why = describeNetworkError(detail)
    throw new UsageError(
      (m: Msg) => sourceError('error.source.network', options.what, name, { why: m(why) })(m),
      options.msg,
      { cause: error },
    )
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', onAbort)
  }
}

/** Reads a checklist or answers file from disk, or a checklist from an https URL, within the limits. */
export async function readSource(source: string, options: ReadSourceOptions): Promise<SourceText> {
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES
  if (!isUrl(source)) return readLocalFile(source, options, maxBytes)
  if (!options.allowUrl)
    throw new UsageError(
      sourceError('error.source.notLocal', options.what, shownName(source), {}),
      options.msg,
    )
  return readUrl(source, options, maxBytes)
}
