/**
 * The camera and microphone check's numbers, in one place.
 */

/**
 * Below this input volume (percent) the other person hears you faintly or not at all. PulseAudio
 * and PipeWire start inputs at 100 %, macOS at about 50-75 %; under 10 % speech drops below the
 * noise gate most call apps use, so it reads as silence.
 */
export const LOW_INPUT_VOLUME_PERCENT = 10

/**
 * The limit the runner gives the check. On an idle computer the check takes well under 1.5 s on
 * every OS (issue 18's target; test/bench/devices.bench.mjs measures it). The limit is generous on
 * purpose: a 1.5 s deadline of the check's own, on the wall clock, turned slow answers on a busy
 * computer into "could not check", or into the runner's timeout error (issue 15).
 */
export const DEVICES_LIMIT_MS = 6000

/**
 * The commands and reads share the first three quarters of the limit the runner applied
 * (ctx.limitMs); the rest lets what was read be judged and reported before the runner's own stop.
 */
export function devicesReadBudget(limitMs: number): number {
  return Math.floor(limitMs * 0.75)
}
