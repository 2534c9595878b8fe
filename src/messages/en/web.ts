/** English: the web check's page (src/web/); the whole catalogue is src/messages/en/index.ts. */
export const web = {
  // ── The page around the checks.
  'web.title': 'Check your device for your session',
  'web.intro':
    'This page checks this phone, tablet or computer for an online therapy session: the connection, the camera, microphone and speakers, your meeting link, and a few questions about your room. It takes about two minutes.',
  'web.privacy':
    'Nothing is recorded, stored or sent anywhere. Only the connection test talks to the server this page came from.',
  'web.session.legend': 'What kind of session do you have?',
  'web.session.video': 'Video',
  'web.session.audio': 'Audio or phone',
  'web.session.text': 'Text or chat',
  'web.start': 'Start the check',
  'web.next': 'Continue',
  'web.otherLanguage': 'Ver esta página en español',
  'web.step': 'Step {step} of {total}',
  'web.config.checklist':
    "Your practice's own questions could not be used on this page, so it asks the built-in questions instead. Everything else works as usual; you may let your therapist know.",
  'web.config.endpoint':
    "This page's settings name a connection-test server it is not set up to contact, so it tests the connection against the address this page came from.",
  'web.config.failed': "This page could not read its practice's settings, so it asks the built-in questions.",

  // Progress, announced in the live region.
  'web.progress.connection': 'Measuring your connection in the background.',
  'web.progress.connectionWaiting': 'Almost done: finishing the connection test.',
  'web.progress.done': 'The check is finished. Your result is below.',

  // ── Camera, microphone and speakers.
  'web.devices.heading': 'Camera, microphone and speakers',
  'web.devices.explain.video':
    'Next, your browser asks to use your camera and microphone. You will see yourself, and a bar that moves when you speak. Nothing is recorded or sent anywhere.',
  'web.devices.explain.audio':
    'Next, your browser asks to use your microphone. You will see a bar that moves when you speak. Nothing is recorded or sent anywhere.',
  'web.devices.allow.video': 'Turn on camera and microphone',
  'web.devices.allow.audio': 'Turn on microphone',
  'web.devices.selfView': 'Your camera, as the other person will see you',
  'web.devices.meter': 'Microphone level',
  'web.devices.speak': 'Say a few words: the bar moves when your microphone hears you.',
  'web.devices.heard': 'Your microphone hears you.',
  'web.devices.notHeardYet': 'Nothing heard yet.',
  'web.devices.waiting': 'Waiting for your browser. If it asks, choose Allow.',
  'web.speakers.play': 'Play a test sound',
  'web.speakers.question': 'Did you hear the test sound?',
  'web.speakers.playFirst': 'Press "Play a test sound" first, then answer.',

  // The devices result in the browser (src/web/devices/evaluate.ts).
  'web.devices.summary.denied':
    'This browser was not allowed to use the camera or microphone, so a video call in it could not use them either.',
  'web.devices.summary.deniedAudio':
    'This browser was not allowed to use the microphone, so a call in it could not use it either.',
  'web.devices.summary.busy':
    'Another app is using the camera or microphone right now, so this browser could not turn it on.',
  'web.devices.summary.failed': 'This browser could not turn on the camera or microphone.',
  'web.devices.summary.unsupported':
    'This browser cannot use a camera or microphone on this page. A secure (https) address or another browser is needed.',
  'web.devices.summary.silent': 'Your microphone is on, but it did not pick up any sound.',
  'web.devices.summary.speakersNotHeard':
    'You did not hear the test sound, so you may not hear your therapist.',
  'web.devices.summary.ready.video': 'Your camera, microphone and speakers work in this browser.',
  'web.devices.summary.ready.audio': 'Your microphone and speakers work in this browser.',
  'web.devices.summary.textSession':
    'A text or chat session needs no camera or microphone, so they were not checked.',
  'web.devices.step.closeOtherApp':
    'Close the other app that uses the camera or microphone (another video call, for example), then reload this page.',
  'web.devices.step.reload': 'Then reload this page and check again.',
  'web.devices.step.otherBrowser':
    'Open this page in Chrome, Edge, Firefox or Safari, at its https:// address.',
  'web.devices.step.silent':
    'Check that your microphone is not muted (a switch on a headset, or a mute key), and speak close to it.',
  'web.devices.step.volume':
    'Turn the volume up, and check that your headphones or speakers are plugged in and chosen for sound on this device.',
  'web.label.microphoneHeard': 'Microphone heard sound',
  'web.label.speakersHeard': 'Test sound heard',

  // How to allow the camera and microphone, by browser and system. Each is one step.
  'web.allow.chrome.computer':
    'In Chrome, click the icon at the left of the address bar, turn on Camera and Microphone for this site, then reload the page.',
  'web.allow.edge.computer':
    'In Edge, click the lock at the left of the address bar, choose "Permissions for this site", set Camera and Microphone to Allow, then reload the page.',
  'web.allow.firefox.computer':
    'In Firefox, click the crossed-out camera or microphone icon in the address bar, clear "Blocked temporarily" or "Blocked", then reload the page and choose Allow.',
  'web.allow.safari.macos':
    'In Safari, open Safari › Settings for This Website (or Settings › Websites), set Camera and Microphone to Allow, then reload the page.',
  'web.allow.chrome.android':
    'In Chrome, tap the icon at the left of the address bar, tap Permissions, turn on Camera and Microphone, then reload the page.',
  'web.allow.firefox.android':
    'In Firefox, tap the lock at the left of the address bar, turn on Camera and Microphone for this site, then reload the page.',
  'web.allow.samsung.android':
    'In Samsung Internet, tap the lock in the address bar, tap Permissions, allow Camera and Microphone, then reload the page.',
  'web.allow.safari.ios':
    'In Safari, tap the "Aa" or the page menu in the address bar, tap Website Settings, set Camera and Microphone to Allow, then reload the page.',
  'web.allow.other.ios':
    'Open the Settings app, tap the browser you use, turn on Camera and Microphone, then reload this page.',
  'web.allow.system.windows':
    'If it still does not work, open Start › Settings › Privacy & security › Camera (and Microphone), and turn on access for apps and for desktop apps.',
  'web.allow.system.macos':
    'If it still does not work, open System Settings › Privacy & Security › Camera (and Microphone), and turn on your browser.',
  'web.allow.system.android':
    'If it still does not work, open Settings › Apps › your browser › Permissions, and allow Camera and Microphone.',
  'web.allow.other':
    "Open your browser's settings for this site, allow the camera and microphone, then reload the page.",

  // ── This device (src/web/this-device/evaluate.ts).
  'web.device.title': 'This device',
  'web.device.summary.phone': 'You are on a phone. A few things help a long call go well.',
  'web.device.summary.tablet': 'You are on a tablet. A few things help a long call go well.',
  'web.device.summary.computer': 'You are on a computer with a web browser.',
  'web.device.summary.lowBattery':
    'The battery is at {percent} % and not charging, so it may run out during the session.',
  'web.device.step.plugIn': 'Plug in your charger before the session: a video call uses the battery fast.',
  'web.device.step.doNotDisturb':
    'Turn on Do Not Disturb, so calls and messages do not interrupt the session or pop up on the screen.',
  'web.device.step.stand':
    'Stand the device on something steady at eye level, so your hands are free and the picture stays still.',
  'web.label.deviceKind': 'Kind of device',
  'web.label.browser': 'Browser',
  'web.label.battery': 'Battery',
  'web.label.charging': 'Charging',
  'web.device.kind.phone': 'phone',
  'web.device.kind.tablet': 'tablet',
  'web.device.kind.computer': 'computer',

  // ── The connection, until the browser measures it.
  'web.connection.notMeasured': 'The connection was not measured in this browser.',
  'web.connection.failed': 'The connection test could not finish in this browser.',

  // ── The meeting link.
  'web.link.heading': 'Your meeting link',
  'web.link.explain':
    'If you have the link to your session, paste it here to check that it is safe to open. It is checked on this page only: the link never leaves this page.',
  'web.link.label': 'Meeting link (optional)',
  'web.link.skip': 'Leave it empty to skip this step.',

  // ── The checklist.
  'web.checklist.heading': 'A few questions about your room',

  // ── The result.
  'web.report.heading': 'Your result',
  'web.save': 'Save for your therapist',
  'web.saveHint': 'This saves the report as a file on this device. Nothing is sent.',
  'web.checkAgain': 'Check again',
} as const
