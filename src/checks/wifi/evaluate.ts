/**
 * The Wi-Fi check's decisions and words. Pure: (snapshot, session) => outcome.
 * Network names and addresses go to `identifiers` only, never into a sentence.
 */
import type { CheckOutcome } from '../types.js'
import type { Measurement, SessionType, Status } from '../../report/model.js'
import type { LinkKind, UnknownReason, WifiGrade, WifiReading, WifiSnapshot } from '../../platform/wifi/types.js'
import { sanitizeText } from '../../text/sanitize.js'
import { TOOL_NAME, RUN_COMMAND } from '../../tool.js'

/**
 * Below these the picture and sound start to freeze. -70 dBm is the usual floor for steady
 * voice and video on Wi-Fi (Cisco and Aruba voice design guides use -67 dBm as the target);
 * 40 % is where Windows and NetworkManager put about -76 dBm on their percentage scale.
 */
export const WEAK_SIGNAL_DBM = -72
export const WEAK_SIGNAL_PERCENT = 40

/** Plain-language steps, reused across verdicts. */
export const steps = {
  joinProtected: 'Join a Wi-Fi network that asks for a password, such as your home network.',
  phoneHotspot: "Or use your phone's hotspot, with a password set on it.",
  cable: 'Or plug in a network cable, if your computer has a socket for one.',
  clinicVpn: 'If your clinic recommends a VPN, turn it on before the session.',
  keepVpn: 'Keep your VPN on for the whole session.',
  hotspotPassword: "Set a password for your phone's hotspot in the phone's settings, then join it again.",
  routerUpgrade: 'To fix this for good, set your router to WPA2 or WPA3; its manual or your internet provider can help.',
  moveCloser: 'Move closer to the router, or use a cable, so the call stays smooth.',
  weakSignal: 'Your Wi-Fi signal is weak: move closer to the router, or use a cable, so the chat stays steady.',
  weakSignalToo: 'Your Wi-Fi signal is also weak: move closer to the router, or use a cable, so the call stays smooth.',
  runAgain: `Then run ${RUN_COMMAND} again.`,
} as const

const gradeLabels: Record<WifiGrade, string> = {
  open: 'Open (no password)',
  owe: 'Enhanced Open (no password)',
  wep: 'WEP (outdated)',
  wpa: 'WPA (outdated)',
  'wpa2-personal': 'WPA2 (password)',
  'wpa3-personal': 'WPA3 (password)',
  enterprise: 'WPA Enterprise (personal login)',
  unknown: 'Unknown',
}

const linkLabels: Record<LinkKind, string> = {
  wifi: 'Wi-Fi',
  ethernet: 'Cable (Ethernet)',
  phone: 'Phone (cable or Bluetooth)',
  cellular: 'Mobile data',
  none: 'Not connected',
  unknown: 'Unknown',
}

interface Verdict {
  status: Status
  summary: string
  advice: string[]
}

function isWeak(wifi: WifiReading): boolean {
  if (wifi.signalDbm !== undefined) return wifi.signalDbm < WEAK_SIGNAL_DBM
  if (wifi.signalPercent !== undefined) return wifi.signalPercent < WEAK_SIGNAL_PERCENT
  return false
}

/** Why the security is unknown, and what the person can do about it, per reason. */
const unknownWords: Record<UnknownReason, Verdict> = {
  'windows-location-off': {
    status: 'warn',
    summary: "Windows didn't let us read how your Wi-Fi is protected, because location access is off for desktop apps.",
    advice: [
      `To let ${TOOL_NAME} read it: open Settings › Privacy & security › Location, turn on "Location services" and "Let desktop apps access your location", then run ${RUN_COMMAND} again. (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-location and press Enter.)`,
      'Or check it yourself: open Settings › Network & internet › Wi-Fi › your network\'s properties and look at "Security type". WPA2 or WPA3 is fine; "Open" or "WEP" means you should switch to a network with a password.',
    ],
  },
  'macos-unreadable': {
    status: 'warn',
    summary: "macOS didn't tell us how your Wi-Fi is protected.",
    advice: [
      'Check it yourself: hold the Option key and click the Wi-Fi icon in the menu bar. Next to "Security", WPA2 or WPA3 is fine; "None" or "WEP" means you should switch to a network with a password.',
      `If macOS asks whether your terminal app may use Location Services, allowing it lets macOS share Wi-Fi details. ${TOOL_NAME} never uses your location.`,
    ],
  },
  'linux-no-tools': {
    status: 'warn',
    summary: "We couldn't read how your Wi-Fi is protected, because this Linux system has neither NetworkManager (nmcli) nor the iw tool.",
    advice: [
      'If your Wi-Fi asked for a password when you first joined it, it is protected.',
      `To let ${TOOL_NAME} read it, install the iw package (for example: sudo apt install iw), then run ${RUN_COMMAND} again.`,
    ],
  },
  'linux-not-readable': {
    status: 'warn',
    summary: "We couldn't read how your Wi-Fi is protected on this Linux system.",
    advice: [
      'If your Wi-Fi asked for a password when you first joined it, it is protected.',
      `Run ${RUN_COMMAND} again in a minute: Wi-Fi details often appear after the next scan.`,
    ],
  },
  unrecognised: {
    status: 'warn',
    summary: 'Your computer reported a kind of Wi-Fi protection we do not recognise.',
    advice: [
      'If your Wi-Fi asked for a password when you first joined it, it is protected.',
      'If it did not, join a network that asks for a password, or use a cable.',
    ],
  },
}

function judgeWifi(wifi: WifiReading, vpnOn: boolean, viaHotspot: boolean): Verdict {
  const { grade, transition } = wifi.security
  const where = viaHotspot ? "your phone's hotspot" : 'this Wi-Fi network'
  const protectedBy = (name: string): string =>
    viaHotspot ? `You're on your phone's hotspot, which is protected with a password (${name}).` : `Your Wi-Fi is protected with a password (${name}).`
  const switchAway = viaHotspot ? [steps.hotspotPassword, steps.cable] : [steps.joinProtected, steps.phoneHotspot, steps.cable]
  switch (grade) {
    case 'wpa3-personal':
      return { status: 'pass', summary: protectedBy(transition ? 'WPA2/WPA3' : 'WPA3'), advice: [] }
    case 'wpa2-personal':
      return { status: 'pass', summary: protectedBy('WPA2'), advice: [] }
    case 'enterprise':
      return { status: 'pass', summary: 'Your Wi-Fi uses a personal login (WPA Enterprise), which is well protected.', advice: [] }
    case 'wpa':
      return {
        status: 'warn',
        summary: `${capitalise(where)} uses an old kind of protection (WPA) that can be broken.`,
        advice: vpnOn ? [steps.keepVpn, steps.routerUpgrade] : [steps.cable.replace(/^Or p/, 'P'), steps.phoneHotspot.replace(/^Or u/, 'U'), steps.routerUpgrade],
      }
    case 'owe':
      return {
        status: 'warn',
        summary: `${capitalise(where)} is encrypted, but anyone nearby can join it without a password.`,
        advice: vpnOn ? [steps.keepVpn] : [...switchAway, steps.clinicVpn],
      }
    case 'open':
    case 'wep': {
      const what = grade === 'open' ? `${where} has no password` : `${where} uses WEP, an old protection that is easy to break`
      if (vpnOn) {
        return {
          status: 'warn',
          summary: `${capitalise(what)}, but your VPN is on, which protects what you send.`,
          advice: [steps.keepVpn, viaHotspot ? steps.hotspotPassword : 'When you can, join a network that asks for a password instead.'],
        }
      }
      return {
        status: 'fail',
        summary: `${capitalise(what)}, so people nearby could see which apps and sites you use.`,
        advice: [...switchAway, steps.clinicVpn, ...(grade === 'wep' && !viaHotspot ? [steps.routerUpgrade] : [])],
      }
    }
    case 'unknown':
      return unknownWords[wifi.reason ?? 'unrecognised']
  }
}

function judgeLink(snapshot: WifiSnapshot): Verdict | undefined {
  const { link } = snapshot
  switch (link.kind) {
    case 'ethernet':
      return { status: 'pass', summary: "You're connected by cable, which is private and steady.", advice: [] }
    case 'phone':
      return { status: 'pass', summary: "You're online through your phone, connected by cable or Bluetooth, which is private.", advice: [] }
    case 'cellular':
      return { status: 'pass', summary: "You're online through mobile data, which is encrypted.", advice: [] }
    case 'none':
      if (link.wifiRadio === 'off') {
        return { status: 'fail', summary: 'Wi-Fi is turned off, and this computer has no other connection.', advice: ['Turn Wi-Fi on and join your home network, or plug in a network cable.', steps.runAgain] }
      }
      if (link.wifiRadio === 'absent') {
        return { status: 'fail', summary: 'This computer has no Wi-Fi and is not connected to a network.', advice: ['Plug in a network cable, or connect your phone by USB cable and turn on its hotspot.', steps.runAgain] }
      }
      return { status: 'fail', summary: 'This computer is not connected to a network right now.', advice: ['Join your home Wi-Fi or plug in a network cable.', steps.runAgain] }
    case 'unknown':
      return {
        status: 'warn',
        summary: "We couldn't tell how this computer is connected to the internet.",
        advice: ['If you are on Wi-Fi, check that it asked for a password when you first joined it; if it did not, use a cable or a network with a password.'],
      }
    case 'wifi':
      return snapshot.wifi ? undefined : judgeWifi({ security: { grade: 'unknown' }, source: 'none', reason: 'unrecognised' }, link.vpn.active, false)
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function measurementsOf(snapshot: WifiSnapshot, weak: boolean): Measurement[] {
  const { link, wifi } = snapshot
  const list: Measurement[] = [{ id: 'linkType', label: 'Connection', value: linkLabels[link.kind] }]
  if (wifi) list.push({ id: 'wifiSecurity', label: 'Wi-Fi security', value: gradeLabels[wifi.security.grade] })
  list.push({ id: 'vpn', label: 'VPN on', value: link.vpn.active })
  if (wifi?.signalDbm !== undefined) list.push({ id: 'signalDbm', label: 'Signal', value: wifi.signalDbm, unit: 'dBm', status: weak ? 'warn' : 'pass' })
  else if (wifi?.signalPercent !== undefined) list.push({ id: 'signalPercent', label: 'Signal', value: wifi.signalPercent, unit: '%', status: weak ? 'warn' : 'pass' })
  if (wifi?.band) list.push({ id: 'band', label: 'Band', value: wifi.band })
  return list
}

function detailsOf(snapshot: WifiSnapshot): Record<string, unknown> {
  const { link, wifi } = snapshot
  return {
    link: link.kind,
    ...(link.iface ? { interface: sanitizeText(link.iface, 40) } : {}),
    vpn: link.vpn.active,
    ...(link.vpn.iface ? { vpnInterface: sanitizeText(link.vpn.iface, 40) } : {}),
    ...(link.viaPhoneHotspot ? { phoneHotspot: true } : {}),
    ...(link.wifiRadio ? { wifiRadio: link.wifiRadio } : {}),
    ...(wifi
      ? {
          security: wifi.security.grade,
          ...(wifi.security.transition ? { transition: true } : {}),
          ...(wifi.security.tkip ? { tkip: true } : {}),
          source: wifi.source,
          ...(wifi.reason ? { reason: wifi.reason } : {}),
          ...(wifi.security.raw ? { raw: sanitizeText(wifi.security.raw, 80) } : {}),
          ...(wifi.nameHidden ? { nameHidden: true } : {}),
        }
      : {}),
  }
}

function identifiersOf(wifi: WifiReading | undefined): Record<string, string> | undefined {
  if (!wifi) return undefined
  const ids: Record<string, string> = {}
  const name = sanitizeText(wifi.networkName)
  const bssid = sanitizeText(wifi.bssid, 32)
  if (name) ids.networkName = name
  if (bssid) ids.bssid = bssid
  return Object.keys(ids).length ? ids : undefined
}

/** Decides the Wi-Fi check from the snapshot. */
export function evaluateWifi(snapshot: WifiSnapshot, session: SessionType): CheckOutcome {
  const { link, wifi } = snapshot
  const weak = wifi ? isWeak(wifi) : false
  let verdict = judgeLink(snapshot) ?? judgeWifi(wifi as WifiReading, link.vpn.active, Boolean(link.viaPhoneHotspot))
  if (verdict.status === 'pass' && link.vpn.active) verdict = { ...verdict, summary: `${verdict.summary} A VPN is on too.` }
  // A text chat copes with a weak signal; voice and video freeze, so they get a caution.
  if (weak) {
    const cautioned = verdict.status === 'pass' && session !== 'text'
    const status: Status = cautioned ? 'warn' : verdict.status
    const summary = cautioned ? `${verdict.summary.replace(/\.$/, '')}, but the signal is weak.` : verdict.summary
    verdict = { status, summary, advice: [...verdict.advice, cautioned ? steps.moveCloser : verdict.status === 'pass' ? steps.weakSignal : steps.weakSignalToo] }
  }
  const identifiers = identifiersOf(wifi)
  return {
    status: verdict.status,
    summary: verdict.summary,
    advice: verdict.advice,
    measurements: measurementsOf(snapshot, weak),
    details: detailsOf(snapshot),
    ...(identifiers ? { identifiers } : {}),
  }
}
