/**
 * "This device" in a browser: a phone or tablet gets the advice that fits it, and the battery is
 * judged where the browser tells it (navigator.getBattery, Chromium only). Pure.
 */
import type { CheckOutcome } from '../../checks/types.js'
import { LOW_BATTERY_PERCENT } from '../../checks/apps/evaluate.js'
import type { AdviceStep, BrowserInfo, Measurement, SessionType, Status } from '../../report/model.js'
import type { Msg, PlainKey } from '../../messages/index.js'

export const THIS_DEVICE_ID = 'this-device'

export interface ThisDeviceFacts {
  device: BrowserInfo['device']
  /** "Chrome 131", for the report. */
  browser: string
  /** From navigator.getBattery(): level 0-1 and whether it is charging; undefined where the browser does not tell. */
  battery?: { level: number; charging: boolean }
}

function isLow(battery: ThisDeviceFacts['battery']): boolean {
  return battery !== undefined && !battery.charging && battery.level * 100 < LOW_BATTERY_PERCENT
}

function tipKeys(facts: ThisDeviceFacts, session: SessionType): PlainKey[] {
  const handheld = facts.device !== 'computer'
  const keys: PlainKey[] = []
  if (isLow(facts.battery) || (handheld && !facts.battery?.charging)) keys.push('web.device.step.plugIn')
  if (handheld) keys.push('web.device.step.doNotDisturb')
  if (handheld && session === 'video') keys.push('web.device.step.stand')
  return keys
}

function measurementsOf(facts: ThisDeviceFacts, m: Msg): Measurement[] {
  const list: Measurement[] = [
    { id: 'deviceKind', label: m('web.label.deviceKind'), value: m(`web.device.kind.${facts.device}`) },
    { id: 'browser', label: m('web.label.browser'), value: facts.browser },
  ]
  if (facts.battery) {
    list.push({
      id: 'batteryPercent',
      label: m('web.label.battery'),
      value: Math.round(facts.battery.level * 100),
      unit: '%',
      status: isLow(facts.battery) ? 'warn' : 'pass',
    })
    list.push({ id: 'charging', label: m('web.label.charging'), value: facts.battery.charging })
  }
  return list
}

/** The device's result: a low battery is worth a look; a phone's or tablet's tips are worth a look too. */
export function evaluateThisDevice(facts: ThisDeviceFacts, session: SessionType, m: Msg): CheckOutcome {
  const low = isLow(facts.battery)
  const status: Status = low ? 'warn' : 'pass'
  const summary = low
    ? m('web.device.summary.lowBattery', { percent: Math.round((facts.battery?.level ?? 0) * 100) })
    : m(`web.device.summary.${facts.device}`)
  const steps: AdviceStep[] = tipKeys(facts, session).map((key) => ({
    text: m(key),
    priority: 'consider',
    from: 'tool',
    // The checklist asks about Do Not Disturb too: the report says it once.
    ...(key === 'web.device.step.doNotDisturb' ? { topic: 'do-not-disturb' } : {}),
  }))
  return {
    status,
    summary,
    advice: steps.map((step) => step.text),
    steps,
    measurements: measurementsOf(facts, m),
    details: {
      device: facts.device,
      ...(facts.battery ? { batteryPercent: Math.round(facts.battery.level * 100) } : {}),
    },
  }
}
