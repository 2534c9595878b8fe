import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePmsetBattery } from '../../../src/platform/battery/pmset.js'
import { createSystemInfo } from '../../../src/platform/system-info.js'
import type { Exec } from '../../../src/platform/exec.js'

const root = join(import.meta.dirname, '../../fixtures/battery/macos')

/** A fixture's text as pmset printed it, without its first "# Source:" line. */
function fixture(name: string): string {
  const text = readFileSync(join(root, name), 'utf8')
  expect(text.startsWith('# Source:')).toBe(true)
  return text.slice(text.indexOf('\n') + 1)
}

describe('parsePmsetBattery (macOS `pmset -g batt`, verbatim outputs)', () => {
  it.each([
    ['pmset-discharging.txt', { hasBattery: true, percent: 95, isCharging: false, acConnected: false }],
    ['pmset-charging.txt', { hasBattery: true, percent: 43, isCharging: true, acConnected: true }],
    ['pmset-ac-not-charging.txt', { hasBattery: true, percent: 88, isCharging: false, acConnected: true }],
    ['pmset-no-battery.txt', { hasBattery: false, percent: null, isCharging: false, acConnected: true }],
  ])('%s', (name, expected) => {
    expect(parsePmsetBattery(fixture(name))).toEqual(expected)
  })

  it('gives up quietly on output it does not know', () => {
    expect(parsePmsetBattery('')).toBeUndefined()
    expect(parsePmsetBattery('pmset: command not found')).toBeUndefined()
  })
})

describe('the systeminformation adapter, honestly bounded (issue 14)', () => {
  it('on macOS reads the battery through our exec layer (pmset, no shell), never through systeminformation', async () => {
    const calls: Array<[string, readonly string[]]> = []
    const exec: Exec = async (command, args) => {
      calls.push([command, args])
      return { ok: true, stdout: fixture('pmset-discharging.txt'), stderr: '', exitCode: 0 }
    }
    const system = createSystemInfo({
      platform: 'darwin',
      exec,
      load: () => Promise.reject(new Error('systeminformation must not be loaded on macOS')),
    })
    expect(await system.battery()).toEqual({
      hasBattery: true,
      percent: 95,
      isCharging: false,
      acConnected: false,
    })
    expect(calls).toEqual([['pmset', ['-g', 'batt']]])
  })

  it('on BSD does not call systeminformation (it would run sysctl through a shell)', async () => {
    let loaded = false
    const system = createSystemInfo({
      platform: 'freebsd',
      load: async () => ((loaded = true), { battery: async () => ({}) as never }),
    })
    expect(await system.battery()).toBeUndefined()
    expect(loaded).toBe(false)
  })

  it('a battery call that never answers ends when the run is stopped', async () => {
    const controller = new AbortController()
    const system = createSystemInfo({
      platform: 'linux',
      signal: controller.signal,
      timeoutMs: 60_000,
      load: async () => ({ battery: () => new Promise(() => undefined) }),
    })
    const pending = system.battery()
    controller.abort()
    expect(await pending).toBeUndefined()
  })

  it('a battery call that never answers ends at the run time limit', async () => {
    const system = createSystemInfo({
      platform: 'win32',
      timeoutMs: 20,
      load: async () => ({ battery: () => new Promise(() => undefined) }),
    })
    expect(await system.battery()).toBeUndefined()
  })
})
