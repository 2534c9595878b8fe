/**
 * The tool's name, and the one command people are told to type. Every instruction the tool prints
 * (help, errors, the starter checklist, `serve`'s hint) and the README derive from these two lines,
 * or are checked against them by test/unit/tool-name.test.ts, so a rename is a one-line change.
 *
 * The npm name `session-check` belongs to an unrelated package, so we publish as `session-checkup`
 * (issue 10); `session-check` stays as a second bin name for people who installed it globally.
 */
export const TOOL_NAME = 'session-checkup'

/** What a person types to run the check. */
export const RUN_COMMAND = `npx ${TOOL_NAME}`
