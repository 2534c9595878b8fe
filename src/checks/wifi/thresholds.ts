import type { WifiReading } from '../../platform/wifi/types.js'

/**
 * Below these the picture and sound start to freeze. -70 dBm is the usual floor for steady
 * voice and video on Wi-Fi (Cisco and Aruba voice design guides use -67 dBm as the target);
 * 40 % is where Windows and NetworkManager put about -76 dBm on their percentage scale.
 */
export const WEAK_SIGNAL_DBM = -72
export const WEAK_SIGNAL_PERCENT = 40

/** Whether the signal is too weak for steady voice and video; dBm when known, else the percentage. */
export function isWeak(wifi: WifiReading): boolean {
  if (wifi.signalDbm !== undefined) return wifi.signalDbm < WEAK_SIGNAL_DBM
  // Stryker disable next-line ConditionalExpression: without a percentage, `undefined < 40` is false, as the line after says.
  if (wifi.signalPercent !== undefined) return wifi.signalPercent < WEAK_SIGNAL_PERCENT
  return false
}
