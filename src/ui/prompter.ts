import { InterruptedError } from '../errors.js'
import type { Msg } from '../messages/index.js'
import type { ConfirmWords } from './confirm.js'
import { defined } from '../defined.js'

/** A choice in a select prompt. */
export interface Choice<T extends string> {
  value: T
  name: string
  description?: string
}

/** The prompts a check may use. The real one wraps inquirer; tests pass a fake. */
export interface Prompter {
  /** A yes/no question with no default: it returns only once "yes" or "no" was typed. */
  confirm(question: { message: string }): Promise<boolean>
  select<T extends string>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>
}

/**
 * Hooks around every question: the progress line must not draw over it, and the keyboard (held by
 * the run while it measures, src/ui/keyboard.ts) is handed to it with nothing typed before it.
 */
export interface PromptHooks {
  beforePrompt(): void
  afterPrompt(): void
}

/** How prompts may look: the same colour and symbol decisions as the report (src/cli/options.ts). */
export interface PromptLook {
  color: boolean
  unicode: boolean
  /** The person's language, for the yes/no hint, the answers and the line that asks again. */
  msg: Msg
}

/** The yes/no words of a language, from its catalogue. */
export function confirmWords(say: Msg): ConfirmWords {
  const list = (text: string): string[] =>
    text
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean)
  return {
    hint: say('prompt.hint'),
    again: say('prompt.again'),
    yesWords: list(say('prompt.yesWords')),
    noWords: list(say('prompt.noWords')),
    yes: say('prompt.yes'),
    no: say('prompt.no'),
  }
}

/**
 * Inquirer's theme without colour, for --no-color: inquirer itself only reads NO_COLOR and the
 * terminal, so the flag has to reach it this way. The words and brackets stay; only colour goes.
 */
function plainTheme(unicode: boolean) {
  const same = (text: string): string => text
  return {
    prefix: { idle: '?', done: unicode ? '✔' : 'v' },
    style: {
      answer: same,
      message: same,
      help: same,
      highlight: same,
      error: (text: string) => `> ${text}`,
      defaultAnswer: (text: string) => `(${text})`,
      key: (text: string) => `<${text}>`,
    },
  }
}

function isExitPrompt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
}

/**
 * The real prompter: inquirer's confirm and select, loaded only when a question is asked.
 * Ctrl-C inside a prompt (raw mode, so no SIGINT) becomes an InterruptedError, which exits 130;
 * inquirer restores the terminal and the cursor itself before it rejects.
 */
export function createInquirerPrompter(
  hooks: PromptHooks,
  signal: AbortSignal | undefined,
  look: PromptLook,
): Prompter {
  const theme = look.color ? undefined : plainTheme(look.unicode)
  async function ask<T>(show: () => Promise<T>): Promise<T> {
    hooks.beforePrompt()
    try {
      return await show()
    } catch (error) {
      if (isExitPrompt(error)) throw new InterruptedError()
      throw error
    } finally {
      hooks.afterPrompt()
    }
  }
  return {
    async confirm(question) {
      const { confirmPrompt } = await import('./confirm.js')
      const words = confirmWords(look.msg)
      return ask(() => confirmPrompt({ message: question.message, words, ...defined({ theme }) }, { signal }))
    },
    async select(question) {
      const { default: select } = await import('@inquirer/select')
      return ask(() =>
        select(
          {
            message: question.message,
            choices: question.choices,
            default: question.default,
            ...defined({ theme }),
          },
          { signal },
        ),
      )
    },
  }
}
