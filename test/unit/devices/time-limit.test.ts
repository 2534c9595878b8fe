import { describe, expect, it } from 'vitest'
import { devicesCheck } from '../../../src/checks/devices/index.js'
import { limitFor } from '../../../src/checks/run-checks.js'
import type { Exec } from '../../../src/platform/exec.js'
import { fakeContext, optionsFor } from '../../helpers/fake-context.js'

/** Records the time limit each command was given; every command is "missing". */
function recordingExec(limits: number[]): Exec {
  return async (_command, _args, options) => {
    limits.push(options?.timeoutMs ?? Number.NaN)
    return { ok: false, reason: 'missing', stdout: '', stderr: '', message: 'not installed' }
  }
}

describe("the camera and microphone check's time limit", () => {
  // On a busy computer the check's own 1.5 s deadline on the wall clock turned slow answers into
  // "could not check", and its 2 s limit into the runner's timeout error (issue 15). The limit now
  // comes from the runner, and the commands share three quarters of it on the injected clock.
  it('gives its commands the share of the limit the runner applied, on the injected clock', async () => {
    const limits: number[] = []
    const ctx = fakeContext({
      platform: 'darwin',
      options: optionsFor({ session: 'video' }),
      exec: recordingExec(limits),
      now: () => 1000,
      limitMs: 8000,
    })
    await devicesCheck.run(ctx, undefined)
    expect(limits).toEqual([6000, 6000])
  })

  it('asks the runner for a limit that leaves a busy computer time to answer, which --timeout can shorten', () => {
    expect(limitFor(devicesCheck, 60_000)).toBe(6000)
    expect(limitFor(devicesCheck, 2000)).toBe(2000)
  })
})
