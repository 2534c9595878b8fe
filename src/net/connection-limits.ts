/**
 * Who may hold a connection to `serve`: pure bookkeeping, with no sockets in it, so the rules are
 * tested on their own. Each connection counts against every network of its client (an IPv4
 * address; an IPv6 /64, /56 and /48, see clientNetworks), each with its own cap, and against the
 * total. At the total cap a new connection is not simply refused: the connection that has waited
 * longest without a complete request makes room for it. Slow or unfinished requests (headers not
 * yet complete) go first, then idle kept-alive connections; a connection with a request under way
 * is never closed for room. So a flood of slow connections, however many networks it comes from,
 * only pushes out its own oldest members, and a client that sends its request at once is served.
 */
export interface ConnectionCaps {
  /** Open connections in all. */
  total: number
  /** The cap for each of a client's networks, in the order clientNetworks gives them (narrowest first). */
  perNetwork: readonly number[]
}

export type Admission<C> =
  | { admitted: true; /** Closed to make room (already released here). */ evicted?: C }
  | { admitted: false; reason: 'client' | 'busy' }

export class ConnectionTable<C> {
  private readonly counts = new Map<string, number>()
  private readonly networksOf = new Map<C, readonly string[]>()
  /** No complete request yet, oldest first. */
  private readonly unfinished = new Set<C>()
  /** Kept alive between requests, longest idle first. */
  private readonly idle = new Set<C>()

  constructor(private readonly caps: ConnectionCaps) {}

  /** Connections held now. */
  get size(): number {
    return this.networksOf.size
  }

  /** Connections held now from this network (a key of clientNetworks). */
  heldBy(network: string): number {
    return this.counts.get(network) ?? 0
  }

  /** A new connection from a client with these networks (narrowest first). */
  admit(connection: C, networks: readonly string[]): Admission<C> {
    const full = networks.some(
      (network, i) => this.heldBy(network) >= (this.caps.perNetwork[i] ?? this.caps.perNetwork.at(-1) ?? 1),
    )
    if (full) return { admitted: false, reason: 'client' }
    let evicted: C | undefined
    if (this.size >= this.caps.total) {
      evicted = first(this.unfinished) ?? first(this.idle)
      if (evicted === undefined) return { admitted: false, reason: 'busy' }
      this.release(evicted)
    }
    this.networksOf.set(connection, networks)
    for (const network of networks) this.counts.set(network, this.heldBy(network) + 1)
    this.unfinished.add(connection)
    return evicted === undefined ? { admitted: true } : { admitted: true, evicted }
  }

  /** A request's headers are complete: from now on the connection is never closed for room. */
  busy(connection: C): void {
    this.unfinished.delete(connection)
    this.idle.delete(connection)
  }

  /** The last request under way is answered; the connection waits for the next one. */
  waiting(connection: C): void {
    if (!this.networksOf.has(connection)) return
    this.idle.delete(connection)
    this.idle.add(connection)
  }

  /** The connection is gone. Calling it again does nothing. */
  release(connection: C): void {
    const networks = this.networksOf.get(connection)
    if (!networks) return
    this.networksOf.delete(connection)
    this.unfinished.delete(connection)
    this.idle.delete(connection)
    for (const network of networks) {
      const left = this.heldBy(network) - 1
      if (left > 0) this.counts.set(network, left)
      else this.counts.delete(network)
    }
  }
}

function first<C>(set: Set<C>): C | undefined {
  for (const item of set) return item
  return undefined
}
