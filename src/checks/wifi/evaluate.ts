/**
 * The Wi-Fi check's decision. Pure: (snapshot, session) => outcome. The thresholds, the
 * sentences chosen for each case, and the measurements live beside it; the sentences themselves
 * in src/messages/en/. Network names and addresses go to `identifiers` only, never into a sentence.
 */
import type { CheckOutcome } from '../types.js'
import type { SessionType, Status } from '../../report/model.js'
import type { WifiReading, WifiSnapshot } from '../../platform/wifi/types.js'
import { type Msg } from '../../messages/index.js'
import { isWeak } from './thresholds.js'
import { detailsOf, identifiersOf, measurementsOf } from './measurements.js'
import { judgeLink, judgeWifi, stepsIn, vpnToo, type Verdict } from './wording.js'
import { defined } from '../../defined.js'

export { WEAK_SIGNAL_DBM, WEAK_SIGNAL_PERCENT } from './thresholds.js'

/**
 * A weak signal: a text chat copes, so a pass stays a pass with a tip; voice and video freeze,
 * so a pass becomes a caution that says so in its own sentence. Anything worse keeps its words.
 */
function withWeakSignal(
  verdict: Verdict,
  session: SessionType,
  m: Msg,
): { status: Status; summary: string; advice: string[] } {
  const step = stepsIn(m)
  const cautioned = verdict.status === 'pass' && session !== 'text'
  const last = verdict.summary.length - 1
  const summary = verdict.summary.map((sentence, index) =>
    cautioned && index === last ? (sentence.weak ?? sentence.text) : sentence.text,
  )
  const tip = cautioned ? step.moveCloser : verdict.status === 'pass' ? step.weakSignal : step.weakSignalToo
  return {
    status: cautioned ? 'warn' : verdict.status,
    summary: summary.join(' '),
    advice: [...verdict.advice, tip],
  }
}

/** Decides the Wi-Fi check from the snapshot. */
export function evaluateWifi(snapshot: WifiSnapshot, session: SessionType, m: Msg): CheckOutcome {
  const { link, wifi } = snapshot
  const weak = wifi ? isWeak(wifi) : false
  let verdict =
    judgeLink(snapshot, m) ??
    judgeWifi(wifi as WifiReading, link.vpn.active, Boolean(link.viaPhoneHotspot), m)
  if (verdict.status === 'pass' && link.vpn.active)
    verdict = { ...verdict, summary: [...verdict.summary, vpnToo(m)] }
  const said = weak
    ? withWeakSignal(verdict, session, m)
    : { ...verdict, summary: verdict.summary.map((sentence) => sentence.text).join(' ') }
  const identifiers = identifiersOf(wifi)
  return {
    status: said.status,
    summary: said.summary,
    advice: said.advice,
    measurements: measurementsOf(snapshot, weak, m),
    details: detailsOf(snapshot),
    ...defined({ identifiers }),
  }
}
