import type { CrisisLine, CrisisRegion } from './model.js'

/** One region's crisis line: the sentence people read, a page with more help, and where it comes from. */
export interface CrisisEntry {
  text: string
  url: string
  /** Ways to reach help in one tap from the HTML report (tel: and sms: links). */
  contacts: ReadonlyArray<{ label: string; href: string }>
  sources: readonly string[]
}

/**
 * Crisis lines by region. US, GB and the international line: shared/research/apps-checklist.md
 * section 7 (SAMHSA 988 FAQ; NHS trust pages for 999, NHS 111 option 2 and Samaritans 116 123;
 * findahelpline.com as the international directory). The other four were looked up for issue 12;
 * each entry names its sources.
 */
export const crisisLines: Record<CrisisRegion, CrisisEntry> = {
  US: {
    text: 'If you are in crisis, you can call or text 988 any time, day or night. In an emergency, call 911.',
    url: 'https://988lifeline.org/',
    contacts: [{ label: 'Call 988', href: 'tel:988' }, { label: 'Text 988', href: 'sms:988' }, { label: 'Emergency: 911', href: 'tel:911' }],
    sources: ['SAMHSA 988 FAQ (shared/research/apps-checklist.md, section 7)'],
  },
  GB: {
    text: 'If you are in crisis: in an emergency call 999; for urgent mental-health help call NHS 111 and choose option 2; or call Samaritans free on 116 123.',
    url: 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
    contacts: [{ label: 'Emergency: 999', href: 'tel:999' }, { label: 'NHS 111', href: 'tel:111' }, { label: 'Samaritans 116 123', href: 'tel:116123' }],
    sources: ['NHS trust pages for 999, NHS 111 option 2 and Samaritans 116 123 (shared/research/apps-checklist.md, section 7)'],
  },
  CA: {
    text: 'If you are in crisis, you can call or text 9-8-8 any time, day or night. In an emergency, call 911.',
    url: 'https://988.ca/',
    contacts: [{ label: 'Call 9-8-8', href: 'tel:988' }, { label: 'Text 9-8-8', href: 'sms:988' }, { label: 'Emergency: 911', href: 'tel:911' }],
    sources: [
      'Government of Canada news release, 30 November 2023: "9-8-8: Suicide Crisis Helpline available across Canada", call or text, 24/7 (newswire.ca)',
      'CMHA Saskatoon, "9-8-8" (cmhasaskatoon.ca/9-8-8): call and text, 24/7/365',
    ],
  },
  AU: {
    text: 'If you are in crisis, call Lifeline on 13 11 14 or text 0477 13 11 14, any time, day or night. In an emergency, call 000.',
    url: 'https://www.lifeline.org.au/',
    contacts: [{ label: 'Call Lifeline 13 11 14', href: 'tel:131114' }, { label: 'Text 0477 13 11 14', href: 'sms:0477131114' }, { label: 'Emergency: 000', href: 'tel:000' }],
    sources: [
      'Lifeline FAQ (lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/): 13 11 14, "If you are in immediate danger call 000"',
      'Lifeline via The Push-Up Challenge, June 2024: phone 13 11 14, text 0477 13 11 14, all 24/7',
    ],
  },
  IE: {
    text: 'If you are in crisis, call Samaritans free on 116 123, any time, day or night. In an emergency, call 112 or 999.',
    url: 'https://www.samaritans.org/ireland/',
    contacts: [{ label: 'Samaritans 116 123', href: 'tel:116123' }, { label: 'Emergency: 112', href: 'tel:112' }],
    sources: [
      'Samaritans Ireland (samaritans.org news; Irish Examiner, 2019): free helpline 116 123, 24 hours a day',
      '112 and 999 are both Ireland\'s emergency numbers (112 is the EU-wide number)',
    ],
  },
  NZ: {
    text: 'If you are in crisis, you can call or text 1737 free, any time, day or night, to talk with a trained counsellor. In an emergency, call 111.',
    url: 'https://1737.org.nz/',
    contacts: [{ label: 'Call 1737', href: 'tel:1737' }, { label: 'Text 1737', href: 'sms:1737' }, { label: 'Emergency: 111', href: 'tel:111' }],
    sources: [
      'Pegasus Health, "1737 – Need to talk?" Q&A with Whakarongorau Aotearoa: free to call and text, 24/7',
      'New Zealand Government release, June 2017 (scoop.co.nz): "Need to talk? 1737 is free to call or text … 24 hours a day"',
    ],
  },
  other: {
    text: 'If you are in crisis, call your local emergency number, or find a free helpline near you at findahelpline.com.',
    url: 'https://findahelpline.com/',
    contacts: [],
    sources: ['findahelpline.com, the international directory apps use (shared/research/apps-checklist.md, section 7)'],
  },
}

// Time zones that are only used inside one country (IANA zone.tab, with the old aliases).
const zonesByRegion: ReadonlyArray<[CrisisRegion, readonly string[]]> = [
  ['US', [
    'America/New_York', 'America/Detroit', 'America/Kentucky/', 'America/Indiana/', 'America/Chicago',
    'America/Menominee', 'America/North_Dakota/', 'America/Denver', 'America/Boise', 'America/Phoenix',
    'America/Los_Angeles', 'America/Anchorage', 'America/Juneau', 'America/Sitka', 'America/Metlakatla',
    'America/Yakutat', 'America/Nome', 'America/Adak', 'Pacific/Honolulu', 'US/',
  ]],
  ['GB', ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire']],
  ['CA', [
    'America/St_Johns', 'America/Halifax', 'America/Glace_Bay', 'America/Moncton', 'America/Goose_Bay',
    'America/Toronto', 'America/Montreal', 'America/Nipigon', 'America/Thunder_Bay', 'America/Iqaluit',
    'America/Pangnirtung', 'America/Winnipeg', 'America/Rainy_River', 'America/Resolute', 'America/Rankin_Inlet',
    'America/Regina', 'America/Swift_Current', 'America/Edmonton', 'America/Cambridge_Bay', 'America/Yellowknife',
    'America/Inuvik', 'America/Dawson_Creek', 'America/Fort_Nelson', 'America/Whitehorse', 'America/Dawson',
    'America/Vancouver', 'Canada/',
  ]],
  ['AU', ['Australia/']],
  ['IE', ['Europe/Dublin', 'Eire']],
  ['NZ', ['Pacific/Auckland', 'Pacific/Chatham', 'NZ', 'NZ-CHAT']],
]

// The region part of a locale (en_AU, fr-CA) to a crisis region.
const localeRegions: Readonly<Record<string, CrisisRegion>> = { US: 'US', GB: 'GB', UK: 'GB', CA: 'CA', AU: 'AU', IE: 'IE', NZ: 'NZ' }

function regionOfLocale(locale: string | undefined): CrisisRegion | undefined {
  // en_US.UTF-8, en-US, en_GB@euro: the region is the two letters after the separator.
  const match = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(locale ?? '')
  return localeRegions[match?.[1]?.toUpperCase() ?? '']
}

function regionOfTimeZone(timeZone: string | undefined): CrisisRegion | undefined {
  if (!timeZone) return undefined
  const matches = (zone: string): boolean => timeZone === zone || (zone.endsWith('/') && timeZone.startsWith(zone))
  return zonesByRegion.find(([, zones]) => zones.some(matches))?.[0]
}

/** The crisis line for a region, as the report carries it. */
export function crisisLineFor(region: CrisisRegion): CrisisLine {
  return { region, text: crisisLines[region].text, url: crisisLines[region].url }
}

/**
 * Picks the crisis line for where the person most likely is. The time zone says more about
 * where someone is than the language they chose, so it wins; a zone of no listed country
 * (say Europe/Berlin with an en_US locale) gives the international line, unless the zone is UTC
 * or unknown, where the locale decides.
 */
export function chooseCrisisLine(input: { locale?: string; timeZone?: string }): CrisisLine {
  const fromZone = regionOfTimeZone(input.timeZone)
  const zoneIsNeutral = !input.timeZone || /^(UTC|Etc\/|GMT$|Universal|Zulu)/.test(input.timeZone)
  return crisisLineFor(fromZone ?? (zoneIsNeutral ? regionOfLocale(input.locale) : undefined) ?? 'other')
}
