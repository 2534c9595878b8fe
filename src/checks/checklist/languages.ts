import { catalogueOf, type Language, type Msg } from '../../messages/index.js'
import type { ChecklistFile, ChecklistQuestion, LocalText, PracticeQuestion } from './types.js'

/**
 * The languages of a checklist (issue 16). A practice may write any text as a plain string or as
 * a map by language; the client reads their own language, else the practice's first one. Built-in
 * questions speak every language of the catalogue (`checklist.q.<id>.<field>`), so a new
 * language needs no change here.
 */

/** A text in one language: the language asked for, else the first the practice wrote. */
export function textIn(text: LocalText, language: Language): string {
  if (typeof text === 'string') return text
  return text[language] ?? Object.values(text)[0] ?? ''
}

/** The languages a text is written in; a plain string is in no language in particular. */
export function languagesOf(text: LocalText | undefined): string[] {
  return text === undefined || typeof text === 'string' ? [] : Object.keys(text)
}

const fields = ['text', 'why', 'fix'] as const

/** A practice's question in one language. */
export function practiceQuestionIn(question: PracticeQuestion, language: Language): ChecklistQuestion {
  return {
    ...question,
    text: textIn(question.text, language),
    why: textIn(question.why, language),
    fix: textIn(question.fix, language),
  }
}

/** A built-in question in one language, from that language's catalogue. */
export function builtInQuestionIn(
  question: Omit<ChecklistQuestion, 'text' | 'why' | 'fix'>,
  language: Language,
): ChecklistQuestion {
  const catalogue = catalogueOf(language) as Readonly<Record<string, string | undefined>>
  const wordOf = (field: (typeof fields)[number]): string => {
    const key = `checklist.q.${question.id}.${field}`
    const words = catalogue[key]
    if (words === undefined) throw new Error(`There is no sentence "${key}" in the ${language} catalogue.`)
    return words
  }
  return { ...question, text: wordOf('text'), why: wordOf('why'), fix: wordOf('fix') }
}

/** The practice's name and welcome line, in one language. */
export function practiceIn(
  checklist: Pick<ChecklistFile, 'practice' | 'welcome'> | undefined,
  language: Language,
): { name: string; welcome?: string } | undefined {
  if (checklist?.practice === undefined) return undefined
  const welcome = checklist.welcome === undefined ? undefined : textIn(checklist.welcome, language)
  return { name: textIn(checklist.practice, language), ...(welcome ? { welcome } : {}) }
}

/** One text that lacks a language other texts of the same file have. */
export interface MissingLanguage {
  /** Where, as `checklist validate` says it, in the reader's language: "practice", "text" in question 2 ("quiet-room"). */
  field: (m: Msg) => string
  language: string
  /** The language the client will read there instead. */
  fallback: string
}

/**
 * The texts that leave out a language the file uses elsewhere, for `checklist validate`'s
 * warnings. Plain strings count as every language (the practice wrote one text for everybody).
 */
export function missingLanguages(checklist: ChecklistFile): {
  languages: string[]
  missing: MissingLanguage[]
} {
  const top = (name: string) => (m: Msg) => m('error.field.top', { name })
  const texts: Array<{ field: (m: Msg) => string; text: LocalText | undefined }> = [
    { field: top('practice'), text: checklist.practice },
    { field: top('welcome'), text: checklist.welcome },
    ...checklist.questions.flatMap((question, index) =>
      fields.map((field) => ({
        field: (m: Msg) =>
          m('error.field.inQuestion', {
            field,
            question: m('error.field.questionWithId', { number: index + 1, id: question.id }),
          }),
        text: question[field],
      })),
    ),
  ]
  const languages = [...new Set(texts.flatMap(({ text }) => languagesOf(text)))]
  const missing = texts.flatMap(({ field, text }) => {
    const own = languagesOf(text)
    if (own.length === 0) return []
    return languages
      .filter((language) => !own.includes(language))
      .map((language) => ({ field, language, fallback: own[0] ?? '' }))
  })
  return { languages, missing }
}
