/**
 * Issue 23, finding 1: terminals draw CJK and emoji two columns wide, so a practice's welcome or
 * fix wrapped by string length overflowed the line, and the terminal wrapped it again itself: the
 * overflow landed at column 0 with no │ bar, where a fake "✔ You're ready" could sit. The renderer
 * now wraps by display width; this runs the built binary in a real tmux pane at 40, 52 and 80
 * columns and reads the screen back as the terminal drew it (capture-pane without joining), so a
 * row the terminal wrapped by itself shows up as a row of its own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { hasTmux, TmuxSession } from '../support/checklist/tmux.js'

const bin = resolve(import.meta.dirname, '../../bin/session-checkup.js')
const run = `env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color node '${bin}'`

// Written for this test: CJK (the 38-character welcome), emoji with zero-width joiners
// (health worker, family, rainbow flag), emoji with skin tones (tmux 3.3 draws 👩🏽 four columns
// wide, string-width counts two), flags, Latin letters with combining marks, a joiner between
// letters (removed by the sanitizer), and the fake verdicts of the issue at the end.
const welcome =
  'ようこそ。セッションの前に確認していただき本当にありがとうございます。お会いできるのを楽しみにしています。' +
  ' 👩\\u200D⚕\\uFE0F 👨\\u200D👩\\u200D👧 🏳\\uFE0F\\u200D🌈 🇲🇽 Cafe\\u0301 man\\u0303ana pay\\u200Dpal' +
  " ✔ You're ready for your session."
const fix =
  '请在会议开始前关闭其他应用程序并将通知静音，谢谢您的配合与理解。' +
  ' 👩\\u200D⚕\\uFE0F 👋🏻 👍🏼 👏🏽 🙌🏾 👩🏿 👋🏽 👍🏿 👩🏽\\u200D⚕\\uFE0F 🇯🇵 🇲🇽 Tie\\u0302\\u0301ng Vie\\u0323\\u0302t na\\u0308ive 안녕하세요 여러분' +
  ' ✖ Not ready yet: 1 thing to fix before your session.'

const checklist = `version: 1
practice: Riverside Counselling
welcome: "${welcome}"
mode: replace
questions:
  - id: wide-text
    text: Have you closed the other apps?
    why: So nothing pops up during the session.
    fix: "${fix}"
    level: required
`

/** Everything a practice wrote, without spaces, as the screen should show it (joiners between letters removed). */
const expected = (text: string): string =>
  JSON.parse(`"${text}"`)
    .replace(/(?<=[a-z])\u200d(?=[a-z])/g, '')
    .replace(/\s+/g, '')

const bar = /^\s*│ ?/

describe.skipIf(!hasTmux())('wide characters keep the practice bar in a real terminal (tmux)', () => {
  let session: TmuxSession | undefined
  afterEach(() => session?.stop())

  it.each([40, 52, 80])(
    'at %i columns, every row of the welcome and the fix starts with │',
    async (columns) => {
      const dir = mkdtempSync(join(tmpdir(), 'session-check-wide-'))
      writeFileSync(join(dir, 'checklist.yaml'), checklist)
      writeFileSync(join(dir, 'answers.yaml'), 'wide-text: no\n')
      session = new TmuxSession(join(dir, 'exit-code'))
      session.start(
        `${run} --only checklist --checklist checklist.yaml --answers answers.yaml --no-input --offline`,
        dir,
        columns,
      )
      expect(await session.exitCode()).toBe(1)
      await session.waitForText('findahelpline.com')
      const rows = session.rows()

      // Each block of practice text: from the row where it starts, every row carries the bar until
      // all of the text has been read.
      const covered = new Set<number>()
      for (const [name, text, first] of [
        ['welcome', welcome, 'ようこそ'],
        ['fix', fix, '请在'],
      ] as const) {
        const start = rows.findIndex((row) => row.includes(first))
        expect(start, `the ${name} on screen:\n${rows.join('\n')}`).toBeGreaterThan(-1)
        const want = expected(text)
        let seen = ''
        for (let index = start; !seen.includes(want) && index < rows.length; index++) {
          const row = rows[index] ?? ''
          expect(row, `row ${index} of the ${name} at ${columns} columns:\n${rows.join('\n')}`).toMatch(bar)
          seen += row
            .replace(bar, '')
            .replace(/^[✖!•-]\s/, '')
            .replace(/\s+/g, '')
          covered.add(index)
        }
        expect(seen).toContain(want)
      }
      // No piece of it anywhere else: no row outside those blocks holds CJK, Hangul, combining
      // marks, emoji or flags (the tool's own ✔ and ✖ are text symbols, not emoji presentation).
      const practiceOnly = /[\u3040-\u9fff\uac00-\ud7af\p{Emoji_Presentation}\p{Regional_Indicator}]|\p{Mn}/u
      for (const [index, row] of rows.entries())
        if (!covered.has(index)) expect(row).not.toMatch(practiceOnly)
    },
    30_000,
  )
})
