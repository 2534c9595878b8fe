import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type TLSSocket } from 'node:tls'
import type { AddressInfo } from 'node:net'

/** A throw-away self-signed certificate for one host name, made with openssl at test time. */
export function certificateFor(host: string): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'session-checkup-link-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        `/CN=${host}/O=Test CA`,
        '-addext',
        `subjectAltName=DNS:${host}`,
      ],
      { stdio: 'ignore' },
    )
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface TlsServer {
  port: number
  /** TCP connections accepted, finished handshakes or not. */
  connections: number
  /** Completed handshakes. */
  handshakes: number
  /** Bytes the client sent after the handshake (an HTTP request would show here). */
  bytesAfterHandshake: number
  /** Resolves once every connection so far has closed. */
  settled(): Promise<void>
  close(): Promise<void>
}

/** A TLS server on 127.0.0.1 that completes handshakes and records whatever is sent afterwards. */
export async function startTlsServer(certificate: { key: string; cert: string }): Promise<TlsServer> {
  const open = new Set<TLSSocket>()
  const closed: Array<Promise<void>> = []
  const state = { handshakes: 0, bytesAfterHandshake: 0, connections: 0 }
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (socket) => {
    state.handshakes += 1
    socket.on('data', (chunk: Buffer) => (state.bytesAfterHandshake += chunk.length))
    socket.on('error', () => {})
  })
  server.on('connection', (raw) => {
    state.connections += 1
    open.add(raw as unknown as TLSSocket)
    closed.push(new Promise((resolve) => raw.once('close', () => resolve())))
    raw.on('close', () => open.delete(raw as unknown as TLSSocket))
  })
  server.on('tlsClientError', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    get connections() {
      return state.connections
    },
    get handshakes() {
      return state.handshakes
    },
    get bytesAfterHandshake() {
      return state.bytesAfterHandshake
    },
    settled: async () => {
      await Promise.all(closed)
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
