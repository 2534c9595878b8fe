import type { CrisisLine } from './model.js'

/**
 * Crisis lines by region. Sources: shared/research/apps-checklist.md section 7
 * (SAMHSA 988 FAQ; NHS trust pages for 999, NHS 111 option 2 and Samaritans 116 123;
 * findahelpline.com as the international directory).
 */
export const crisisLines: Record<CrisisLine['region'], string> = {
  US: 'If you are in crisis, you can call or text 988 any time, day or night. In an emergency, call 911.',
  GB: 'If you are in crisis: in an emergency call 999; for urgent mental-health help call NHS 111 and choose option 2; or call Samaritans free on 116 123.',
  other:
    'If you are in crisis, call your local emergency number, or find a free helpline near you at findahelpline.com.',
}

// Time zones that are only used inside the United States (IANA zone.tab, country code US).
const usZonePrefixes = [
  'America/New_York', 'America/Detroit', 'America/Kentucky/', 'America/Indiana/', 'America/Chicago',
  'America/Menominee', 'America/North_Dakota/', 'America/Denver', 'America/Boise', 'America/Phoenix',
  'America/Los_Angeles', 'America/Anchorage', 'America/Juneau', 'America/Sitka', 'America/Metlakatla',
  'America/Yakutat', 'America/Nome', 'America/Adak', 'Pacific/Honolulu', 'US/',
]
const gbZones = ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire']

function regionOfLocale(locale: string | undefined): CrisisLine['region'] | undefined {
  // en_US.UTF-8, en-US, en_GB@euro: the region is the two letters after the separator.
  const match = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(locale ?? '')
  const region = match?.[1]?.toUpperCase()
  if (region === 'US') return 'US'
  if (region === 'GB' || region === 'UK') return 'GB'
  return undefined
}

function regionOfTimeZone(timeZone: string | undefined): CrisisLine['region'] | undefined {
  if (!timeZone) return undefined
  if (gbZones.includes(timeZone)) return 'GB'
  if (usZonePrefixes.some((zone) => timeZone === zone || (zone.endsWith('/') && timeZone.startsWith(zone)))) return 'US'
  return undefined
}

/**
 * Picks the crisis line for where the person most likely is. The time zone says more about
 * where someone is than the language they chose, so it wins; a zone that is neither US nor UK
 * (say Europe/Berlin with an en_US locale) gives the international line, unless the zone is UTC
 * or unknown, where the locale decides.
 */
export function chooseCrisisLine(input: { locale?: string; timeZone?: string }): CrisisLine {
  const fromZone = regionOfTimeZone(input.timeZone)
  const zoneIsNeutral = !input.timeZone || /^(UTC|Etc\/|GMT$|Universal|Zulu)/.test(input.timeZone)
  const region = fromZone ?? (zoneIsNeutral ? regionOfLocale(input.locale) : undefined) ?? 'other'
  return { region, text: crisisLines[region] }
}
