import type { Command, CommanderError } from 'commander'
import type { Msg } from '../messages/index.js'
import { closest } from '../text/closest.js'
import { sanitizeText } from '../text/sanitize.js'

/**
 * Commander's own usage errors, said from the catalogue in the run's language (issue 22): its
 * English sentences ("unknown option '--sesion'", "too many arguments") never reach a person.
 * The word the person typed is quoted back cleaned; a near miss gets "did you mean …?", for
 * options and for commands alike (`chekclist init` → checklist).
 */
export function describeCommanderError(
  error: CommanderError,
  program: Command,
  argv: readonly string[],
  say: Msg,
): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? ''
  const word = sanitizeText(quoted, 40)
  const help = say('main.usage.help')
  switch (error.code) {
    case 'commander.unknownOption': {
      const suggestion = closest(word, optionNames(program))
      return suggestion
        ? `${say('main.usage.unknownOptionMean', { option: word, suggestion })} ${help}`
        : `${say('main.usage.unknownOption', { option: word })} ${help}`
    }
    case 'commander.excessArguments':
    case 'commander.unknownCommand': {
      // "too many arguments for 'init'": a command was given more words than it takes. At the top
      // level (no name quoted) the first extra word is a command that does not exist.
      if (error.code === 'commander.excessArguments' && word)
        return `${say('main.usage.tooManyFor', { word })} ${help}`
      const typed = sanitizeText(word || firstPositional(argv, program), 40)
      const suggestion = closest(
        typed,
        program.commands.map((command) => command.name()),
      )
      if (suggestion) return `${say('main.usage.unknownCommandMean', { word: typed, suggestion })} ${help}`
      return typed
        ? `${say('main.usage.unknownCommand', { word: typed })} ${help}`
        : `${say('main.usage.tooMany')} ${help}`
    }
    case 'commander.missingArgument':
      return `${say('main.usage.missingArgument', { argument: word })} ${help}`
    case 'commander.optionMissingArgument':
      return `${say('main.usage.optionNeedsValue', { option: optionOf(error.message) })} ${help}`
    default:
      return `${say('main.usage.other')} ${help}`
  }
}

/** Every long option of the program and its commands, for "did you mean". */
function optionNames(program: Command): string[] {
  const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)]
  return [
    ...new Set(all(program).flatMap((command) => command.options.flatMap((option) => option.long ?? []))),
  ]
}

/** Commander says "too many arguments" without the word: the first word on the line that is not an option or its value. */
function firstPositional(argv: readonly string[], program: Command): string {
  const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)]
  const takesValue = new Set(
    all(program)
      .flatMap((command) => command.options)
      .filter((option) => option.required || option.optional)
      .flatMap((option) => [option.long, option.short].filter((name): name is string => Boolean(name))),
  )
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--') return argv[index + 1] ?? ''
    if (arg.startsWith('-')) {
      if (!arg.includes('=') && takesValue.has(arg)) index++
      continue
    }
    return arg
  }
  return ''
}

/** "option '--server <url>' argument missing" → --server. */
function optionOf(message: string): string {
  return sanitizeText(/'(-[^ ']+)/.exec(message)?.[1] ?? '', 40)
}
