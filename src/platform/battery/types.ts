/** What the apps check learns about the battery, from any OS's reader. */
export interface BatteryInfo {
  hasBattery: boolean
  percent: number | null
  isCharging: boolean
  acConnected: boolean
}
