import type { Check } from '../types.js'
import { checkInfo } from '../info.js'
import { readDevices } from '../../platform/devices/index.js'
import { devicesReadBudget } from './thresholds.js'
import { devicesFor, evaluateDevices } from './evaluate.js'
import { unknownReading } from '../../platform/devices/types.js'

/**
 * Are the camera and microphone there, switched on, allowed and free? Reads state only: it never
 * turns a device on, never captures, never records. Video sessions check both, audio sessions the
 * microphone, text sessions skip.
 */
export const devicesCheck: Check = {
  ...checkInfo.devices,
  async run(ctx) {
    const kinds = devicesFor(ctx.options.session)
    if (kinds.length === 0)
      return evaluateDevices(
        { camera: unknownReading(), microphone: unknownReading() },
        ctx.options.session,
        ctx.platform,
        ctx.msg,
      )
    const snapshot = await readDevices(ctx.platform, {
      exec: ctx.exec,
      now: ctx.now,
      deadline: ctx.now() + devicesReadBudget(ctx.limitMs),
      signal: ctx.signal,
      env: ctx.env,
      kinds,
    })
    return evaluateDevices(snapshot, ctx.options.session, ctx.platform, ctx.msg)
  },
}
