/**
 * STUB, to be replaced by feat/web-measure's browser measurement (same signature): it measures
 * download, upload, latency and jitter with fetch and streams against `serve`, and judges them with
 * the connection check's evaluate. Until it lands, the page reports the connection as not measured.
 */
import type { CheckOutcome } from '../../checks/types.js'
import type { SessionType } from '../../report/model.js'
import type { Msg } from '../../messages/index.js'

export interface MeasureInput {
  endpoint: string
  session: SessionType
  msg: Msg
  signal: AbortSignal
  now: () => number
  fetch: typeof fetch
  onProgress?: (text: string) => void
}

export async function measureConnectionInBrowser(input: MeasureInput): Promise<CheckOutcome> {
  return {
    status: 'skip',
    summary: input.msg('web.connection.notMeasured'),
    advice: [],
    details: { reason: 'not-measured-in-browser' },
  }
}
