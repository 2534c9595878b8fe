import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core'

/** The words of a yes/no question in one language (from the catalogue's `prompt.*` sentences). */
export interface ConfirmWords {
  /** The hint after the question, for example "y/n" or "s/n": no answer is the default. */
  hint: string
  /** What may be typed for each answer, whole: "s", "sí", "si" ... Nothing else counts. */
  yesWords: readonly string[]
  noWords: readonly string[]
  /** The answer shown once chosen. */
  yes: string
  no: string
  /** One short line when the answer was neither: how to answer. */
  again: string
}

export interface ConfirmConfig {
  message: string
  words: ConfirmWords
  /** inquirer's theme (src/ui/prompter.ts passes a colourless one for --no-color). */
  theme?: object
}

/**
 * yes, no, or undefined (ask again), from what was typed. Only a whole listed word counts, in any
 * case and with or without its accent ("Sí", "si", "S"): a stray key, a digit, another word, or
 * Enter alone answers nothing, so no safety question is ever answered by accident (issue 22).
 */
export function answerOf(typed: string, words: ConfirmWords): boolean | undefined {
  const plain = (text: string): string => text.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
  const text = plain(typed)
  if (text === '') return undefined
  const listed = (list: readonly string[]): boolean => list.some((word) => plain(word) === text)
  if (listed(words.noWords)) return false
  if (listed(words.yesWords)) return true
  return undefined
}

/**
 * inquirer's yes/no prompt in the person's language, with no default: @inquirer/confirm reads
 * only "y" and "n", and takes anything else, Enter alone included, as its default. Here only the
 * listed words answer; anything else clears the line and asks again with one short line below
 * the question. Built on @inquirer/core like the original, so the theme and Ctrl-C behave the same.
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
  const [again, setAgain] = useState(false)
  const theme = makeTheme(config.theme as Parameters<typeof makeTheme>[number])
  const prefix = usePrefix({ status, theme })
  useKeypress((key, rl) => {
    if (status !== 'idle') return
    if (isEnterKey(key)) {
      const answer = answerOf(value, config.words)
      if (answer === undefined) {
        // readline has already emptied its line on Enter: the screen and the value agree.
        setValue('')
        setAgain(true)
        return
      }
      setValue(answer ? config.words.yes : config.words.no)
      setAgain(false)
      setStatus('done')
      done(answer)
    } else setValue(rl.line)
  })
  const shown = status === 'done' ? theme.style.answer(value) : value
  const hint = status === 'done' ? '' : ` ${theme.style.defaultAnswer(config.words.hint)}`
  const line = `${prefix} ${theme.style.message(config.message, status)}${hint} ${shown}`
  return again && status === 'idle' ? [line, theme.style.error(config.words.again)] : line
})
