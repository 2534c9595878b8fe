import { CommanderError } from 'commander'
import { arch, release } from 'node:os'
import { builtinChecks, selectChecks } from './checks/index.js'
import { runChecks } from './checks/run-checks.js'
import { prepareChecks } from './checks/prepare-checks.js'
import type { AnyCheck } from './checks/types.js'
import { InterruptedError, UsageError, oneLine } from './errors.js'
import { resolveOptions, type RawFlags } from './cli/options.js'
import type { RunOptions } from './options.js'
import { createProgram } from './cli/program.js'
import type { Io } from './io.js'
import { runCommand } from './platform/exec.js'
import { createSystemInfo } from './platform/system-info.js'
import { buildReport, redactIdentifiers } from './report/build-report.js'
import { chooseCrisisLine } from './report/crisis.js'
import { ExitCode, exitCodeFor } from './report/exit-code.js'
import type { Report } from './report/model.js'
import { assertWritableTarget, removePendingWrites, writeFileAtomic } from './files/write-file.js'
import { renderJson, renderTerminal, renderTerminalHeader, rendererFor } from './render/index.js'
import type { Style } from './render/style.js'
import { createProgress, silentProgress, type Progress } from './ui/progress.js'
import { createInquirerPrompter } from './ui/prompter.js'
import { toolVersion } from './version.js'
import { TOOL_NAME, RUN_COMMAND } from './tool.js'

/** Effects main may be handed in tests: the checks, and the clock. */
export interface MainDeps {
  checks?: readonly AnyCheck[]
  now?: () => number
  date?: () => Date
  fetch?: typeof globalThis.fetch
}

const SHOW_CURSOR = '\u001b[?25h'

function terminalOf(io: Io) {
  return {
    stdinIsTTY: Boolean(io.stdin.isTTY),
    stdoutIsTTY: Boolean(io.stdout.isTTY),
    stderrIsTTY: Boolean(io.stderr.isTTY),
    env: io.env,
    platform: io.platform,
  }
}

function localeAndZone(env: Io['env']): { locale?: string; timeZone?: string } {
  const resolved = Intl.DateTimeFormat().resolvedOptions()
  return { locale: env.LC_ALL || env.LC_MESSAGES || env.LANG || resolved.locale, timeZone: env.TZ || resolved.timeZone }
}

/** Runs the checks and writes the report; returns the exit code. */
async function runReport(flags: RawFlags, io: Io, deps: MainDeps): Promise<number> {
  const options = resolveOptions(flags, terminalOf(io))
  const target = options.output ? assertWritableTarget(options.output.path, io.cwd) : undefined
  const now = deps.now ?? (() => performance.now())
  const startedAt = deps.date?.() ?? new Date()
  const started = now()
  const controller = new AbortController()
  const checks = selectChecks(options.checks, deps.checks ?? builtinChecks)
  const prepared = await prepareChecks(checks, { options, fetch: deps.fetch ?? globalThis.fetch, env: io.env, cwd: io.cwd, signal: controller.signal })

  let progress: Progress = silentProgress
  let interrupts = 0
  const removeInterrupt = io.onInterrupt(() => {
    interrupts += 1
    progress.stop()
    removePendingWrites()
    if (io.stderr.isTTY) io.stderr.write(SHOW_CURSOR)
    if (interrupts > 1) return io.exitNow(ExitCode.Interrupted)
    io.stderr.write('\nStopped. Nothing was saved.\n')
    controller.abort(new InterruptedError())
    // Give the abort a moment to close sockets and child processes, then go, whatever is still open.
    setTimeout(() => io.exitNow(ExitCode.Interrupted), 300).unref()
  })
  try {
    if (options.progress) progress = await createProgress(io.stderr, now)
    let asked = false
    const hooks = {
      beforePrompt: () => {
        asked = true
        progress.pause()
      },
      afterPrompt: () => progress.resume(),
    }
    const prompter = options.interactive ? createInquirerPrompter(hooks, controller.signal, options) : undefined
    // The questions come while the checks run: say whose report this is before the first one.
    const headerFirst = Boolean(prompter) && !options.json && options.verbosity !== 'quiet'
    if (headerFirst) io.stdout.write(renderTerminalHeader({ tool: { name: TOOL_NAME, version: toolVersion() }, session: options.session, ...prepared.report }, terminalStyle(options, io)) + '\n')
    const system = createSystemInfo()
    const results = await runChecks(
      checks,
      {
        options,
        platform: io.platform,
        exec: runCommand,
        system,
        fetch: deps.fetch ?? globalThis.fetch,
        now,
        env: io.env,
        ...(prompter ? { prompter } : {}),
      },
      { timeoutMs: options.timeoutMs, signal: controller.signal, debug: options.debug, prepared: prepared.data, onChange: (a) => progress.update(a) },
    )
    progress.stop()
    const report = buildReport(results, {
      tool: { name: TOOL_NAME, version: toolVersion() },
      startedAt,
      durationMs: now() - started,
      platform: { os: io.platform, release: release(), arch: arch() },
      session: options.session,
      crisis: chooseCrisisLine(localeAndZone(io.env)),
      ...prepared.report,
    })
    // A blank line between the last answered question and the report.
    if (asked && !options.json) io.stdout.write('\n')
    writeOutputs(report, options, io, target, { headerShown: headerFirst })
    return exitCodeFor(report, { strict: options.strict })
  } catch (error) {
    // Ctrl-C inside a question arrives as a key press (raw mode), not SIGINT: say the same thing.
    if (error instanceof InterruptedError && interrupts === 0) io.stderr.write('\nStopped. Nothing was saved.\n')
    throw error
  } finally {
    progress.stop()
    removeInterrupt()
  }
}

function terminalStyle(options: RunOptions, io: Io): Style {
  const width = Math.max(40, Math.min(io.stdout.columns || 80, 100))
  return { color: options.color, unicode: options.unicode, width, verbosity: options.verbosity }
}

function writeOutputs(report: Report, options: RunOptions, io: Io, target: string | undefined, shown: { headerShown: boolean }): void {
  const exported = options.includeIdentifiers ? report : redactIdentifiers(report)
  // Saved reports show the time in the reader's local zone; the renderers get it from here.
  const renderOptions = { timeZone: localeAndZone(io.env).timeZone }
  if (target && options.output) writeFileAtomic(target, rendererFor(options.output.format)(exported, renderOptions))
  if (options.json) {
    io.stdout.write(renderJson(exported))
    return
  }
  io.stdout.write(renderTerminal(report, { ...terminalStyle(options, io), header: !shown.headerShown }))
  if (target && options.verbosity !== 'quiet') io.stderr.write(`Saved the report to ${options.output?.path}.\n`)
}

function describeUnexpected(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error)
  const line = `${TOOL_NAME} ran into a problem it did not expect: ${oneLine(message)}. Please run it again; --debug shows details.`
  return debug && error instanceof Error && error.stack ? `${line}\n${error.stack}` : line
}

/**
 * The whole program: parse argv, run, render, and return the exit code. Never throws, never
 * calls process.exit (except on Ctrl-C), and prints errors as one line on stderr.
 */
export async function main(argv: readonly string[], io: Io, deps: MainDeps = {}): Promise<number> {
  let exitCode: number = ExitCode.Ready
  let commanderError = ''
  const debug = argv.includes('--debug')
  const program = createProgram(toolVersion(), {
    run: async (flags) => {
      exitCode = await runReport(flags, io, deps)
    },
    serve: async (flags) => {
      const { runServe } = await import('./commands/serve.js')
      exitCode = await runServe(flags, io)
    },
    checklistInit: async (file, flags) => {
      const { runChecklistInit } = await import('./commands/checklist.js')
      exitCode = await runChecklistInit(file, flags, io)
    },
    checklistValidate: async (source) => {
      const { runChecklistValidate } = await import('./commands/checklist.js')
      exitCode = await runChecklistValidate(source, io)
    },
  })
  program.exitOverride()
  program.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => (commanderError += text),
    outputError: (text) => (commanderError += text),
  })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) {
        if (commanderError) io.stdout.write(commanderError)
        return ExitCode.Ready
      }
      const text = oneLine((commanderError || error.message).replace(/^error:\s*/i, ''))
      const sentence = /[.?!)]$/.test(text) ? text : `${text}.`
      io.stderr.write(`${TOOL_NAME}: ${sentence} Run ${RUN_COMMAND} --help to see the options.\n`)
      return ExitCode.CouldNotRun
    }
    if (error instanceof InterruptedError) {
      if (io.stderr.isTTY) io.stderr.write(SHOW_CURSOR)
      return ExitCode.Interrupted
    }
    if (error instanceof UsageError) {
      io.stderr.write(`${TOOL_NAME}: ${oneLine(error.message)}\n`)
      return ExitCode.CouldNotRun
    }
    io.stderr.write(describeUnexpected(error, debug) + '\n')
    return ExitCode.CouldNotRun
  }
}
