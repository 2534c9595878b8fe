import { editDistance } from './distance.js'
import { isIpHost, isPublicSuffix, isUnder } from './hosts.js'
import { parseHost } from './public-suffix.js'
import {
  lureWords,
  meetingWords,
  ordinaryWords,
  platforms as knownPlatforms,
  shorteners as knownShorteners,
  wrapperServices,
  type Platform,
  type Shortener,
} from './platforms.js'
import { hostToUnicode } from './punycode.js'
import { mixesScripts, skeleton } from './skeleton.js'
import { unwrapLink, type WrapperId } from './unwrap.js'
import { defined } from '../../defined.js'

export { isPublicSuffix, isUnder } from './hosts.js'

/** What the offline analysis can find. The wording table has a sentence for each. */
export type FindingCode =
  | 'not-https'
  | 'user-info'
  | 'ip-host'
  | 'lookalike-label'
  | 'lookalike-typo'
  | 'idn-mixed-script'
  | 'idn-confusable'
  | 'non-default-port'
  | 'unknown-host'
  | 'other-platform'
  | 'no-passcode'
  | 'personal-room'
  | 'shortener'
  | 'app-link-foreign'
  | 'consumer-app'
  | 'wrapper-mismatch'

export interface Finding {
  code: FindingCode
  severity: 'fail' | 'warn'
  /** The platform the host imitates (lookalikes) or belongs to (shape cautions). */
  platform?: string
  /** The other host a wrapper names (wrapper-mismatch). */
  other?: string
}

export interface LinkAnalysis {
  /** The host in ASCII (an IDN in its xn-- form), safe to show; never the path or query. */
  host: string
  /** The platform whose domain the host is under. */
  platform?: Platform
  /** The host is one the practice's checklist lists under meetingHosts. */
  practiceHost: boolean
  shortener: boolean
  findings: Finding[]
  /** The link that was judged: the one inside any e-mail wrapper. */
  url: URL
  /** The e-mail wrapper the link came in (unwrap.ts). */
  wrapper?: WrapperId
  /** The link opens this platform's app (zoommtg:, msteams:) rather than a web page. */
  appLink?: Platform
}

export interface AnalyseOptions {
  /** From the practice's checklist; empty when it names none. */
  meetingHosts?: readonly string[]
  platforms?: readonly Platform[]
  shorteners?: readonly Shortener[]
}

/** The most a brand word may be misspelt and still count as imitating it. */
function typoLimit(brand: string): number {
  return brand.length <= 7 ? 1 : 2
}

/** Letters that look alike in most fonts, so swapping one for the other is a deliberate trick. */
const LOOKALIKE_LETTERS: readonly (readonly [string, string])[] = [
  ['o', '0'],
  ['l', '1'],
  ['i', '1'],
  ['l', 'i'],
]

/**
 * One letter of a short brand replaced by another (weber for webex, zoon for zoom) is how many
 * real words are spelt; it counts only when the two letters look alike (z00m, webeх).
 */
function lookalikeSubstitution(word: string, brand: string): boolean {
  if (word.length !== brand.length) return true
  const diffs = [...word].flatMap((char, index) => (char === brand[index] ? [] : [[char, brand[index]!]]))
  // Two differences in place of one edit: a swap of neighbours (zomo).
  if (diffs.length !== 1) return true
  const [a, b] = diffs[0]!
  return LOOKALIKE_LETTERS.some(([x, y]) => (a === x && b === y) || (a === y && b === x))
}

/** A word with each run of one letter made single: "zoooom" and "zoom" both give "zom". */
function squeeze(word: string): string {
  return word.replace(/(.)\1+/g, '$1')
}

function imitatesBrand(word: string, brand: string): boolean {
  if (word === brand || word.length === 0 || ordinaryWords.has(word)) return false
  // A doubled or tripled letter: zoooom.us, dooxy.me.
  if (squeeze(word) === squeeze(brand)) return true
  const distance = editDistance(word, brand, typoLimit(brand))
  if (distance > typoLimit(brand)) return skeleton(word) === skeleton(brand)
  // For short names one changed letter is common in real words (loom, room, weber): keep the
  // first letter, and count a replaced letter only when it looks like the one it replaces.
  if (brand.length > 5) return true
  return word[0] === brand[0] && lookalikeSubstitution(word, brand)
}

/** The words of a label: itself, without its hyphens, and each hyphen-separated part. */
function wordsOf(label: string): string[] {
  return [label, label.replace(/-/g, ''), ...label.split('-')]
}

/**
 * True when `text` is made only of brand words, lure words and digits, with at least one brand
 * word (web071zoom = web + 071 + zoom; uswebzoomus = us + web + zoom + us). A short form of the
 * brand (ms) counts only beside a meeting word (ms-meets).
 */
function madeOfBrand(text: string, platform: Platform): boolean {
  const brands = platform.brandWords
  const short = platform.abbreviations ?? []
  // state[i]: bit 1 = reached with a brand word, bit 2 = with a short form, bit 4 = with a meeting word, 8 = reached.
  const state = new Array<number>(text.length + 1).fill(0)
  state[0] = 8
  for (let i = 0; i < text.length; i += 1) {
    const here = state[i]!
    if (here === 0) continue
    const digits = /^\d+/.exec(text.slice(i))?.[0]
    if (digits) state[i + digits.length]! |= here
    for (const word of brands) if (text.startsWith(word, i)) state[i + word.length]! |= here | 1
    for (const word of short) if (text.startsWith(word, i)) state[i + word.length]! |= here | 2
    for (const word of lureWords)
      if (text.startsWith(word, i)) state[i + word.length]! |= here | (meetingWords.has(word) ? 4 : 0)
  }
  const end = state[text.length]!
  return (end & 1) !== 0 || ((end & 2) !== 0 && (end & 4) !== 0)
}

/** A platform whose brand the labels use: whole, hyphenated, run together with lure words, or (distinctive brands) anywhere. */
function brandInLabels(labels: readonly string[], platforms: readonly Platform[]): Platform | undefined {
  const words = labels.flatMap(wordsOf)
  return platforms.find(
    (platform) =>
      platform.brandWords.some((brand) => words.includes(brand)) ||
      labels.some((label) => madeOfBrand(label.replace(/-/g, ''), platform)) ||
      (platform.containWords ?? []).some((brand) =>
        labels.some((label) => label.replace(/-/g, '').includes(brand)),
      ),
  )
}

/**
 * The brand words whose misspellings count: the platform's typo words, and every brand word of
 * eight letters or more (microsoftteams, googlemeet), too long to be one letter from an everyday
 * name. Shorter compounds (msteams, gmeet) only by a doubled letter (mstteams, gmeeet).
 */
function misspellable(platform: Platform): readonly string[] {
  return [...(platform.typoWords ?? []), ...platform.brandWords.filter((brand) => brand.length >= 8)]
}

/** A platform whose brand word one of the labels (or a part of one) misspells. */
function brandMisspelt(labels: readonly string[], platforms: readonly Platform[]): Platform | undefined {
  const words = labels.flatMap((label) => [label.replace(/-/g, ''), ...label.split('-')])
  return platforms.find(
    (platform) =>
      misspellable(platform).some((brand) => words.some((word) => imitatesBrand(word, brand))) ||
      platform.brandWords.some((brand) =>
        words.some((word) => word !== brand && brand.length >= 5 && squeeze(word) === squeeze(brand)),
      ),
  )
}

/**
 * A platform (or e-mail wrapper) one of whose own domains is written inside a foreign host as
 * if it were the whole name: safelinks.protection.outlook.com.evil.example.
 */
function domainInside(host: string, platforms: readonly Platform[]): Platform | undefined {
  const dotted = `.${host}.`
  return platforms.find((platform) =>
    [...platform.domains, ...(platform.relatedDomains ?? [])].some(
      (domain) => domain.includes('.') && dotted.includes(`.${domain}.`) && !isUnder(host, domain),
    ),
  )
}

function lookalikeFindings(host: string, platforms: readonly Platform[]): Finding[] {
  const parsed = parseHost(host)
  const suffixLabels = parsed.publicSuffix ? parsed.publicSuffix.split('.').length : 1
  const all = host.split('.')
  // Every label but the public suffix: a brand in a subdomain (meet.googie.com-join.us) counts too.
  const labels = all.slice(0, Math.max(1, all.length - suffixLabels))
  const imitated = [...wrapperServices, ...platforms]
  const inside = domainInside(host, imitated)
  if (inside) return [{ code: 'lookalike-label', severity: 'fail', platform: inside.name }]
  const named = brandInLabels(all, imitated)
  if (named) return [{ code: 'lookalike-label', severity: 'fail', platform: named.name }]
  const misspelt = brandMisspelt(labels, imitated)
  if (misspelt) return [{ code: 'lookalike-typo', severity: 'fail', platform: misspelt.name }]
  return []
}

/** IDN checks on the Unicode form: labels that mix scripts, and skeletons equal to a platform's. */
function idnFindings(host: string, platforms: readonly Platform[]): Finding[] {
  if (!host.split('.').some((label) => label.startsWith('xn--'))) return []
  const unicode = hostToUnicode(host)
  if (!unicode) return [{ code: 'idn-mixed-script', severity: 'fail' }]
  const labels = unicode.split('.')
  const hostSkeleton = skeleton(unicode)
  const copied = platforms.find(
    (platform) =>
      platform.domains.some(
        (domain) => hostSkeleton === skeleton(domain) || hostSkeleton.endsWith(`.${skeleton(domain)}`),
      ) ||
      platform.brandWords.some((brand) =>
        labels.some(
          (label) =>
            skeleton(label) === skeleton(brand) || skeleton(label.replace(/-/g, '')) === skeleton(brand),
        ),
      ),
  )
  if (copied) return [{ code: 'idn-confusable', severity: 'fail', platform: copied.name }]
  if (labels.some(mixesScripts)) return [{ code: 'idn-mixed-script', severity: 'fail' }]
  return []
}

function shapeFindings(url: URL, platform: Platform): Finding[] {
  const findings: Finding[] = []
  const path = url.pathname.toLowerCase()
  const personal = platform.shape?.personalRoomPaths?.some((prefix) => path.startsWith(prefix)) ?? false
  if (personal) findings.push({ code: 'personal-room', severity: 'warn', platform: platform.name })
  const param = platform.shape?.passcodeParam
  // Zoom's meeting (/j/) and webinar (/w/) links carry the passcode as ?pwd= when the host embeds it.
  if (param && /^\/[jw]\//.test(path) && !url.searchParams.has(param)) {
    findings.push({ code: 'no-passcode', severity: 'warn', platform: platform.name })
  }
  if (platform.consumer) findings.push({ code: 'consumer-app', severity: 'warn', platform: platform.name })
  return findings
}

function structureFindings(url: URL, app: Platform | undefined): Finding[] {
  const findings: Finding[] = []
  if (url.username || url.password) findings.push({ code: 'user-info', severity: 'fail' })
  if (isIpHost(url.hostname)) findings.push({ code: 'ip-host', severity: 'fail' })
  // An app link (zoommtg:) is opened by the app itself, which makes its own secure connection.
  if (url.protocol !== 'https:' && !app) findings.push({ code: 'not-https', severity: 'fail' })
  if (url.port !== '') findings.push({ code: 'non-default-port', severity: 'warn' })
  return findings
}

/** The platform whose app a link's scheme opens (zoommtg: → Zoom), if any. */
export function appPlatform(url: URL, platforms: readonly Platform[] = knownPlatforms): Platform | undefined {
  const scheme = url.protocol.slice(0, -1).toLowerCase()
  return platforms.find((platform) => platform.appSchemes?.includes(scheme))
}

/** Everything that can be told about one link, not unwrapped. */
function analyseOne(url: URL, options: AnalyseOptions): Omit<LinkAnalysis, 'url'> {
  const platforms = options.platforms ?? knownPlatforms
  const app = appPlatform(url, platforms)
  // msteams:/l/meetup-join/… names no host: the app goes to its own.
  const host = url.hostname.toLowerCase().replace(/\.$/, '') || app?.domains[0] || ''
  const findings = structureFindings(url, app)
  const ipHost = isIpHost(host)
  const platform = ipHost
    ? undefined
    : platforms.find((candidate) => candidate.domains.some((domain) => isUnder(host, domain)))
  const meetingHosts = usableMeetingHosts(options.meetingHosts ?? [])
  const practiceHost = meetingHosts.some((listed) => isUnder(host, listed))
  const shortener = !app && (options.shorteners ?? knownShorteners).some((entry) => isUnder(host, entry.host))
  const name = parseHost(host).domainWithoutSuffix
  const related = platforms.some(
    (candidate) =>
      candidate.relatedDomains?.some((domain) => isUnder(host, domain)) ||
      (name !== null && name !== undefined && candidate.relatedNames?.includes(name)),
  )
  if (!platform && !related && !ipHost) {
    findings.push(...idnFindings(host, platforms))
    // A host the practice lists is trusted to be theirs, even when its name resembles a platform.
    if (!practiceHost && !findings.some((finding) => finding.code.startsWith('idn-')))
      findings.push(...lookalikeFindings(host, platforms))
  }
  // An app link sends the app to the host inside it: that must be the app's own platform.
  if (app && platform !== app && !practiceHost && !findings.some((finding) => finding.severity === 'fail'))
    findings.push({ code: 'app-link-foreign', severity: 'fail', platform: app.name })
  if (platform) findings.push(...shapeFindings(url, platform))
  if (shortener) findings.push({ code: 'shortener', severity: 'warn' })
  const failed = findings.some((finding) => finding.severity === 'fail')
  if (!failed && !shortener && !platform && !practiceHost)
    findings.push({ code: 'unknown-host', severity: 'warn' })
  if (!failed && platform && meetingHosts.length > 0 && !practiceHost)
    findings.push({ code: 'other-platform', severity: 'warn', platform: platform.name })
  return { host, ...defined({ platform, appLink: app }), practiceHost, shortener, findings }
}

/**
 * The meetingHosts entries that can name a practice's own host. A public suffix (co.uk,
 * github.io: anyone can register a name under it) is refused by `checklist validate`; one that
 * reaches the analysis anyway (an older file) is left out here, so it can never vouch for a host.
 */
export function usableMeetingHosts(listed: readonly string[]): string[] {
  return listed.map((host) => host.toLowerCase().replace(/\.$/, '')).filter((host) => !isPublicSuffix(host))
}

/**
 * Everything that can be told about a meeting link without the network. A link in an e-mail
 * wrapper (Outlook Safe Links, Gmail, Proofpoint) is judged by the link inside it, by every rule.
 * Pure and browser-safe; never throws on a URL the WHATWG parser accepted.
 */
export function analyseLink(url: URL, options: AnalyseOptions = {}): LinkAnalysis {
  const unwrapped = unwrapLink(url)
  const analysis = { ...analyseOne(unwrapped.url, options), url: unwrapped.url }
  if (!unwrapped.wrapper) return analysis
  const wrapped: LinkAnalysis = { ...analysis, wrapper: unwrapped.wrapper }
  if (!unwrapped.conflict) return wrapped
  const other = unwrapped.conflict.hostname.toLowerCase()
  // The wrapper names two different links: which one opens depends on who reads it.
  const findings = wrapped.findings.filter((finding) => finding.code !== 'unknown-host')
  return {
    ...wrapped,
    findings: [{ code: 'wrapper-mismatch', severity: 'fail', other }, ...findings],
  }
}
