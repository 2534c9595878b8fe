import type { Check } from '../types.js'
import { checkInfo } from '../info.js'
import { readWifiSnapshot } from '../../platform/wifi/index.js'
import { evaluateWifi } from './evaluate.js'

/**
 * Is the network this computer uses protected? Reads how the computer is connected (Wi-Fi,
 * cable, phone, VPN) and, for Wi-Fi, the security mode, then lets evaluate.ts decide and word it.
 */
export const wifiCheck: Check = {
  ...checkInfo.wifi,
  async run(ctx) {
    const snapshot = await readWifiSnapshot(ctx.platform, ctx.exec, ctx.signal, ctx.limitMs)
    return evaluateWifi(snapshot, ctx.options.session, ctx.msg)
  },
}
