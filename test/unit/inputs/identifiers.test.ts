import { describe, expect, it } from 'vitest'
import { evaluateWifi } from '../../../src/checks/wifi/evaluate.js'
import { evaluateConnection } from '../../../src/checks/connection/evaluate.js'
import type { CheckOutcome } from '../../../src/checks/types.js'
import type { ConnectionSnapshot } from '../../../src/net/types.js'
import type { WifiSnapshot } from '../../../src/platform/wifi/types.js'
import { buildReport, redactIdentifiers } from '../../../src/report/build-report.js'
import type { CheckResult, Report } from '../../../src/report/model.js'
import { renderHtml, renderJson, renderMarkdown, renderText } from '../../../src/render/index.js'
import { isMacBearingInterfaceName, redactExportedDetails } from '../../../src/text/identifiers.js'
import { main } from '../../../src/main.js'
import { createMemoryIo } from '../../helpers/memory-io.js'
import { fixedCheck } from '../../helpers/fake-checks.js'
import { english } from '../../helpers/english.js'

// Marker values: every identifier a check can meet, each easy to find in any output.
const MARK = {
  ssid: 'MARKER-SSID-7Q',
  bssid: 'a1:b2:c3:d4:e5:f6',
  usbWifi: 'wlx00c0ca5e1d77',
  usbEthernet: 'enx00e04c680001',
  proxyHost: 'proxy-marker.example',
  proxy: 'proxy-marker.example:3128',
}
const markers = [
  MARK.ssid,
  MARK.bssid,
  MARK.usbWifi,
  MARK.usbEthernet,
  MARK.proxyHost,
  '00c0ca5e1d77',
  '00e04c680001',
]

const wifi: WifiSnapshot = {
  link: { kind: 'wifi', iface: MARK.usbWifi, vpn: { active: true, iface: MARK.usbEthernet } },
  wifi: {
    security: { grade: 'wpa2-personal', raw: `WPA2 on ${MARK.usbWifi} (${MARK.bssid})` },
    source: 'nmcli',
    networkName: MARK.ssid,
    bssid: MARK.bssid,
    signalDbm: -50,
  },
}

const failed: ConnectionSnapshot = {
  engine: 'builtin',
  server: 'https://speed.example.org',
  proxy: MARK.proxy,
  ipVersions: [],
  bytesUsed: 0,
  durationMs: 10,
  budgetMs: 10_000,
  maxBytes: 30e6,
  failure: {
    kind: 'proxy',
    phase: 'connect',
    detail: `ECONNREFUSED: connect ECONNREFUSED ${MARK.proxy} (proxy ${MARK.proxyHost} via ${MARK.usbWifi})`,
  },
}

function result(id: CheckResult['id'], outcome: CheckOutcome): CheckResult {
  return { id, title: id, measurements: [], durationMs: 1, ...outcome }
}

function report(): Report {
  return buildReport(
    [
      result('wifi', evaluateWifi(wifi, 'video', english)),
      result('connection', evaluateConnection(failed, 'video', english)),
    ],
    {
      tool: { name: 'session-checkup', version: '0' },
      startedAt: new Date('2026-11-24T18:59:00Z'),
      durationMs: 1,
      platform: { os: 'linux', release: '6', arch: 'x64' },
      session: 'video',
      lang: 'en',
      crisis: { region: 'other', text: 'crisis' },
    },
  )
}

/** Every string anywhere under a value, with its path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`))
  return []
}

describe('identifiers stay out of exports (issue 14)', () => {
  it('names that embed a MAC address count as identifiers', () => {
    for (const name of ['wlx00c0ca5e1d77', 'enx00e04c680001', 'wwx0a1b2c3d4e5f'])
      expect(isMacBearingInterfaceName(name)).toBe(true)
    for (const name of ['wlan0', 'wlp3s0', 'enp0s31f6', 'eth0', 'en0', 'wlxy'])
      expect(isMacBearingInterfaceName(name)).toBe(false)
  })

  it('the markers do reach the unredacted details (so the audit below means something)', () => {
    const all = strings(report().checks.map((check) => ({ details: check.details, error: check.error })))
      .map(([, text]) => text)
      .join('\n')
    expect(all).toContain(MARK.usbWifi)
    expect(all).toContain(MARK.proxyHost)
  })

  it('audit: no details field and no error of an exported report holds a marker', () => {
    const full = report()
    const exported = redactExportedDetails(redactIdentifiers(full), full)
    const leaks = strings(
      exported.checks.map((check) => ({
        details: check.details,
        error: check.error,
        identifiers: check.identifiers,
      })),
    ).filter(([, text]) => markers.some((marker) => text.toLowerCase().includes(marker.toLowerCase())))
    expect(leaks).toEqual([])
    for (const render of [renderJson, renderMarkdown, renderHtml, renderText]) {
      const text = render(exported).toLowerCase()
      for (const marker of markers)
        expect(text, `${render.name} shows ${marker}`).not.toContain(marker.toLowerCase())
    }
  })

  it('--json from main leaves out a wlx… interface name and a proxy host in a failure detail; --include-identifiers keeps them', async () => {
    const checks = [
      { ...fixedCheck('wifi'), run: async () => evaluateWifi(wifi, 'video', english) },
      { ...fixedCheck('connection'), run: async () => evaluateConnection(failed, 'video', english) },
    ]
    const io = createMemoryIo()
    await main(['--json'], io, { checks })
    for (const marker of markers) expect(io.stdout.text.toLowerCase()).not.toContain(marker.toLowerCase())
    const parsed = JSON.parse(io.stdout.text)
    expect(parsed.checks[1].details.failure.detail).toBe(
      'ECONNREFUSED: connect ECONNREFUSED (hidden) (proxy (hidden) via (hidden))',
    )
    const kept = createMemoryIo()
    await main(['--json', '--include-identifiers'], kept, { checks })
    expect(kept.stdout.text).toContain(MARK.usbWifi)
    expect(kept.stdout.text).toContain(MARK.proxy)
  })
})
