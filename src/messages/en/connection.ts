/** English: connection (the whole catalogue is src/messages/en/index.ts). */
export const connection = {
  // ── The connection check (src/checks/connection/).
  // Steps, in the order they are shown (src/checks/connection/wording.ts picks which go with which figure).
  'connection.step.busy':
    'This computer was busy during the test, so the timing figures may look worse than your connection is. Close programs that are working hard (large downloads, games, video exports), then run this check again.',
  'connection.step.serverBusy':
    "The test server was overloaded and turned some traffic away while it measured, so some of this loss may be the server's, not your connection's. Run the check again in a few minutes.",
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
  'connection.note.lossBrowser':
    'Lost data (packet loss) was not measured: a browser cannot send the UDP probes this test uses. On a computer, {command} measures it too.',

  // A part of the connection check named among what was not checked, in the verdict: "… lost data
  // (packet loss), the Wi-Fi and … were not checked". `partAsSubject` opens the separate sentence.
  'report.part.packetLoss': 'lost data (packet loss)',
  'report.partAsSubject.packetLoss': 'Lost data (packet loss)',

  // The kind of session, inside a sentence: "Your connection looks good for {session}".
  'connection.session.video': 'a video session',
  'connection.session.audio': 'an audio session',
  'connection.session.text': 'a text or chat session',
  'connection.summary.pass': 'Your connection looks good for {session} ({figures}).',
  'connection.summary.passNoFigures': 'Your connection looks good for {session}.',
  'connection.summary.warn': 'Your connection should work for {session}, but {problems}.',
  'connection.summary.fail': 'Your connection is not ready for {session} yet: {problems}.',
  'connection.summary.failAlso': 'Your connection is not ready for {session} yet: {problems}. Also, {also}.',
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
  'connection.label.dns': 'Time to find the test server by name',
  'connection.label.connect': 'Time to reach the test server',
  'connection.label.connectProxy': 'Time to reach the test server (through the proxy)',
  'connection.label.tls': 'Time to set up the secure connection',
  'connection.label.ipVersions': 'Internet protocol used',
  'connection.label.proxy': 'Through a proxy (figures describe the proxy path)',
  'connection.label.eventLoop': "This computer's own delay during the test (p99)",
  'connection.label.dataUsed': 'Data used',
  'connection.value.untestedDns': "not run: the loss-test server's name was not found",
  'connection.value.untestedDnsTimeout':
    "not run: the loss-test server's name could not be looked up in time",
  'connection.value.untestedNoTime': 'not run: no time was left',
  'connection.value.untestedBrowser': 'not measured: a browser cannot send the UDP probes this test uses',

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

  // Titles and progress activities of the checks whose other sentences live in their own sections.
  'connection.title': 'Connection',
  'connection.activity': 'Measuring your connection',
} as const
