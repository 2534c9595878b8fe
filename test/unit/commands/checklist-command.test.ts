import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../../src/main.js'
import { createCapturedIo } from '../../support/checklist/fake-io.js'

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'session-check-cmd-'))
}

describe('session-check checklist init', () => {
  it('writes a commented starter file that validates', async () => {
    const cwd = freshDir()
    const io = createCapturedIo(cwd)
    expect(await main(['checklist', 'init'], io)).toBe(0)
    expect(io.out()).toBe(
      'Wrote a starter checklist to session-checklist.yaml.\nEdit it, then check it with: npx session-checkup checklist validate session-checklist.yaml\n',
    )
    const text = readFileSync(join(cwd, 'session-checklist.yaml'), 'utf8')
    for (const field of [
      'version:',
      'practice:',
      'welcome:',
      'mode:',
      'questions:',
      'id:',
      'text:',
      'why:',
      'fix:',
      'level:',
      'sessions:',
    ]) {
      const line = text.split('\n').findIndex((l) => l.trimStart().replace(/^- /, '').startsWith(field))
      expect(line, field).toBeGreaterThan(0)
      // Every field has a comment just above it (the list item's comment sits above "- id").
      expect(text.split('\n')[line - 1]?.trimStart().startsWith('#'), field).toBe(true)
    }
    // Unedited, it would show clients "Your Practice Name": validate names that line and exits 2.
    const unedited = createCapturedIo(cwd)
    expect(await main(['checklist', 'validate', 'session-checklist.yaml'], unedited)).toBe(2)
    const line = text.split('\n').findIndex((l) => l.startsWith('practice:')) + 1
    expect(unedited.out()).toBe(
      `session-checklist.yaml has 1 problem:\n  line ${line}: "practice" is still the starter's placeholder "Your Practice Name"; put your practice's own name there, as clients see it at the top of their report.\n`,
    )
    // With the name filled in, it validates, and does not trigger its own "more than 8 questions" note.
    writeFileSync(
      join(cwd, 'session-checklist.yaml'),
      text.replace('practice: Your Practice Name', 'practice: Riverside Counselling'),
    )
    const check = createCapturedIo(cwd)
    expect(await main(['checklist', 'validate', 'session-checklist.yaml'], check)).toBe(0)
    expect(check.out()).toMatch(
      /^session-checklist.yaml is a valid checklist\.\n {2}Practice: Riverside Counselling\n/,
    )
    expect(check.out()).not.toContain('more than 8 questions')
  })

  it('refuses to overwrite a file without --force', async () => {
    const cwd = freshDir()
    writeFileSync(join(cwd, 'mine.yaml'), 'practice: Mine\n')
    const io = createCapturedIo(cwd)
    expect(await main(['checklist', 'init', 'mine.yaml'], io)).toBe(2)
    expect(io.err()).toBe(
      'session-checkup: mine.yaml already exists, so it was left as it is; add --force to replace it.\n',
    )
    expect(readFileSync(join(cwd, 'mine.yaml'), 'utf8')).toBe('practice: Mine\n')
    expect(await main(['checklist', 'init', 'mine.yaml', '--force'], createCapturedIo(cwd))).toBe(0)
    expect(readFileSync(join(cwd, 'mine.yaml'), 'utf8')).toMatch(/^# A checklist for session-checkup/)
  })

  it('refuses a name that is not YAML, a folder, and a missing folder', async () => {
    const cwd = freshDir()
    mkdirSync(join(cwd, 'folder.yaml'))
    const cases: Array<[string, string]> = [
      [
        'list.json',
        'session-checkup: checklist init writes YAML, so the file name must end in .yaml or .yml; you gave list.json.\n',
      ],
      ['folder.yaml', 'session-checkup: Cannot write the checklist to folder.yaml: that is a folder.\n'],
      [
        'nowhere/list.yaml',
        'session-checkup: Could not write the checklist to nowhere/list.yaml: the folder does not exist; check the folder name, or create the folder first.\n',
      ],
    ]
    for (const [name, message] of cases) {
      const io = createCapturedIo(cwd)
      expect(await main(['checklist', 'init', name], io)).toBe(2)
      expect(io.err()).toBe(message)
    }
  })
})

describe('session-check checklist validate', () => {
  it('lists every problem with its field and line, and exits 2', async () => {
    const cwd = freshDir()
    writeFileSync(
      join(cwd, 'bad.yaml'),
      'mode: merge\nquestions:\n  - id: door\n    text: Door?\n    fix: Close it.\n  - id: door\n    text: Again?\n    why: W.\n    fix: F.\n    colour: red\n',
    )
    const io = createCapturedIo(cwd)
    expect(await main(['checklist', 'validate', 'bad.yaml'], io)).toBe(2)
    expect(io.out()).toBe(
      [
        'bad.yaml has 4 problems:',
        '  line 1: "mode" must be keep, add or replace; it is "merge".',
        '  line 3: Question 1 ("door") is missing "why".',
        '  line 6: Question 2 has the id "door", which question 1 already uses; each question needs its own id.',
        '  line 10: Question 2 ("door") has a field "colour" that checklists do not use; the fields are id, text, why, fix, level, sessions.',
        '',
      ].join('\n'),
    )
  })

  it('says what a valid file asks in each kind of session', async () => {
    const cwd = freshDir()
    writeFileSync(
      join(cwd, 'ok.json'),
      JSON.stringify({
        practice: 'Riverside',
        mode: 'replace',
        questions: [{ id: 'a', text: 'A?', why: 'W.', fix: 'F.', sessions: ['audio'] }],
      }),
    )
    const io = createCapturedIo(cwd)
    expect(await main(['checklist', 'validate', 'ok.json'], io)).toBe(0)
    expect(io.out()).toBe(
      [
        'ok.json is a valid checklist.',
        '  Practice: Riverside',
        '  Mode:     replace (only your 1 question)',
        '  A video session asks none of these questions.',
        '  An audio session asks 1: a (yours)',
        '  A text session asks none of these questions.',
        '',
      ].join('\n'),
    )
  })

  // Issue 22: "Asks: 8 in a video session" did not say which, nor that the practice's own question
  // was never asked. Now each kind of session lists its questions and names those left out.
  it('lists the questions each kind of session asks, and names the built-in ones left out', async () => {
    const cwd = freshDir()
    const init = createCapturedIo(cwd)
    expect(await main(['checklist', 'init'], init)).toBe(0)
    const path = join(cwd, 'session-checklist.yaml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('Your Practice Name', 'Riverside Counselling'))
    const io = createCapturedIo(cwd)
    expect(await main(['checklist', 'validate', 'session-checklist.yaml'], io)).toBe(0)
    expect(io.out()).toContain(
      [
        '  A video session asks 8: private-space, safe-not-driving, know-location, headphones, callback-number, devices-silenced, smart-speakers, intake-form (yours)',
        '    Left out, so the list stays at 8 questions (yours are always asked): secure-network',
        '  An audio session asks 8: private-space, safe-not-driving, know-location, headphones, backup-plan, devices-silenced, smart-speakers, intake-form (yours)',
        '    Left out, so the list stays at 8 questions (yours are always asked): microphone-ready',
        '  A text session asks 8: private-space, safe-not-driving, know-location, callback-number, own-device, devices-silenced, secure-network, intake-form (yours)',
      ].join('\n'),
    )
  })

  it('says plainly that a language other than en and es is never chosen, and notes no gap in it', async () => {
    const cwd = freshDir()
    writeFileSync(
      join(cwd, 'fr.yaml'),
      'practice: { en: Riverside, fr: Riverside FR }\nmode: replace\nquestions:\n  - id: door\n    text: { en: Door closed?, fr: Porte fermée? }\n    why: W.\n    fix: { en: Close it. }\n',
    )
    const io = createCapturedIo(cwd)
    expect(await main(['checklist', 'validate', 'fr.yaml'], io)).toBe(0)
    expect(io.out()).toContain('  Languages: en, fr\n')
    expect(io.out()).toContain(
      "  Note: session-checkup speaks only en and es, so no client reads fr by choice: a text in fr is shown only where it comes first and the client's own language is missing.\n",
    )
    expect(io.out()).not.toContain('no "fr" text')
  })

  it('refuses an http URL with one sentence and exit 2', async () => {
    const io = createCapturedIo(freshDir())
    expect(await main(['checklist', 'validate', 'http://127.0.0.1:9/list.yaml'], io)).toBe(2)
    expect(io.err()).toMatch(
      /^session-checkup: The checklist address http:\/\/127.0.0.1:9\/list.yaml uses http, which is not allowed/,
    )
  })
})
