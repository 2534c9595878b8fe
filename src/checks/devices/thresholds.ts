/**
 * The camera and microphone check's numbers, in one place.
 */

/**
 * Below this input volume (percent) the other person hears you faintly or not at all. PulseAudio
 * and PipeWire start inputs at 100 %, macOS at about 50-75 %; under 10 % speech drops below the
 * noise gate most call apps use, so it reads as silence.
 */
export const LOW_INPUT_VOLUME_PERCENT = 10

/** The whole check answers within this, on every OS (issue 18): every command shares it. */
export const DEVICES_BUDGET_MS = 1500
