import type { CrisisLine, CrisisRegion } from './model.js'
import { messagesFor, type Language, type Msg } from '../messages/index.js'

/** A one-tap way to reach help from the HTML report (a tel: or sms: link), worded from the catalogue. */
export interface CrisisContact {
  kind: 'call' | 'text' | 'emergency' | 'named' | 'callNamed'
  number: string
  /** For named contacts: "Samaritans", "NHS", "Lifeline". A name, the same in every language. */
  name?: string
  href: string
}

/** One region's crisis line: its sentence (`crisis.<region>` in each catalogue), a page with more help, and its sources. */
export interface CrisisEntry {
  /** The region's sentence in English, as reports before 0.2 carried it. */
  text: string
  url: string
  /** Ways to reach help in one tap from the HTML report (tel: and sms: links). */
  contacts: ReadonlyArray<{ label: string; href: string }>
  sources: readonly string[]
}

interface RegionLine {
  url: string
  contacts: readonly CrisisContact[]
  sources: readonly string[]
}

/**
 * Crisis lines by region. US, GB and the international line: shared/research/apps-checklist.md
 * section 7 (SAMHSA 988 FAQ; NHS trust pages for 999, NHS 111 option 2 and Samaritans 116 123;
 * findahelpline.com as the international directory). CA, AU, IE and NZ were looked up for issue 12,
 * ES and MX and 988's Spanish option for issue 16; each entry names its sources. The sentences are
 * in the catalogue under `crisis.<region>`, one per language: a language speaks of its own options
 * (988's Spanish line, in Spanish), and the region still decides the numbers.
 */
const regionLines: Record<CrisisRegion, RegionLine> = {
  US: {
    url: 'https://988lifeline.org/',
    contacts: [
      { kind: 'call', number: '988', href: 'tel:988' },
      { kind: 'text', number: '988', href: 'sms:988' },
      { kind: 'emergency', number: '911', href: 'tel:911' },
    ],
    sources: [
      'SAMHSA 988 FAQ (shared/research/apps-checklist.md, section 7)',
      // The Spanish option: a call offers "Spanish-language (Press 2)"; a text offers Spanish with "text AYUDA".
      '988 Lifeline, "What to expect" (988lifeline.org/get-help/what-to-expect): "Spanish-language (Press 2)"; texting: "Spanish-language (text AYUDA)"',
      'Washington State Department of Health, "The Spanish Subnetwork" (2024): "calling 988 and pressing 2, texting AYUDA to 988, or chatting online"',
    ],
  },
  GB: {
    url: 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
    contacts: [
      { kind: 'emergency', number: '999', href: 'tel:999' },
      { kind: 'named', name: 'NHS', number: '111', href: 'tel:111' },
      { kind: 'named', name: 'Samaritans', number: '116 123', href: 'tel:116123' },
    ],
    sources: [
      'NHS trust pages for 999, NHS 111 option 2 and Samaritans 116 123 (shared/research/apps-checklist.md, section 7)',
    ],
  },
  CA: {
    url: 'https://988.ca/',
    contacts: [
      { kind: 'call', number: '9-8-8', href: 'tel:988' },
      { kind: 'text', number: '9-8-8', href: 'sms:988' },
      { kind: 'emergency', number: '911', href: 'tel:911' },
    ],
    sources: [
      'Government of Canada news release, 30 November 2023: "9-8-8: Suicide Crisis Helpline available across Canada", call or text, 24/7 (newswire.ca)',
      'CMHA Saskatoon, "9-8-8" (cmhasaskatoon.ca/9-8-8): call and text, 24/7/365',
    ],
  },
  AU: {
    url: 'https://www.lifeline.org.au/',
    contacts: [
      { kind: 'callNamed', name: 'Lifeline', number: '13 11 14', href: 'tel:131114' },
      { kind: 'text', number: '0477 13 11 14', href: 'sms:0477131114' },
      { kind: 'emergency', number: '000', href: 'tel:000' },
    ],
    sources: [
      'Lifeline FAQ (lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/): 13 11 14, "If you are in immediate danger call 000"',
      'Lifeline via The Push-Up Challenge, June 2024: phone 13 11 14, text 0477 13 11 14, all 24/7',
    ],
  },
  IE: {
    url: 'https://www.samaritans.org/ireland/',
    contacts: [
      { kind: 'named', name: 'Samaritans', number: '116 123', href: 'tel:116123' },
      { kind: 'emergency', number: '112', href: 'tel:112' },
    ],
    sources: [
      'Samaritans Ireland (samaritans.org news; Irish Examiner, 2019): free helpline 116 123, 24 hours a day',
      "112 and 999 are both Ireland's emergency numbers (112 is the EU-wide number)",
    ],
  },
  NZ: {
    url: 'https://1737.org.nz/',
    contacts: [
      { kind: 'call', number: '1737', href: 'tel:1737' },
      { kind: 'text', number: '1737', href: 'sms:1737' },
      { kind: 'emergency', number: '111', href: 'tel:111' },
    ],
    sources: [
      'Pegasus Health, "1737 – Need to talk?" Q&A with Whakarongorau Aotearoa: free to call and text, 24/7',
      'New Zealand Government release, June 2017 (scoop.co.nz): "Need to talk? 1737 is free to call or text … 24 hours a day"',
    ],
  },
  ES: {
    // No official page could be confirmed from here: the international directory lists Spain's lines.
    url: 'https://findahelpline.com/',
    contacts: [
      { kind: 'call', number: '024', href: 'tel:024' },
      { kind: 'emergency', number: '112', href: 'tel:112' },
    ],
    sources: [
      'RTVE, 9 May 2022: the Ministerio de Sanidad presents "la línea 024 de atención a las conductas suicidas", free, 24 hours, 365 days',
      'El Nacional, 2022: "La línea 024 está en funcionamiento las 24 horas del día ... gratuitas"; severe cases referred to 112',
    ],
  },
  MX: {
    url: 'https://findahelpline.com/',
    contacts: [
      { kind: 'call', number: '800 911 2000', href: 'tel:8009112000' },
      { kind: 'emergency', number: '911', href: 'tel:911' },
    ],
    sources: [
      'El Universal, 24 December 2025 (CONASAMA, Secretaría de Salud): Línea de la Vida "800-911-2000", free, 24 hours, 365 days',
      'Proceso, 11 October 2025: Línea de la Vida 800-911-2000; 9-1-1 for emergencies',
    ],
  },
  other: {
    url: 'https://findahelpline.com/',
    contacts: [],
    sources: [
      'findahelpline.com, the international directory apps use (shared/research/apps-checklist.md, section 7)',
    ],
  },
}

/** The words of one contact link in a language. */
function contactLabel(contact: CrisisContact, say: Msg): string {
  const name = contact.name ?? ''
  switch (contact.kind) {
    case 'call':
      return say('crisis.contact.call', { number: contact.number })
    case 'text':
      return say('crisis.contact.text', { number: contact.number })
    case 'emergency':
      return say('crisis.contact.emergency', { number: contact.number })
    case 'named':
      return say('crisis.contact.named', { name, number: contact.number })
    case 'callNamed':
      return say('crisis.contact.callNamed', { name, number: contact.number })
  }
}

/** One region's crisis line in one language: its sentence, page, one-tap contacts and sources. */
export function crisisEntryFor(region: CrisisRegion, language: Language): CrisisEntry {
  const say = messagesFor(language)
  // A region from a report of a later version, unknown here, gets the international page.
  const line = regionLines[region] ?? regionLines.other
  return {
    text: say(`crisis.${line === regionLines[region] ? region : 'other'}`),
    url: line.url,
    contacts: line.contacts.map((contact) => ({ label: contactLabel(contact, say), href: contact.href })),
    sources: line.sources,
  }
}

// Time zones that are only used inside one country (IANA zone.tab, with the old aliases).
const zonesByRegion: ReadonlyArray<[CrisisRegion, readonly string[]]> = [
  [
    'US',
    [
      'America/New_York',
      'America/Detroit',
      'America/Kentucky/',
      'America/Indiana/',
      'America/Chicago',
      'America/Menominee',
      'America/North_Dakota/',
      'America/Denver',
      'America/Boise',
      'America/Phoenix',
      'America/Los_Angeles',
      'America/Anchorage',
      'America/Juneau',
      'America/Sitka',
      'America/Metlakatla',
      'America/Yakutat',
      'America/Nome',
      'America/Adak',
      'Pacific/Honolulu',
      'US/',
    ],
  ],
  ['GB', ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire']],
  [
    'CA',
    [
      'America/St_Johns',
      'America/Halifax',
      'America/Glace_Bay',
      'America/Moncton',
      'America/Goose_Bay',
      'America/Toronto',
      'America/Montreal',
      'America/Nipigon',
      'America/Thunder_Bay',
      'America/Iqaluit',
      'America/Pangnirtung',
      'America/Winnipeg',
      'America/Rainy_River',
      'America/Resolute',
      'America/Rankin_Inlet',
      'America/Regina',
      'America/Swift_Current',
      'America/Edmonton',
      'America/Cambridge_Bay',
      'America/Yellowknife',
      'America/Inuvik',
      'America/Dawson_Creek',
      'America/Fort_Nelson',
      'America/Whitehorse',
      'America/Dawson',
      'America/Vancouver',
      'Canada/',
    ],
  ],
  ['AU', ['Australia/']],
  ['IE', ['Europe/Dublin', 'Eire']],
  ['NZ', ['Pacific/Auckland', 'Pacific/Chatham', 'NZ', 'NZ-CHAT']],
  // Spain's zones include the Canaries and Ceuta/Melilla; IANA zone.tab.
  ['ES', ['Europe/Madrid', 'Atlantic/Canary', 'Africa/Ceuta']],
  [
    'MX',
    [
      'America/Mexico_City',
      'America/Cancun',
      'America/Merida',
      'America/Monterrey',
      'America/Matamoros',
      'America/Chihuahua',
      'America/Ciudad_Juarez',
      'America/Ojinaga',
      'America/Mazatlan',
      'America/Bahia_Banderas',
      'America/Hermosillo',
      'America/Tijuana',
      'America/Ensenada',
      'America/Santa_Isabel',
      'Mexico/',
    ],
  ],
]

// The region part of a locale (en_AU, fr-CA) to a crisis region.
const localeRegions: Readonly<Record<string, CrisisRegion>> = {
  US: 'US',
  GB: 'GB',
  UK: 'GB',
  CA: 'CA',
  AU: 'AU',
  IE: 'IE',
  NZ: 'NZ',
  ES: 'ES',
  MX: 'MX',
}

function regionOfLocale(locale: string | undefined): CrisisRegion | undefined {
  // en_US.UTF-8, en-US, en_GB@euro: the region is the two letters after the separator.
  const match = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(locale ?? '')
  return localeRegions[match?.[1]?.toUpperCase() ?? '']
}

function regionOfTimeZone(timeZone: string | undefined): CrisisRegion | undefined {
  if (!timeZone) return undefined
  const matches = (zone: string): boolean =>
    timeZone === zone || (zone.endsWith('/') && timeZone.startsWith(zone))
  return zonesByRegion.find(([, zones]) => zones.some(matches))?.[0]
}

/** The crisis line for a region, as the report carries it, in the report's language. */
export function crisisLineFor(region: CrisisRegion, language: Language): CrisisLine {
  const entry = crisisEntryFor(region, language)
  return { region, text: entry.text, url: entry.url }
}

/**
 * Picks the crisis line for where the person most likely is. The time zone says more about
 * where someone is than the language they chose, so it wins; a zone of no listed country
 * (say Europe/Berlin with an en_US locale) gives the international line, unless the zone is UTC
 * or unknown, where the locale decides.
 */
export function chooseCrisisLine(
  input: { locale?: string; timeZone?: string },
  language: Language,
): CrisisLine {
  const fromZone = regionOfTimeZone(input.timeZone)
  const zoneIsNeutral = !input.timeZone || /^(UTC|Etc\/|GMT$|Universal|Zulu)/.test(input.timeZone)
  return crisisLineFor(
    fromZone ?? (zoneIsNeutral ? regionOfLocale(input.locale) : undefined) ?? 'other',
    language,
  )
}
