/** English: devices (the whole catalogue is src/messages/en/index.ts). */
export const devices = {
  // ── The devices check (src/checks/devices/).
  // One summary per finding (src/checks/devices/wording.ts says which steps go with it). No app or device name ever appears.
  'devices.summary.camera.none':
    "We could not find a camera on this computer, so your therapist won't be able to see you.",
  'devices.summary.microphone.none':
    "We could not find a microphone on this computer, so your therapist won't be able to hear you.",
  'devices.summary.camera.blocked.windows-device':
    'Your camera is switched off for everyone on this computer in the Windows privacy settings, so no app can use it.',
  'devices.summary.camera.blocked.windows-all-apps':
    "Windows privacy settings stop every app from using your camera, so your video app won't be able to show you.",
  'devices.summary.camera.blocked.windows-desktop-apps':
    'Windows privacy settings stop desktop apps, such as your web browser and Zoom, from using your camera.',
  'devices.summary.camera.blocked.windows-device-disabled':
    'Your camera is turned off in Windows, so no app can use it.',
  'devices.summary.camera.blocked.linux-permission':
    'Your user account is not allowed to use the camera on this computer.',
  'devices.summary.camera.blocked.linux-gnome-privacy':
    "The camera is switched off in your desktop's privacy settings, so apps that ask for it (such as browsers installed as Flatpak or Snap) can't use it.",
  'devices.summary.microphone.blocked.windows-device':
    'Your microphone is switched off for everyone on this computer in the Windows privacy settings, so no app can use it.',
  'devices.summary.microphone.blocked.windows-all-apps':
    "Windows privacy settings stop every app from using your microphone, so your therapist won't be able to hear you.",
  'devices.summary.microphone.blocked.windows-desktop-apps':
    'Windows privacy settings stop desktop apps, such as your web browser and Zoom, from using your microphone.',
  'devices.summary.microphone.blocked.windows-endpoint-disabled':
    'Your microphone is turned off in the Windows sound settings, so no app can use it.',
  'devices.summary.microphone.blocked.linux-gnome-privacy':
    "The microphone is switched off in your desktop's privacy settings, so apps that ask for it (such as browsers installed as Flatpak or Snap) can't use it.",
  'devices.summary.camera.in-use':
    'Another app is using your camera right now, and a camera usually works for one app at a time.',
  'devices.summary.microphone.in-use': 'Another app is using your microphone right now.',
  'devices.summary.microphone.muted.linux': "Your microphone is muted, so your therapist won't hear you.",
  'devices.summary.microphone.muted.darwin':
    "Your microphone's input volume is at zero, so your therapist won't hear you.",
  'devices.summary.microphone.low.linux':
    "Your microphone's volume is very low, so your therapist may hardly hear you.",
  'devices.summary.microphone.low.darwin':
    "Your microphone's input volume is very low, so your therapist may hardly hear you.",
  'devices.summary.camera.unknown': "We couldn't check your camera on this computer.",
  'devices.summary.microphone.unknown': "We couldn't check your microphone on this computer.",
  'devices.summary.readyVideo':
    'We found your camera and microphone, and nothing we can see is blocking them.',
  'devices.summary.readyAudio': 'We found your microphone, and nothing we can see is blocking it.',
  'devices.summary.textSession':
    "A text session doesn't need the camera or microphone, so we didn't check them.",
  'devices.step.runAgain': 'Then run {command} again.',
  'devices.step.audioInstead':
    "If you can't fix it in time, ask your therapist whether you can have an audio (phone) session instead.",
  'devices.step.plugInWebcam':
    'If you use a separate webcam, plug it in now, wait a few seconds, and run the check again.',
  'devices.step.phoneOrTablet': 'Or join the session from a phone or tablet, which has a camera built in.',
  'devices.step.plugInHeadset':
    'Plug in a headset or earphones with a microphone, or connect your Bluetooth headset, then run the check again.',
  'devices.step.phone': 'Or join the session from a phone, which has a microphone built in.',
  'devices.step.greyedOut':
    'If the switch is greyed out, your organisation manages this computer: ask its IT support, or use another device for the session.',
  'devices.step.windowsCameraAccess':
    'Open Settings › Privacy & security › Camera and turn on "Camera access". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-webcam and press Enter.)',
  'devices.step.windowsCameraApps':
    'Open Settings › Privacy & security › Camera and turn on "Let apps access your camera" and "Let desktop apps access your camera". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-webcam and press Enter.)',
  'devices.step.windowsCameraDesktopApps':
    'Open Settings › Privacy & security › Camera and turn on "Let desktop apps access your camera". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-webcam and press Enter.)',
  'devices.step.windowsCameraEnable':
    'Open Settings › Bluetooth & devices › Cameras, choose your camera and select "Enable". (On Windows 10: right-click the Start button, open Device Manager, find your camera under Cameras, right-click it and choose "Enable device".)',
  'devices.step.linuxLogInAgain':
    'Log out and log in again at the computer itself (not over a remote connection); that usually gives you the camera.',
  'devices.step.linuxVideoGroup':
    'If it still doesn\'t work, ask whoever looks after this computer to add you to the "video" group (sudo usermod -aG video YOUR-USER-NAME), then log out and in.',
  'devices.step.linuxCameraPrivacy': 'Open Settings › Privacy › Camera and turn "Camera" on.',
  'devices.step.windowsMicrophoneAccess':
    'Open Settings › Privacy & security › Microphone and turn on "Microphone access". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-microphone and press Enter.)',
  'devices.step.windowsMicrophoneApps':
    'Open Settings › Privacy & security › Microphone and turn on "Let apps access your microphone" and "Let desktop apps access your microphone". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-microphone and press Enter.)',
  'devices.step.windowsMicrophoneDesktopApps':
    'Open Settings › Privacy & security › Microphone and turn on "Let desktop apps access your microphone". (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-microphone and press Enter.)',
  'devices.step.windowsMicrophoneEnable':
    'Open Settings › System › Sound, choose your microphone under "Input" and select "Allow". (To open that page quickly, press the Windows key and R together, type ms-settings:sound and press Enter.)',
  'devices.step.linuxMicrophonePrivacy': 'Open Settings › Privacy › Microphone and turn "Microphone" on.',
  'devices.step.closeCameraApp':
    "Close the other app before the session, unless it is the app you'll have the session in. ({command} --verbose shows which app it is.)",
  'devices.step.closeMicrophoneApp':
    "Close the other app before the session, unless it is the app you'll have the session in, so it can't take or hear your sound. ({command} --verbose shows which app it is.)",
  'devices.step.linuxUnmute':
    'Open Settings › Sound, find "Input", and turn the microphone on (or press the microphone key on your keyboard, if it has one).',
  'devices.step.macosInputVolume':
    'Open System Settings › Sound › Input, choose your microphone, and drag "Input volume" at least half way up.',
  'devices.step.linuxInputVolume':
    'Open Settings › Sound, find "Input", and move the microphone\'s volume slider at least half way up.',
  'devices.step.testCamera':
    "Before the session, open your video app's settings and check that your picture shows up there.",
  'devices.step.testMicrophone':
    "Before the session, open the settings of the app you'll have the session in, speak, and check that the microphone level moves.",

  // Tips for what this check cannot see; added once, at the end.
  'devices.step.cameraCover':
    "We can't see a camera cover, a privacy switch or a closed laptop lid: if yours has one, open it before the session.",
  'devices.step.macosPrivacy':
    "If the app you'll have the session in says it can't use the camera or microphone, turn it on for that app in System Settings › Privacy & Security › Camera (and › Microphone). {app} can't read that list without asking for extra permissions.",
  'devices.label.cameraFound': 'Camera found',
  'devices.label.microphoneFound': 'Microphone found',
  'devices.label.cameraAllowed': 'Camera allowed',
  'devices.label.microphoneAllowed': 'Microphone allowed',
  'devices.label.cameraInUse': 'Camera used by another app',
  'devices.label.microphoneInUse': 'Microphone used by another app',
  'devices.label.microphoneMuted': 'Microphone muted',
  'devices.label.microphoneVolume': 'Microphone volume',
  'devices.title': 'Camera and microphone',
  'devices.activity': 'Checking your camera and microphone',
} as const
