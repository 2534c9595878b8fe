/**
 * Issue 10: the npm name `session-check` belongs to an unrelated package, so `npx session-check`
 * runs a stranger's code, or nothing. Every instruction we give must quote RUN_COMMAND.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { RUN_COMMAND, TOOL_NAME } from '../../src/tool.js'
import { starterChecklist } from '../../src/checks/checklist/starter.js'
import { english } from '../helpers/english.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  bin: Record<string, string>
}

/** `npx session-check` not followed by "up" (or by "list", as in session-checklist.yaml). */
const wrongCommand = /npx\s+(?:-[^\s]+\s+)*session-check(?![a-z-])/

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('the command people are told to type', () => {
  it('is npx and the published package name', () => {
    expect(TOOL_NAME).toBe(pkg.name)
    expect(RUN_COMMAND).toBe(`npx ${pkg.name}`)
  })

  it('keeps session-check as a second bin name, both pointing at the same file', () => {
    expect(pkg.bin).toEqual({
      [TOOL_NAME]: 'bin/session-checkup.js',
      'session-check': 'bin/session-checkup.js',
    })
  })

  it('is never quoted as `npx session-check` in the README or in any source file', () => {
    const offenders = [
      join(root, 'README.md'),
      ...filesUnder(join(root, 'src')),
      ...filesUnder(join(root, 'bin')),
    ]
      .filter((file) => wrongCommand.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(root.length))
    expect(offenders).toEqual([])
  })

  it('is the one the starter checklist quotes', () => {
    const starter = starterChecklist('my-list.yaml', english)
    expect(starter).toContain(`# Check it:    ${RUN_COMMAND} checklist validate my-list.yaml`)
    expect(starter).not.toMatch(wrongCommand)
  })

  it('is the one the README quotes first', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme.match(/npx [a-z-]+/)?.[0]).toBe(RUN_COMMAND)
  })
})
