import type { SessionType } from '../../report/model.js'
import type { FailureKind } from '../../net/types.js'
import { RUN_COMMAND } from '../../tool.js'
import type { MetricId } from './thresholds.js'

/**
 * Every sentence a person reads about the connection, whole, keyed, with named placeholders
 * ({name}) that `fill` puts values into. The lead folds this into the message catalogue
 * (src/messages/en.ts); a new language is then one new catalogue.
 */

/** The plain steps of advice, in the order they are shown. */
export const adviceText = {
  cable: 'Use a network cable if you can, or sit closer to your Wi-Fi router.',
  pause: 'Ask others in your home to pause downloads, game updates and video streaming during your session.',
  restart: 'Restart your router: unplug it, wait 30 seconds, plug it back in, then run this check again.',
  busy: 'This computer was busy during the test, so the timing figures may look worse than your connection is. Close programs that are working hard (large downloads, games, video exports), then run this check again.',
  audio: 'If the picture keeps freezing during the session, you and your therapist can switch to audio only.',
  network: 'If nothing helps, try another network, such as a phone hotspot.',
  udp: 'Your network seems to block the kind of traffic video calls prefer. The call should still work but may be less smooth; if you can, use another network, such as your home Wi-Fi instead of a work or guest network.',
  udpUntested:
    'To include the test for lost data, check the address given with --stun, or run this check again in a few minutes.',
} as const
export type AdviceKey = keyof typeof adviceText
export const adviceOrder: readonly AdviceKey[] = [
  'busy',
  'cable',
  'pause',
  'restart',
  'audio',
  'network',
  'udp',
  'udpUntested',
]

/** Which steps help with which figure, in the order of `adviceOrder` once gathered. */
export const stepsFor: Record<MetricId, AdviceKey[]> = {
  download: ['cable', 'pause', 'network'],
  upload: ['cable', 'pause', 'network'],
  latency: ['restart', 'cable', 'network'],
  bloat: ['pause', 'restart'],
  jitter: ['cable', 'pause'],
  loss: ['cable', 'restart', 'network'],
  mos: ['cable', 'restart', 'network'],
}

export const sessionName: Record<SessionType, string> = {
  video: 'a video session',
  audio: 'an audio session',
  text: 'a text or chat session',
}

/** The problem in a few words, for the summary; {value} is the figure as shown. */
export const problemText: Record<MetricId, { warn: string; fail: string }> = {
  download: {
    warn: 'the download speed is on the low side ({value})',
    fail: 'the download speed is too low ({value})',
  },
  upload: {
    warn: 'the upload speed is on the low side ({value})',
    fail: 'the upload speed is too low ({value})',
  },
  latency: { warn: 'replies take a little long ({value})', fail: 'replies take too long ({value})' },
  bloat: {
    warn: 'it slows down when the line is busy ({value})',
    fail: 'it slows down a lot when the line is busy ({value})',
  },
  jitter: { warn: 'it is a little uneven ({value})', fail: 'it is very uneven ({value})' },
  loss: {
    warn: 'some data goes missing on the way ({value})',
    fail: 'too much data goes missing on the way ({value})',
  },
  mos: {
    warn: 'voices may sound a little less clear ({value})',
    fail: 'voices would sound unclear ({value})',
  },
}

export const otherProblems = {
  burst: 'data sometimes goes missing in bursts ({burst}% in a fifth of a second)',
  udpBlocked: 'your network blocks the faster route video calls prefer',
  busy: 'this computer was busy during the test, so its reply times may look slower than your connection really is',
  udpUntested: {
    dns: "this check could not test for lost data: the loss-test server's name was not found",
    'dns-timeout':
      "this check could not test for lost data: the loss-test server's name could not be looked up in time",
    'no-time': 'this check could not test for lost data: there was no time left for it',
  },
} as const

/** How each figure is shown inside a sentence. */
export const figureText = {
  mbps: '{value} Mbit/s',
  ms: '{value} ms',
  underOneMs: 'under 1 ms',
  extraMs: '{value} ms more',
  percent: '{value}%',
  mos: 'estimated {value} out of 5',
} as const

export const summaryText = {
  pass: 'Your connection looks good for {session} ({figures}).',
  passNoFigures: 'Your connection looks good for {session}.',
  warn: 'Your connection should work for {session}, but {problems}.',
  fail: 'Your connection is not ready for {session} yet: {problems}.',
  failure: 'Could not measure your connection: {reason}.',
  offline: 'Not measured, because you asked for no network traffic (--offline).',
  /** The figures of a passing summary. */
  download: 'download {value}',
  downloadAtLeast: 'download at least {value}, more than {session} needs',
  upload: 'upload {value}',
  uploadAtLeast: 'upload at least {value}, more than {session} needs',
  latency: 'reply time {value}',
} as const

export const notes = {
  proxy:
    'These figures were measured through the proxy set on this computer, so they describe the path through that proxy.',
} as const

/** Labels of the measured figures (JSON, --verbose, Markdown, HTML). */
export const labels = {
  download: 'Download',
  upload: 'Upload',
  /** A lower bound, with the reason the direction ended. */
  atLeast: {
    'need-proven': '{direction}, at least (the test stopped once the need of {session} was proven)',
    'data-cap': '{direction}, at least (the test stopped when the data cap was reached)',
    time: '{direction}, at least (the speed was still rising when the time for it ran out)',
  },
  latency: 'Reply time (round trip, median)',
  latencyP90: 'Reply time (slowest tenth)',
  jitterUdp: 'Jitter (RFC 3550, UDP, on a quiet line)',
  jitterHttp: 'Jitter',
  bloat: 'Extra delay when the line is busy (grade {grade})',
  rpm: 'Responsiveness under load',
  loss: 'Packet loss on a quiet line',
  lossNoneProven: 'Packet loss on a quiet line (none in {samples} probes: under 1%)',
  lossNoneSeen: 'Packet loss on a quiet line (none seen in {samples} probes)',
  lossOf: 'Packet loss on a quiet line (of {samples} probes)',
  lossUpper: 'Packet loss, 95% upper bound',
  burst: 'Worst loss in a fifth of a second',
  lossUnderLoad: 'Packet loss while this check filled the line (not judged)',
  mos: 'Estimated voice quality (1 to 5)',
  udp: 'UDP (the route calls prefer) works',
  lossUntested: 'Test for lost data',
  dns: 'Name lookup',
  connect: 'Connect',
  connectProxy: 'Connect (through the proxy)',
  tls: 'Secure handshake',
  ipVersions: 'Internet protocol used',
  proxy: 'Through a proxy (figures describe the proxy path)',
  eventLoop: "This computer's own delay during the test (p99)",
  dataUsed: 'Data used',
} as const

/** Values of the figures that are words. */
export const valueText = {
  lossUntested: {
    dns: "not run: the loss-test server's name was not found",
    'dns-timeout': "not run: the loss-test server's name could not be looked up in time",
    'no-time': 'not run: no time was left',
  },
} as const

/** Why a measurement failed, in plain words, and what to do. */
export const failureText: Record<FailureKind, { reason: string; advice: string[] }> = {
  offline: {
    reason: 'your computer does not seem to be connected to the internet',
    advice: [
      'Check that Wi-Fi is turned on and connected, or that the network cable is plugged in, then run this check again.',
      adviceText.restart,
    ],
  },
  dns: {
    reason: 'the address of the test server could not be found',
    advice: [
      'Check that you are connected to the internet, then run this check again.',
      'If you are connected, this network may block the test; try again later or on another network.',
    ],
  },
  refused: {
    reason: 'the test server did not accept the connection',
    advice: [
      'Try again in a few minutes.',
      'If you gave a test address with --server, check it and check that the server is running.',
    ],
  },
  tls: {
    reason: 'a secure connection to the test server could not be set up',
    advice: [
      "Check that your computer's date and time are correct.",
      'Some work or school networks inspect secure traffic; if you are on one, try another network.',
    ],
  },
  portal: {
    reason: 'this network showed a sign-in page instead of the test',
    advice: [
      'Open a web browser and finish signing in to this network (as in a hotel, café or clinic), then run this check again.',
    ],
  },
  forbidden: {
    reason: 'the test server refused to run the test',
    advice: [
      'Try again later, or ask your practice whether they have their own test address to use with --server.',
    ],
  },
  'rate-limited': {
    reason: 'the test server asked us to wait because it has had many tests',
    advice: ['Wait a few minutes, then run this check again.'],
  },
  'server-error': { reason: 'the test server had a problem', advice: ['Try again in a few minutes.'] },
  stalled: {
    reason: 'the test server stopped answering',
    advice: [
      'Your connection may have dropped for a moment. Run this check again; if it happens again, restart your router.',
    ],
  },
  closed: {
    reason: 'the connection was cut off part-way through',
    advice: ['Run this check again. If it happens again, use a network cable or sit closer to your router.'],
  },
  proxy: {
    reason: 'the proxy set on this computer did not let the test through',
    advice: [
      'If you are on a work network, ask your IT team whether video calls are allowed; otherwise check the proxy setting (HTTPS_PROXY).',
    ],
  },
  'bad-response': {
    reason: 'the test server gave an answer this check did not expect',
    advice: ['If you gave a test address with --server, check it; otherwise try again later.'],
  },
  'not-installed': {
    reason: 'the Ookla engine is not installed',
    advice: [`Run ${RUN_COMMAND} without --engine ookla to use the built-in test.`],
  },
  'engine-failed': {
    reason: 'the Ookla engine stopped with an error',
    advice: [`Run ${RUN_COMMAND} without --engine ookla to use the built-in test.`],
  },
}

/** Puts named values into a template: fill('{a} and {b}', { a: 1, b: 2 }). An unknown name stays visible. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

/** "a, b and c": the problems of one summary sentence. */
export function joinProblems(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? ''
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`
}
