import { Command, Option } from 'commander'
import type { RawFlags } from './options.js'
import { CHECK_IDS } from '../report/model.js'
import { RUN_COMMAND, TOOL_NAME } from '../tool.js'
import { LANGUAGES } from '../messages/index.js'
import type { HelpSay } from '../messages/help.js'
// The defaults alone, not the server: printing help loads no networking code (issue 24).
import {
  DEFAULT_DRAIN_SECONDS,
  DEFAULT_SERVE_LIMITS as LIMITS,
  DEFAULT_STUN_LIMITS as STUN,
} from '../net/serve-defaults.js'

/** What each command does; main supplies them, so the program stays definitions only. */
export interface CommandHandlers {
  run(flags: RawFlags): Promise<void>
  serve(flags: Record<string, string | boolean | undefined>): Promise<void>
  checklistInit(file: string | undefined, flags: { force?: boolean; lang?: string }): Promise<void>
  checklistValidate(source: string, flags: { lang?: string }): Promise<void>
  link(url: string, flags: RawFlags): Promise<void>
}

/** The examples at the top of the help, each with what it does in the help's language. */
function examplesOf(say: HelpSay): string {
  return [
    ['', say('help.example.video')],
    ['--session audio', say('help.example.audio')],
    ['--checklist https://example-practice.org/checklist.yaml', ''],
    ['-o report.html', say('help.example.output')],
    ['link "https://…"', say('help.example.link')],
    ['--json --no-input', say('help.example.json')],
  ]
    .map(([args, what]) =>
      `  $ ${`${RUN_COMMAND} ${args}`.trimEnd().padEnd(43)}${what ? ` ${what}` : ''}`.trimEnd(),
    )
    .join('\n')
}

/** commander's own headings, in the help's language. */
function titlesOf(say: HelpSay): Record<string, string> {
  return {
    'Usage:': say('help.title.usage'),
    'Options:': say('help.title.options'),
    'Global Options:': say('help.title.globalOptions'),
    'Commands:': say('help.title.commands'),
    'Arguments:': say('help.title.arguments'),
  }
}

/** A fresh program for every run and every test (commander keeps state on the instance). */
export function createProgram(version: string, handlers: CommandHandlers, say: HelpSay): Command {
  const titles = titlesOf(say)
  const program = new Command(TOOL_NAME)
  program
    // commander's headings and "(default: …)" in the help's language; everything else is ours.
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      optionDescription: (option) =>
        option.defaultValue !== undefined && (option.required || option.optional)
          ? `${option.description} ${say('help.default', { value: String(option.defaultValue) })}`
          : option.description,
    })
    .helpCommand('help [command]', say('help.helpCommand'))
    .description(say('help.description'))
    .version(version, '--version', say('help.version'))
    .helpOption('-h, --help', say('help.help'))
    .addHelpText('before', `${say('help.title.examples')}\n${examplesOf(say)}\n`)
    .addHelpText('after', `\n${say('help.exitCodes', { checks: CHECK_IDS.join(', ') })}\n`)
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .addOption(new Option('--session <type>', say('help.opt.session')).default('video'))
    .option('--only <ids>', say('help.opt.only'))
    .option('--skip <ids>', say('help.opt.skip'))
    .option('--json', say('help.opt.json'))
    .option('-o, --output <file>', say('help.opt.output'))
    .option('--no-input', say('help.opt.noInput'))
    .option('--offline', say('help.opt.offline'))
    .option('--timeout <seconds>', say('help.opt.timeout'), '60')
    .option('--strict', say('help.opt.strict'))
    .option('--include-identifiers', say('help.opt.includeIdentifiers'))
    .option('--checklist <file|url>', say('help.opt.checklist'))
    .option('--answers <file>', say('help.opt.answers'))
    .option('--link <url>', say('help.opt.link'))
    .option('--server <url>', say('help.opt.server'))
    .option('--stun <host:port>', say('help.opt.stun'))
    .option('--quick', say('help.opt.quick'))
    .option('--max-data <size>', say('help.opt.maxData'))
    .addOption(new Option('--engine <name>', say('help.opt.engine')).default('builtin'))
    .option('--accept-ookla-license', say('help.opt.acceptOokla'))
    .option('--verbose', say('help.opt.verbose'))
    .option('--debug', say('help.opt.debug'))
    .option('--quiet', say('help.opt.quiet'))
    .option('--lang <code>', say('help.opt.lang', { languages: LANGUAGES.join(', ') }))
    .option('--color', say('help.opt.color'))
    .option('--no-color', say('help.opt.noColor'))
    .action(async (flags: RawFlags) => handlers.run(flags))

  program
    .command('serve')
    .description(say('help.serve.description'))
    .option('--host <host>', say('help.serve.host'), '127.0.0.1')
    .option('--port <port>', say('help.serve.port'), '8787')
    .option('--cert <file>', say('help.serve.cert'))
    .option('--key <file>', say('help.serve.key'))
    .option('--max-bytes <size>', say('help.serve.maxBytes'), '100MB')
    .option('--rate <mbps>', say('help.serve.rate'))
    .option('--delay <ms>', say('help.serve.delay'))
    .option('--jitter <ms>', say('help.serve.jitter'))
    .option('--udp-drop <percent>', say('help.serve.udpDrop'))
    .option('--cors <origin>', say('help.serve.cors'))
    .option('--write-static <dir>', say('help.serve.writeStatic'))
    .option('--endpoint <url>', say('help.serve.endpoint'))
    .option('--max-connections <n>', say('help.serve.maxConnections', { value: LIMITS.maxConnections }))
    .option('--max-per-client <n>', say('help.serve.maxPerClient', { value: LIMITS.maxConnectionsPerClient }))
    .option(
      '--header-timeout <s>',
      say('help.serve.headerTimeout', { value: LIMITS.headersTimeoutMs / 1000 }),
    )
    .option(
      '--request-timeout <s>',
      say('help.serve.requestTimeout', { value: LIMITS.requestTimeoutMs / 1000 }),
    )
    .option('--idle-timeout <s>', say('help.serve.idleTimeout', { value: LIMITS.idleTimeoutMs / 1000 }))
    .option('--stall-timeout <s>', say('help.serve.stallTimeout', { value: LIMITS.stallTimeoutMs / 1000 }))
    .option('--max-requests <n>', say('help.serve.maxRequests', { value: LIMITS.maxRequestsPerConnection }))
    .option('--stun-rate <n>', say('help.serve.stunRate', { value: STUN.perSourceRate }))
    .option('--stun-total-rate <n>', say('help.serve.stunTotalRate', { value: STUN.totalRate }))
    .option('--drain-timeout <s>', say('help.serve.drainTimeout', { value: DEFAULT_DRAIN_SECONDS }))
    .addHelpText(
      'after',
      `\n${say('help.serve.after', {
        pipelined: LIMITS.maxPipelined,
        headKb: LIMITS.maxHeaderBytes / 1024,
        burst: STUN.perSourceBurst,
        sources: STUN.maxSources,
        queued: STUN.maxQueued,
      })}\n`,
    )
    // --checklist (the practice's questions for the web check page at /) is the run's own flag, read here too.
    .action(async (_flags: unknown, command: Command) =>
      handlers.serve(command.optsWithGlobals<Record<string, string | boolean | undefined>>()),
    )

  program
    .command('link <url>')
    .description(say('help.link.description'))
    .addHelpText('before', `${say('help.link.examples')}\n`)
    .action(async (url: string, _flags: unknown, command: Command) =>
      handlers.link(url, command.optsWithGlobals<RawFlags>()),
    )

  const checklist = program.command('checklist').description(say('help.checklist.description'))
  checklist
    .command('init [file]')
    .description(say('help.checklist.init'))
    .option('--force', say('help.checklist.force'))
    .action(async (file: string | undefined, _flags: unknown, command: Command) =>
      handlers.checklistInit(file, command.optsWithGlobals<{ force?: boolean; lang?: string }>()),
    )
  checklist
    .command('validate <file|url>')
    .description(say('help.checklist.validate'))
    .action(async (source: string, _flags: unknown, command: Command) =>
      handlers.checklistValidate(source, command.optsWithGlobals<{ lang?: string }>()),
    )

  return program
}
