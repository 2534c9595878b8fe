/**
 * Which sentences the Wi-Fi check says, for each kind of connection and protection. The
 * sentences themselves live in the message catalogue (src/messages/en/).
 */
import type { Status } from '../../report/model.js'
import type { UnknownReason, WifiReading, WifiSnapshot } from '../../platform/wifi/types.js'
import { type Msg, type PlainKey } from '../../messages/index.js'

/** A summary sentence, and the same sentence saying the signal is weak too, where it has one. */
export interface Sentence {
  text: string
  weak?: string
}

export interface Verdict {
  status: Status
  summary: Sentence[]
  advice: string[]
}

/** Plain-language steps, reused across verdicts. */
export function stepsIn(m: Msg) {
  return {
    joinProtected: m('wifi.step.joinProtected'),
    phoneHotspot: m('wifi.step.phoneHotspot'),
    cable: m('wifi.step.cable'),
    clinicVpn: m('wifi.step.clinicVpn'),
    keepVpn: m('wifi.step.keepVpn'),
    hotspotPassword: m('wifi.step.hotspotPassword'),
    routerUpgrade: m('wifi.step.routerUpgrade'),
    moveCloser: m('wifi.step.moveCloser'),
    weakSignal: m('wifi.step.weakSignal'),
    weakSignalToo: m('wifi.step.weakSignalToo'),
    runAgain: m('wifi.step.runAgain'),
  } as const
}

/** Why the security is unknown, and what the person can do about it, per reason. */
const unknownWords: Record<UnknownReason, { summary: PlainKey; advice: readonly PlainKey[] }> = {
  'windows-location-off': {
    summary: 'wifi.summary.windowsLocationOff',
    advice: ['wifi.step.windowsLocation', 'wifi.step.windowsCheckYourself'],
  },
  'macos-unreadable': {
    summary: 'wifi.summary.macosUnreadable',
    advice: ['wifi.step.macosCheckYourself', 'wifi.step.macosLocation'],
  },
  'linux-no-tools': {
    summary: 'wifi.summary.linuxNoTools',
    advice: ['wifi.step.askedForPassword', 'wifi.step.installIw'],
  },
  'linux-not-readable': {
    summary: 'wifi.summary.linuxNotReadable',
    advice: ['wifi.step.askedForPassword', 'wifi.step.runAgainLater'],
  },
  unrecognised: {
    summary: 'wifi.summary.unrecognised',
    advice: ['wifi.step.askedForPassword', 'wifi.step.otherwiseSwitch'],
  },
}

/** Networks without a real password: on this network or the phone's hotspot, with or without a VPN. */
const unprotected = {
  open: {
    network: ['wifi.summary.open', 'wifi.summary.openVpn'],
    hotspot: ['wifi.summary.hotspotOpen', 'wifi.summary.hotspotOpenVpn'],
  },
  wep: {
    network: ['wifi.summary.wep', 'wifi.summary.wepVpn'],
    hotspot: ['wifi.summary.hotspotWep', 'wifi.summary.hotspotWepVpn'],
  },
  wpa: { network: ['wifi.summary.wpa'], hotspot: ['wifi.summary.hotspotWpa'] },
  owe: { network: ['wifi.summary.owe'], hotspot: ['wifi.summary.hotspotOwe'] },
} as const

function unknownVerdict(reason: UnknownReason, m: Msg): Verdict {
  const words = unknownWords[reason]
  return { status: 'warn', summary: [{ text: m(words.summary) }], advice: words.advice.map((key) => m(key)) }
}

/** The verdict for a Wi-Fi network (or the phone's hotspot) by its protection. */
export function judgeWifi(wifi: WifiReading, vpnOn: boolean, viaHotspot: boolean, m: Msg): Verdict {
  const { grade, transition } = wifi.security
  const step = stepsIn(m)
  const where = viaHotspot ? 'hotspot' : 'network'
  const protectedBy = (protection: string): Verdict => {
    const [key, weak] = viaHotspot
      ? (['wifi.summary.hotspotProtected', 'wifi.summary.hotspotProtectedWeak'] as const)
      : (['wifi.summary.protected', 'wifi.summary.protectedWeak'] as const)
    return {
      status: 'pass',
      summary: [{ text: m(key, { protection }), weak: m(weak, { protection }) }],
      advice: [],
    }
  }
  const switchAway = viaHotspot
    ? [step.hotspotPassword, step.cable]
    : [step.joinProtected, step.phoneHotspot, step.cable]
  switch (grade) {
    case 'wpa3-personal':
      return protectedBy(transition ? 'WPA2/WPA3' : 'WPA3')
    case 'wpa2-personal':
      return protectedBy('WPA2')
    case 'enterprise':
      return {
        status: 'pass',
        summary: [{ text: m('wifi.summary.enterprise'), weak: m('wifi.summary.enterpriseWeak') }],
        advice: [],
      }
    case 'wpa': {
      const advice = vpnOn
        ? [step.keepVpn, step.routerUpgrade]
        : [m('wifi.step.cableFirst'), m('wifi.step.phoneHotspotFirst'), step.routerUpgrade]
      return { status: 'warn', summary: [{ text: m(unprotected.wpa[where][0]) }], advice }
    }
    case 'owe':
      return {
        status: 'warn',
        summary: [{ text: m(unprotected.owe[where][0]) }],
        advice: vpnOn ? [step.keepVpn] : [...switchAway, step.clinicVpn],
      }
    case 'open':
    case 'wep': {
      const [exposed, withVpn] = unprotected[grade][where]
      if (vpnOn) {
        return {
          status: 'warn',
          summary: [{ text: m(withVpn) }],
          advice: [step.keepVpn, viaHotspot ? step.hotspotPassword : m('wifi.step.joinProtectedLater')],
        }
      }
      const advice = [
        ...switchAway,
        step.clinicVpn,
        ...(grade === 'wep' && !viaHotspot ? [step.routerUpgrade] : []),
      ]
      return { status: 'fail', summary: [{ text: m(exposed) }], advice }
    }
    case 'unknown':
      return unknownVerdict(wifi.reason ?? 'unrecognised', m)
  }
}

/** The verdict from how the computer is connected; undefined when the Wi-Fi itself decides. */
export function judgeLink(snapshot: WifiSnapshot, m: Msg): Verdict | undefined {
  const { link } = snapshot
  const passed = (text: PlainKey, weak: PlainKey): Verdict => ({
    status: 'pass',
    summary: [{ text: m(text), weak: m(weak) }],
    advice: [],
  })
  const failed = (summary: PlainKey, step: PlainKey): Verdict => ({
    status: 'fail',
    summary: [{ text: m(summary) }],
    advice: [m(step), m('wifi.step.runAgain')],
  })
  switch (link.kind) {
    case 'ethernet':
      return passed('wifi.summary.ethernet', 'wifi.summary.ethernetWeak')
    case 'phone':
      return passed('wifi.summary.phone', 'wifi.summary.phoneWeak')
    case 'cellular':
      return passed('wifi.summary.cellular', 'wifi.summary.cellularWeak')
    case 'none':
      if (link.wifiRadio === 'off') return failed('wifi.summary.radioOff', 'wifi.step.turnWifiOn')
      if (link.wifiRadio === 'absent')
        return failed('wifi.summary.noWifiHardware', 'wifi.step.cableOrUsbHotspot')
      return failed('wifi.summary.notConnected', 'wifi.step.joinHome')
    case 'unknown':
      return {
        status: 'warn',
        summary: [{ text: m('wifi.summary.linkUnknown') }],
        advice: [m('wifi.step.checkPasswordOrCable')],
      }
    case 'wifi':
      return snapshot.wifi ? undefined : unknownVerdict('unrecognised', m)
  }
}

/** The sentence added to a passing verdict when a VPN is on. */
export function vpnToo(m: Msg): Sentence {
  return { text: m('wifi.summary.vpnToo'), weak: m('wifi.summary.vpnTooWeak') }
}
