/**
 * Issue 15: after the report, a handle the run left open (here one that a preloaded module
 * holds on purpose) must not hang the terminal; the CLI leaves on its own. Leaving that way hides
 * a leak, so under --debug it names what was still open, and without --debug it says nothing.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/spawn-cli.js'

const leak = ['--import', 'data:text/javascript,setInterval(() => {}, 1000)']
const args = ['--offline', '--no-input', '--only', 'wifi', '--json']

describe('a run that leaves something open', () => {
  it('still ends with the report, and --debug says what was left running', async () => {
    const run = await runCli([...args, '--debug'], { nodeArgs: leak, timeoutMs: 60_000 })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ checks: [{ id: 'wifi' }] })
    expect(run.stderr).toMatch(
      /^debug: still running 2 seconds after the report \(.*Timeout.*\); leaving anyway\. This is a leak worth fixing\.\n$/m,
    )
  })

  it('says nothing about it without --debug', async () => {
    const run = await runCli(args, { nodeArgs: leak, timeoutMs: 60_000 })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
  })

  it('leaves at once, with nothing to say, when nothing was left open', async () => {
    const run = await runCli([...args, '--debug'])
    expect(run.code).toBe(0)
    expect(run.stderr).not.toMatch(/still running/)
  })
})
