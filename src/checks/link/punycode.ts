/*
 * Punycode decoding (RFC 3492, section 6.2), for showing an xn-- label in its Unicode form to
 * the confusable checks. Node's url.domainToUnicode does this, but the link analysis also runs
 * in the browser, which has no such function; the npm `punycode` package shares its name with
 * Node's deprecated core module (a bare import resolves to the core one), so the thirty lines
 * are here, after the RFC's own pseudocode.
 */
const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1
  d += Math.floor(d / points)
  let k = 0
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW))
}

function digit(code: number): number {
  if (code >= 48 && code <= 57) return code - 22 // 0-9 → 26-35
  if (code >= 97 && code <= 122) return code - 97 // a-z → 0-25
  if (code >= 65 && code <= 90) return code - 65
  return BASE
}

/** The Unicode form of one Punycode string (without xn--), or undefined when it is not valid. */
export function decodePunycode(input: string): string | undefined {
  const output: number[] = []
  const split = input.lastIndexOf('-')
  for (let j = 0; j < Math.max(split, 0); j += 1) {
    const code = input.charCodeAt(j)
    if (code >= 0x80) return undefined
    output.push(code)
  }
  let n = INITIAL_N
  let bias = INITIAL_BIAS
  let i = 0
  for (let index = split > 0 ? split + 1 : 0; index < input.length; ) {
    const oldi = i
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined
      const d = digit(input.charCodeAt(index++))
      if (d >= BASE) return undefined
      i += d * w
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
      if (d < t) break
      w *= BASE - t
      if (w > 0x7fffffff) return undefined
    }
    bias = adapt(i - oldi, output.length + 1, oldi === 0)
    n += Math.floor(i / (output.length + 1))
    i %= output.length + 1
    if (n > 0x10ffff) return undefined
    output.splice(i, 0, n)
    i += 1
  }
  return String.fromCodePoint(...output)
}

/** A host with every xn-- label decoded; undefined when one of them is not valid Punycode. */
export function hostToUnicode(host: string): string | undefined {
  const labels: string[] = []
  for (const label of host.split('.')) {
    if (!label.toLowerCase().startsWith('xn--')) {
      labels.push(label)
      continue
    }
    const decoded = decodePunycode(label.slice(4))
    if (decoded === undefined || decoded === '') return undefined
    labels.push(decoded)
  }
  return labels.join('.')
}
