import type { BatteryInfo } from './types.js'

/**
 * Parses `pmset -g batt` (macOS): the power source on the first line, then one line per battery:
 *
 *   Now drawing from 'Battery Power'
 *    -InternalBattery-0 (id=5374051)	95%; discharging; 3:06 remaining present: true
 *
 * A Mac without a battery (an iMac) prints only the first line. States seen: discharging,
 * charging, charged, finishing charge, "AC attached; not charging". Pure; never throws.
 */
export function parsePmsetBattery(stdout: string): BatteryInfo | undefined {
  const source = /Now drawing from '([^']+)'/.exec(stdout)?.[1]
  if (!source) return undefined
  const acConnected = /AC Power/i.test(source)
  const line = stdout.split('\n').find((text) => /InternalBattery/.test(text))
  if (!line) return { hasBattery: false, percent: null, isCharging: false, acConnected }
  const percent = /\t?\s*(\d{1,3})%/.exec(line)?.[1]
  const state = line.split(';')[1]?.trim().toLowerCase() ?? ''
  return {
    hasBattery: true,
    percent: percent === undefined ? null : Math.min(100, Number(percent)),
    isCharging: state === 'charging' || state === 'finishing charge',
    acConnected,
  }
}
