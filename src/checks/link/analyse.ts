// The npm package by its file: the bare name is Node's deprecated built-in, which a browser lacks.
import punycode from 'punycode/punycode.js'
import { parse as parseDomain } from 'tldts'
import { editDistance } from './distance.js'
import {
  ordinaryWords,
  platforms as knownPlatforms,
  shorteners as knownShorteners,
  type Platform,
  type Shortener,
} from './platforms.js'
import { mixesScripts, skeleton } from './skeleton.js'
import { defined } from '../../defined.js'

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

export interface Finding {
  code: FindingCode
  severity: 'fail' | 'warn'
  /** The platform the host imitates (lookalikes) or belongs to (shape cautions). */
  platform?: string
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
}

export interface AnalyseOptions {
  /** From the practice's checklist; empty when it names none. */
  meetingHosts?: readonly string[]
  platforms?: readonly Platform[]
  shorteners?: readonly Shortener[]
}

/** host is `domain` or a name under it. */
export function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/** A dotted IPv4 address as Node's isIP accepts it: four numbers 0-255, no leading zeros. */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

/** An IP address for a host: IPv6 comes bracketed from the URL parser, IPv4 as four numbers. */
function isIpHost(hostname: string): boolean {
  return hostname.startsWith('[') || IPV4.test(hostname) || hostname.includes(':')
}

/** The Unicode form of an ASCII host name; '' when a label is not valid Punycode (as Node's domainToUnicode). */
function domainToUnicode(host: string): string {
  try {
    return punycode.toUnicode(host)
  } catch {
    return ''
  }
}

/** The most a brand word may be misspelt and still count as imitating it. */
function typoLimit(brand: string): number {
  return brand.length <= 5 ? 1 : 2
}

function imitatesBrand(word: string, brand: string): boolean {
  if (word === brand || word.length === 0 || ordinaryWords.has(word)) return false
  const distance = editDistance(word, brand, typoLimit(brand))
  if (distance > typoLimit(brand)) return skeleton(word) === skeleton(brand)
  // For short names one changed letter is common in real words (loom, room): keep the first letter.
  return brand.length > 5 || word[0] === brand[0] || distance === 0
}

/** A platform whose brand word appears whole as a label, or as a hyphen-separated part of one. */
function brandInLabels(labels: readonly string[], platforms: readonly Platform[]): Platform | undefined {
  const words = labels.flatMap((label) => [label, label.replace(/-/g, ''), ...label.split('-')])
  return platforms.find((platform) => platform.brandWords.some((brand) => words.includes(brand)))
}

/** A platform whose brand word the registrable name (or a part of it) misspells. */
function brandMisspelt(name: string, platforms: readonly Platform[]): Platform | undefined {
  const words = [name.replace(/-/g, ''), ...name.split('-')]
  return platforms.find((platform) =>
    platform.brandWords.some((brand) => words.some((word) => imitatesBrand(word, brand))),
  )
}

function lookalikeFindings(host: string, platforms: readonly Platform[]): Finding[] {
  const parsed = parseDomain(host)
  const registrable = parsed.domainWithoutSuffix ?? host.split('.')[0] ?? host
  const labels = host.split('.')
  const named = brandInLabels(labels, platforms)
  if (named) return [{ code: 'lookalike-label', severity: 'fail', platform: named.name }]
  const misspelt = brandMisspelt(registrable, platforms)
  if (misspelt) return [{ code: 'lookalike-typo', severity: 'fail', platform: misspelt.name }]
  return []
}

/** IDN checks on the Unicode form: labels that mix scripts, and skeletons equal to a platform's. */
function idnFindings(host: string, platforms: readonly Platform[]): Finding[] {
  if (!host.split('.').some((label) => label.startsWith('xn--'))) return []
  const unicode = domainToUnicode(host)
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
  return findings
}

function structureFindings(url: URL): Finding[] {
  const findings: Finding[] = []
  if (url.username || url.password) findings.push({ code: 'user-info', severity: 'fail' })
  if (isIpHost(url.hostname)) findings.push({ code: 'ip-host', severity: 'fail' })
  if (url.protocol !== 'https:') findings.push({ code: 'not-https', severity: 'fail' })
  if (url.port !== '') findings.push({ code: 'non-default-port', severity: 'warn' })
  return findings
}

/**
 * Everything that can be told about a meeting link without the network. Pure; never throws on a
 * URL the WHATWG parser accepted.
 */
export function analyseLink(url: URL, options: AnalyseOptions = {}): LinkAnalysis {
  const platforms = options.platforms ?? knownPlatforms
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const findings = structureFindings(url)
  const platform = isIpHost(host)
    ? undefined
    : platforms.find((candidate) => candidate.domains.some((domain) => isUnder(host, domain)))
  const meetingHosts = options.meetingHosts ?? []
  const practiceHost = meetingHosts.some((listed) => isUnder(host, listed.toLowerCase()))
  const shortener = (options.shorteners ?? knownShorteners).some((entry) => isUnder(host, entry.host))
  const related = platforms.some((candidate) =>
    candidate.relatedDomains?.some((domain) => isUnder(host, domain)),
  )
  if (!platform && !related && !isIpHost(host)) {
    findings.push(...idnFindings(host, platforms))
    // A host the practice lists is trusted to be theirs, even when its name resembles a platform.
    if (!practiceHost && !findings.some((finding) => finding.code.startsWith('idn-')))
      findings.push(...lookalikeFindings(host, platforms))
  }
  if (platform) findings.push(...shapeFindings(url, platform))
  if (shortener) findings.push({ code: 'shortener', severity: 'warn' })
  const failed = findings.some((finding) => finding.severity === 'fail')
  if (!failed && !shortener && !platform && !practiceHost)
    findings.push({ code: 'unknown-host', severity: 'warn' })
  if (!failed && platform && meetingHosts.length > 0 && !practiceHost)
    findings.push({ code: 'other-platform', severity: 'warn', platform: platform.name })
  return { host, ...defined({ platform }), practiceHost, shortener, findings }
}
