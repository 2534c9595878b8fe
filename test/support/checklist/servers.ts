import { createServer as createHttpsServer, type Server } from 'node:https'
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net'
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
