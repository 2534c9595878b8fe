/**
 * Which browser, system and kind of device the page runs on, from what the browser says of itself.
 * Pure, so it is table-tested with real user-agent strings. Only used to pick the right words
 * (how to allow the camera in this browser, advice for a phone) and to name the browser in the
 * report; never to refuse anything.
 */
import type { BrowserInfo } from '../report/model.js'

export type SystemName = 'windows' | 'macos' | 'ios' | 'android' | 'linux' | 'chromeos' | 'unknown'
export type BrowserName = 'chrome' | 'edge' | 'firefox' | 'safari' | 'samsung' | 'opera' | 'unknown'

export interface BrowserFacts {
  browser: BrowserName
  version: string
  system: SystemName
  device: BrowserInfo['device']
}

/** What the page reads from `navigator`. `maxTouchPoints` tells an iPad (which says "Macintosh") from a Mac. */
export interface NavigatorFacts {
  userAgent: string
  maxTouchPoints?: number
}

const browserNames: Record<BrowserName, string> = {
  chrome: 'Chrome',
  edge: 'Edge',
  firefox: 'Firefox',
  safari: 'Safari',
  samsung: 'Samsung Internet',
  opera: 'Opera',
  unknown: 'unknown',
}

const systemNames: Record<SystemName, string> = {
  windows: 'Windows',
  macos: 'macOS',
  ios: 'iOS',
  android: 'Android',
  linux: 'Linux',
  chromeos: 'ChromeOS',
  unknown: 'unknown',
}

/** The browser's own name, as the report shows it. */
export function browserLabel(name: BrowserName): string {
  return browserNames[name]
}

/** The system's name, as the report's `platform.os` holds it for a browser report. */
export function systemLabel(name: SystemName): string {
  return systemNames[name]
}

function systemOf(ua: string, touch: number): SystemName {
  if (/iPhone|iPad|iPod/.test(ua)) return 'ios'
  // iPadOS 13+ asks for desktop pages: it says "Macintosh", but a Mac has no touch screen.
  if (/Macintosh/.test(ua)) return touch > 1 ? 'ios' : 'macos'
  if (/Android/.test(ua)) return 'android'
  if (/CrOS/.test(ua)) return 'chromeos'
  if (/Windows/.test(ua)) return 'windows'
  if (/Linux|X11/.test(ua)) return 'linux'
  return 'unknown'
}

// Order matters: Edge, Opera and Samsung Internet also say "Chrome"; Chrome on iOS says "Safari".
const browserPatterns: ReadonlyArray<[BrowserName, RegExp]> = [
  ['edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['opera', /\bOPR\/(\d+)/],
  ['samsung', /\bSamsungBrowser\/(\d+)/],
  ['firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['chrome', /(?:\b|Headless)(?:Chrome|CriOS|Chromium)\/(\d+)/],
  ['safari', /\bVersion\/(\d+(?:\.\d+)?).*Safari\//],
]

function deviceOf(ua: string, system: SystemName, touch: number): BrowserInfo['device'] {
  if (/iPad/.test(ua) || (system === 'ios' && /Macintosh/.test(ua) && touch > 1)) return 'tablet'
  if (system === 'ios') return 'phone'
  // Android phones say "Mobile"; Android tablets leave it out.
  if (system === 'android') return /Mobile/.test(ua) ? 'phone' : 'tablet'
  return 'computer'
}

/** The browser, system and device from the user agent. */
export function readBrowser(facts: NavigatorFacts): BrowserFacts {
  const ua = facts.userAgent
  const touch = facts.maxTouchPoints ?? 0
  const system = systemOf(ua, touch)
  let browser: BrowserName = 'unknown'
  let version = ''
  for (const [name, pattern] of browserPatterns) {
    const match = pattern.exec(ua)
    if (match) {
      browser = name
      version = match[1] ?? ''
      break
    }
  }
  return { browser, version, system, device: deviceOf(ua, system, touch) }
}

/** The report's `browser` field. */
export function browserInfo(facts: BrowserFacts): BrowserInfo {
  return { name: browserLabel(facts.browser), version: facts.version, device: facts.device }
}
