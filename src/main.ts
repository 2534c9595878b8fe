import { CommanderError, type Command } from 'commander'
import { messagesFor, type Language, type Msg } from './messages/index.js'
import { InterruptedError, UsageError } from './errors.js'
import { chooseLanguage } from './cli/options.js'
import { langFlagOf } from './cli/lang-flag.js'
import { helpWordsFor } from './messages/help.js'
import { createProgram } from './cli/program.js'
import { describeCommanderError } from './cli/commander-errors.js'
import { debugDetail, SHOW_CURSOR, terminalOf } from './cli/shared.js'
import type { Io } from './io.js'
import type { MainDeps } from './commands/run.js'
import { ExitCode } from './report/exit-code.js'
import { sanitizeMessage } from './text/sanitize.js'
import { toolVersion } from './version.js'
import { TOOL_NAME } from './tool.js'

export type { MainDeps }

export { langFlagOf } from './cli/lang-flag.js'

/** The width commander wraps help to: the terminal's, at most 80 columns; 80 when not a terminal. */
function helpWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return Math.min(stream.isTTY && stream.columns ? stream.columns : 80, 80)
}

function describeUnexpected(error: unknown, debug: boolean, words: Msg): string {
  const problem = sanitizeMessage(error instanceof Error ? error.message : String(error))
  // The error's own text may end a sentence already: then the sentence that quotes it adds no full stop.
  const line = words(problem.endsWith('.') ? 'main.unexpectedSentence' : 'main.unexpected', { problem })
  return debug ? `${line}\n${debugDetail(error).trimEnd()}`.trimEnd() : line
}

/**
 * The whole program: parse argv, run, render, and return the exit code. Never throws, never
 * calls process.exit (except on Ctrl-C), and prints errors as one line on stderr.
 */
export async function main(argv: readonly string[], io: Io, deps: MainDeps = {}): Promise<number> {
  let exitCode: number = ExitCode.Ready
  let commanderError = ''
  const debug = argv.includes('--debug')
  // The language is decided once, here, before anything is said: every sentence from now on,
  // commander's errors included, is in it (issue 22). A bad --lang is said in the environment's language.
  let lang: Language
  try {
    lang = chooseLanguage(langFlagOf(argv), terminalOf(io))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`${TOOL_NAME}: ${sanitizeMessage(error.message)}\n`)
    return ExitCode.CouldNotRun
  }
  const say = messagesFor(lang)
  const program = createProgram(
    toolVersion(),
    {
      run: async (flags) => {
        const { runReport } = await import('./commands/run.js')
        exitCode = await runReport(flags, io, deps, lang)
      },
      serve: async (flags) => {
        const { runServe } = await import('./commands/serve.js')
        exitCode = await runServe(flags, io, lang, deps.fetch)
      },
      link: async (url, flags) => {
        const [{ linkRunFlags }, { runReport }] = await Promise.all([
          import('./commands/link.js'),
          import('./commands/run.js'),
        ])
        exitCode = await runReport(linkRunFlags(url, flags), io, deps, lang)
      },
      checklistInit: async (file, flags) => {
        const { runChecklistInit } = await import('./commands/checklist.js')
        // The starter file's comments and example texts are in the run's language, as is what is said.
        exitCode = await runChecklistInit(file, flags, io, say)
      },
      checklistValidate: async (source) => {
        const { runChecklistValidate } = await import('./commands/checklist.js')
        exitCode = await runChecklistValidate(source, io, deps.fetch, lang)
      },
    },
    helpWordsFor(lang),
  )
  // Every command, subcommands included, ends through here: a usage error is one line and exit 2
  // (commander's own default for a subcommand would be exit 1, which CI reads as "not ready").
  const everyCommand = (command: Command): Command[] => [command, ...command.commands.flatMap(everyCommand)]
  for (const command of everyCommand(program)) {
    command.exitOverride()
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => (commanderError += text),
      outputError: (text) => (commanderError += text),
      // Help is wrapped to 80 columns at most (a narrower terminal: its width), so that a wide
      // terminal gets the help the build wrote in and answers before the program loads
      // (src/early-answer.ts); lines longer than 80 characters are harder to read anyway.
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
    })
  }
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) {
        if (commanderError) io.stdout.write(commanderError)
        return ExitCode.Ready
      }
      if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') {
        // A command that needs a subcommand was given none (`checklist` alone): name the choices.
        const parent = program.commands.find((command) => argv.includes(command.name()))
        const choices = parent?.commands.map((command) => command.name()) ?? []
        const sentence = parent
          ? say('main.usage.needsSubcommand', { parent: parent.name(), choices: choices.join(', ') })
          : say('main.usage.missingCommand')
        io.stderr.write(`${TOOL_NAME}: ${sentence}\n`)
        return ExitCode.CouldNotRun
      }
      io.stderr.write(`${TOOL_NAME}: ${describeCommanderError(error, program, argv, say)}\n`)
      if (debug) io.stderr.write(`${sanitizeMessage(commanderError || error.message)}\n`)
      return ExitCode.CouldNotRun
    }
    if (error instanceof InterruptedError) {
      if (io.stderr.isTTY) io.stderr.write(SHOW_CURSOR)
      return error.exitCode
    }
    if (error instanceof UsageError) {
      io.stderr.write(`${TOOL_NAME}: ${sanitizeMessage(error.sentenceIn(say))}\n`)
      if (debug) io.stderr.write(debugDetail(error.cause))
      return ExitCode.CouldNotRun
    }
    io.stderr.write(describeUnexpected(error, debug, say) + '\n')
    return ExitCode.CouldNotRun
  }
}
