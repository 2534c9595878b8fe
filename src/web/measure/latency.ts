/// <reference lib="dom" />
import { MeasureError } from '../../net/errors.js'
import {
  addressOf,
  checkResponse,
  isAbort,
  networkTiming,
  requestInit,
  serverTimeOf,
  type Transport,
} from './http.js'

/** An HTML page where no data was expected: a Wi-Fi sign-in page answering every address. */
const PAGE = /<(!doctype|html|head|body|meta|title)/i

/**
 * One zero-byte GET: its round trip minus the time the server says it spent. The network's own
 * timing when the browser has it (Resource Timing), else the page's clock around the request.
 */
export async function probeOnce(transport: Transport, signal: AbortSignal, tag = ''): Promise<number> {
  const url = addressOf(transport, `__down?bytes=0${tag}`)
  const sent = transport.now()
  const response = await transport.fetch(url, { ...requestInit, signal })
  const answered = transport.now()
  const body = await response.text()
  checkResponse(response)
  if (body.length > 0 && PAGE.test(body))
    throw new MeasureError('portal', 'an HTML page where no data was expected')
  const network = networkTiming(url)
  if (network) return Math.max(0, network.roundTripMs - network.serverMs)
  return Math.max(0, answered - sent - serverTimeOf(response))
}

/**
 * Idle reply time: `count` probes back to back (the first, which opens the connection, is not
 * counted), stopping at the deadline with what it has.
 */
export async function idleSamples(
  transport: Transport,
  count: number,
  deadline: number,
  signal: AbortSignal,
): Promise<number[]> {
  await probeOnce(transport, signal)
  const samples: number[] = []
  while (samples.length < count && transport.now() < deadline) {
    try {
      samples.push(await probeOnce(transport, signal))
    } catch (error) {
      if (isAbort(error) || signal.aborted) break
      throw error
    }
  }
  return samples
}

export interface LoadedProbes {
  setPhase(phase: 'download' | 'upload' | 'idle'): void
  stop(): Promise<{ download: number[]; upload: number[] }>
}

/** A probe every `intervalMs` while the load runs; a probe lost under heavy load does not end the run. */
export function startLoadedProbes(
  transport: Transport,
  intervalMs: number,
  signal: AbortSignal,
  wait: (ms: number) => Promise<void>,
): LoadedProbes {
  const samples = { download: [] as number[], upload: [] as number[] }
  let phase: 'download' | 'upload' | 'idle' = 'idle'
  const controller = new AbortController()
  const stopOnParent = (): void => controller.abort()
  signal.addEventListener('abort', stopOnParent, { once: true })
  const loop = (async () => {
    while (!controller.signal.aborted) {
      const started = transport.now()
      const current = phase as 'download' | 'upload' | 'idle'
      if (current !== 'idle') {
        try {
          const rtt = await probeOnce(transport, controller.signal, `&during=${current}`)
          if ((phase as string) === current) samples[current].push(rtt)
        } catch {
          if (controller.signal.aborted) break
        }
      }
      await wait(Math.max(0, intervalMs - (transport.now() - started)))
    }
  })()
  return {
    setPhase: (next) => (phase = next),
    stop: async () => {
      controller.abort()
      signal.removeEventListener('abort', stopOnParent)
      await loop
      return samples
    },
  }
}
