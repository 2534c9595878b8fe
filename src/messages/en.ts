/**
 * Every sentence a person reads from the checks, in English. Whole sentences with named
 * {placeholders}; {app} and {command} are filled in for every sentence (src/tool.ts).
 * Keys are `area.what`; a sentence that has a weak-signal form has it under `<key>Weak`.
 * Another language is one more file with these keys (src/messages/index.ts registers it).
 */
export const en = {
  // src/checks/run-checks.ts: a check that could not finish.
  'run.error.advice':
    'Run {command} again. If this keeps happening, your session can still go ahead; tell your therapist which part could not be checked.',
  'run.error.timeout': 'This check took longer than {seconds} seconds, so it was stopped.',
  'run.error.timeoutMs': 'This check took longer than {milliseconds} milliseconds, so it was stopped.',
  'run.error.crash': 'This check stopped unexpectedly, so this part could not be checked.',

  // Lists: "Zoom", "Zoom and Skype", "Zoom, Skype and Teams".
  'list.and': '{rest} and {last}',
  'list.comma': '{first}, {next}',

  // The Wi-Fi check (src/checks/wifi/).
  'wifi.title': 'Wi-Fi',
  'wifi.activity': 'Checking your Wi-Fi',
  'wifi.summary.protected': 'Your Wi-Fi is protected with a password ({protection}).',
  'wifi.summary.protectedWeak':
    'Your Wi-Fi is protected with a password ({protection}), but the signal is weak.',
  'wifi.summary.hotspotProtected':
    "You're on your phone's hotspot, which is protected with a password ({protection}).",
  'wifi.summary.hotspotProtectedWeak':
    "You're on your phone's hotspot, which is protected with a password ({protection}), but the signal is weak.",
  'wifi.summary.enterprise': 'Your Wi-Fi uses a personal login (WPA Enterprise), which is well protected.',
  'wifi.summary.enterpriseWeak':
    'Your Wi-Fi uses a personal login (WPA Enterprise), which is well protected, but the signal is weak.',
  'wifi.summary.ethernet': "You're connected by cable, which is private and steady.",
  'wifi.summary.ethernetWeak':
    "You're connected by cable, which is private and steady, but the signal is weak.",
  'wifi.summary.phone':
    "You're online through your phone, connected by cable or Bluetooth, which is private.",
  'wifi.summary.phoneWeak':
    "You're online through your phone, connected by cable or Bluetooth, which is private, but the signal is weak.",
  'wifi.summary.cellular': "You're online through mobile data, which is encrypted.",
  'wifi.summary.cellularWeak':
    "You're online through mobile data, which is encrypted, but the signal is weak.",
  'wifi.summary.vpnToo': 'A VPN is on too.',
  'wifi.summary.vpnTooWeak': 'A VPN is on too, but the signal is weak.',
  'wifi.summary.wpa': 'This Wi-Fi network uses an old kind of protection (WPA) that can be broken.',
  'wifi.summary.hotspotWpa': "Your phone's hotspot uses an old kind of protection (WPA) that can be broken.",
  'wifi.summary.owe': 'This Wi-Fi network is encrypted, but anyone nearby can join it without a password.',
  'wifi.summary.hotspotOwe':
    "Your phone's hotspot is encrypted, but anyone nearby can join it without a password.",
  'wifi.summary.open':
    'This Wi-Fi network has no password, so people nearby could see which apps and sites you use.',
  'wifi.summary.hotspotOpen':
    "Your phone's hotspot has no password, so people nearby could see which apps and sites you use.",
  'wifi.summary.openVpn':
    'This Wi-Fi network has no password, but your VPN is on, which protects what you send.',
  'wifi.summary.hotspotOpenVpn':
    "Your phone's hotspot has no password, but your VPN is on, which protects what you send.",
  'wifi.summary.wep':
    'This Wi-Fi network uses WEP, an old protection that is easy to break, so people nearby could see which apps and sites you use.',
  'wifi.summary.hotspotWep':
    "Your phone's hotspot uses WEP, an old protection that is easy to break, so people nearby could see which apps and sites you use.",
  'wifi.summary.wepVpn':
    'This Wi-Fi network uses WEP, an old protection that is easy to break, but your VPN is on, which protects what you send.',
  'wifi.summary.hotspotWepVpn':
    "Your phone's hotspot uses WEP, an old protection that is easy to break, but your VPN is on, which protects what you send.",
  'wifi.summary.radioOff': 'Wi-Fi is turned off, and this computer has no other connection.',
  'wifi.summary.noWifiHardware': 'This computer has no Wi-Fi and is not connected to a network.',
  'wifi.summary.notConnected': 'This computer is not connected to a network right now.',
  'wifi.summary.linkUnknown': "We couldn't tell how this computer is connected to the internet.",
  'wifi.summary.windowsLocationOff':
    "Windows didn't let us read how your Wi-Fi is protected, because location access is off for desktop apps.",
  'wifi.summary.macosUnreadable': "macOS didn't tell us how your Wi-Fi is protected.",
  'wifi.summary.linuxNoTools':
    "We couldn't read how your Wi-Fi is protected, because this Linux system has neither NetworkManager (nmcli) nor the iw tool.",
  'wifi.summary.linuxNotReadable': "We couldn't read how your Wi-Fi is protected on this Linux system.",
  'wifi.summary.unrecognised': 'Your computer reported a kind of Wi-Fi protection we do not recognise.',

  'wifi.step.joinProtected': 'Join a Wi-Fi network that asks for a password, such as your home network.',
  'wifi.step.phoneHotspot': "Or use your phone's hotspot, with a password set on it.",
  'wifi.step.phoneHotspotFirst': "Use your phone's hotspot, with a password set on it.",
  'wifi.step.cable': 'Or plug in a network cable, if your computer has a socket for one.',
  'wifi.step.cableFirst': 'Plug in a network cable, if your computer has a socket for one.',
  'wifi.step.clinicVpn': 'If your clinic recommends a VPN, turn it on before the session.',
  'wifi.step.keepVpn': 'Keep your VPN on for the whole session.',
  'wifi.step.hotspotPassword':
    "Set a password for your phone's hotspot in the phone's settings, then join it again.",
  'wifi.step.routerUpgrade':
    'To fix this for good, set your router to WPA2 or WPA3; its manual or your internet provider can help.',
  'wifi.step.joinProtectedLater': 'When you can, join a network that asks for a password instead.',
  'wifi.step.moveCloser': 'Move closer to the router, or use a cable, so the call stays smooth.',
  'wifi.step.weakSignal':
    'Your Wi-Fi signal is weak: move closer to the router, or use a cable, so the chat stays steady.',
  'wifi.step.weakSignalToo':
    'Your Wi-Fi signal is also weak: move closer to the router, or use a cable, so the call stays smooth.',
  'wifi.step.runAgain': 'Then run {command} again.',
  'wifi.step.turnWifiOn': 'Turn Wi-Fi on and join your home network, or plug in a network cable.',
  'wifi.step.cableOrUsbHotspot':
    'Plug in a network cable, or connect your phone by USB cable and turn on its hotspot.',
  'wifi.step.joinHome': 'Join your home Wi-Fi or plug in a network cable.',
  'wifi.step.checkPasswordOrCable':
    'If you are on Wi-Fi, check that it asked for a password when you first joined it; if it did not, use a cable or a network with a password.',
  'wifi.step.askedForPassword':
    'If your Wi-Fi asked for a password when you first joined it, it is protected.',
  'wifi.step.otherwiseSwitch': 'If it did not, join a network that asks for a password, or use a cable.',
  'wifi.step.windowsLocation':
    'To let {app} read it: open Settings › Privacy & security › Location, turn on "Location services" and "Let desktop apps access your location", then run {command} again. (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-location and press Enter.)',
  'wifi.step.windowsCheckYourself':
    'Or check it yourself: open Settings › Network & internet › Wi-Fi › your network\'s properties and look at "Security type". WPA2 or WPA3 is fine; "Open" or "WEP" means you should switch to a network with a password.',
  'wifi.step.macosCheckYourself':
    'Check it yourself: hold the Option key and click the Wi-Fi icon in the menu bar. Next to "Security", WPA2 or WPA3 is fine; "None" or "WEP" means you should switch to a network with a password.',
  'wifi.step.macosLocation':
    'If macOS asks whether your terminal app may use Location Services, allowing it lets macOS share Wi-Fi details. {app} never uses your location.',
  'wifi.step.installIw':
    'To let {app} read it, install the iw package (for example: sudo apt install iw), then run {command} again.',
  'wifi.step.runAgainLater':
    'Run {command} again in a minute: Wi-Fi details often appear after the next scan.',

  'wifi.label.connection': 'Connection',
  'wifi.label.security': 'Wi-Fi security',
  'wifi.label.vpn': 'VPN on',
  'wifi.label.signal': 'Signal',
  'wifi.label.band': 'Band',
  'wifi.grade.open': 'Open (no password)',
  'wifi.grade.owe': 'Enhanced Open (no password)',
  'wifi.grade.wep': 'WEP (outdated)',
  'wifi.grade.wpa': 'WPA (outdated)',
  'wifi.grade.wpa2-personal': 'WPA2 (password)',
  'wifi.grade.wpa3-personal': 'WPA3 (password)',
  'wifi.grade.enterprise': 'WPA Enterprise (personal login)',
  'wifi.grade.unknown': 'Unknown',
  'wifi.link.wifi': 'Wi-Fi',
  'wifi.link.ethernet': 'Cable (Ethernet)',
  'wifi.link.phone': 'Phone (cable or Bluetooth)',
  'wifi.link.cellular': 'Mobile data',
  'wifi.link.none': 'Not connected',
  'wifi.link.unknown': 'Unknown',

  // The apps check, "This computer" (src/checks/apps/).
  'apps.title': 'This computer',
  'apps.activity': 'Looking at apps on this computer',
  'apps.forAnotherUser': '{name} (for another user of this computer)',
  'apps.clause.remote': '{names} is running, which lets someone connect to this computer',
  'apps.clause.remoteMany': '{names} are running, which lets someone connect to this computer',
  'apps.clause.recorders': '{names} can record the screen',
  'apps.clause.chats': '{names} is open and can show message pop-ups',
  'apps.clause.chatsMany': '{names} are open and can show message pop-ups',
  'apps.clause.battery': 'the battery is at {percent}% and not charging',
  'apps.summary.remote': '{names} is running, which lets someone connect to this computer.',
  'apps.summary.remoteMany': '{names} are running, which lets someone connect to this computer.',
  'apps.summary.recorders': '{names} can record the screen.',
  'apps.summary.chats': '{names} is open and can show message pop-ups.',
  'apps.summary.chatsMany': '{names} are open and can show message pop-ups.',
  'apps.summary.battery': 'The battery is at {percent}% and not charging.',
  'apps.summary.several': 'A few things on this computer need a look before the session: {clauses}.',
  'apps.summary.clauseSeparator': '{first}; {next}',
  'apps.summary.liveSession':
    '{names} shows a live remote connection, so someone else may be able to see this screen right now.',
  'apps.summary.liveSessionMany':
    '{names} show a live remote connection, so someone else may be able to see this screen right now.',
  'apps.summary.liveSessionAndMore':
    '{names} shows a live remote connection, so someone else may be able to see this screen right now; a few other things below need a look too.',
  'apps.summary.liveSessionManyAndMore':
    '{names} show a live remote connection, so someone else may be able to see this screen right now; a few other things below need a look too.',
  'apps.summary.callOpen':
    'No chat, remote-access or recording apps need attention; {names} is open, which is fine if you use it for the session.',
  'apps.summary.callsOpen':
    'No chat, remote-access or recording apps need attention; {names} are open, which is fine if you use it for the session.',
  'apps.summary.clear': 'No chat, remote-access or screen-recording apps are running.',
  'apps.summary.unreadable': 'The list of running apps could not be read, so this part was not checked.',
  'apps.step.endSession':
    'If you did not start this {name} connection yourself, end it in {name} (or restart the computer) before the session, and tell your therapist.',
  'apps.step.charge': 'Plug in your charger before the session, so the call does not stop halfway through.',
  'apps.step.quitYourself':
    'Before the session, quit chat apps and any remote-access or screen-recording tools yourself.',
  'apps.step.focusMac':
    'Turn on a Focus such as Do Not Disturb (Control Centre > Focus) for the session, so no messages pop up, above all if you share your screen.',
  'apps.step.focusWindows':
    'Turn on Do not disturb (Settings > System > Notifications) for the session, so no messages pop up, above all if you share your screen.',
  'apps.step.focusLinux':
    "Turn on Do Not Disturb in your desktop's notification settings for the session, so no messages pop up, above all if you share your screen.",
  'apps.label.processesListed': 'Programs looked at',
  'apps.label.appsFound': 'Apps and tools recognised',
  'apps.label.doNotDisturb': 'Do Not Disturb',
  'apps.value.couldNotTell': 'could not tell',
  'apps.label.battery': 'Battery',

  // The privacy checklist (src/checks/checklist/).
  'checklist.title': 'Checklist',
  'checklist.activity': 'Privacy checklist',
  'checklist.intro':
    'Here are one quick yes/no question about your space. Your answers stay on this computer.',
  'checklist.introMany':
    'Here are {count} quick yes/no questions about your space. Your answers stay on this computer.',
  'checklist.introPractice':
    '{practice} asks one quick yes/no question about your space. Your answers stay on this computer.',
  'checklist.introPracticeMany':
    '{practice} asks {count} quick yes/no questions about your space. Your answers stay on this computer.',
  'checklist.question': '({asked} of {total}) {question}',
  'checklist.notAnswered': 'Run {command} in a terminal to answer the checklist.',
  'checklist.step.answersFile':
    'You can also answer the checklist from a file with --answers (see the README).',
  'checklist.noQuestions.video': 'This checklist has no questions for a video session.',
  'checklist.noQuestions.audio': 'This checklist has no questions for an audio or phone session.',
  'checklist.noQuestions.text': 'This checklist has no questions for a text or chat session.',
  'checklist.check.wifi': 'the Wi-Fi check',
  'checklist.check.connection': 'the connection check',
  'checklist.check.apps': 'the apps check',
  'checklist.check.devices': 'the camera and microphone check',
  'checklist.check.other': 'another check',
  'checklist.value.answeredBy': 'answered by {check}',
  'checklist.value.notAnswered': 'not answered',
  // The summary is one sentence built from these parts: {answered}, then what needs doing.
  'checklist.answered.all': 'You answered all {questions}{covered}',
  'checklist.answered.some': 'You answered {questions}{covered}',
  'checklist.questions': '1 question',
  'checklist.questionsMany': '{count} questions',
  'checklist.covered': ' ({check} covered one more)',
  'checklist.coveredMany': ' ({check} covered {count} more)',
  'checklist.skipped': '; 1 optional question was not answered',
  'checklist.skippedMany': '; {count} optional questions were not answered',
  'checklist.alsoWorthALook': ', and {count} more is worth a look',
  'checklist.alsoWorthALookMany': ', and {count} more are worth a look',
  'checklist.summary.fail': '{answered}; 1 needs sorting out before your session starts{also}{skipped}.',
  'checklist.summary.failMany':
    '{answered}; {count} need sorting out before your session starts{also}{skipped}.',
  'checklist.summary.warn': '{answered}; 1 is worth a look before your session{skipped}.',
  'checklist.summary.warnMany': '{answered}; {count} are worth a look before your session{skipped}.',
  'checklist.summary.passSkipped': '{answered}, and everything you answered is in place{skipped}.',
  'checklist.summary.pass': '{answered}, and everything is in place.',

  // ── The connection check (src/checks/connection/): feat/catalogue-checks adds its keys here.
  // Steps, in the order they are shown (src/checks/connection/wording.ts picks which go with which figure).
  'connection.step.busy':
    'This computer was busy during the test, so the timing figures may look worse than your connection is. Close programs that are working hard (large downloads, games, video exports), then run this check again.',
  'connection.step.cable': 'Use a network cable if you can, or sit closer to your Wi-Fi router.',
  'connection.step.pause':
    'Ask others in your home to pause downloads, game updates and video streaming during your session.',
  'connection.step.restart':
    'Restart your router: unplug it, wait 30 seconds, plug it back in, then run this check again.',
  'connection.step.audio':
    'If the picture keeps freezing during the session, you and your therapist can switch to audio only.',
  'connection.step.network': 'If nothing helps, try another network, such as a phone hotspot.',
  'connection.step.udp':
    'Your network seems to block the kind of traffic video calls prefer. The call should still work but may be less smooth; if you can, use another network, such as your home Wi-Fi instead of a work or guest network.',
  'connection.step.udpUntested':
    'To include the test for lost data, check the address given with --stun, or run this check again in a few minutes.',
  'connection.note.proxy':
    'These figures were measured through the proxy set on this computer, so they describe the path through that proxy.',
  // The kind of session, inside a sentence: "Your connection looks good for {session}".
  'connection.session.video': 'a video session',
  'connection.session.audio': 'an audio session',
  'connection.session.text': 'a text or chat session',
  'connection.summary.pass': 'Your connection looks good for {session} ({figures}).',
  'connection.summary.passNoFigures': 'Your connection looks good for {session}.',
  'connection.summary.warn': 'Your connection should work for {session}, but {problems}.',
  'connection.summary.fail': 'Your connection is not ready for {session} yet: {problems}.',
  'connection.summary.failure': 'Could not measure your connection: {reason}.',
  'connection.summary.offline': 'Not measured, because you asked for no network traffic (--offline).',
  'connection.summary.ooklaDeclined':
    "Not measured, because Ookla's licence was not accepted. Run {command} without --engine ookla to use the built-in test.",
  // The figures of a passing summary, listed with connection.figure.separator.
  'connection.figure.download': 'download {value}',
  'connection.figure.downloadAtLeast': 'download at least {value}, more than {session} needs',
  'connection.figure.upload': 'upload {value}',
  'connection.figure.uploadAtLeast': 'upload at least {value}, more than {session} needs',
  'connection.figure.latency': 'reply time {value}',
  'connection.figure.separator': '{first}, {next}',
  // A figure as shown inside a sentence; {value} is a number.
  'connection.value.mbps': '{value} Mbit/s',
  'connection.value.ms': '{value} ms',
  'connection.value.underOneMs': 'under 1 ms',
  'connection.value.msMore': '{value} ms more',
  'connection.value.percent': '{value}%',
  'connection.value.mos': 'estimated {value} out of 5',
  // The problems of a summary, listed with connection.problem.comma and .and; {value} is a figure as shown above.
  'connection.problem.downloadWarn': 'the download speed is on the low side ({value})',
  'connection.problem.downloadFail': 'the download speed is too low ({value})',
  'connection.problem.uploadWarn': 'the upload speed is on the low side ({value})',
  'connection.problem.uploadFail': 'the upload speed is too low ({value})',
  'connection.problem.latencyWarn': 'replies take a little long ({value})',
  'connection.problem.latencyFail': 'replies take too long ({value})',
  'connection.problem.bloatWarn': 'it slows down when the line is busy ({value})',
  'connection.problem.bloatFail': 'it slows down a lot when the line is busy ({value})',
  'connection.problem.jitterWarn': 'it is a little uneven ({value})',
  'connection.problem.jitterFail': 'it is very uneven ({value})',
  'connection.problem.lossWarn': 'some data goes missing on the way ({value})',
  'connection.problem.lossFail': 'too much data goes missing on the way ({value})',
  'connection.problem.mosWarn': 'voices may sound a little less clear ({value})',
  'connection.problem.mosFail': 'voices would sound unclear ({value})',
  'connection.problem.burst': 'data sometimes goes missing in bursts ({burst}% in a fifth of a second)',
  'connection.problem.udpBlocked': 'your network blocks the faster route video calls prefer',
  'connection.problem.busy':
    'this computer was busy during the test, so its reply times may look slower than your connection really is',
  'connection.problem.untestedDns':
    "this check could not test for lost data: the loss-test server's name was not found",
  'connection.problem.untestedDnsTimeout':
    "this check could not test for lost data: the loss-test server's name could not be looked up in time",
  'connection.problem.untestedNoTime':
    'this check could not test for lost data: there was no time left for it',
  // The problems are listed as clauses: "a, b and c".
  'connection.problem.and': '{rest} and {last}',
  'connection.problem.comma': '{first}, {next}',
  // Why a measurement failed (inside connection.summary.failure), and what to do.
  'connection.failure.offline': 'your computer does not seem to be connected to the internet',
  'connection.failure.dns': 'the address of the test server could not be found',
  'connection.failure.refused': 'the test server did not accept the connection',
  'connection.failure.tls': 'a secure connection to the test server could not be set up',
  'connection.failure.portal': 'this network showed a sign-in page instead of the test',
  'connection.failure.forbidden': 'the test server refused to run the test',
  'connection.failure.rateLimited': 'the test server asked us to wait because it has had many tests',
  'connection.failure.serverError': 'the test server had a problem',
  'connection.failure.stalled': 'the test server stopped answering',
  'connection.failure.closed': 'the connection was cut off part-way through',
  'connection.failure.proxy': 'the proxy set on this computer did not let the test through',
  'connection.failure.badResponse': 'the test server gave an answer this check did not expect',
  'connection.failure.notInstalled': 'the Ookla engine is not installed',
  'connection.failure.engineFailed': 'the Ookla engine stopped with an error',
  'connection.failure.step.wifiOrCable':
    'Check that Wi-Fi is turned on and connected, or that the network cable is plugged in, then run this check again.',
  'connection.failure.step.connected':
    'Check that you are connected to the internet, then run this check again.',
  'connection.failure.step.networkBlocks':
    'If you are connected, this network may block the test; try again later or on another network.',
  'connection.failure.step.tryLater': 'Try again in a few minutes.',
  'connection.failure.step.checkServer':
    'If you gave a test address with --server, check it and check that the server is running.',
  'connection.failure.step.dateTime': "Check that your computer's date and time are correct.",
  'connection.failure.step.inspected':
    'Some work or school networks inspect secure traffic; if you are on one, try another network.',
  'connection.failure.step.signIn':
    'Open a web browser and finish signing in to this network (as in a hotel, café or clinic), then run this check again.',
  'connection.failure.step.practiceServer':
    'Try again later, or ask your practice whether they have their own test address to use with --server.',
  'connection.failure.step.wait': 'Wait a few minutes, then run this check again.',
  'connection.failure.step.dropped':
    'Your connection may have dropped for a moment. Run this check again; if it happens again, restart your router.',
  'connection.failure.step.cutOff':
    'Run this check again. If it happens again, use a network cable or sit closer to your router.',
  'connection.failure.step.proxy':
    'If you are on a work network, ask your IT team whether video calls are allowed; otherwise check the proxy setting (HTTPS_PROXY).',
  'connection.failure.step.badResponse':
    'If you gave a test address with --server, check it; otherwise try again later.',
  'connection.failure.step.builtIn': 'Run {command} without --engine ookla to use the built-in test.',
  // Labels of the measured figures (JSON, --verbose, Markdown, HTML).
  'connection.label.download': 'Download',
  'connection.label.upload': 'Upload',
  'connection.label.downloadNeedProven':
    'Download, at least (the test stopped once the need of {session} was proven)',
  'connection.label.downloadDataCap': 'Download, at least (the test stopped when the data cap was reached)',
  'connection.label.downloadTime':
    'Download, at least (the speed was still rising when the time for it ran out)',
  'connection.label.uploadNeedProven':
    'Upload, at least (the test stopped once the need of {session} was proven)',
  'connection.label.uploadDataCap': 'Upload, at least (the test stopped when the data cap was reached)',
  'connection.label.uploadTime': 'Upload, at least (the speed was still rising when the time for it ran out)',
  'connection.label.latency': 'Reply time (round trip, median)',
  'connection.label.latencyP90': 'Reply time (slowest tenth)',
  'connection.label.jitterUdp': 'Jitter (RFC 3550, UDP, on a quiet line)',
  'connection.label.jitterHttp': 'Jitter',
  'connection.label.bloat': 'Extra delay when the line is busy (grade {grade})',
  'connection.label.rpm': 'Responsiveness under load',
  'connection.label.loss': 'Packet loss on a quiet line',
  'connection.label.lossNoneProven': 'Packet loss on a quiet line (none in {samples} probes: under 1%)',
  'connection.label.lossNoneSeen': 'Packet loss on a quiet line (none seen in {samples} probes)',
  'connection.label.lossOf': 'Packet loss on a quiet line (of {samples} probes)',
  'connection.label.lossUpper': 'Packet loss, 95% upper bound',
  'connection.label.burst': 'Worst loss in a fifth of a second',
  'connection.label.lossUnderLoad': 'Packet loss while this check filled the line (not judged)',
  'connection.label.mos': 'Estimated voice quality (1 to 5)',
  'connection.label.udp': 'UDP (the route calls prefer) works',
  'connection.label.lossUntested': 'Test for lost data',
  'connection.label.dns': 'Name lookup',
  'connection.label.connect': 'Connect',
  'connection.label.connectProxy': 'Connect (through the proxy)',
  'connection.label.tls': 'Secure handshake',
  'connection.label.ipVersions': 'Internet protocol used',
  'connection.label.proxy': 'Through a proxy (figures describe the proxy path)',
  'connection.label.eventLoop': "This computer's own delay during the test (p99)",
  'connection.label.dataUsed': 'Data used',
  'connection.value.untestedDns': "not run: the loss-test server's name was not found",
  'connection.value.untestedDnsTimeout':
    "not run: the loss-test server's name could not be looked up in time",
  'connection.value.untestedNoTime': 'not run: no time was left',
  // What the progress line says while it measures.
  'connection.progress.latency': 'Measuring your connection: reply time',
  'connection.progress.download': 'Measuring your connection: download speed',
  'connection.progress.upload': 'Measuring your connection: upload speed',
  'connection.progress.ookla': 'Measuring your connection with Ookla',
  'connection.prompt.ookla':
    "Use Ookla's speed test? Ookla's licence allows personal, non-commercial use only, and Ookla receives your address. Do you accept Ookla's licence and privacy terms?",
  // Bad input for this check (exit 2).
  'connection.error.maxData':
    '--max-data must be at least 1MB, so the check has enough data to measure both directions.',
  'connection.error.ooklaMissing':
    'The Ookla engine needs the speedtest-net package, which is not installed: run "npx -p {app} -p speedtest-net {app} --engine ookla", or "npm install speedtest-net" where {app} is installed.',
  'connection.error.ooklaLicence':
    "--engine ookla needs you to accept Ookla's licence with --accept-ookla-license (Ookla's licence allows personal, non-commercial use only).",
  // ── end of the connection check.

  // ── The meeting-link check (src/checks/link/): feat/catalogue-checks adds its keys here.
  // {host} is always the ASCII host (an IDN in its xn-- form); the path and query, which hold the meeting's key, never appear.
  'link.summary.user-info':
    'This link hides its real address: it goes to {host}, not to the name written at its start.',
  'link.summary.ip-host':
    "This link goes to a bare internet address ({host}) instead of a named website; video platforms don't send links like that.",
  'link.summary.idn-confusable':
    "This link goes to {host}, which uses letters from another alphabet to look like {platform}'s address.",
  'link.summary.idn-mixed-script':
    "This link's address ({host}) mixes letters from different alphabets, a trick used to imitate real websites.",
  'link.summary.lookalike-label':
    "This link goes to {host}, which uses {platform}'s name but is not {platform}'s address.",
  'link.summary.lookalike-typo':
    "This link goes to {host}, which looks like {platform}'s address but is spelled differently.",
  'link.summary.certificate-invalid':
    'The website at {host} could not prove who it is: its security certificate is not valid for that name.',
  'link.summary.not-https':
    'This link to {host} is not a secure link (it does not start with https://), so others on the network could read what it sends.',
  'link.summary.not-found': 'The address {host} does not exist on the internet, so this link cannot work.',
  'link.summary.other-platform':
    "This link goes to {platform} ({host}), but your practice's checklist names other platforms for its sessions.",
  'link.summary.unknown-host': 'This link goes to {host}, which is not a video platform this tool knows.',
  'link.summary.shortener': 'This is a shortened link ({host}), which hides where it really goes.',
  'link.summary.shortenerTo': 'This is a shortened link ({host}); it leads to {target}.',
  'link.summary.non-default-port':
    "This link uses an unusual port number on {host}; video platforms' own links don't.",
  'link.summary.personal-room':
    'This is a personal room link on {platform}: the same link your therapist may use for every client.',
  'link.summary.no-passcode': 'This {platform} link has no passcode in it.',
  'link.summary.platformVerified':
    "This link goes to {host}, {platform}'s own address, and the site proved it with a valid security certificate.",
  'link.summary.platformUnverified': "This link goes to {host}, {platform}'s own address.",
  'link.summary.practiceVerified':
    'This link goes to {host}, an address your practice lists for its sessions, and the site proved it with a valid security certificate.',
  'link.summary.practiceUnverified':
    'This link goes to {host}, an address your practice lists for its sessions.',
  'link.note.offline':
    'The website itself was not contacted (--offline), so its security certificate was not checked.',
  'link.note.unwrapped':
    'Your e-mail had wrapped this link in {wrapper}, which checks links before they open; the meeting link inside it is the one that was checked.',
  'link.note.unreachable':
    'The website could not be reached just now, so its security certificate was not checked.',
  'link.step.doNotOpen':
    "Don't open this link. Ask your therapist to confirm the link by phone or through the practice's portal.",
  'link.step.checkFirst':
    "Before you open it, check with your therapist, by phone or through the practice's portal, that this is their link.",
  'link.step.secureLink':
    "Don't open this link. Ask your therapist for the secure link, which starts with https://, by phone or through the practice's portal.",
  'link.step.sendAgain':
    "Ask your therapist to send the link again, by phone or through the practice's portal.",
  'link.step.otherPlatform':
    'Before you open it, check with your therapist that they meant to use {platform} this time.',
  'link.step.fullLinkNextTime':
    'Next time, ask your therapist for the full link: a shortened link hides where it goes until you open it.',
  'link.step.fullLinkOffline':
    'Ask your therapist for the full link, or run {command} link again without --offline to see where it leads.',
  'link.step.fullLink':
    "Ask your therapist for the full link, by phone or through the practice's portal, and open that one instead.",
  'link.step.waitingRoom':
    'That is common, but ask your therapist whether the room has a waiting room, so you are let in only when the session before yours has ended.',
  'link.step.passcode':
    'Ask your therapist whether the meeting has a passcode or a waiting room, so nobody else can walk in.',
  // The facts shown under --verbose (the host only, never the path).
  'link.label.host': 'Link goes to',
  'link.label.platform': 'Platform',
  'link.value.unknownPlatform': 'not one this tool knows',
  'link.label.certificate': 'Security certificate',
  'link.value.certificate.offline': 'not checked (--offline)',
  'link.value.certificate.skipped': 'not checked (the link failed before it)',
  'link.value.certificate.not-found': 'not checked (the name does not exist)',
  'link.value.certificate.unreachable': 'not checked (the site could not be reached)',
  'link.value.certificate.certificate-invalid': 'not valid for this name',
  'link.value.certificate.certificate-valid': 'valid',
  'link.value.certificate.validFrom': 'valid ({issuer})',
  'link.progress.checking': 'Checking {host}',
  // Bad input (exit 2). The link itself is never repeated: it may be a key.
  'link.input.empty':
    'The meeting link is empty; copy the whole link from the email or text, for example: {command} link "https://…".',
  'link.input.too-long':
    'The meeting link is longer than 2,000 characters, which no meeting link is; copy just the link from the email or text and try again.',
  'link.input.control-characters':
    'The meeting link holds invisible control characters; copy the link again from the email or text, or type it in.',
  'link.input.not-a-url':
    'That is not a web link; copy the whole link from the email or text, starting with https://, and try again.',
  'link.input.only-needs-link':
    '--only link needs the link to check: add --link "https://…", or run {command} link "https://…".',
  // ── end of the meeting-link check.

  // ── The devices check (src/checks/devices/): feat/catalogue-checks adds its keys here.
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
    "Before the session, open your video app's settings and check that the microphone level moves when you speak.",
  // Tips for what this check cannot see; added once, at the end.
  'devices.step.cameraCover':
    "We can't see a camera cover, a privacy switch or a closed laptop lid: if yours has one, open it before the session.",
  'devices.step.macosPrivacy':
    "If your video app says it can't use the camera or microphone, turn it on for that app in System Settings › Privacy & Security › Camera (and › Microphone). {app} can't read that list without asking for extra permissions.",
  'devices.label.cameraFound': 'Camera found',
  'devices.label.microphoneFound': 'Microphone found',
  'devices.label.cameraAllowed': 'Camera allowed',
  'devices.label.microphoneAllowed': 'Microphone allowed',
  'devices.label.cameraInUse': 'Camera used by another app',
  'devices.label.microphoneInUse': 'Microphone used by another app',
  'devices.label.microphoneMuted': 'Microphone muted',
  'devices.label.microphoneVolume': 'Microphone volume',
  // ── end of the devices check.

  // ── Check titles and progress activities, the header and the progress line: feat/lang adds its keys here.
  // The languages by their own names, for `--lang`'s error ("es (español)").
  'language.name': 'English',
  'language.choice': '{code} ({name})',
  'language.unsupported': '--lang takes one of these languages: {languages}; you gave "{value}".',
  // Titles and progress activities of the checks whose other sentences live in their own sections.
  'connection.title': 'Connection',
  'connection.activity': 'Measuring your connection',
  'devices.title': 'Camera and microphone',
  'devices.activity': 'Checking your camera and microphone',
  'link.title': 'Meeting link',
  'link.activity': 'Checking the meeting link',
  // The live progress line on stderr: what is running, and the seconds so far.
  'progress.line': '{activities} … {seconds}s',
  'progress.finishing': 'Finishing',
  // ── end of titles and progress.

  // ── The crisis line, the prompts and the practice checklist's languages: feat/lang adds its keys here.
  // The crisis line every report ends with, by region (src/report/crisis.ts names the sources).
  'crisis.US':
    'If you are in crisis, you can call or text 988 any time, day or night. In an emergency, call 911.',
  'crisis.GB':
    'If you are in crisis: in an emergency call 999; for urgent mental-health help call NHS 111 and choose option 2; or call Samaritans free on 116 123.',
  'crisis.CA':
    'If you are in crisis, you can call or text 9-8-8 any time, day or night. In an emergency, call 911.',
  'crisis.AU':
    'If you are in crisis, call Lifeline on 13 11 14 or text 0477 13 11 14, any time, day or night. In an emergency, call 000.',
  'crisis.IE':
    'If you are in crisis, call Samaritans free on 116 123, any time, day or night. In an emergency, call 112 or 999.',
  'crisis.NZ':
    'If you are in crisis, you can call or text 1737 free, any time, day or night, to talk with a trained counsellor. In an emergency, call 111.',
  'crisis.ES': 'If you are in crisis, call 024 free, any time, day or night. In an emergency, call 112.',
  'crisis.MX':
    'If you are in crisis, call the Línea de la Vida free on 800 911 2000, any time, day or night. In an emergency, call 911.',
  'crisis.other':
    'If you are in crisis, call your local emergency number, or find a free helpline near you at findahelpline.com.',
  // The one-tap links under the crisis line in the HTML report.
  'crisis.contact.call': 'Call {number}',
  'crisis.contact.text': 'Text {number}',
  'crisis.contact.emergency': 'Emergency: {number}',
  'crisis.contact.named': '{name} {number}',
  'crisis.contact.callNamed': 'Call {name} {number}',
  // A yes/no question in the terminal: the hint after it, the words it accepts, the answer it shows.
  'prompt.hintYes': 'Y/n',
  'prompt.hintNo': 'y/N',
  'prompt.yesWords': 'y, yes',
  'prompt.noWords': 'n, no',
  'prompt.yes': 'Yes',
  'prompt.no': 'No',
  // The built-in checklist (src/checks/checklist/default-questions.ts holds the sources).
  'checklist.q.private-space.text':
    'Are you in a private space where no one can overhear you or see your screen?',
  'checklist.q.private-space.why':
    'What you share in therapy stays private only if no one else can hear it or read it.',
  'checklist.q.private-space.fix':
    'Find a room where you can close the door, or tell your therapist at the start so you can decide together what to do.',
  'checklist.q.safe-not-driving.text': 'Are you somewhere safe, and not driving? (A parked car is fine.)',
  'checklist.q.safe-not-driving.why':
    'A session needs your full attention, and talking about hard things while driving is not safe.',
  'checklist.q.safe-not-driving.fix':
    'Stop somewhere safe before the session starts, or let your therapist know you need a few more minutes.',
  'checklist.q.know-location.text':
    'Do you know the address where you are right now, in case of an emergency?',
  'checklist.q.know-location.why':
    'If there is ever an emergency during a session, your therapist needs to know where to send help; you tell them yourself, this tool never asks for it.',
  'checklist.q.know-location.fix':
    'Before the session, look up the address where you are (for example in a map app) so you can tell your therapist if they ask.',
  'checklist.q.headphones.text': 'Will you use headphones or earbuds?',
  'checklist.q.headphones.why':
    "Headphones keep your therapist's voice from being overheard by anyone nearby.",
  'checklist.q.headphones.fix':
    'If you have headphones or earbuds, connect them now; if not, keep the volume low.',
  'checklist.q.callback-number.text':
    'Does your therapist have a phone number to reach you if the connection drops?',
  'checklist.q.callback-number.why':
    'If the connection drops, a phone number lets your therapist reach you quickly instead of leaving you waiting.',
  'checklist.q.callback-number.fix':
    'Make sure your therapist has a current phone number for you; you can tell them at the start of the session.',
  'checklist.q.backup-plan.text': 'Do you know what you and your therapist will do if the call drops?',
  'checklist.q.backup-plan.why':
    'Knowing the plan, such as who calls whom, makes a dropped call much less stressful.',
  'checklist.q.backup-plan.fix':
    'Ask your therapist at the start what to do if the call drops, for example who calls back.',
  'checklist.q.own-device.text': 'Are you using your own device, not a work, shared or public computer?',
  'checklist.q.own-device.why':
    'On a shared or work computer, other people or an employer may be able to see your messages.',
  'checklist.q.own-device.fix':
    'Use your own phone or computer if you can; if not, log out and close the chat when you finish.',
  'checklist.q.devices-silenced.text':
    'Are notifications silenced and other devices off, so nothing rings or pops up during the session?',
  'checklist.q.devices-silenced.why':
    'Calls and message pop-ups interrupt you, and can show private messages if you share your screen.',
  'checklist.q.devices-silenced.fix':
    'Turn on Do Not Disturb (called Focus on a Mac or iPhone) and silence or switch off other devices.',
  'checklist.q.smart-speakers.text':
    'Are smart speakers, voice assistants and home cameras off or out of the room?',
  'checklist.q.smart-speakers.why':
    'Devices that listen for a wake word, and home cameras, can hear or record parts of a session.',
  'checklist.q.smart-speakers.fix':
    'Mute or unplug smart speakers and voice assistants, and switch off or cover home cameras in the room.',
  'checklist.q.secure-network.text': 'Are you on your own password-protected network, not public Wi-Fi?',
  'checklist.q.secure-network.why':
    'Open and public networks are less private and often less reliable than your own.',
  'checklist.q.secure-network.fix': "Use your home network or your phone's hotspot instead of public Wi-Fi.",
  'checklist.q.microphone-ready.text': 'Does your microphone work, with no other app using it?',
  'checklist.q.microphone-ready.why':
    'In an audio session your voice is everything: a muted, blocked or busy microphone means your therapist cannot hear you.',
  'checklist.q.microphone-ready.fix':
    "Before the session, open your call app's settings, speak, and check that the microphone level moves; close other apps that use the microphone.",
  // Where a problem is, in a text given by language (checklist files).
  'checklist.field.translation': 'the "{language}" text of {field}',
  'checklist.field.translationSubject': 'The "{language}" text of {field}',
  // An answer as the report shows it beside its question (details.answers keeps yes/no for JSON readers).
  'checklist.value.yes': 'yes',
  'checklist.value.no': 'no',
  // `checklist validate`: a practice checklist with translations that leave a language out.
  'checklist.languages.listed': '  Languages: {languages}',
  'checklist.languages.missing':
    '  Note: {field} has no "{language}" text, though other parts of the file have one; clients who read that language will see the "{fallback}" text there.',
  // Each app's own words (src/checks/apps/catalogue.ts keeps the English and its sources; a test keeps them equal).
  // IT-support (RMM) tools share the `rmm` pair. An app's advice is its why, then what to do.
  'apps.app.advice': '{why} {whatToDo}',
  'apps.app.teamviewer.why':
    'TeamViewer lets someone see and control this computer when a connection is allowed.',
  'apps.app.teamviewer.whatToDo':
    'If you do not need TeamViewer today, quit it before the session, and turn off its option to start with the computer.',
  'apps.app.anydesk.why': 'AnyDesk lets someone see and control this computer when a connection is allowed.',
  'apps.app.anydesk.whatToDo':
    'If you do not need AnyDesk today, quit it before the session; if you never use it, you can uninstall it.',
  'apps.app.rustdesk.why':
    'RustDesk lets someone see and control this computer when a connection is allowed.',
  'apps.app.rustdesk.whatToDo':
    'If you do not need RustDesk today, quit it before the session; if you never use it, you can uninstall it.',
  'apps.app.chrome-remote-desktop.why':
    'Chrome Remote Desktop lets someone reach this computer from another device.',
  'apps.app.chrome-remote-desktop.whatToDo':
    'If you do not need remote access today, turn it off at remotedesktop.google.com before the session.',
  'apps.app.quick-assist.why': 'Quick Assist lets someone else see or control this computer to help you.',
  'apps.app.quick-assist.whatToDo':
    'Close Quick Assist before the session unless you are using it right now with someone you trust.',
  'apps.app.apple-screen-sharing.why':
    'Screen Sharing and Remote Management let someone see and control this Mac from another computer.',
  'apps.app.apple-screen-sharing.whatToDo':
    'If you do not need it, turn off Screen Sharing and Remote Management in System Settings > General > Sharing.',
  'apps.app.vnc.why': 'A VNC server lets someone see and control this computer over the network.',
  'apps.app.vnc.whatToDo': 'If you do not need remote access today, stop the VNC server before the session.',
  'apps.app.parsec.why': 'Parsec lets someone see and control this computer when a connection is allowed.',
  'apps.app.parsec.whatToDo': 'If you do not need Parsec today, quit it before the session.',
  'apps.app.rmm.why': 'IT-support tools like this let an organisation see and control the computer.',
  'apps.app.rmm.whatToDo':
    'If this is a work or school computer, your organisation may use it to look after the computer; a personal device is more private for the session. If you did not install it, ask whoever looks after this computer.',
  'apps.app.obs.why': 'OBS Studio can record or stream everything on the screen and the microphone.',
  'apps.app.obs.whatToDo': 'If you are not recording on purpose, quit OBS Studio before the session.',
  'apps.app.sharex.why': 'ShareX can record the screen and upload what it captures.',
  'apps.app.sharex.whatToDo': 'If you are not recording on purpose, quit ShareX before the session.',
  'apps.app.loom.why': 'Loom can record the screen, camera and microphone.',
  'apps.app.loom.whatToDo': 'If you are not recording on purpose, quit Loom before the session.',
  'apps.app.bandicam.why': 'Bandicam can record the screen and the sound of the call.',
  'apps.app.bandicam.whatToDo': 'If you are not recording on purpose, quit Bandicam before the session.',
  'apps.app.camtasia.why': 'Camtasia Recorder can record the screen and the sound of the call.',
  'apps.app.camtasia.whatToDo':
    'If you are not recording on purpose, quit Camtasia Recorder before the session.',
  'apps.app.simplescreenrecorder.why':
    'SimpleScreenRecorder can record the screen and the sound of the call.',
  'apps.app.simplescreenrecorder.whatToDo':
    'If you are not recording on purpose, quit SimpleScreenRecorder before the session.',
  'apps.app.kazam.why': 'Kazam can record the screen and the sound of the call.',
  'apps.app.kazam.whatToDo': 'If you are not recording on purpose, quit Kazam before the session.',
  'apps.app.peek.why': 'Peek can record the screen.',
  'apps.app.peek.whatToDo': 'If you are not recording on purpose, quit Peek before the session.',
  'apps.app.whatsapp.why':
    'WhatsApp can show message pop-ups on the screen, and it can upload the address book from your phone.',
  'apps.app.whatsapp.whatToDo':
    "Quit WhatsApp before the session, or turn on Do Not Disturb so its messages stay hidden. Contact upload is optional: you can take away WhatsApp's access to your contacts in your phone's settings.",
  'apps.app.telegram.why':
    'Telegram can show message pop-ups on the screen, and it can sync the contacts from your phone.',
  'apps.app.telegram.whatToDo':
    'Quit Telegram before the session, or turn on Do Not Disturb so its messages stay hidden. To stop contact syncing, open Settings > Privacy and Security > Data Settings and turn off Sync Contacts.',
  'apps.app.signal.why': 'Signal can show message previews on the screen during the session.',
  'apps.app.signal.whatToDo':
    'Quit Signal before the session, or turn on Do Not Disturb so its messages stay hidden.',
  'apps.app.messenger.why':
    'Messenger can show message pop-ups on the screen, and it can upload the contacts from your phone.',
  'apps.app.messenger.whatToDo':
    "Quit Messenger before the session, or turn on Do Not Disturb so its messages stay hidden. To stop contact upload, turn off Upload contacts in Messenger's settings on your phone.",
  'apps.app.viber.why':
    'Viber can show message pop-ups on the screen, and it keeps a copy of your phone contacts on its servers.',
  'apps.app.viber.whatToDo':
    "Quit Viber before the session, or turn on Do Not Disturb so its messages stay hidden. You can take away Viber's access to your contacts in your phone's settings.",
  'apps.app.wechat.why':
    'WeChat can show message pop-ups on the screen, and it can use the contacts from your phone.',
  'apps.app.wechat.whatToDo':
    'Quit WeChat before the session, or turn on Do Not Disturb so its messages stay hidden.',
  'apps.app.line.why':
    'LINE can show message pop-ups on the screen, and it can add friends from the address book on your phone.',
  'apps.app.line.whatToDo':
    "Quit LINE before the session, or turn on Do Not Disturb so its messages stay hidden. In LINE's notification settings you can also turn off Show preview, and on your phone you can turn off Auto-add friends.",
  'apps.app.kakaotalk.why':
    'KakaoTalk can show message pop-ups on the screen, and it adds friends from the contacts on your phone.',
  'apps.app.kakaotalk.whatToDo':
    "Quit KakaoTalk before the session, or turn on Do Not Disturb so its messages stay hidden. You can turn off Allow adding friends by phone number in KakaoTalk's settings.",
  'apps.app.discord.why':
    'Discord can show message pop-ups and calls on the screen, and its phone app can sync your contacts.',
  'apps.app.discord.whatToDo':
    'Quit Discord before the session, or turn on Do Not Disturb so its messages stay hidden.',
  'apps.app.slack.why': 'Slack can show message pop-ups on the screen during the session.',
  'apps.app.slack.whatToDo':
    'Quit Slack before the session, or turn on Do Not Disturb so its messages stay hidden. Slack can also pause its own notifications for a while.',
  'apps.app.element.why': 'Element can show message pop-ups on the screen during the session.',
  'apps.app.element.whatToDo':
    'Quit Element before the session, or turn on Do Not Disturb so its messages stay hidden.',
  'apps.app.messages.why': 'Messages can show texts from your phone and your contacts on the screen.',
  'apps.app.messages.whatToDo':
    'Quit Messages before the session, or turn on a Focus (Control Centre > Focus) so texts do not pop up.',
  'apps.app.phone-link.why': 'Phone Link can show texts and calls from a linked phone on the screen.',
  'apps.app.phone-link.whatToDo':
    'If your phone is linked to this computer, turn on Do Not Disturb so texts from your phone do not appear during the session.',
  'apps.app.kde-connect.why':
    'KDE Connect can show texts and notifications from a paired phone on the screen.',
  'apps.app.kde-connect.whatToDo':
    'If your phone is paired, turn on Do Not Disturb so its notifications do not appear during the session.',
  'apps.app.zoom.why': 'Zoom can show chat messages and incoming calls on the screen.',
  'apps.app.zoom.whatToDo':
    'If Zoom is not what you use for this session, quit it so its calls and messages do not pop up.',
  'apps.app.teams.why': 'Teams can show chat messages and incoming calls on the screen.',
  'apps.app.teams.whatToDo':
    'If Teams is not what you use for this session, quit it so its calls and messages do not pop up.',
  'apps.app.skype.why': 'Skype can show chat messages and incoming calls on the screen.',
  'apps.app.skype.whatToDo':
    'If Skype is not what you use for this session, quit it so its calls and messages do not pop up.',
  'apps.app.facetime.why':
    'FaceTime can ring on this computer when someone calls your phone number or Apple ID.',
  'apps.app.facetime.whatToDo':
    'If FaceTime is not what you use for this session, quit it, or turn on a Focus so calls do not ring here.',
  // ── end of the crisis line and prompts.

  // ── The report's own words (src/render/): feat/catalogue-render adds its keys here.
  // Status words, where a symbol alone is not enough (Markdown, HTML).
  'report.status.pass': 'Fine',
  'report.status.warn': 'Worth a look',
  'report.status.fail': 'Fix before the session',
  'report.status.skip': 'Skipped',
  'report.status.error': 'Could not check',
  // A label and what follows it; a language that puts a space before the colon says so here.
  'report.label': '{label}:',
  'report.labelled': '{label}: {value}',
  // How each check is named in the verdict ("… was not checked"). `checkAsSubject` is the form that
  // opens the separate "… was not checked." sentence (English capitalises it; Spanish puts the verb first).
  'report.check.wifi': 'the Wi-Fi',
  'report.check.connection': 'the connection',
  'report.check.apps': 'the apps on this computer',
  'report.check.checklist': 'the checklist',
  'report.check.devices': 'the camera and microphone',
  'report.check.link': 'the meeting link',
  'report.check.other': 'the {title} check',
  'report.checkAsSubject.wifi': 'The Wi-Fi',
  'report.checkAsSubject.connection': 'The connection',
  'report.checkAsSubject.apps': 'The apps on this computer',
  'report.checkAsSubject.checklist': 'The checklist',
  'report.checkAsSubject.devices': 'The camera and microphone',
  'report.checkAsSubject.link': 'The meeting link',
  'report.checkAsSubject.other': 'The {title} check',
  // The verdict: it counts things to do, not checks. `Reader` forms are for someone else reading
  // a saved report ("the session"); `Many` forms are for any count other than one; `Gap` forms
  // name what was not checked ({names}), `NamesMany` when more than one thing was not checked.
  'report.headline.ready': "You're ready for your session.",
  'report.headline.readyReader': 'Ready for the session.',
  'report.headline.readyGap': 'Ready, as far as checked: {names} was not checked.',
  'report.headline.readyGapNamesMany': 'Ready, as far as checked: {names} were not checked.',
  'report.headline.cautions': "You're ready, with 1 thing worth a look.",
  'report.headline.cautionsMany': "You're ready, with {count} things worth a look.",
  'report.headline.cautionsReader': 'Ready, with 1 thing worth a look.',
  'report.headline.cautionsReaderMany': 'Ready, with {count} things worth a look.',
  'report.headline.cautionsGap':
    'Ready, as far as checked, with 1 thing worth a look: {names} was not checked.',
  'report.headline.cautionsGapNamesMany':
    'Ready, as far as checked, with 1 thing worth a look: {names} were not checked.',
  'report.headline.cautionsManyGap':
    'Ready, as far as checked, with {count} things worth a look: {names} was not checked.',
  'report.headline.cautionsManyGapNamesMany':
    'Ready, as far as checked, with {count} things worth a look: {names} were not checked.',
  'report.headline.notReady': 'Not ready yet: 1 thing to fix before your session.',
  'report.headline.notReadyMany': 'Not ready yet: {count} things to fix before your session.',
  'report.headline.notReadyReader': 'Not ready yet: 1 thing to fix before the session.',
  'report.headline.notReadyReaderMany': 'Not ready yet: {count} things to fix before the session.',
  'report.headline.nothingChecked': 'Nothing was checked.',
  'report.headline.nothingCheckedGap': 'Nothing was checked: {names} was not checked.',
  'report.headline.nothingCheckedGapNamesMany': 'Nothing was checked: {names} were not checked.',
  'report.headline.couldNotRun':
    'Some checks could not run, so this is not the full picture: {names} could not be checked.',
  'report.headline.couldNotRunNamesMany':
    'Some checks could not run, so this is not the full picture: {names} could not be checked.',
  // The sentence after a not-ready or incomplete verdict; {names} opens with a `checkAsSubject` form.
  'report.headline.notChecked': '{names} was not checked.',
  'report.headline.notCheckedNamesMany': '{names} were not checked.',
  // The line that ends the terminal report. It counts checks, where the headline counts things to do.
  'report.counts': 'Checks: {parts}',
  'report.counts.pass': '{count} fine',
  'report.counts.warn': '{count} worth a look',
  'report.counts.fail': '{count} to fix',
  'report.counts.skip': '{count} skipped',
  'report.counts.skipMany': '{count} skipped',
  'report.counts.error': '{count} could not check',
  // The session, as the terminal header names it, and as the saved reports say it.
  'report.session.video': 'video session',
  'report.session.audio': 'audio or phone session',
  'report.session.text': 'text or chat session',
  'report.checkedFor.video': 'Checked for a video session on {time} with {tool} {version}.',
  'report.checkedFor.audio': 'Checked for an audio or phone session on {time} with {tool} {version}.',
  'report.checkedFor.text': 'Checked for a text or chat session on {time} with {tool} {version}.',
  'report.checkedOn.video': 'Video session, checked {time}, with {tool} {version}.',
  'report.checkedOn.audio': 'Audio or phone session, checked {time}, with {tool} {version}.',
  'report.checkedOn.text': 'Text or chat session, checked {time}, with {tool} {version}.',
  // The time a report was made: the locale Intl writes the day and month in, then the order.
  'report.time.locale': 'en-GB',
  'report.time': '{day} {month} {year}, {hour}:{minute} ({zone})',
  // The steps, must-do first. `Reader` headings are for someone else reading a saved report.
  'report.steps.must': 'Fix before your session',
  'report.steps.mustReader': 'To fix before the session',
  'report.steps.consider': 'Worth a look',
  'report.steps.considerReader': 'Worth a look',
  'report.mark.fix': 'Fix',
  'report.mark.worthALook': 'Worth a look',
  'report.mark.consider': 'Consider',
  'report.mark.ready': 'Ready',
  'report.mark.notReady': 'Not ready',
  'report.mark.incomplete': 'Not complete',
  // The calm line a not-ready report ends with, before the crisis line.
  'report.reassurance':
    'If something cannot be fixed in time, your session can usually still go ahead: tell your therapist at the start.',
  'report.reassuranceReader':
    'The session can usually still go ahead: anything not fixed in time can be talked through at the start.',
  // A practice's own words are shown under its name.
  'report.from': 'From {practice}:',
  'report.fromTherapist': "From your therapist's checklist:",
  'report.withChecklistFrom': 'With the checklist from {practice}.',
  // Figures under a check.
  'report.value.unknown': 'unknown',
  'report.value.yes': 'yes',
  'report.value.no': 'no',
  'report.value.withUnit': '{value} {unit}',
  'report.samples': '1 sample',
  'report.samplesMany': '{count} samples',
  'report.confidence.high': 'high confidence',
  'report.confidence.medium': 'medium confidence',
  'report.confidence.low': 'low confidence',
  'report.fact.extra': '{fact} ({extra})',
  'report.fact.reason': 'Reason: {reason}',
  'report.fact.took': 'Took {milliseconds} ms',
  'report.practiceAnswer': '{question} {answer}',
  'report.identifier.networkName': 'Network name',
  'report.identifier.bssid': 'Access point (BSSID)',
  'report.identifier.proxy': 'Proxy',
  'report.identifier.meetingLink': 'Meeting link',
  'report.identifier.meetingLinkTarget': 'Where the meeting link leads',
  // The checklist's answers in the HTML report, as badges.
  'report.answer.yes': 'Yes',
  'report.answer.no': 'No',
  'report.answer.noNeeded': 'No (needed)',
  'report.answer.unknown': 'Unknown',
  'report.answer.notAnswered': 'Not answered',
  'report.answer.answeredBy': 'Answered by {check}',
  // Titles and headings of the saved reports.
  'report.title': 'Session readiness: {headline}',
  'report.heading': 'Session readiness check',
  'report.table.check': 'Check',
  'report.table.result': 'Result',
  'report.table.found': 'What it found',
  'report.measurements': 'Measurements',
  'report.whatWasChecked': 'What was checked',
  'report.moreCrisisResources': 'More crisis resources',
  // ── end of the report's own words.

  // ── Errors a person can meet (src/errors.ts, src/main.ts, src/files/, checklist files): feat/catalogue-render adds its keys here.
  // What went wrong with a file, and what to do: clauses that the sentences below take whole.
  'error.file.what.noFolder': 'the folder does not exist',
  'error.file.what.notFolder': 'part of that path is a file, not a folder',
  'error.file.what.noPermission': 'there is no permission to write there',
  'error.file.what.readOnly': 'that place is read-only',
  'error.file.what.diskFull': 'the disk is full',
  'error.file.what.quota': 'your storage allowance on this disk is used up',
  'error.file.what.tooBig': 'the file would be too big for that disk',
  'error.file.what.isFolder': 'that is a folder',
  'error.file.what.exists': 'a file of that name already exists',
  'error.file.what.nameTooLong': 'the name or path is too long',
  'error.file.what.loop': 'the path goes round in a loop of shortcuts (symbolic links)',
  'error.file.what.busy': 'the file is in use by another program',
  'error.file.what.tooManyOpen': 'this computer has too many files open right now',
  'error.file.what.diskError': 'the disk reported an error',
  'error.file.what.device': 'that is a device, not a file',
  'error.file.what.other': 'the computer would not allow it',
  'error.file.what.noSuchFile': 'there is no such file',
  'error.file.what.noPermissionToOpen': 'there is no permission to open it',
  'error.file.what.folderNotFile': 'that is a folder, not a file',
  'error.file.what.notAFile': 'it is not a file (it is a device or a socket)',
  'error.file.what.couldNotOpen': 'it could not be opened',
  'error.file.todo.checkFolderOrCreate': 'check the folder name, or create the folder first',
  'error.file.todo.checkFolder': 'check the folder name',
  'error.file.todo.ownFolder': 'choose a folder of your own, such as your Documents folder',
  'error.file.todo.freeSpace': 'free some space, or save to another disk',
  'error.file.todo.otherDisk': 'save to another disk',
  'error.file.todo.giveFileName': 'give a file name, such as report.html',
  'error.file.todo.otherName': 'choose another name',
  'error.file.todo.shorterName': 'use a shorter file name or a folder nearer the top',
  'error.file.todo.realFolder': 'give the real folder instead',
  'error.file.todo.closeProgram': 'close that program, or choose another name',
  'error.file.todo.closePrograms': 'close some programs and try again',
  'error.file.todo.tryAgainOrOtherDisk': 'try again, or save to another disk',
  'error.file.todo.otherFolder': 'try another folder',
  // Saving the report (-o, src/files/write-file.ts, src/main.ts).
  'error.save.cannot': 'Cannot save the report to {path}: {what}; {todo}.',
  'error.save.noFolder': 'Cannot save the report to {path}: the folder {folder} does not exist.',
  'error.save.folderNotWritable':
    'Cannot save the report to {path}: the folder {folder} cannot be written to.',
  'error.save.isFolder': 'Cannot save the report to {path}: that is a folder.',
  'error.save.failed':
    'Could not save the report to {path}: {what}. To save it, {todo}, then run the check again.',
  'error.save.shownAbove': 'The report is shown above.',
  'main.saved': 'Saved the report to {path}.',
  'main.stopped': 'Stopped. Nothing was saved.',
  // Something the tool did not expect; {problem} is the error's own text, with or without its full stop.
  'main.unexpected':
    '{app} ran into a problem it did not expect: {problem}. Please run it again; --debug shows details.',
  'main.unexpectedSentence':
    '{app} ran into a problem it did not expect: {problem} Please run it again; --debug shows details.',
  // The offer at the end of an interactive run (src/commands/offer-copy.ts).
  'main.offerCopy': 'Save a copy of this report to send to your therapist?',
  'main.copySaved': 'Saved a copy of the report to {path}',
  'main.copyAttach': 'You can attach it to an email to your therapist.',
  // Reading a checklist or answers file, or a checklist link (src/checks/checklist/read-source.ts).
  // {what} is one of the two names below.
  'error.what.checklist': 'checklist',
  'error.what.answers': 'answers file',
  'error.source.notUtf8':
    'The {what} {name} is not a text file (it is not UTF-8); save it as plain text in YAML or JSON.',
  'error.source.binary':
    'The {what} {name} is not a text file (it holds binary data); save it as plain text in YAML or JSON.',
  'error.source.couldNotRead': 'Could not read the {what} {name}: {why}.',
  'error.source.notAFile':
    'Could not read the {what} {name}: it is {kind}, not a file; give the path of a .yaml or .json file.',
  'error.source.kind.folder': 'a folder',
  'error.source.kind.pipe': 'a pipe',
  'error.source.kind.socket': 'a socket',
  'error.source.kind.device': 'a device',
  'error.source.kilobytes': '{count} KB',
  'error.source.tooBigSized': 'The {what} {name} is too big ({size}); it can be at most {limit}.',
  'error.source.tooBig': 'The {what} {name} is too big; it can be at most {limit}.',
  'error.source.urlTooBig': 'The {what} at {name} is too big; it can be at most {limit}.',
  'error.source.invalidUrl': 'The {what} address {name} is not a valid URL.',
  'error.source.notHttps':
    'The {what} address {name} uses {scheme}, which is not allowed; only https:// addresses can be used, so the file cannot be changed on the way.',
  'error.source.redirectNotHttps':
    'The {what} address {name} redirects to {scheme}, which is not allowed; only https:// addresses can be used, so the file cannot be changed on the way.',
  'error.source.credentials':
    'The {what} address {name} has a user name or password in it; use an address without one.',
  'error.source.tooManyRedirects': 'The {what} address {name} redirects too many times.',
  'error.source.httpStatus': 'Could not fetch the {what} from {name}: the server answered {status}.',
  'error.source.timeout':
    'Could not fetch the {what} from {name}: no answer within {seconds} seconds; try again later.',
  'error.source.timeoutMs':
    'Could not fetch the {what} from {name}: no answer within {milliseconds} ms; try again later.',
  'error.source.network': 'Could not fetch the {what} from {name}: {why}.',
  'error.source.notLocal': 'The {what} must be a file on this computer, not an address; you gave {name}.',
  'error.source.webPageLink':
    'The {what} link {name} opened a web page, not a checklist file (perhaps a sign-in page or a share link); ask for a direct link to the .yaml file.',
  'error.source.webPageFile':
    'The {what} {name} is a web page, not a checklist file; save the checklist itself as a .yaml file.',
  'error.network.dns': 'the address could not be found; check the spelling and that you are online',
  'error.network.offline': 'the server cannot be reached from this network; check that you are online',
  'error.network.proxy':
    'the proxy set on this computer (HTTPS_PROXY) did not let the request through; check that setting, or ask whoever set it up',
  'error.network.refused': 'the server refused the connection; check the address, or try again later',
  'error.network.closed': 'the connection was cut off before the whole file arrived; try again',
  'error.network.stalled': 'the server did not answer in time; try again later',
  'error.network.tls':
    "the server's security certificate is not trusted, so the file was not read; check the date and time on this computer, or ask for a link on another site",
  'error.network.other': 'the connection failed; check that you are online and try again',
  // A checklist or answers file with problems (src/checks/checklist/prepare.ts).
  'error.problems.unreadable': 'The {what} {name} could not be read.',
  'error.problems.one': 'The {what} {name} has a problem: {problem}',
  'error.problems.oneOnLine': 'The {what} {name} has a problem on line {line}: {problem}',
  'error.problems.many': 'The {what} {name} has {count} problems; the first is: {problem}',
  'error.problems.manyOnLine':
    'The {what} {name} has {count} problems; the first is on line {line}: {problem}',
  'error.problems.manySeeAll':
    'The {what} {name} has {count} problems (see them all with: {seeAll}); the first is: {problem}',
  'error.problems.manySeeAllOnLine':
    'The {what} {name} has {count} problems (see them all with: {seeAll}); the first is on line {line}: {problem}',
  'error.answers.missing':
    'The answers file {name} has no answer to the required question {questions}; add a line such as "{example}: yes" or "{example}: no" for each.',
  'error.answers.missingMany':
    'The answers file {name} has no answer to the required questions {questions}; add a line such as "{example}: yes" or "{example}: no" for each.',
  'error.note.webPage':
    'Note: the checklist link you were given opened a web page, not a checklist file, so the built-in questions were asked instead. Please tell your therapist, so they can send a direct link to the checklist file.',
  // checklist init (src/commands/checklist.ts): read by the practice that writes the file.
  'error.init.notYaml':
    'checklist init writes YAML, so the file name must end in .yaml or .yml; you gave {name}.',
  'error.init.isFolder': 'Cannot write the checklist to {name}: that is a folder.',
  'error.init.exists': '{name} already exists, so it was left as it is; add --force to replace it.',
  'error.init.failed': 'Could not write the checklist to {name}: {what}; {todo}.',
  // A checklist or answers file's problems (src/checks/checklist/parse-file.ts): where a field is,
  // as a sentence names it, and `Subject` as a sentence opens with it.
  'error.field.file': 'the file',
  'error.field.fileSubject': 'The file',
  'error.field.top': '"{name}"',
  'error.field.question': 'question {number}',
  'error.field.questionSubject': 'Question {number}',
  'error.field.questionWithId': 'question {number} ("{id}")',
  'error.field.questionWithIdSubject': 'Question {number} ("{id}")',
  'error.field.entry': 'entry {entry} of "{field}" in {question}',
  'error.field.entrySubject': 'Entry {entry} of "{field}" in {question}',
  'error.field.inQuestion': '"{field}" in {question}',
  'error.field.keyName': 'the name "{key}"',
  'error.field.keyNameSubject': 'The name "{key}"',
  'error.field.answersFile': 'the answers file',
  'error.field.answersFileSubject': 'The answers file',
  'error.field.answer': 'the answer to "{id}"',
  'error.field.answerSubject': 'The answer to "{id}"',
  'error.schema.typeName.string': 'text',
  'error.schema.typeName.array': 'a list',
  'error.schema.typeName.object': 'a set of "name: value" fields',
  'error.schema.typeName.integer': 'a whole number',
  'error.schema.typeName.number': 'a number',
  'error.schema.typeName.boolean': 'true or false',
  'error.schema.typeName.null': 'empty',
  'error.schema.type': '{field} must be {type}.',
  'error.schema.required': '{field} is missing "{property}".',
  'error.schema.mustBe': '{field} must be {allowed}.',
  'error.schema.mustBeIs': '{field} must be {allowed}; it is {value}.',
  'error.schema.or': '{rest} or {last}',
  'error.schema.rightForm': 'in the right form',
  'error.schema.empty': '{field} is empty.',
  'error.schema.maxLength': '{field} is too long: at most {limit} characters, and it has {length}.',
  'error.schema.maxItems': '{field} has too many entries: at most {limit}.',
  'error.schema.minItems': '{field} needs at least {limit} entry.',
  'error.schema.uniqueItems': '{field} lists the same value twice.',
  'error.schema.other': '{field} {detail}.',
  'error.schema.notValid': '{field} is not valid.',
  'error.schema.unknownField':
    '{where} has a field "{key}" that checklists do not use; did you mean "{hint}"?',
  'error.schema.unknownFieldList':
    '{where} has a field "{key}" that checklists do not use; the fields are {fields}.',
  'error.yaml.DUPLICATE_KEY': 'The same field appears twice here; keep only one.',
  'error.yaml.TAB_AS_INDENT': 'A tab is used for indenting; use spaces instead.',
  'error.yaml.BAD_INDENT': 'The indenting here does not line up with the lines around it.',
  'error.yaml.MULTIPLE_DOCS': 'The file holds more than one document (a line with ---); keep only one.',
  'error.yaml.TAG_RESOLVE_FAILED':
    'A YAML tag (a word starting with !) is used here; checklists use plain text only.',
  'error.yaml.BAD_ALIAS': 'This uses a YAML alias (*name) that does not point to anything.',
  'error.yaml.RESOURCE_EXHAUSTION': 'The file is nested too deeply to read safely.',
  'error.yaml.other': 'The file cannot be read here ({detail}).',
  'error.yaml.aliasBomb':
    'The file repeats YAML aliases (*name) too many times to read safely; write the text out instead.',
  'error.yaml.tooComplex': 'The file is nested too deeply or is too complex to read safely.',
  'error.yaml.empty': 'The file is empty.',
  // ── end of errors.
} as const
