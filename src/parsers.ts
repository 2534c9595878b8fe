/**
 * Pure parsers of OS command output, for reuse: `import { … } from 'session-check/parsers'`.
 * Each one names the exact command whose output it reads.
 */

// The apps check (issue 5): process lists and Do Not Disturb state.
/** `ps` output with a header line: `ps -axww -o pid,uid,comm` (macOS), `ps -ef`, `ps aux`. */
export { parsePsOutput, executableFromArgs } from './platform/processes/parse-ps.js'
/** ConvertTo-Json of Get-CimInstance Win32_Process (ProcessId, Name or Caption, ExecutablePath, SessionId). */
export { parseCimProcesses } from './platform/processes/parse-cim.js'
/** One /proc/<pid> entry (cmdline, exe link, owner uid) on Linux. */
export { parseProcEntry, executableFromCmdline } from './platform/processes/parse-proc.js'
/** macOS Focus (Assertions.json), Windows `reg query … ToastEnabled`, GNOME `gsettings get … show-banners`. */
export { parseFocusAssertions, parseToastEnabled, parseGnomeShowBanners } from './platform/do-not-disturb.js'
