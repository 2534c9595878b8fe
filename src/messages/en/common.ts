/** English: common (the whole catalogue is src/messages/en/index.ts). */
export const common = {
  // src/checks/run-checks.ts: a check that could not finish.
  'run.error.advice':
    'Run {command} again. If this keeps happening, your session can still go ahead; tell your therapist which part could not be checked.',
  'run.error.timeout': 'This check took longer than {seconds} seconds, so it was stopped.',
  'run.error.timeoutMs': 'This check took longer than {milliseconds} milliseconds, so it was stopped.',
  'run.error.crash': 'This check stopped unexpectedly, so this part could not be checked.',

  // Lists: "Zoom", "Zoom and Skype", "Zoom, Skype and Teams".
  'list.and': '{rest} and {last}',
  'list.comma': '{first}, {next}',

  // ── Check titles and progress activities, the header and the progress line.
  // The languages by their own names, for `--lang`'s error ("es (español)").
  'language.name': 'English',
  'language.choice': '{code} ({name})',
  'language.unsupported': '--lang takes one of these languages: {languages}; you gave "{value}".',

  // The live progress line on stderr: what is running, and the seconds so far.
  'progress.line': '{activities} … {seconds}s',
  'progress.finishing': 'Finishing',

  // A yes/no question in the terminal: the hint after it, the words it accepts, the answer it shows.
  'prompt.hint': 'y/n',
  'prompt.again': 'Please type y for yes or n for no, then press Enter.',
  'prompt.yesWords': 'y, yes',
  'prompt.noWords': 'n, no',
  'prompt.yes': 'Yes',
  'prompt.no': 'No',
  // Commander's usage errors (src/cli/commander-errors.ts): {option} and {word} are what the person typed.
  'main.usage.unknownOption': 'There is no option {option}.',
  'main.usage.unknownOptionMean': 'There is no option {option}. Did you mean {suggestion}?',
  'main.usage.unknownCommand': '"{word}" is not a command of {app}.',
  'main.usage.unknownCommandMean': '"{word}" is not a command of {app}. Did you mean {suggestion}?',
  'main.usage.tooMany': 'There are more words on the command line than {app} expects.',
  'main.usage.missingArgument': 'One word is missing at the end of the command: the {argument}.',
  'main.usage.tooManyFor': 'There are more words after "{word}" than it takes; remove the extra ones.',
  'main.usage.optionNeedsValue': '{option} needs a value after it.',
  'main.usage.other': 'That command line could not be read.',
  'main.usage.help': 'Run {command} --help to see the options.',
  'main.usage.needsSubcommand':
    '"{parent}" needs one of: {choices}. Run {command} {parent} --help to see them.',
  'main.usage.missingCommand': 'A command is missing. Run {command} --help to see them.',
  // Flags of a run with a value that cannot be used (src/cli/options.ts); {value} is what the person typed.
  'flag.session': '--session must be one of {choices}; you gave "{value}".',
  'flag.notChecks': '{flag}: "{names}" is not a check; the checks are {checks}.',
  'flag.noChecks': '{flag}: no check was named; the checks are {checks}.',
  'flag.timeout': '--timeout takes a number of seconds from 1 to 3600; you gave "{value}".',
  'flag.size': '{flag} takes a size such as 30MB or 500KB; you gave "{value}".',
  'flag.output': '-o/--output needs a file name ending in .json, .md, .html or .txt; you gave "{value}".',
  'flag.server':
    '--server needs a web address such as https://speed.example.org; "{value}" is not a valid address.',
  'flag.quietVerbose': '--quiet and --verbose ask for opposite things; use one of them.',
  'flag.offlineChecklistUrl':
    '--offline means no network traffic at all, so the checklist cannot be fetched from its link; save the checklist file on this computer and give its name to --checklist, or leave out --offline.',
  'flag.engine': '--engine must be builtin or ookla; you gave "{value}".',
  'main.saved': 'Saved the report to {path}.',
  'main.stopped': 'Stopped. Nothing was saved.',

  // Something the tool did not expect; {problem} is the error's own text, with or without its full stop.
  'main.unexpected':
    '{app} ran into a problem it did not expect: {problem}. Please run it again; --debug shows details.',
  'main.unexpectedSentence':
    '{app} ran into a problem it did not expect: {problem} Please run it again; --debug shows details.',

  // The offer at the end of an interactive run (src/commands/offer-copy.ts).
  'main.offerCopy': 'Save a copy of this report to send to your therapist?',
  'main.copySaved': 'Saved a copy of the report to {path}',
  'main.copyAttach': 'You can attach it to an email to your therapist.',
} as const
