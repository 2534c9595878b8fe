import { arch, release } from 'node:os'
import { messagesFor, type Language, type Msg } from '../messages/index.js'
import { builtinChecks, selectChecks } from '../checks/index.js'
import { runChecks } from '../checks/run-checks.js'
import { prepareChecks } from '../checks/prepare-checks.js'
import type { AnyCheck } from '../checks/types.js'
import { InterruptedError, UsageError } from '../errors.js'
import { resolveOptions, type RawFlags } from '../cli/options.js'
import { debugDetail, SHOW_CURSOR, terminalOf } from '../cli/shared.js'
import type { RunOptions } from '../options.js'
import type { Io } from '../io.js'
import { runCommand } from '../platform/exec.js'
import { createSystemInfo } from '../platform/system-info.js'
import { buildReport, redactIdentifiers } from '../report/build-report.js'
import { chooseCrisisLine } from '../report/crisis.js'
import { ExitCode, exitCodeFor } from '../report/exit-code.js'
import type { Report } from '../report/model.js'
import {
  assertWritableTarget,
  removePendingWrites,
  writeFileAtomic,
  type WriteBytes,
} from '../files/write-file.js'
import { offerCopy } from './offer-copy.js'
import { sanitizeMessage } from '../text/sanitize.js'
import { toolFetch } from '../net/tool-fetch.js'
import { redactExportedDetails } from '../text/identifiers.js'
import { exitCodeForSignal, type StopSignal } from '../io.js'
import { renderJson, renderTerminal, renderTerminalHeader, rendererFor } from '../render/index.js'
import type { Style } from '../render/style.js'
import { createProgress, silentProgress, type Progress } from '../ui/progress.js'
import { createInquirerPrompter } from '../ui/prompter.js'
import { freeKeyboard, guardKeyboard, type Keyboard } from '../ui/keyboard.js'
import { toolVersion } from '../version.js'
import { TOOL_NAME } from '../tool.js'
import { defined } from '../defined.js'

// A run of the checks, the default command (and `link`'s): main (src/main.ts) loads this module
// only when a run starts, so `--help`, `serve` and `checklist` load none of it (issue 24).

/** Effects main may be handed in tests: the checks, and the clock. */
export interface MainDeps {
  checks?: readonly AnyCheck[]
  now?: () => number
  date?: () => Date
  fetch?: typeof globalThis.fetch
  /** Writes a saved report's bytes; tests pass one that fails as a full disk would. */
  writeFile?: WriteBytes
}

function localeAndZone(env: Io['env']): { locale?: string; timeZone?: string } {
  const resolved = Intl.DateTimeFormat().resolvedOptions()
  return {
    locale: env.LC_ALL || env.LC_MESSAGES || env.LANG || resolved.locale,
    timeZone: env.TZ || resolved.timeZone,
  }
}

/** Runs the checks and writes the report; returns the exit code. */
export async function runReport(flags: RawFlags, io: Io, deps: MainDeps, lang: Language): Promise<number> {
  const options = resolveOptions(flags, terminalOf(io), lang)
  const words = messagesFor(lang)
  const target = options.output ? assertWritableTarget(options.output.path, io.cwd, words) : undefined
  const now = deps.now ?? (() => performance.now())
  const startedAt = deps.date?.() ?? new Date()
  const started = now()
  const controller = new AbortController()
  const checks = selectChecks(options.checks, deps.checks ?? builtinChecks)

  let progress: Progress = silentProgress
  let keyboard: Keyboard = freeKeyboard
  let interrupted: InterruptedError | undefined
  // One way to stop, whatever asked: SIGINT or SIGTERM, Ctrl-C typed while the run holds the
  // keyboard (raw mode: a key, not a signal), or Ctrl-C in a question. Everything that draws or
  // writes is stopped first, the checks are aborted (their child processes are killed right there,
  // src/platform/exec.ts), the cursor is shown, "Stopped." is said, and the process leaves at
  // once: nothing can draw after "Stopped." (a run that went on for 300 ms drew the header and the
  // spinner after it, and the spinner hid the cursor again; issue 22).
  const stop = (signal: StopSignal = 'SIGINT'): void => {
    if (!interrupted) {
      interrupted = new InterruptedError('Stopped.', exitCodeForSignal(signal))
      progress.stop()
      keyboard.stop()
      controller.abort(interrupted)
      removePendingWrites()
      if (io.stderr.isTTY) io.stderr.write(SHOW_CURSOR)
      io.stderr.write(`\n${words('main.stopped')}\n`)
    }
    io.exitNow(interrupted.exitCode)
  }
  // Set before anything slow starts (a checklist URL is fetched in prepare), so Ctrl-C works from the start.
  const removeInterrupt = io.onInterrupt((signal) => stop(signal))
  /** After each wait: a run that was stopped meanwhile goes no further (in tests, exitNow returns). */
  const goOn = (): void => {
    if (interrupted) throw interrupted
  }
  try {
    // Keys typed while the checks run are thrown away, not echoed over the progress line or kept
    // for the next question (src/ui/keyboard.ts).
    if (options.interactive || options.progress) {
      keyboard = guardKeyboard(io.stdin, () => stop('SIGINT'))
      keyboard.hold()
    }
    const say = messagesFor(options.lang)
    const prepared = await prepareChecks(checks, {
      options,
      fetch: deps.fetch ?? toolFetch(io.env),
      env: io.env,
      cwd: io.cwd,
      signal: controller.signal,
      msg: say,
    })
    goOn()
    if (options.progress) progress = await createProgress(io.stderr, now, say)
    goOn()
    let asked = false
    const hooks = {
      beforePrompt: () => {
        asked = true
        progress.pause()
        keyboard.release()
      },
      afterPrompt: () => {
        keyboard.hold()
        progress.resume()
      },
    }
    const prompter = options.interactive
      ? createInquirerPrompter(hooks, controller.signal, { ...options, msg: say })
      : undefined
    // The questions come while the checks run: say whose report this is before the first one.
    // A run about the link alone asks nothing, and its header names the link, not a session.
    const linkOnly = checks.every((check) => check.id === 'link')
    const headerFirst = Boolean(prompter) && !linkOnly && !options.json && options.verbosity !== 'quiet'
    if (headerFirst)
      io.stdout.write(
        renderTerminalHeader(
          {
            tool: { name: TOOL_NAME, version: toolVersion() },
            session: options.session,
            lang: options.lang,
            ...prepared.report,
          },
          terminalStyle(options, io),
        ) + '\n',
      )
    const system = createSystemInfo({ signal: controller.signal, timeoutMs: options.timeoutMs })
    const results = await runChecks(
      checks,
      {
        options,
        platform: io.platform,
        exec: runCommand,
        system,
        fetch: deps.fetch ?? toolFetch(io.env),
        now,
        date: () => startedAt,
        env: io.env,
        msg: say,
        // Tests only: the end-to-end tests give the built binary a fake /sys, /proc and /etc.
        ...defined({ prompter, fsRoot: io.env.SESSION_CHECKUP_TEST_ROOT || undefined }),
      },
      {
        timeoutMs: options.timeoutMs,
        signal: controller.signal,
        debug: options.debug,
        prepared: prepared.data,
        onChange: (a) => progress.update(a),
      },
    )
    goOn()
    progress.stop()
    const notes = [...prepared.data.values()].flatMap((p) => p?.notes ?? [])
    // Where the person is: the crisis line follows it, and saved reports show the time in its zone.
    const place = localeAndZone(io.env)
    const report = buildReport(results, {
      tool: { name: TOOL_NAME, version: toolVersion() },
      startedAt,
      durationMs: now() - started,
      platform: { os: io.platform, release: release(), arch: arch() },
      session: options.session,
      lang: options.lang,
      crisis: chooseCrisisLine(place, options.lang),
      knownChecks: options.available,
      ...prepared.report,
    })
    // A blank line between the last answered question and the report.
    if (asked && !options.json) io.stdout.write('\n')
    const exported = exportable(report, options)
    const view = { headerShown: headerFirst, timeZone: place.timeZone }
    const saved = writeOutputs(report, exported, options, io, target, view, words, deps.writeFile)
    for (const note of notes) io.stderr.write(`${sanitizeMessage(note)}\n`)
    if (prompter && !options.output && !options.json) {
      await offerCopy(exported, {
        prompter,
        cwd: io.cwd,
        date: startedAt,
        write: (path, text) => writeFileAtomic(path, text, words, path, deps.writeFile),
        out: io.stdout,
        timeZone: place.timeZone,
        msg: words,
      })
    }
    return saved ? exitCodeFor(report, { strict: options.strict }) : ExitCode.CouldNotRun
  } catch (error) {
    // Ctrl-C inside a question arrives as a key press (raw mode), not SIGINT: stop the same way.
    if (error instanceof InterruptedError && !interrupted) stop('SIGINT')
    // Whatever the abort made fail (a fetch, a child), the run stopped because it was asked to.
    if (interrupted) throw interrupted
    throw error
  } finally {
    progress.stop()
    keyboard.stop()
    // After a Ctrl-C the handler stays until the process leaves: a second Ctrl-C must still exit
    // 130, never kill the process by signal.
    if (!interrupted) removeInterrupt()
  }
}

function terminalStyle(options: RunOptions, io: Io): Style {
  const width = Math.max(40, Math.min(io.stdout.columns || 80, 100))
  return { color: options.color, unicode: options.unicode, width, verbosity: options.verbosity }
}

/** The report as it may leave the terminal: identifiers out, unless --include-identifiers. */
function exportable(report: Report, options: RunOptions): Report {
  return options.includeIdentifiers ? report : redactExportedDetails(redactIdentifiers(report), report)
}

/**
 * Shows the report first and saves it second, so a failed save never costs the report: the
 * person still has it on screen, and a plain sentence says why the file was not written and what
 * to do. Returns false when the save failed (exit code 2).
 */
function writeOutputs(
  report: Report,
  exported: Report,
  options: RunOptions,
  io: Io,
  target: string | undefined,
  view: { headerShown: boolean; timeZone?: string },
  words: Msg,
  write?: WriteBytes,
): boolean {
  if (options.json) io.stdout.write(renderJson(exported))
  else io.stdout.write(renderTerminal(report, { ...terminalStyle(options, io), header: !view.headerShown }))
  if (!target || !options.output) return true
  try {
    // Saved reports show the time in the reader's local zone; the renderers get it from here.
    writeFileAtomic(
      target,
      rendererFor(options.output.format)(exported, { timeZone: view.timeZone }),
      words,
      options.output.path,
      write,
    )
  } catch (error) {
    const sentence = error instanceof UsageError ? error.sentenceIn(words) : (error as Error).message
    io.stderr.write(
      `${TOOL_NAME}: ${sanitizeMessage(sentence)}${options.json ? '' : ` ${words('error.save.shownAbove')}`}\n`,
    )
    if (options.debug) io.stderr.write(debugDetail((error as Error).cause ?? error))
    return false
  }
  if (!options.json && options.verbosity !== 'quiet')
    io.stderr.write(`${words('main.saved', { path: sanitizeMessage(options.output.path) })}\n`)
  return true
}
