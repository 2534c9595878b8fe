import { request as httpRequest } from 'node:http'
import { connect as tlsConnect } from 'node:tls'
import type { LookupFunction, Socket } from 'node:net'
import { MeasureError, classifyError } from './errors.js'
import { defined } from '../defined.js'

type Env = Readonly<Record<string, string | undefined>>

function envValue(env: Env, name: string): string | undefined {
  const value = env[name] ?? env[name.toLowerCase()]
  return value && value.trim() ? value.trim() : undefined
}

/** True when NO_PROXY names this host (exact, a domain suffix, `.suffix`, host:port, or `*`). */
export function isExcluded(target: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const port = target.port || (target.protocol === 'https:' ? '443' : '80')
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((raw) => {
      const entry = raw.toLowerCase()
      if (entry === '*') return true
      const [name = '', entryPort] = entry.startsWith('[')
        ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]]
        : entry.split(':')
      if (entryPort && entryPort !== port) return false
      const bare = name.replace(/^\*?\./, '')
      return host === bare || host.endsWith('.' + bare)
    })
}

/**
 * The proxy for this URL from the environment, as curl reads it: HTTPS_PROXY for https, HTTP_PROXY
 * for http, ALL_PROXY for both, minus NO_PROXY. Node 20's fetch ignores these, so we read them here.
 */
export function proxyFor(target: URL, env: Env): URL | undefined {
  const raw =
    (target.protocol === 'https:' ? envValue(env, 'HTTPS_PROXY') : envValue(env, 'HTTP_PROXY')) ??
    envValue(env, 'ALL_PROXY')
  if (!raw || isExcluded(target, envValue(env, 'NO_PROXY'))) return undefined
  try {
    const url = new URL(raw.includes('://') ? raw : `http://${raw}`)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}

/** Opens a CONNECT tunnel through the proxy to host:port and gives back the raw socket. */
export function openTunnel(
  proxy: URL,
  host: string,
  port: number,
  timeoutMs: number,
  ca?: string | Buffer,
  lookup?: LookupFunction,
): Promise<Socket> {
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`
  const headers: Record<string, string> = { host: authority }
  if (proxy.username) {
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
    headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`
  }
  const proxyPort = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80))
  const proxyHost = proxy.hostname.replace(/^\[|\]$/g, '')
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: proxyHost,
      port: proxyPort,
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false,
      // The proxy's address was looked up beforehand, with a deadline (resolve.ts).
      ...defined({ lookup }),
      ...(proxy.protocol === 'https:'
        ? {
            createConnection: () =>
              tlsConnect({
                host: proxyHost,
                port: proxyPort,
                servername: proxyHost,
                ...(ca ? { ca } : {}),
                ...defined({ lookup }),
              }),
          }
        : {}),
    })
    req.setTimeout(timeoutMs, () => req.destroy(new MeasureError('proxy', 'the proxy did not answer')))
    req.once('connect', (res, socket) => {
      if (res.statusCode === 200) return resolve(socket)
      socket.destroy()
      reject(
        new MeasureError(
          res.statusCode === 407 ? 'proxy' : 'proxy',
          `the proxy answered ${res.statusCode} to CONNECT`,
        ),
      )
    })
    req.once('error', (error) => {
      const failure = classifyError(error)
      reject(
        failure.kind === 'refused' || failure.kind === 'dns'
          ? new MeasureError('proxy', failure.message)
          : failure,
      )
    })
    req.end()
  })
}
