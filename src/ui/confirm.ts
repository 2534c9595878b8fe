import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core'

/** The words of a yes/no question in one language (from the catalogue's `prompt.*` sentences). */
export interface ConfirmWords {
  /** The hint after the question, for example "Y/n" or "S/n". */
  hintYes: string
  hintNo: string
  /** What may be typed for each answer: an answer starting with one of these words counts. */
  yesWords: readonly string[]
  noWords: readonly string[]
  /** The answer shown once chosen. */
  yes: string
  no: string
}

export interface ConfirmConfig {
  message: string
  default?: boolean
  words: ConfirmWords
  /** inquirer's theme (src/ui/prompter.ts passes a colourless one for --no-color). */
  theme?: object
}

/** yes, no, or the default, from what was typed ("sí", "s", "Yes", "n" ...). */
export function answerOf(typed: string, words: ConfirmWords, fallback: boolean): boolean {
  const text = typed.trim().toLowerCase()
  if (text === '') return fallback
  // "no" is looked at first: in English "n" and "no" must not be read as the start of a yes.
  const matches = (list: readonly string[]): boolean =>
    list.some((word) => word !== '' && text.startsWith(word.toLowerCase()))
  if (matches(words.noWords)) return false
  if (matches(words.yesWords)) return true
  return fallback
}

/**
 * inquirer's yes/no prompt in the person's language: @inquirer/confirm reads only "y" and "n" and
 * answers "Yes"/"No", so a Spanish "s" would fall to the default. Same look, same keys (Enter
 * answers), built on @inquirer/core like the original, so the theme and Ctrl-C behave the same.
 */
/**
 * inquirer's Prompt type, spelled out: the types the package ships must not name @inquirer/type,
 * which the published build carries inside itself.
 */
type ConfirmPrompt = (
  config: ConfirmConfig,
  context?: {
    input?: NodeJS.ReadableStream
    output?: NodeJS.WritableStream
    clearPromptOnDone?: boolean
    signal?: AbortSignal
  },
) => Promise<boolean> & { cancel: () => void }

export const confirmPrompt: ConfirmPrompt = createPrompt<boolean, ConfirmConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle')
  const [value, setValue] = useState('')
  const theme = makeTheme(config.theme as Parameters<typeof makeTheme>[number])
  const prefix = usePrefix({ status, theme })
  const fallback = config.default !== false
  useKeypress((key, rl) => {
    if (status !== 'idle') return
    if (isEnterKey(key)) {
      const answer = answerOf(value, config.words, fallback)
      setValue(answer ? config.words.yes : config.words.no)
      setStatus('done')
      done(answer)
    } else setValue(rl.line)
  })
  const shown = status === 'done' ? theme.style.answer(value) : value
  const hint =
    status === 'done'
      ? ''
      : ` ${theme.style.defaultAnswer(fallback ? config.words.hintYes : config.words.hintNo)}`
  return `${prefix} ${theme.style.message(config.message, status)}${hint} ${shown}`
})
