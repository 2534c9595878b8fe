import { classifyUnixOwner } from './parse-proc.js'
import { baseName, type CurrentIdentity, type ProcessInfo, type ProcessOwner } from './types.js'

export interface ParsePsOptions {
  identity?: CurrentIdentity
  /**
   * What the last column holds: `path` for `-o comm` (macOS prints the executable's full path), or
   * `args` for the full command line (`ps -ef`, `ps aux`). By default: COMM means path, else args.
   */
  lastColumn?: 'path' | 'args'
  /** First uid given to people. macOS starts at 501 (system accounts are below 500). */
  firstHumanUid?: number
}

const COMMAND_HEADERS = new Set(['COMM', 'COMMAND', 'CMD', 'ARGS', 'UCOMM'])
const APP_CONTENTS = '.app/Contents/'
const ONE_WORD = /^(\S+)\s*/
/** An `lstart` date, `Sun Dec  6 02:27:41 2026`: a weekday, then four more words. */
const LSTART = /^((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+\S+\s+\d+\s+[\d:]+\s+\d+)\s*/

/**
 * The executable path inside a full command line. Inside a macOS bundle the path may hold spaces
 * and even " - " (`Visual Studio Code - Insiders.app`, `Code - Insiders Helper`). The executable
 * in `X.app/Contents/MacOS/` is nearly always named X, so that name is taken whole when it is
 * there; otherwise the path ends at the first " -" after the bundle, and outside bundles at the
 * first space.
 */
export function executableFromArgs(args: string): string {
  const text = args.trim()
  const marker = text.lastIndexOf(APP_CONTENTS)
  // Stryker disable next-line EqualityOperator: a command line does not start with ".app/Contents/".
  if (marker < 0) {
    const space = text.indexOf(' ')
    // Stryker disable next-line EqualityOperator: the text is trimmed, so no space comes first.
    return space >= 0 ? text.slice(0, space) : text
  }
  const bundleName = text.slice(text.lastIndexOf('/', marker) + 1, marker)
  const inMacOs = marker + APP_CONTENTS.length + 'MacOS/'.length
  const end = inMacOs + bundleName.length
  const isBundleNamed =
    text.startsWith(`MacOS/${bundleName}`, marker + APP_CONTENTS.length) &&
    (end === text.length || text[end] === ' ')
  if (isBundleNamed) return text.slice(0, end)
  const cut = text.indexOf(' -', marker + APP_CONTENTS.length)
  // Stryker disable next-line EqualityOperator: the cut is searched for after the bundle, never at 0.
  return (cut >= 0 ? text.slice(0, cut) : text).trim()
}

function ownerFrom(row: Record<string, string>, options: ParsePsOptions): ProcessOwner {
  const identity = options.identity ?? {}
  const uid = row.UID !== undefined && /^\d+$/.test(row.UID) ? Number(row.UID) : undefined
  if (uid !== undefined) return classifyUnixOwner(uid, identity.uid, options.firstHumanUid ?? 501)
  const user = row.USER
  if (user === undefined || identity.user === undefined) return 'unknown'
  if (user === identity.user) return 'self'
  // macOS service accounts are root and names that start with an underscore (_windowserver, _spotlight).
  return user === 'root' || user.startsWith('_') ? 'system' : 'other-user'
}

function parseRow(
  line: string,
  columns: string[],
  options: ParsePsOptions,
  lastColumn: 'path' | 'args',
): ProcessInfo | undefined {
  const row: Record<string, string> = {}
  let rest = line.trim()
  // Every column but the last is one word, except an `lstart` date (five words); the last (the
  // command) takes the rest of the line.
  for (const column of columns.slice(0, -1)) {
    // Stryker disable next-line Regex: `rest` never starts with a space (trimmed, then sliced after \s*).
    const match = (column === 'STARTED' ? LSTART : ONE_WORD).exec(rest) ?? ONE_WORD.exec(rest)
    if (!match) return undefined
    // Stryker disable next-line StringLiteral: the group always matches.
    row[column] = match[1] ?? ''
    rest = rest.slice(match[0].length)
  }
  const pid = Number(row.PID)
  if (!Number.isInteger(pid) || !rest) return undefined
  // A Linux kernel thread has no command line; `ps` shows its name in brackets, and the name may
  // hold slashes (`[kworker/0:0H-events_highpri]`), so it is not a path.
  const kernelThread = /^\[([^\]]+)\]$/.exec(rest.trim())
  if (kernelThread?.[1] !== undefined) {
    return { pid, name: kernelThread[1], owner: ownerFrom(row, options) }
  }
  // Stryker disable next-line MethodExpression: the line was trimmed, so `rest` has no padding left.
  const executable = lastColumn === 'path' ? rest.trim() : executableFromArgs(rest)
  const name = baseName(executable)
  if (!name) return undefined
  return {
    pid,
    name,
    ...(executable.startsWith('/') ? { path: executable } : {}),
    owner: ownerFrom(row, options),
  }
}

/**
 * Parses `ps` output that has a header line naming a PID column and ending in the command column
 * (COMM, UCOMM, COMMAND, CMD or ARGS). Every other column must be one word per row, as in
 * `ps -axww -o pid,uid,comm`, `ps -ef`, `ps aux` (Linux and macOS) and `ps -A`; the one exception
 * read is an `lstart` column (header STARTED) whose value is a five-word date
 * (`Sun Dec  6 02:27:41 2026`). Other multi-word columns (`-o user,etime,lstart,args` with a
 * custom header, `-o tty,wchan` values with spaces) are not read: their rows would shift. Linux
 * kernel threads (`[kworker/0:0H-events_highpri]`) keep their bracketed name whole, with no path.
 * Lines that do not fit are skipped.
 */
export function parsePsOutput(stdout: string, options: ParsePsOptions = {}): ProcessInfo[] {
  // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: a blank line is never a header, and as a row it has no PID.
  const lines = stdout.split(/\r?\n/).filter((line) => line.trim().length > 0)
  // The header: a line naming a PID column and ending in the command column.
  // Stryker disable next-line StringLiteral: split always gives at least one token.
  const isHeader = (tokens: string[]): boolean =>
    tokens.includes('PID') && COMMAND_HEADERS.has(tokens.at(-1) ?? '')
  // Stryker disable next-line Regex: splitting on single spaces keeps the first and last words the same.
  const headerIndex = lines.findIndex((line) => isHeader(line.trim().split(/\s+/)))
  // Stryker disable next-line ConditionalExpression: without a header there are no columns, so no row has a PID.
  if (headerIndex < 0) return []
  // Stryker disable next-line StringLiteral: headerIndex is a found line.
  const columns = (lines[headerIndex] ?? '').trim().split(/\s+/)
  // Stryker disable next-line StringLiteral: split always gives at least one column.
  const last = columns.at(-1) ?? ''
  const lastColumn = options.lastColumn ?? (last === 'COMM' || last === 'UCOMM' ? 'path' : 'args')
  return (
    lines
      // Stryker disable next-line MethodExpression,ArithmeticOperator: the header row has no numeric PID and is skipped anyway.
      .slice(headerIndex + 1)
      .map((line) => parseRow(line, columns, options, lastColumn))
      .filter((info): info is ProcessInfo => info !== undefined)
  )
}
