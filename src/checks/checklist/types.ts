import type { Msg } from '../../messages/index.js'
import type { CheckId, SessionType, Status } from '../../report/model.js'

/** required: a "no" means not ready. advisory: a "no" is a caution. */
export type QuestionLevel = 'required' | 'advisory'

/** One yes/no question. Every question is answered yes or no, never with free text. */
export interface ChecklistQuestion {
  /** Stable key, used in --answers files and in the JSON report. */
  id: string
  /** The question, phrased so that "yes" is the ready answer. */
  text: string
  /** Why it matters, in one sentence. */
  why: string
  /** What to do when the answer is no, in one sentence. */
  fix: string
  level: QuestionLevel
  /** The session types it is asked in. */
  sessions: readonly SessionType[]
  /** Not asked when this automatic check already found the answer (for example Wi-Fi protection). */
  answeredBy?: { check: CheckId; status: Status }
  /** `practice` when the words come from a practice's checklist file: the report shows them under its name. */
  from?: 'practice'
  /** What the fix is about, when another check gives the same advice (see AdviceStep.topic). */
  topic?: string
}

/** A built-in question, with where the guidance comes from. */
export interface DefaultQuestion extends Omit<ChecklistQuestion, 'text' | 'why' | 'fix'> {
  /** Who asks clients this (see shared/research/apps-checklist.md, sections 5 and 6). */
  sources: readonly string[]
}

export type ChecklistMode = 'keep' | 'add' | 'replace'

/**
 * A practice's text in one language or several (issue 16): "Is the door closed?", or
 * {en: "Is the door closed?", es: "¿Está cerrada la puerta?"}. The client reads their own
 * language, else the first one the practice wrote (src/checks/checklist/languages.ts).
 */
export type LocalText = string | Readonly<Record<string, string>>

/** A question as a practice's file gives it: its words may come in several languages. */
export type PracticeQuestion = Omit<ChecklistQuestion, 'text' | 'why' | 'fix'> & {
  text: LocalText
  why: LocalText
  fix: LocalText
}

/** A practice's checklist file once it has been read and checked. */
export interface ChecklistFile {
  version?: 1
  practice?: LocalText
  welcome?: LocalText
  /** Hosts of the video platforms the practice uses (issue 17), e.g. doxy.me or yourpractice.zoom.us. */
  meetingHosts?: string[]
  mode: ChecklistMode
  questions: PracticeQuestion[]
}

/** yes or no, from the person or from an --answers file. */
export type Answer = 'yes' | 'no'

/** A problem in a checklist or answers file: where it is, and what is wrong, in one sentence. */
export interface FileProblem {
  /** 1-based line, when the problem has a place in the file. */
  line?: number
  /** JSON pointer to the field, for example /questions/2/why. */
  path: string
  /** The field in words, for example `"why" in question 3`. */
  field: string
  /** A full sentence saying what is wrong and, where it helps, what would be right. */
  message: string
  /** The same sentence in any language (the catalogue's), where it has one; `message` is the English. */
  words?: (m: Msg) => string
}
