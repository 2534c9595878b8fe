import { describe, expect, it } from 'vitest'
import { evaluateConnection, offlineOutcome } from '../../../src/checks/connection/evaluate.js'
import { createConnectionCheck } from '../../../src/checks/connection/index.js'
import { evaluateLink } from '../../../src/checks/link/evaluate.js'
import { analyseLink } from '../../../src/checks/link/analyse.js'
import { createLinkCheck } from '../../../src/checks/link/index.js'
import type { OnlineFacts } from '../../../src/checks/link/online.js'
import { evaluateDevices } from '../../../src/checks/devices/evaluate.js'
import type { CheckOutcome, PrepareContext } from '../../../src/checks/types.js'
import { messagesFor } from '../../../src/messages/index.js'
import type { ConnectionSnapshot, FailureKind } from '../../../src/net/types.js'
import { startSpeedServer } from '../../../src/net/speed-server.js'
import type { RunOptions } from '../../../src/options.js'
import {
  unknownReading,
  type DeviceReading,
  type DevicesSnapshot,
} from '../../../src/platform/devices/types.js'
import type { SessionType, Status } from '../../../src/report/model.js'
import { fakeContext, optionsFor } from '../../helpers/fake-context.js'

/**
 * The connection, meeting-link and devices checks speak the run's language: a Spanish outcome of
 * every status reads Spanish, with no English left in its sentences, labels or word values.
 */
const es = messagesFor('es')
const english =
  /\b(the|your|you|and|is|are|to|of|with|not|this|run|check|fix|could|before|please|here)\b|Wi-Fi is/i

/** Everything a person reads from an outcome: summary, steps, labels and values that are words. */
function wordsOf(outcome: CheckOutcome): string[] {
  const values = (outcome.measurements ?? []).flatMap((m) => [
    m.label,
    ...(typeof m.value === 'string' ? [m.value] : []),
  ])
  return [outcome.summary, ...outcome.advice, ...values]
}

function expectSpanish(outcomes: readonly CheckOutcome[], statuses: readonly Status[]): void {
  expect([...new Set(outcomes.map((o) => o.status))].sort()).toEqual([...statuses].sort())
  for (const outcome of outcomes) for (const text of wordsOf(outcome)) expect(text).not.toMatch(english)
}

const rate = (mbps: number, bound = false) => ({
  mbps,
  windows: 30,
  variation: 0.05,
  bytes: 1e7,
  measuredMs: 2000,
  graceMs: 1000,
  streams: 4,
  stoppedEarly: true,
  capped: false,
  ...(bound ? { bound: 'lower' as const, boundReason: 'need-proven' as const } : {}),
})
function snapshot(overrides: Partial<ConnectionSnapshot> = {}): ConnectionSnapshot {
  return {
    engine: 'builtin',
    server: 'https://speed.example',
    // One version: "IPv4 and IPv6" is joined with list.and, which feat/lang translates.
    ipVersions: ['IPv4'],
    timings: { dnsMs: 3, tcpMs: 12, tlsMs: 20 },
    idle: { medianMs: 20, p90Ms: 25, jitterMs: 2, samples: 20 },
    download: rate(50),
    upload: rate(20),
    loaded: { samples: 40, increaseMs: 15, rpm: 1800 },
    udp: {
      status: 'ok',
      sent: 400,
      received: 400,
      lossPct: 0,
      lossUpperPct: 0.75,
      burstLossPct: 0,
      rttMedianMs: 21,
      jitterMs: 3,
      family: 'IPv4',
      underLoad: { sent: 100, received: 99, lossPct: 1 },
    },
    eventLoopDelayMs: 2,
    bytesUsed: 15e6,
    durationMs: 9000,
    budgetMs: 10000,
    maxBytes: 30e6,
    ...overrides,
  }
}

const failures: FailureKind[] = [
  'offline',
  'dns',
  'refused',
  'tls',
  'portal',
  'forbidden',
  'rate-limited',
  'server-error',
  'stalled',
  'closed',
  'proxy',
  'bad-response',
  'not-installed',
  'engine-failed',
]
const sessions: SessionType[] = ['video', 'audio', 'text']

describe('the connection check in Spanish', () => {
  const snapshots: ConnectionSnapshot[] = [
    snapshot(),
    snapshot({ proxy: 'proxy.example:3128', download: rate(50, true), upload: rate(20, true) }),
    snapshot({
      download: rate(2.5),
      upload: rate(0.4),
      idle: { medianMs: 350, p90Ms: 400, jitterMs: 45, samples: 20 },
      loaded: { samples: 40, increaseMs: 450, rpm: 200 },
    }),
    snapshot({
      udp: {
        status: 'ok',
        sent: 400,
        received: 380,
        lossPct: 4.5,
        lossUpperPct: 6,
        burstLossPct: 30,
        rttMedianMs: 250,
        jitterMs: 35,
      },
    }),
    snapshot({
      udp: { status: 'blocked', sent: 100, received: 0, lossPct: 100, lossUpperPct: 100, burstLossPct: 100 },
    }),
    ...(['dns', 'dns-timeout', 'no-time'] as const).map((cause) =>
      snapshot({
        udp: {
          status: 'untested',
          cause,
          sent: 0,
          received: 0,
          lossPct: 0,
          lossUpperPct: 0,
          burstLossPct: 0,
        },
      }),
    ),
    snapshot({ eventLoopDelayMs: 80, idle: { medianMs: 350, p90Ms: 400, jitterMs: 45, samples: 20 } }),
    snapshot({ idle: { medianMs: 0.4, p90Ms: 0.6, jitterMs: 0.1, samples: 5 }, udp: undefined }),
    snapshot({ engine: 'ookla', udp: undefined, reportedLossPct: 2 }),
    ...failures.map((kind) => snapshot({ failure: { kind, phase: 'download', detail: 'ECONNRESET' } })),
  ]

  it('says every status in Spanish: pass, caution, fail, could not measure, skipped', () => {
    const outcomes = [
      ...snapshots.flatMap((s) => sessions.map((session) => evaluateConnection(s, session, es))),
      offlineOutcome(es),
    ]
    expectSpanish(outcomes, ['pass', 'warn', 'fail', 'error', 'skip'])
  })

  it('writes its figures the Spanish way, inside whole Spanish sentences', () => {
    const outcome = evaluateConnection(snapshot({ download: rate(2.5) }), 'video', es)
    expect(outcome.summary).toBe(
      'Su conexión debería funcionar para una sesión por video, pero la velocidad de descarga es algo baja (2,5 Mbit/s).',
    )
    expect(evaluateConnection(snapshot(), 'audio', es).summary).toBe(
      'Su conexión está bien para una sesión por teléfono (solo audio): descarga de 50 Mbit/s, subida de 20 Mbit/s, retraso de 20 ms.',
    )
    expect(
      evaluateConnection(
        snapshot({ failure: { kind: 'portal', phase: 'connect', detail: 'x' } }),
        'video',
        es,
      ).summary,
    ).toBe(
      'No se pudo medir su conexión: esta red mostró una página para iniciar sesión en lugar de la prueba.',
    )
  })

  it('lists several problems with the Spanish "y"', () => {
    const outcome = evaluateConnection(snapshot({ download: rate(2.5), upload: rate(2) }), 'video', es)
    expect(outcome.summary).toMatch(/\(2,5 Mbit\/s\) y la velocidad de subida es algo baja \(2 Mbit\/s\)\.$/)
  })

  it('asks about Ookla, and says it was not accepted, in Spanish', async () => {
    const asked: string[] = []
    const prompter = {
      confirm: async ({ message }: { message: string }) => (asked.push(message), false),
      select: async () => '',
    }
    const ctx = fakeContext({
      options: optionsFor({ engine: 'ookla' }),
      msg: es,
      prompter: prompter as never,
    })
    const outcome = await createConnectionCheck().run(ctx as never, { ookla: { run: async () => ({}) } })
    expect(asked).toEqual([es('connection.prompt.ookla')])
    expect(asked[0]).toMatch(/^¿Usar la prueba de velocidad de Ookla\?/)
    expectSpanish([outcome], ['skip'])
  })

  it("says its bad-input sentence in the run's language", async () => {
    const prepare: PrepareContext<RunOptions> = {
      options: optionsFor({ maxData: '200KB' }),
      fetch,
      env: {},
      cwd: '/',
      signal: new AbortController().signal,
      msg: es,
    }
    await expect(createConnectionCheck().prepare(prepare)).rejects.toThrow(
      '--max-data debe ser de al menos 1MB',
    )
  })

  it.each([
    ['Spanish', es, /^Midiendo su conexión: (retraso|velocidad de descarga|velocidad de subida)$/],
    [
      'English, as before',
      messagesFor('en'),
      /^Measuring your connection: (reply time|download speed|upload speed)$/,
    ],
  ] as const)(
    "words its progress in the run's language while it measures (%s)",
    async (_language, msg, expected) => {
      const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 10e6 })
      try {
        const said: string[] = []
        const options = optionsFor({ server: server.url, stun: 'off', quick: true, maxData: '1MB' })
        const check = createConnectionCheck()
        const prepared = await check.prepare({
          options,
          fetch,
          env: {},
          cwd: '/',
          signal: new AbortController().signal,
          msg,
        })
        await check.run(
          fakeContext({ options, msg, progress: (message) => void said.push(message) }) as never,
          prepared,
        )
        expect(said.length).toBeGreaterThan(0)
        for (const message of said) expect(message).toMatch(expected)
      } finally {
        await server.close()
      }
    },
  )
})

describe('the meeting-link check in Spanish', () => {
  const links = [
    'https://zoom.us/j/123?pwd=abc',
    'https://zoom.us/j/123',
    'https://zoom.us/my/doctor',
    'http://zoom.us/j/1?pwd=a',
    'https://user:pw@zoom.us/j/1',
    'https://192.168.1.20/meet',
    'https://zoom-meeting.example/j/1',
    'https://zooom.us/j/1',
    'https://xn--zm-jbba.us/j/1',
    'https://xn--80ak6aa92e.com/',
    'https://zoom.us:8443/j/1?pwd=a',
    'https://bit.ly/3abc',
    'https://clinic.example/room/7',
    'https://meet.google.com/abc-defg-hij',
    'https://facetime.apple.com/join#v=1&p=AbCd',
    'zoommtg://zoom.us/join?confno=1',
    'zoommtg://meet-secure.example/join?confno=1',
    'https://www.google.com/url?q=https://zoom.us/j/1&url=https://zoom-login.example/j/1',
  ]
  const online: OnlineFacts[] = [
    { state: 'offline' },
    { state: 'skipped' },
    { state: 'not-found' },
    { state: 'unreachable', reason: 'time limit' },
    { state: 'certificate-invalid', reason: 'CERT_HAS_EXPIRED', problem: 'expired' },
    { state: 'certificate-invalid', reason: 'DEPTH_ZERO_SELF_SIGNED_CERT', problem: 'self-signed' },
    { state: 'certificate-invalid', reason: 'CERT_CHAIN_TOO_LONG', problem: 'chain-too-long' },
    { state: 'private-address', host: 'router.example' },
    { state: 'certificate-valid', issuer: 'Example CA' },
  ]

  it('says every status in Spanish: pass, caution and fail, with every finding and fact', () => {
    const outcomes = links.flatMap((href) =>
      [[], ['clinic.example']].flatMap((meetingHosts) => {
        const analysis = analyseLink(new URL(href), { meetingHosts })
        const redirect = {
          analysis: analyseLink(new URL('https://zoom.us/j/9?pwd=b')),
          online: { state: 'certificate-valid' as const },
        }
        return [
          ...online.map((facts) => evaluateLink({ analysis, online: facts }, es)),
          evaluateLink({ analysis, online: { state: 'skipped' }, redirect }, es),
        ]
      }),
    )
    expectSpanish(outcomes, ['pass', 'warn', 'fail'])
    expect(
      evaluateLink(
        {
          analysis: analyseLink(new URL('https://zoom.us/j/1?pwd=a')),
          online: { state: 'certificate-valid' },
        },
        es,
      ).summary,
    ).toBe(
      'Este enlace lleva a zoom.us, la dirección propia de Zoom, y el sitio lo demostró con un certificado de seguridad válido.',
    )
  })

  it("says a bad link in the run's language", async () => {
    const prepare: PrepareContext<RunOptions> = {
      options: { ...optionsFor(), link: '   ' },
      fetch,
      env: {},
      cwd: '/',
      signal: new AbortController().signal,
      msg: es,
    }
    await expect(createLinkCheck().prepare(prepare)).rejects.toThrow(/^El enlace de la sesión está vacío/)
  })

  it('words its progress in Spanish', async () => {
    const said: string[] = []
    const network = {
      resolve: async () => Promise.reject(Object.assign(new Error('no'), { code: 'ENOTFOUND' })),
    }
    const options = { ...optionsFor(), link: 'https://zoom.us/j/1?pwd=a' }
    const outcome = await createLinkCheck(network).run(
      fakeContext({ options, msg: es, progress: (message) => void said.push(message) }) as never,
      { url: new URL(options.link), meetingHosts: [] },
    )
    expect(said).toEqual(['Revisando zoom.us'])
    expectSpanish([outcome], ['warn'])
  })
})

describe('the camera and microphone check in Spanish', () => {
  const ok = (extra: Partial<DeviceReading> = {}): DeviceReading => ({
    ...unknownReading(),
    presence: 'present',
    access: 'allowed',
    inUse: 'no',
    ...extra,
  })
  const readings: DeviceReading[] = [
    ok({ level: { source: 'pactl', muted: false, volumePercent: 100 } }),
    ok({ presence: 'none' }),
    unknownReading(),
    ok({ access: 'unknown', inUse: 'unknown' }),
    ok({ inUse: 'yes', users: [{ name: 'zoom' }] }),
    ok({ level: { source: 'pactl', muted: true, volumePercent: 100 } }),
    ok({ level: { source: 'wpctl', muted: false, volumePercent: 5 } }),
    ...(
      [
        'windows-device',
        'windows-all-apps',
        'windows-desktop-apps',
        'windows-device-disabled',
        'windows-endpoint-disabled',
        'linux-permission',
        'linux-gnome-privacy',
      ] as const
    ).map((blockedBy) => ok({ access: 'blocked', blockedBy })),
  ]

  it('says every status in Spanish: pass, caution, fail and skipped', () => {
    const snapshots: DevicesSnapshot[] = readings.flatMap((camera) =>
      readings.map((microphone) => ({ camera, microphone })),
    )
    const outcomes = snapshots.flatMap((s) =>
      sessions.flatMap((session) =>
        (['linux', 'darwin', 'win32'] as const).map((platform) => evaluateDevices(s, session, platform, es)),
      ),
    )
    expectSpanish(outcomes, ['pass', 'warn', 'fail', 'skip'])
  })

  it('the language reaches it through the context', async () => {
    const { devicesCheck } = await import('../../../src/checks/devices/index.js')
    const outcome = await devicesCheck.run(
      fakeContext({ options: optionsFor({ session: 'text' }), msg: es }),
      undefined,
    )
    expect(outcome.summary).toBe(
      'Una sesión por chat no necesita la cámara ni el micrófono, así que no los revisamos.',
    )
  })
})
