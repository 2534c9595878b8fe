/**
 * Every sentence the camera and microphone check says, whole and keyed. evaluate.ts picks keys;
 * nothing here is assembled from pieces. App and device names never appear in a sentence: they
 * come from the OS, and go to `identifiers` (names of apps) or `details` (names of devices).
 */
import { RUN_COMMAND, TOOL_NAME } from '../../tool.js'

export interface Words {
  summary: string
  advice: string[]
}

/** The last step of most fixes; evaluate.ts keeps it once, at the end. */
export const runAgain = `Then run ${RUN_COMMAND} again.`
const audioInstead = 'If you can\'t fix it in time, ask your therapist whether you can have an audio (phone) session instead.'

/** Finding keys; each has its words below. */
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

export const findingWords: Record<FindingKey, Words> = {
  'camera.none': {
    summary: 'We could not find a camera on this computer, so your therapist won\'t be able to see you.',
    advice: ['If you use a separate webcam, plug it in now, wait a few seconds, and run the check again.', 'Or join the session from a phone or tablet, which has a camera built in.', audioInstead],
  },
  'microphone.none': {
    summary: 'We could not find a microphone on this computer, so your therapist won\'t be able to hear you.',
    advice: ['Plug in a headset or earphones with a microphone, or connect your Bluetooth headset, then run the check again.', 'Or join the session from a phone, which has a microphone built in.'],
  },
  'camera.blocked.windows-device': {
    summary: 'Your camera is switched off for everyone on this computer in the Windows privacy settings, so no app can use it.',
    advice: [
      'Open Settings › Privacy & security › Camera and turn on "Camera access". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-webcam and press Enter.)',
      'If the switch is greyed out, your organisation manages this computer: ask its IT support, or use another device for the session.',
      runAgain,
    ],
  },
  'camera.blocked.windows-all-apps': {
    summary: 'Windows privacy settings stop every app from using your camera, so your video app won\'t be able to show you.',
    advice: [
      'Open Settings › Privacy & security › Camera and turn on "Let apps access your camera" and "Let desktop apps access your camera". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-webcam and press Enter.)',
      runAgain,
    ],
  },
  'camera.blocked.windows-desktop-apps': {
    summary: 'Windows privacy settings stop desktop apps, such as your web browser and Zoom, from using your camera.',
    advice: [
      'Open Settings › Privacy & security › Camera and turn on "Let desktop apps access your camera". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-webcam and press Enter.)',
      runAgain,
    ],
  },
  'camera.blocked.windows-device-disabled': {
    summary: 'Your camera is turned off in Windows, so no app can use it.',
    advice: [
      'Open Settings › Bluetooth & devices › Cameras, choose your camera and select "Enable". (On Windows 10: right-click the Start button, open Device Manager, find your camera under Cameras, right-click it and choose "Enable device".)',
      runAgain,
    ],
  },
  'camera.blocked.linux-permission': {
    summary: 'Your user account is not allowed to use the camera on this computer.',
    advice: [
      'Log out and log in again at the computer itself (not over a remote connection); that usually gives you the camera.',
      'If it still doesn\'t work, ask whoever looks after this computer to add you to the "video" group (sudo usermod -aG video YOUR-USER-NAME), then log out and in.',
      runAgain,
    ],
  },
  'camera.blocked.linux-gnome-privacy': {
    summary: 'The camera is switched off in your desktop\'s privacy settings, so apps that ask for it (such as browsers installed as Flatpak or Snap) can\'t use it.',
    advice: ['Open Settings › Privacy › Camera and turn "Camera" on.', runAgain],
  },
  'microphone.blocked.windows-device': {
    summary: 'Your microphone is switched off for everyone on this computer in the Windows privacy settings, so no app can use it.',
    advice: [
      'Open Settings › Privacy & security › Microphone and turn on "Microphone access". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-microphone and press Enter.)',
      'If the switch is greyed out, your organisation manages this computer: ask its IT support, or use another device for the session.',
      runAgain,
    ],
  },
  'microphone.blocked.windows-all-apps': {
    summary: 'Windows privacy settings stop every app from using your microphone, so your therapist won\'t be able to hear you.',
    advice: [
      'Open Settings › Privacy & security › Microphone and turn on "Let apps access your microphone" and "Let desktop apps access your microphone". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-microphone and press Enter.)',
      runAgain,
    ],
  },
  'microphone.blocked.windows-desktop-apps': {
    summary: 'Windows privacy settings stop desktop apps, such as your web browser and Zoom, from using your microphone.',
    advice: [
      'Open Settings › Privacy & security › Microphone and turn on "Let desktop apps access your microphone". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-microphone and press Enter.)',
      runAgain,
    ],
  },
  'microphone.blocked.windows-endpoint-disabled': {
    summary: 'Your microphone is turned off in the Windows sound settings, so no app can use it.',
    advice: [
      'Open Settings › System › Sound, choose your microphone under "Input" and select "Allow". (To open that page quickly, press the Windows key and R together, type ms-settings:sound and press Enter.)',
      runAgain,
    ],
  },
  'microphone.blocked.linux-gnome-privacy': {
    summary: 'The microphone is switched off in your desktop\'s privacy settings, so apps that ask for it (such as browsers installed as Flatpak or Snap) can\'t use it.',
    advice: ['Open Settings › Privacy › Microphone and turn "Microphone" on.', runAgain],
  },
  'camera.in-use': {
    summary: 'Another app is using your camera right now, and a camera usually works for one app at a time.',
    advice: [
      `Close the other app before the session, unless it is the app you'll have the session in. (${RUN_COMMAND} --verbose shows which app it is.)`,
      runAgain,
    ],
  },
  'microphone.in-use': {
    summary: 'Another app is using your microphone right now.',
    advice: [
      `Close the other app before the session, unless it is the app you'll have the session in, so it can't take or hear your sound. (${RUN_COMMAND} --verbose shows which app it is.)`,
    ],
  },
  'microphone.muted.linux': {
    summary: 'Your microphone is muted, so your therapist won\'t hear you.',
    advice: ['Open Settings › Sound, find "Input", and turn the microphone on (or press the microphone key on your keyboard, if it has one).', runAgain],
  },
  'microphone.muted.darwin': {
    summary: 'Your microphone\'s input volume is at zero, so your therapist won\'t hear you.',
    advice: ['Open System Settings › Sound › Input, choose your microphone, and drag "Input volume" at least half way up.', runAgain],
  },
  'microphone.low.linux': {
    summary: 'Your microphone\'s volume is very low, so your therapist may hardly hear you.',
    advice: ['Open Settings › Sound, find "Input", and move the microphone\'s volume slider at least half way up.'],
  },
  'microphone.low.darwin': {
    summary: 'Your microphone\'s input volume is very low, so your therapist may hardly hear you.',
    advice: ['Open System Settings › Sound › Input, choose your microphone, and drag "Input volume" at least half way up.'],
  },
  'camera.unknown': {
    summary: 'We couldn\'t check your camera on this computer.',
    advice: ['Before the session, open your video app\'s settings and check that your picture shows up there.'],
  },
  'microphone.unknown': {
    summary: 'We couldn\'t check your microphone on this computer.',
    advice: ['Before the session, open your video app\'s settings and check that the microphone level moves when you speak.'],
  },
}

/** What is said when nothing needs doing, per session. */
export const readyWords = {
  video: 'We found your camera and microphone, and nothing we can see is blocking them.',
  audio: 'We found your microphone, and nothing we can see is blocking it.',
} as const

export const skippedWords = {
  summary: 'A text session doesn\'t need the camera or microphone, so we didn\'t check them.',
} as const

/** Tips for what this check cannot see; added once, at the end. */
export const tipWords = {
  cameraCover: 'We can\'t see a camera cover, a privacy switch or a closed laptop lid: if yours has one, open it before the session.',
  macosPrivacy: `If your video app says it can't use the camera or microphone, turn it on for that app in System Settings › Privacy & Security › Camera (and › Microphone). ${TOOL_NAME} can't read that list without asking for extra permissions.`,
} as const
