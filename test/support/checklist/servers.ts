import { createServer as createHttpsServer, type Server } from 'node:https'
import {
  connect as connectTcp,
  createServer as createNetServer,
  type Server as NetServer,
  type Socket,
} from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TestCertificate } from './tls.js'

export interface RunningServer {
  url: string
  close(): Promise<void>
}

/** An https server on 127.0.0.1 with a self-signed certificate and the given routes. */
export async function startHttpsServer(
  cert: TestCertificate,
  handler: (req: IncomingMessage, res: ServerResponse, base: string) => void,
): Promise<RunningServer> {
  let base = ''
  const server: Server = createHttpsServer({ key: cert.key, cert: cert.cert }, (req, res) =>
    handler(req, res, base),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A TCP server on 127.0.0.1 that accepts connections and never says a word. */
export async function startSilentServer(): Promise<RunningServer> {
  const sockets = new Set<Socket>()
  const server: NetServer = createNetServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/**
 * A public-looking address for a client's checklist URL in end-to-end tests: a client's run never
 * contacts a loopback or private address, so the built binary is given this one with HTTPS_PROXY
 * set to startTunnelProxy, which carries every tunnel to the loopback test server. It is a
 * documentation address (RFC 5737, TEST-NET-2), never routed on the internet, so nothing leaves
 * the machine even if a proxy setting were ignored.
 */
export const PUBLIC_TEST_ADDRESS = '198.51.100.7'

/** A CONNECT proxy on 127.0.0.1 that tunnels every request to 127.0.0.1:`port`, whatever it asks for. */
export async function startTunnelProxy(port: number): Promise<RunningServer & { targets: string[] }> {
  const targets: string[] = []
  const sockets = new Set<Socket>()
  const server: NetServer = createNetServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => undefined)
    client.once('data', (chunk) => {
      targets.push(/^CONNECT (\S+) HTTP/.exec(chunk.toString('latin1'))?.[1] ?? '')
      const upstream = connectTcp(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(client).pipe(upstream)
      })
      sockets.add(upstream)
      upstream.on('close', () => sockets.delete(upstream))
      upstream.on('error', () => client.destroy())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    targets,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
