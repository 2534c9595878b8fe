import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { renderTerminal } from '../../../src/render/index.js'
import type { Style } from '../../../src/render/style.js'
import { displayWidth, wrapText } from '../../../src/text/wrap.js'
import { mixedReport, practiceReport } from '../../fixtures/reports/sample-reports.js'

const graphemes = (text: string): string[] =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment)

const samples = {
  cjk: `${'安心してご相談ください'.repeat(4)} ✔ You're ready for your session.`,
  emoji: '👋🏽 Welcome 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉 to your session ✅',
  combining: `Bienvenida${'e\u0301'.repeat(60)} a\u0308 o\u0323\u0302 señora`,
  zwj: `Family ${'👨‍👩‍👧‍👦'.repeat(30)} and 🏳️‍🌈 and 🧑🏾‍⚕️ here`,
}

describe('wrapText measures display width, not string length', () => {
  for (const [kind, text] of Object.entries(samples)) {
    it(`keeps every ${kind} line within the columns and never splits a grapheme`, () => {
      for (const width of [2, 5, 9, 18, 37, 40, 52, 80]) {
        const lines = wrapText(text, width)
        for (const line of lines)
          expect(stringWidth(line), `${kind} at ${width}: ${line}`).toBeLessThanOrEqual(width)
        // Cutting only between graphemes: the graphemes of the lines are those of the text.
        expect(lines.flatMap((line) => graphemes(line.replaceAll(' ', '')))).toEqual(
          graphemes(text.split(/\s+/).join('')),
        )
      }
    })
  }

  it('puts two wide characters where four narrow ones fit', () => {
    expect(wrapText('日本語のテキスト', 8)).toEqual(['日本語の', 'テキスト'])
  })
})

describe('the practice bar survives wide text in the terminal report', () => {
  const bar = /^ {2}[│|] /
  for (const [kind, welcome] of Object.entries(samples)) {
    for (const width of [40, 52, 80]) {
      for (const unicode of [true, false]) {
        it(`${kind} welcome at ${width} columns (${unicode ? 'Unicode' : 'ASCII'}): every line fits and carries the bar`, () => {
          const report = { ...practiceReport, practice: { name: 'Riverside Counselling', welcome } }
          const style: Style = { color: false, unicode, width, verbosity: 'normal' }
          const lines = renderTerminal(report, style).split('\n')
          for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width)
          const start = lines.findIndex((line) => line.includes('Riverside'))
          const quote = lines.slice(
            start + 1,
            lines.findIndex((line, i) => i > start && !bar.test(line)),
          )
          expect(quote.length).toBeGreaterThan(0)
          expect(
            quote
              .flatMap((line) => line.replace(bar, '').split(' '))
              .join('')
              .replace(/\u200d|\ufe0f/g, ''),
          ).toBe(
            welcome
              .split(/\s+/)
              .join('')
              .replace(/\u200d|\ufe0f/g, ''),
          )
        })
      }
    }
  }
})

describe('TERM=dumb at 40 columns (ASCII symbols)', () => {
  it('keeps check rows within 40 columns, with no word broken', () => {
    const style: Style = { color: false, unicode: false, width: 40, verbosity: 'normal' }
    const text = renderTerminal(mixedReport, style)
    for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40)
    expect(text).not.toMatch(/Wi-$/m)
    expect(text).not.toMatch(/sessi$/m)
  })
})

// Found by the tmux proof at 40, 52 and 80 columns (test/e2e/wide-text-tmux.test.ts): tmux 3.3 draws
// an emoji with a skin tone as its two parts, four columns, where string-width counts two, and the
// line overflowed onto a row of its own without the practice bar.
describe('an emoji sequence counts as wide as a terminal that draws its parts', () => {
  it.each([
    ['a skin tone', '👩🏽', 4],
    ['a joined health worker', '👩\u200d⚕\ufe0f', 4],
    ['a health worker with a skin tone', '👩🏽\u200d⚕\ufe0f', 6],
    ['a family of three', '👨\u200d👩\u200d👧', 6],
    ['a plain emoji', '👩', 2],
    ['a flag', '🇲🇽', 2],
    ['CJK', '请在', 4],
    ['a combining mark', 'e\u0301', 1],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width)
  })

  it('lines of skin-tone emoji fit even where each is drawn four columns wide', () => {
    const lines = wrapText('👋🏻 👍🏼 👏🏽 🙌🏾 👩🏿 👋🏽 👍🏿 👩🏽 '.repeat(4), 20)
    // Each emoji and its tone drawn apart: 4 columns each, plus the spaces between.
    for (const line of lines)
      expect(line.split(' ').length * 4 + line.split(' ').length - 1).toBeLessThanOrEqual(20)
  })
})
