// Link-check figures: what loading the analysis costs (only runs that check a link pay it), how
// long one link takes offline, how often random lookalike hosts are caught, and how often real,
// unrelated domains are falsely failed (the Majestic Million's top 15,000 rows, in
// test/bench/data/majestic-top-domains.txt with its source and licence). Runs on the build
// (npm run build first). Exits 0.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { median, report } from './lib.mjs'

const loadStarted = performance.now()
const { analyseLink } = await import('../../dist/checks/link/analyse.js')
const { evaluateLink } = await import('../../dist/checks/link/evaluate.js')
const { messagesFor } = await import('../../dist/messages/index.js')
const en = messagesFor('en')
const { platforms, wrapperServices, shorteners } = await import('../../dist/checks/link/platforms.js')
const { isUnder } = await import('../../dist/checks/link/hosts.js')
const { parseHost } = await import('../../dist/checks/link/public-suffix.js')

const links = [
  'https://zoom.us/j/77712348888?pwd=abc',
  'https://hooli.zoom.us/my/drsmith',
  'https://doxy.me/drsmith',
  'https://meet.google.com/abc-mnop-xyz',
  'https://zoom.us.meet-secure.example/j/1',
  'https://doxy-me.com/drsmith',
  'https://zооm.us/j/1',
  'https://telehealth.riversidecounseling.org/room',
  'https://bit.ly/3xYzAbC',
  'https://simplepractise.com/appt',
]
const check = (link) =>
  evaluateLink({ analysis: analyseLink(new URL(link)), online: { state: 'offline' } }, en)
check(links[0]) // the first call reads the Public Suffix List and the confusables table
const loadMs = performance.now() - loadStarted
const times = []
for (let round = 0; round < 200; round += 1) {
  for (const link of links) {
    const started = performance.now()
    check(link)
    times.push(performance.now() - started)
  }
}

// Lookalikes made the way phishers make them: one letter doubled, dropped or swapped, a hyphen, or
// the brand with another ending. How many of them fail (the rest get a caution, never a pass)?
const mutations = [
  (word) => word.slice(0, 2) + word[2] + word.slice(2),
  (word) => word.slice(0, 2) + word.slice(3),
  (word) => word.slice(0, 1) + word[2] + word[1] + word.slice(3),
  (word) => `${word}-meeting`,
  (word) => `secure-${word}`,
]
let made = 0
let failed = 0
let passed = 0
for (const platform of platforms) {
  for (const brand of platform.brandWords) {
    for (const mutate of mutations) {
      for (const suffix of ['com', 'net', 'us']) {
        const host = `${mutate(brand)}.${suffix}`
        if (
          platforms.some((p) =>
            [...p.domains, ...(p.relatedDomains ?? [])].some((d) => host === d || host.endsWith(`.${d}`)),
          )
        )
          continue
        made += 1
        const status = check(`https://${host}/room`).status
        if (status === 'fail') failed += 1
        if (status === 'pass') passed += 1
      }
    }
  }
}

// Real registrable domains that have nothing to do with meetings: the top-sites list less every
// domain the platform table itself names (the platforms, their owners' other sites, the e-mail
// wrappers and the shorteners), each checked as https://<domain>/ offline.
const listed = readFileSync(new URL('./data/majestic-top-domains.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
const owned = [...platforms, ...wrapperServices].flatMap((platform) => [
  ...platform.domains,
  ...(platform.relatedDomains ?? []),
])
const ownedNames = new Set(platforms.flatMap((platform) => platform.relatedNames ?? []))
const meetingRelated = (domain) =>
  owned.some((own) => isUnder(domain, own)) ||
  shorteners.some((entry) => isUnder(domain, entry.host)) ||
  ownedNames.has(parseHost(domain).domainWithoutSuffix ?? '')
const unrelated = listed.filter((domain) => !meetingRelated(domain))
const falseAlarms = []
const perLink = []
for (const domain of unrelated) {
  const started = performance.now()
  const outcome = check(`https://${domain}/`)
  perLink.push(performance.now() - started)
  if (outcome.status === 'fail') falseAlarms.push(`${domain} (${outcome.details.findings[0]})`)
}

report('loading the analysis and its first link (tables read)', loadMs, 400, 'ms')
report('one link, offline (median of 2,000)', median(times) * 1000, 1000, 'µs')
report(`typo and hyphen lookalikes failed (of ${made})`, (100 * failed) / made, 95, '%', {
  higherIsBetter: true,
})
report('lookalikes passed', passed, 0, 'hosts')
// At most 0.1% may fail: the count against its allowance, then the rate itself.
report(
  `false alarms among ${unrelated.length.toLocaleString('en-US')} unrelated top domains`,
  falseAlarms.length,
  Math.floor(unrelated.length / 1000),
  'domains',
)
console.log(
  `        false-alarm rate: ${((100 * falseAlarms.length) / unrelated.length).toFixed(3)} % (target <= 0.1 %)`,
)
report('one unrelated domain, offline (median)', median(perLink) * 1000, 1000, 'µs')
console.log(
  `        top-sites list: ${listed.length.toLocaleString('en-US')} registrable domains (Majestic Million, CC BY 3.0); ${(listed.length - unrelated.length).toLocaleString('en-US')} left out as the platform table's own`,
)
console.log(`        false alarms (${falseAlarms.length}): ${falseAlarms.join(', ') || 'none'}`)
