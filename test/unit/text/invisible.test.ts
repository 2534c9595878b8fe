import { describe, expect, it } from 'vitest'
import { analyseLink } from '../../../src/checks/link/analyse.js'
import { parseLinkInput } from '../../../src/checks/link/parse-link.js'
import { hasUnsafeCharacters, sanitizeMessage, sanitizeText } from '../../../src/text/sanitize.js'

// Issue 14: characters that drew nothing (or a blank) reached the terminal and every export.
const invisible: Array<[string, string]> = [
  ['Braille blank U+2800', '\u2800'],
  ['Hangul filler U+3164', '\u3164'],
  ['Hangul choseong filler U+115F', '\u115f'],
  ['Hangul jungseong filler U+1160', '\u1160'],
  ['halfwidth Hangul filler U+FFA0', '\uffa0'],
  ['zero-width space U+200B', '\u200b'],
  ['zero-width non-joiner U+200C', '\u200c'],
  ['zero-width joiner U+200D', '\u200d'],
  ['word joiner U+2060', '\u2060'],
  ['soft hyphen U+00AD', '\u00ad'],
  ['combining grapheme joiner U+034F', '\u034f'],
  ['Mongolian vowel separator U+180E', '\u180e'],
  ['tag character U+E0041', '\u{e0041}'],
  ['cancel tag U+E007F', '\u{e007f}'],
  ['left-to-right mark U+200E', '\u200e'],
  ['right-to-left override U+202E', '\u202e'],
]

describe('the sanitizer removes invisible and blank-looking characters', () => {
  it.each(invisible)('%s', (_name, char) => {
    expect(sanitizeText(`Safe${char}${char}Room`)).toBe('SafeRoom')
    expect(hasUnsafeCharacters(sanitizeText(`a${char}b`))).toBe(false)
  })

  it('folds runs of every kind of space into one', () => {
    expect(sanitizeText('a \u00a0\u2003\u3000\t\n b')).toBe('a b')
  })

  it('a practice welcome cannot push a fake verdict onto a line of its own', () => {
    const welcome = `Welcome.${'\u2800'.repeat(72)}✔ You're ready for your session.`
    const cleaned = sanitizeText(welcome)
    expect(cleaned).toBe("Welcome.✔ You're ready for your session.")
    expect(cleaned).not.toMatch(/\u2800/)
  })

  it('error messages keep their length but lose escapes and line breaks', () => {
    const message = `Could not fetch: the server answered 500 \u001b]0;owned\u0007\u001b[2J\u001b[31mCall 1-555-0100\u001b[0m\n\u001b]8;;https://evil\u001b\\here\u001b]8;;\u001b\\.`
    expect(sanitizeMessage(message)).toBe('Could not fetch: the server answered 500 Call 1-555-0100 here.')
    expect(Array.from(sanitizeMessage('x'.repeat(900)))).toHaveLength(900)
  })
})

// Issue 23: the sanitizer removed every zero-width joiner, so an emoji made of several (a health
// worker, a rainbow flag, a family) fell apart into two or three glyphs in a practice's welcome.
describe('a zero-width joiner is kept only between two emoji', () => {
  it.each([
    ['health worker 👩‍⚕️', '👩\u200d⚕\ufe0f'],
    ['health worker with a skin tone 👩🏽‍⚕️', '👩\u{1f3fd}\u200d⚕\ufe0f'],
    ['rainbow flag 🏳️‍🌈', '🏳\ufe0f\u200d🌈'],
    ['family 👨‍👩‍👧', '👨\u200d👩\u200d👧'],
    ['heart on fire ❤️‍🔥', '❤\ufe0f\u200d🔥'],
  ])('%s stays one emoji', (_name, emoji) => {
    expect(sanitizeText(`Welcome ${emoji} see you soon`)).toBe(`Welcome ${emoji} see you soon`)
    expect(hasUnsafeCharacters(emoji)).toBe(false)
  })

  it.each([
    ['between two letters', 'pay\u200dpal', 'paypal'],
    ['after an emoji, before a letter', '👩\u200dx', '👩x'],
    ['before an emoji, after a letter', 'x\u200d👩', 'x👩'],
    ['at the start and the end', '\u200d👩\u200d', '👩'],
    ['beside another invisible', '👩\u200b\u200d⚕', '👩⚕'],
    ['two in a row', '👩\u200d\u200d⚕', '👩⚕'],
    ['between digits and emoji-like symbols that are not pictographs', '1\u200d#', '1#'],
  ])('removed %s', (_name, text, cleaned) => {
    expect(sanitizeText(text)).toBe(cleaned)
    expect(hasUnsafeCharacters(text)).toBe(true)
  })

  it('a cut inside an emoji sequence leaves no joiner behind', () => {
    const cut = sanitizeText(`${'a'.repeat(7)}👨\u200d👩\u200d👧`, 10)
    expect(cut).not.toMatch(/\u200d/)
    expect(cut.endsWith('…')).toBe(true)
  })
})

describe('the link check reads links without the sanitizer, so keeping emoji joiners changes nothing there', () => {
  it.each([
    ['a joiner between letters', 'https://pay\u200dpal.com/x'],
    ['a joiner between two emoji', 'https://\u{1f469}\u200d\u2695\ufe0f.example/x'],
  ])('%s in a host: not a web link, as a browser reads it', (_name, link) => {
    expect(parseLinkInput(link)).toEqual({ ok: false, problem: 'not-a-url' })
  })

  it('a joiner in a path does not touch the verdict on the host', () => {
    const plain = analyseLink(new URL('https://zoom.us/j/1'))
    const joined = analyseLink(new URL('https://zoom.us/j/\u{1f469}\u200d\u2695\ufe0f'))
    expect(joined.findings).toEqual(plain.findings)
  })
})
