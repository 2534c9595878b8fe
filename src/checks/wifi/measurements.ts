/**
 * What the Wi-Fi check reports beside its verdict: measured values with labels, stable details
 * for JSON readers, and identifiers (network name, BSSID) kept apart for redaction.
 */
import type { Measurement } from '../../report/model.js'
import type { WifiReading, WifiSnapshot } from '../../platform/wifi/types.js'
import { type Msg } from '../../messages/index.js'
import { sanitizeText } from '../../text/sanitize.js'
import { defined } from '../../defined.js'

export function measurementsOf(snapshot: WifiSnapshot, weak: boolean, m: Msg): Measurement[] {
  const { link, wifi } = snapshot
  const status = weak ? 'warn' : 'pass'
  const list: Measurement[] = [
    { id: 'linkType', label: m('wifi.label.connection'), value: m(`wifi.link.${link.kind}`) },
  ]
  if (wifi)
    list.push({
      id: 'wifiSecurity',
      label: m('wifi.label.security'),
      value: m(`wifi.grade.${wifi.security.grade}`),
    })
  list.push({ id: 'vpn', label: m('wifi.label.vpn'), value: link.vpn.active })
  if (wifi?.signalDbm !== undefined)
    list.push({ id: 'signalDbm', label: m('wifi.label.signal'), value: wifi.signalDbm, unit: 'dBm', status })
  else if (wifi?.signalPercent !== undefined)
    list.push({
      id: 'signalPercent',
      label: m('wifi.label.signal'),
      value: wifi.signalPercent,
      unit: '%',
      status,
    })
  if (wifi?.band) list.push({ id: 'band', label: m('wifi.label.band'), value: wifi.band })
  return list
}

export function detailsOf(snapshot: WifiSnapshot): Record<string, unknown> {
  const { link, wifi } = snapshot
  return {
    link: link.kind,
    ...(link.iface ? { interface: sanitizeText(link.iface, 40) } : {}),
    vpn: link.vpn.active,
    ...(link.vpn.iface ? { vpnInterface: sanitizeText(link.vpn.iface, 40) } : {}),
    ...(link.viaPhoneHotspot ? { phoneHotspot: true } : {}),
    ...defined({ wifiRadio: link.wifiRadio }),
    ...(wifi
      ? {
          security: wifi.security.grade,
          ...(wifi.security.transition ? { transition: true } : {}),
          ...(wifi.security.tkip ? { tkip: true } : {}),
          source: wifi.source,
          ...defined({ reason: wifi.reason }),
          ...(wifi.security.raw ? { raw: sanitizeText(wifi.security.raw, 80) } : {}),
          ...(wifi.nameHidden ? { nameHidden: true } : {}),
        }
      : {}),
  }
}

export function identifiersOf(wifi: WifiReading | undefined): Record<string, string> | undefined {
  if (!wifi) return undefined
  const ids: Record<string, string> = {}
  const name = sanitizeText(wifi.networkName)
  const bssid = sanitizeText(wifi.bssid, 32)
  if (name) ids.networkName = name
  if (bssid) ids.bssid = bssid
  return Object.keys(ids).length ? ids : undefined
}
