import { describe, expect, it } from 'vitest'
import { escapeHtml, escapeMarkdown, MAX_TEXT_LENGTH, sanitizeText } from '../../../src/text/sanitize.js'

describe('sanitizeText', () => {
  it.each([
    ['plain', 'Home Wi-Fi', 'Home Wi-Fi'],
    ['CSI colours and screen clear', '\u001b[31mRed\u001b[0m\u001b[2J\u001b[H', 'Red'],
    ['OSC title with BEL', '\u001b]0;owned\u0007Cafe', 'Cafe'],
    ['OSC 8 link with ST', '\u001b]8;;https://evil\u001b\\click\u001b]8;;\u001b\\', 'click'],
    ['C1 CSI', 'a\u009b31mb', 'ab'],
    ['newlines fold to spaces', 'line one\nline two\r\nthree', 'line one line two three'],
    ['bidi override', 'abc\u202Eexe.txt', 'abcexe.txt'],
    ['isolates and marks', '\u2066x\u2069\u200fy', 'xy'],
    ['NUL and DEL', 'a\u0000b\u007fc', 'abc'],
    ['emoji kept', 'Café ☕ 🏠', 'Café ☕ 🏠'],
    ['shell text kept as text', '$(touch /tmp/x) `id`', '$(touch /tmp/x) `id`'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected)
  })

  it('caps long text, counting characters not code units', () => {
    const long = '🏠'.repeat(10_000)
    const cleaned = sanitizeText(long)
    expect(Array.from(cleaned)).toHaveLength(200)
    expect(cleaned.endsWith('…')).toBe(true)
  })

  it('turns null and undefined into empty text', () => {
    expect(sanitizeText(undefined)).toBe('')
    expect(sanitizeText(null)).toBe('')
  })
})

describe('escaping', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
  it('escapes Markdown that would make links, emphasis, HTML or table cells', () => {
    expect(escapeMarkdown('[x](http://e) *b* _i_ <b> a|b `c` # h')).toBe(
      '\\[x\\](http://e) \\*b\\* \\_i\\_ \\<b\\> a\\|b \\`c\\` \\# h',
    )
  })
})

describe('the cap on outside text is exactly MAX_TEXT_LENGTH characters (mutant: the cap boundary)', () => {
  it('keeps text of exactly the cap whole', () => {
    const text = 'x'.repeat(MAX_TEXT_LENGTH)
    expect(sanitizeText(text)).toBe(text)
  })

  it('shortens text one character over the cap to the cap, ending in an ellipsis', () => {
    const cut = sanitizeText('x'.repeat(MAX_TEXT_LENGTH + 1))
    expect(Array.from(cut)).toHaveLength(MAX_TEXT_LENGTH)
    expect(cut).toBe(`${'x'.repeat(MAX_TEXT_LENGTH - 1)}…`)
  })

  it('counts characters, not UTF-16 units', () => {
    const houses = '🏠'.repeat(MAX_TEXT_LENGTH)
    expect(sanitizeText(houses)).toBe(houses)
  })

  it('honours a smaller cap at its boundary too', () => {
    expect(sanitizeText('abcde', 5)).toBe('abcde')
    expect(sanitizeText('abcdef', 5)).toBe('abcd…')
  })
})
