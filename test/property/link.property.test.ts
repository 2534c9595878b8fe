import fc from 'fast-check'
import { messagesFor } from '../../src/messages/index.js'
const en = messagesFor('en')
import { describe, expect, it } from 'vitest'
import { analyseLink, isUnder } from '../../src/checks/link/analyse.js'
import { evaluateLink } from '../../src/checks/link/evaluate.js'
import { parseLinkInput } from '../../src/checks/link/parse-link.js'
import { platforms } from '../../src/checks/link/platforms.js'

const RUNS = 3_000
const officialDomains = platforms.flatMap((platform) => platform.domains)

// Letters a spoofer reaches for: ASCII, digits, hyphens, and Cyrillic and Greek lookalikes.
const letter = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyz0123456789-',
  'а',
  'е',
  'о',
  'р',
  'с',
  'х',
  'ο',
  'ν',
  'ı',
  'ü',
)
const label = fc.array(letter, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''))
const tld = fc.constantFrom('com', 'us', 'me', 'net', 'example', 'co.uk', 'io', 'xn--p1ai')
const randomHost = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld)
  .map(([labels, suffix]) => `${labels.join('.')}.${suffix}`)
// Hosts built around an official domain without being under it: zoom.us.evil.com, evilzoom.us, zoom-us.com.
const aroundOfficial = fc
  .tuple(fc.constantFrom(...officialDomains), label, tld, fc.nat(2))
  .map(([domain, extra, suffix, shape]) =>
    shape === 0
      ? `${domain}.${extra}.${suffix}`
      : shape === 1
        ? `${extra}${domain}`
        : `${domain.replace(/\./g, '-')}.${suffix}`,
  )

function verdictFor(host: string) {
  const parsed = parseLinkInput(`https://${host}/room?pwd=x`)
  if (!parsed.ok) return undefined
  const analysis = analyseLink(parsed.url)
  return {
    host: analysis.host,
    outcome: evaluateLink({ analysis, online: { state: 'certificate-valid' } }, en),
  }
}

const isOfficial = (host: string) => officialDomains.some((domain) => isUnder(host, domain))

describe('link analysis over random hosts', () => {
  it("never throws, and never passes a host outside the platforms' domains", () => {
    fc.assert(
      fc.property(fc.oneof(randomHost, aroundOfficial), (host) => {
        const result = verdictFor(host)
        if (!result) return
        if (!isOfficial(result.host)) expect(result.outcome.status).not.toBe('pass')
      }),
      { numRuns: RUNS },
    )
  })

  it('never throws on arbitrary text given as a link', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        (text, host) => {
          for (const input of [text, `https://${host}/x`, `https://${text}`]) {
            const parsed = parseLinkInput(input)
            if (parsed.ok)
              evaluateLink({ analysis: analyseLink(parsed.url), online: { state: 'offline' } }, en)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })
})
