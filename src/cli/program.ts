import { Command, Option } from 'commander'
import type { RawFlags } from './options.js'
import { CHECK_IDS } from '../report/model.js'
import { RUN_COMMAND, TOOL_NAME } from '../tool.js'
import { LANGUAGES } from '../messages/index.js'
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

const examples = [
  ['', 'check everything for a video session'],
  ['--session audio', 'for a phone or audio-only session'],
  ['--checklist https://example-practice.org/checklist.yaml', ''],
  ['-o report.html', 'also save a report to attach to an email'],
  ['link "https://…"', "is this meeting link really your therapist's?"],
  ['--json --no-input', 'one JSON document, for scripts and CI'],
]
  .map(([args, what]) =>
    `  $ ${`${RUN_COMMAND} ${args}`.trimEnd().padEnd(43)}${what ? ` ${what}` : ''}`.trimEnd(),
  )
  .join('\n')

const exitCodes = `
Exit codes:
  0    ready (cautions allowed, unless --strict)
  1    not ready, or a check could not run
  2    could not run: a bad flag, a bad file or an internal error
  130  interrupted (Ctrl-C)
  143  stopped by SIGTERM

Checks: ${CHECK_IDS.join(', ')}. Docs and privacy statement: see the README.
`

/** A fresh program for every run and every test (commander keeps state on the instance). */
export function createProgram(version: string, handlers: CommandHandlers): Command {
  const program = new Command(TOOL_NAME)
  program
    .description('Check that your computer, connection and room are ready for an online therapy session.')
    .version(version, '--version', 'print the version and exit')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('before', `Examples:\n${examples}\n`)
    .addHelpText('after', exitCodes)
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .addOption(new Option('--session <type>', 'kind of session: video, audio or text').default('video'))
    .option('--only <ids>', 'run only these checks (comma-separated)')
    .option('--skip <ids>', 'skip these checks (comma-separated)')
    .option('--json', 'print exactly one JSON document on stdout; implies --no-input')
    .option('-o, --output <file>', 'also write the report to a file (.json, .md, .html or .txt)')
    .option('--no-input', 'never ask questions')
    .option('--offline', 'do not measure the connection (no network traffic at all)')
    .option('--timeout <seconds>', 'time limit for the automatic checks', '60')
    .option('--strict', 'treat cautions and skipped checks as not ready (exit 1)')
    .option(
      '--include-identifiers',
      'keep network name, BSSID, host and user names, and the meeting link, in saved reports',
    )
    .option('--checklist <file|url>', "use a practice's own checklist (YAML or JSON; https only)")
    .option('--answers <file>', 'answer the checklist from a file (YAML or JSON: id: yes|no)')
    .option('--link <url>', 'also check the session link you were sent (see: link --help)')
    .option('--server <url>', 'speed-test endpoint (Cloudflare protocol); default speed.cloudflare.com')
    .option('--stun <host:port>', 'STUN server for the packet-loss probe')
    .option('--quick', 'a 3-second connection check instead of 10 seconds')
    .option('--max-data <size>', 'most data the connection check may use, e.g. 30MB')
    .addOption(
      new Option('--engine <name>', 'connection engine: builtin, or ookla (opt-in)').default('builtin'),
    )
    .option('--accept-ookla-license', "accept Ookla's licence for --engine ookla")
    .option('--verbose', 'show measured details')
    .option('--debug', 'show timings and stack traces')
    .option('--quiet', 'print only the verdict line')
    .option(
      '--lang <code>',
      `language of the report and the questions: ${LANGUAGES.join(' or ')} (default: your system's language; this help stays in English)`,
    )
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .action(async (flags: RawFlags) => handlers.run(flags))

  program
    .command('serve')
    .description(`run a speed-test endpoint that ${TOOL_NAME} can measure against (--server)`)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'TCP port (the UDP probe answers on the same port)', '8787')
    .option('--cert <file>', 'TLS certificate (PEM); serve HTTPS')
    .option('--key <file>', 'TLS private key (PEM)')
    .option('--max-bytes <size>', 'largest download or upload per request', '100MB')
    .option('--rate <mbps>', 'impairment: limit each direction to this many Mbit/s')
    .option('--delay <ms>', 'impairment: add this much delay to every reply')
    .option('--jitter <ms>', 'impairment: vary the delay by up to this much')
    .option('--udp-drop <percent>', 'impairment: drop this share of UDP probes')
    .option('--cors <origin>', 'let web pages of this one origin use the endpoint (default: none)')
    .option('--write-static <dir>', 'write the web check page as static files to <dir> and stop (no server)')
    .option('--endpoint <url>', 'with --write-static: the speed endpoint the page measures against')
    .option('--max-connections <n>', `most connections open at once (default: ${LIMITS.maxConnections})`)
    .option(
      '--max-per-client <n>',
      `most connections from one client address (default: ${LIMITS.maxConnectionsPerClient})`,
    )
    .option(
      '--header-timeout <s>',
      `seconds to send the request headers (default: ${LIMITS.headersTimeoutMs / 1000})`,
    )
    .option(
      '--request-timeout <s>',
      `seconds to send a whole request, upload included (default: ${LIMITS.requestTimeoutMs / 1000})`,
    )
    .option(
      '--idle-timeout <s>',
      `seconds an idle kept-alive connection stays open (default: ${LIMITS.idleTimeoutMs / 1000})`,
    )
    .option(
      '--stall-timeout <s>',
      `seconds without progress before a connection is dropped (default: ${LIMITS.stallTimeoutMs / 1000})`,
    )
    .option(
      '--max-requests <n>',
      `requests on one kept-alive connection (default: ${LIMITS.maxRequestsPerConnection})`,
    )
    .option('--stun-rate <n>', `STUN answers a second to one source address (default: ${STUN.perSourceRate})`)
    .option('--stun-total-rate <n>', `STUN answers a second to everyone (default: ${STUN.totalRate})`)
    .option(
      '--drain-timeout <s>',
      `on Ctrl-C or SIGTERM, seconds to let requests finish (default: ${DEFAULT_DRAIN_SECONDS})`,
    )
    .addHelpText(
      'after',
      `\nFixed limits: ${LIMITS.maxPipelined} requests sent ahead per connection, request head ${LIMITS.maxHeaderBytes / 1024} KB,\n` +
        `${STUN.perSourceBurst} STUN answers at once per source before --stun-rate applies, ${STUN.maxSources} sources remembered,\n` +
        `${STUN.maxQueued} delayed STUN replies waiting; STUN requests from source ports below 1024 are ignored.\n` +
        'GET /healthz answers 200 while serving (503 while stopping). No client address is logged.\n',
    )
    // --checklist (the practice's questions for the web check page at /) is the run's own flag, read here too.
    .action(async (_flags: unknown, command: Command) =>
      handlers.serve(command.optsWithGlobals<Record<string, string | boolean | undefined>>()),
    )

  program
    .command('link <url>')
    .description(
      "check only the session link you were sent: is it really your therapist's platform? Takes the same flags as a full run (--offline, --json, -o, --checklist, --include-identifiers)",
    )
    .addHelpText(
      'before',
      `Examples:\n  $ ${RUN_COMMAND} link "https://doxy.me/drsmith"\n  $ ${RUN_COMMAND} link "https://riverside.zoom.us/j/…" --offline\n  Put the link in quotes.\n`,
    )
    .action(async (url: string, _flags: unknown, command: Command) =>
      handlers.link(url, command.optsWithGlobals<RawFlags>()),
    )

  const checklist = program.command('checklist').description("write or check a practice's own checklist")
  checklist
    .command('init [file]')
    .description('write a starter checklist with comments (default: session-checklist.yaml)')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string | undefined, _flags: unknown, command: Command) =>
      handlers.checklistInit(file, command.optsWithGlobals<{ force?: boolean; lang?: string }>()),
    )
  checklist
    .command('validate <file|url>')
    .description('check a checklist file or https URL and list every problem')
    .action(async (source: string, _flags: unknown, command: Command) =>
      handlers.checklistValidate(source, command.optsWithGlobals<{ lang?: string }>()),
    )

  return program
}
