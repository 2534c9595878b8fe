/** The parts of a report check this module reads; structural, so text/ needs nothing from report/. */
interface CheckLike {
  details?: Record<string, unknown>
  error?: string
  identifiers?: Readonly<Record<string, string>>
}

/**
 * Identifiers that slip into `details` and `error`, found and hidden before a report leaves the
 * terminal (--json, -o, the saved copy) unless --include-identifiers is given:
 * - interface names that embed a MAC address: systemd's predictable names `wlx…` (USB Wi-Fi),
 *   `enx…` (USB Ethernet), `wwx…`, `ibx…`, `slx…`, each followed by the 12 hex digits of the MAC;
 * - MAC addresses themselves (aa:bb:cc:dd:ee:ff or with dashes);
 * - every value a check put in its `identifiers`, wherever it reappears (a proxy's host and port
 *   in a failure's detail, a network name quoted in a message).
 */
const macBearingName = /\b(?:en|wl|ww|ib|sl)x[0-9a-f]{12}\b/gi
const macAddress = /\b[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}\b/gi
export const HIDDEN = '(hidden)'

/** True when an interface name embeds a MAC address (systemd's `wlx…`/`enx…` names). */
export function isMacBearingInterfaceName(name: string): boolean {
  return new RegExp(`^${macBearingName.source}$`, 'i').test(name)
}

/** The strings to look for: each identifier, and for host:port values the host alone too. */
function needlesOf(identifiers: Readonly<Record<string, string>> | undefined): string[] {
  const needles = new Set<string>()
  for (const value of Object.values(identifiers ?? {})) {
    if (typeof value !== 'string' || value.length < 3) continue
    needles.add(value)
    const hostPort = /^\[?([^\]]+?)\]?:\d+$/.exec(value)
    if (hostPort?.[1] && hostPort[1].length >= 3) needles.add(hostPort[1])
  }
  // Longest first, so "proxy.example:3128" goes before "proxy.example".
  return [...needles].sort((a, b) => b.length - a.length)
}

function hideIn(text: string, needles: readonly string[]): string {
  let out = text.replace(macBearingName, HIDDEN).replace(macAddress, HIDDEN)
  for (const needle of needles) out = out.split(needle).join(HIDDEN)
  return out
}

/** A deep copy of a details value with every identifier hidden; a value that was only an identifier goes. */
function scrub(value: unknown, needles: readonly string[]): unknown {
  if (typeof value === 'string') {
    const hidden = hideIn(value, needles)
    return hidden === HIDDEN ? undefined : hidden
  }
  if (Array.isArray(value))
    return value.map((item) => scrub(item, needles)).filter((item) => item !== undefined)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const cleaned = scrub(item, needles)
      if (cleaned !== undefined) out[key] = cleaned
    }
    return out
  }
  return value
}

function scrubCheck<C extends CheckLike>(check: C, identifiers: CheckLike['identifiers']): C {
  const needles = needlesOf(identifiers)
  return {
    ...check,
    ...(check.details ? { details: scrub(check.details, needles) as Record<string, unknown> } : {}),
    ...(check.error !== undefined ? { error: hideIn(check.error, needles) } : {}),
  }
}

/**
 * Hides identifiers that reached `details` or `error` of an exported report. Give it the report
 * before `redactIdentifiers` took the `identifiers` away, or after: the original is read for them.
 */
export function redactExportedDetails<R extends { checks: readonly CheckLike[] }>(
  report: R,
  original: R = report,
): R {
  return {
    ...report,
    checks: report.checks.map((check, index) =>
      scrubCheck(check, original.checks[index]?.identifiers ?? check.identifiers),
    ),
  }
}
