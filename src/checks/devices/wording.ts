/**
 * Which sentences the camera and microphone check says for each finding: its summary and its
 * steps, in order. The sentences themselves live in the message catalogue (src/messages/en/ and
 * the other languages), whole. App and device names never appear in a sentence: they come from
 * the OS, and go to `identifiers` (names of apps) or `details` (names of devices).
 */
import { type Msg, type PlainKey } from '../../messages/index.js'

export interface Words {
  summary: string
  advice: string[]
}

/** Finding keys; each has its summary in the catalogue (devices.summary.<key>) and its steps below. */
export type FindingKey =
  | 'camera.none'
  | 'microphone.none'
  | 'camera.blocked.windows-device'
  | 'camera.blocked.windows-all-apps'
  | 'camera.blocked.windows-desktop-apps'
  | 'camera.blocked.windows-device-disabled'
  | 'camera.blocked.linux-permission'
  | 'camera.blocked.linux-gnome-privacy'
  | 'microphone.blocked.windows-device'
  | 'microphone.blocked.windows-all-apps'
  | 'microphone.blocked.windows-desktop-apps'
  | 'microphone.blocked.windows-endpoint-disabled'
  | 'microphone.blocked.linux-gnome-privacy'
  | 'camera.in-use'
  | 'microphone.in-use'
  | 'microphone.muted.linux'
  | 'microphone.muted.darwin'
  | 'microphone.low.linux'
  | 'microphone.low.darwin'
  | 'camera.unknown'
  | 'microphone.unknown'

/** The last step of most fixes; evaluate.ts keeps it once, at the end. */
export const RUN_AGAIN: PlainKey = 'devices.step.runAgain'

/** The steps of each finding, in the order they are shown. */
export const findingSteps: Record<FindingKey, readonly PlainKey[]> = {
  'camera.none': ['devices.step.plugInWebcam', 'devices.step.phoneOrTablet', 'devices.step.audioInstead'],
  'microphone.none': ['devices.step.plugInHeadset', 'devices.step.phone'],
  'camera.blocked.windows-device': ['devices.step.windowsCameraAccess', 'devices.step.greyedOut', RUN_AGAIN],
  'camera.blocked.windows-all-apps': ['devices.step.windowsCameraApps', RUN_AGAIN],
  'camera.blocked.windows-desktop-apps': ['devices.step.windowsCameraDesktopApps', RUN_AGAIN],
  'camera.blocked.windows-device-disabled': ['devices.step.windowsCameraEnable', RUN_AGAIN],
  'camera.blocked.linux-permission': [
    'devices.step.linuxLogInAgain',
    'devices.step.linuxVideoGroup',
    RUN_AGAIN,
  ],
  'camera.blocked.linux-gnome-privacy': ['devices.step.linuxCameraPrivacy', RUN_AGAIN],
  'microphone.blocked.windows-device': [
    'devices.step.windowsMicrophoneAccess',
    'devices.step.greyedOut',
    RUN_AGAIN,
  ],
  'microphone.blocked.windows-all-apps': ['devices.step.windowsMicrophoneApps', RUN_AGAIN],
  'microphone.blocked.windows-desktop-apps': ['devices.step.windowsMicrophoneDesktopApps', RUN_AGAIN],
  'microphone.blocked.windows-endpoint-disabled': ['devices.step.windowsMicrophoneEnable', RUN_AGAIN],
  'microphone.blocked.linux-gnome-privacy': ['devices.step.linuxMicrophonePrivacy', RUN_AGAIN],
  'camera.in-use': ['devices.step.closeCameraApp', RUN_AGAIN],
  'microphone.in-use': ['devices.step.closeMicrophoneApp'],
  'microphone.muted.linux': ['devices.step.linuxUnmute', RUN_AGAIN],
  'microphone.muted.darwin': ['devices.step.macosInputVolume', RUN_AGAIN],
  'microphone.low.linux': ['devices.step.linuxInputVolume'],
  'microphone.low.darwin': ['devices.step.macosInputVolume'],
  'camera.unknown': ['devices.step.testCamera'],
  'microphone.unknown': ['devices.step.testMicrophone'],
}

/**
 * The step the checklist asks about too (its built-in microphone question): the
 * report says "try your microphone" once, not twice in near-identical words.
 */
export const stepTopics: Partial<Record<PlainKey, string>> = {
  'devices.step.testMicrophone': 'microphone-test',
}

/** Every finding's summary and steps in one language. */
export function findingWordsIn(m: Msg): Record<FindingKey, Words> {
  const entries = (Object.keys(findingSteps) as FindingKey[]).map((key) => [
    key,
    { summary: m(`devices.summary.${key}`), advice: findingSteps[key].map((step) => m(step)) },
  ])
  return Object.fromEntries(entries) as Record<FindingKey, Words>
}
