import { wordsIn } from '../../../src/checks/run-checks.js'

import { describe, expect, it } from 'vitest'
import { wifiCheck } from '../../../src/checks/wifi/index.js'
import type { CheckContext } from '../../../src/checks/types.js'
import { fakeContext } from '../../helpers/fake-context.js'
import { fakeExec } from './fake-exec.js'
import { fixture } from './fixtures.js'
import { msg } from '../../helpers/english.js'

function context(platform: NodeJS.Platform, exec: CheckContext['exec']): CheckContext {
  return fakeContext({
    options: { session: 'video' } as CheckContext['options'],
    platform,
    exec,
    system: {} as CheckContext['system'],
    now: () => 0,
  })
}

describe('wifiCheck', () => {
  it('keeps its id and title', () => {
    expect(wifiCheck).toMatchObject({ id: 'wifi' })
    expect(wordsIn(wifiCheck.title, msg)).toBe('Wi-Fi')
  })

  it('reads through the injected runner on Linux', async () => {
    const exec = fakeExec({
      'ip -o route get 1.1.1.1': fixture('linux/ip-route-get-ethernet.txt'),
      'ip -o route show default': fixture('linux/ip-route-default-ethernet.txt'),
    })
    const outcome = await wifiCheck.run(context('linux', exec))
    expect(outcome.details).toMatchObject({ interface: 'eth0' })
    expect(exec.calls[0]).toBe('ip -o route get 1.1.1.1')
  })

  it('says it could not tell on a system it does not know, without running anything', async () => {
    const exec = fakeExec({})
    const outcome = await wifiCheck.run(context('freebsd', exec))
    expect(outcome).toMatchObject({ status: 'warn', details: { link: 'unknown' } })
    expect(exec.calls).toEqual([])
  })
})
