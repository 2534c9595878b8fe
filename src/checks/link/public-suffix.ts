import { fastPathLookup, getEmptyResult, parseImpl, type IResult } from 'tldts-core'
import { decodePunycode } from './punycode.js'
import { ICANN_SECTION, PRIVATE_SECTION } from './public-suffix-data.js'

/*
 * A host's public suffix and registrable name, after the Public Suffix List
 * (https://publicsuffix.org/list/). tldts-core (the engine of tldts) reads the host: it extracts
 * and validates the hostname, tells IP addresses apart and cuts the domain and subdomain. It asks
 * a lookup function for the suffix; this file is that function, over the list's rules as
 * public-suffix-data.ts stores them. tldts's own lookup carries the same rules in a trie of number
 * arrays, about 50 KB gzipped; the text form is about 34 KB and is read only when a link is
 * checked. test/unit/link/link-data.test.ts checks every rule against tldts itself.
 */

const ICANN = 1
const PRIVATE = 2

interface Node {
  /** ICANN or PRIVATE when the labels down to here are a rule of that section; 0 when not. */
  flags: number
  children: Map<string, Node> | undefined
}

interface Tries {
  rules: Node
  exceptions: Node
}

let tries: Tries | undefined

const newNode = (): Node => ({ flags: 0, children: undefined })

function child(node: Node, label: string): Node {
  node.children ??= new Map()
  let next = node.children.get(label)
  if (!next) node.children.set(label, (next = newNode()))
  return next
}

/** Reads one section's trie text (see public-suffix-data.ts) into the two tries. */
function readSection(text: string, flag: number, into: Tries): void {
  // The labels from the top-level domain down to the one being read.
  const path: string[] = []
  let label = ''
  const end = (rule: boolean): void => {
    if (!label) return
    if (label.startsWith('!')) {
      let node = into.exceptions
      for (const step of path) node = child(node, step)
      child(node, label.slice(1)).flags = flag
    } else {
      let node = into.rules
      for (const step of path) node = child(node, step)
      const last = child(node, label)
      if (rule) last.flags = flag
    }
  }
  let rule = true
  for (const char of text) {
    if (char === ',' || char === ')') {
      end(rule)
      label = ''
      rule = true
      if (char === ')') path.pop()
    } else if (char === '(') {
      end(rule)
      path.push(label)
      label = ''
      rule = true
    } else if (char === '~') {
      rule = false
    } else {
      label += char
    }
  }
  end(rule)
}

function loaded(): Tries {
  if (!tries) {
    tries = { rules: newNode(), exceptions: newNode() }
    readSection(ICANN_SECTION.join(''), ICANN, tries)
    readSection(PRIVATE_SECTION.join(''), PRIVATE, tries)
  }
  return tries
}

/**
 * The index of the left-most label of the deepest rule the host's labels reach from `root`
 * (right to left, `*` standing for any non-empty label), among the sections `mask` allows; -1 when
 * none. Follows tldts's own walk, so the two give the same suffix for every host.
 */
function deepest(labels: readonly string[], root: Node, mask: number): { index: number; flags: number } {
  let node = root
  let found = { index: -1, flags: 0 }
  for (let index = labels.length - 1; index >= 0; index -= 1) {
    const label = labels[index] ?? ''
    const next = node.children?.get(label) ?? (label === '' ? undefined : node.children?.get('*'))
    if (!next) break
    node = next
    if ((node.flags & mask) !== 0) found = { index, flags: node.flags }
  }
  return found
}

/**
 * A label as the data holds it: ASCII as it is, a Unicode label by its xn-- form (the data keeps
 * only that form of the list's Unicode rules). A Unicode label that is not written as the list
 * writes names (upper case, unnormalised) gets a form no rule has, so only a `*` matches it: as
 * in tldts, which compares the label as it is.
 */
function dataLabel(label: string): string {
  if (/^[\x20-\x7e]*$/.test(label)) return label
  try {
    const host = new URL(`http://${label}/`).hostname
    if (host.startsWith('xn--') && !host.includes('.') && decodePunycode(host.slice(4)) === label) return host
  } catch {
    // Not a name a URL can hold: no rule names it either.
  }
  return '\u0000'
}

type SuffixLookup = Parameters<typeof parseImpl>[2]

/** The lookup tldts-core asks for: true when an exception rule decided the suffix. */
const suffixLookup: SuffixLookup = (hostname, options, out) => {
  if (fastPathLookup(hostname, options, out)) return false
  const mask = (options.allowPrivateDomains ? PRIVATE : 0) | (options.allowIcannDomains ? ICANN : 0)
  const written = hostname.split('.')
  const labels = written.map(dataLabel)
  const { rules, exceptions } = loaded()
  // An exception (!www.ck) wins, and its own left-most label is not part of the suffix.
  const exception = deepest(labels, exceptions, mask)
  const match = exception.index !== -1 ? exception : deepest(labels, rules, mask)
  if (match.index === -1) {
    // No rule: the list's implicit `*` makes the last label the suffix.
    out.isIcann = false
    out.isPrivate = false
    out.publicSuffix = written.at(-1) ?? hostname
    return false
  }
  out.isIcann = (match.flags & ICANN) !== 0
  out.isPrivate = (match.flags & PRIVATE) !== 0
  // The suffix as the host writes it (公司.cn stays 公司.cn), as tldts gives it.
  out.publicSuffix = written.slice(exception.index !== -1 ? match.index + 1 : match.index).join('.')
  return exception.index !== -1
}

export interface ParseOptions {
  /** Count the list's private section too (github.io, blogspot.com); by default only ICANN's. */
  allowPrivateDomains?: boolean
}

/** The host's public suffix, registrable domain and the name before the suffix, as tldts's parse gives them. */
export function parseHost(host: string, options: ParseOptions = {}): IResult {
  // 5 is tldts-core's FLAG.ALL: every part of the result.
  return parseImpl(host, 5, suffixLookup, options, getEmptyResult())
}
