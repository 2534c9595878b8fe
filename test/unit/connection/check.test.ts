import { describe, expect, it, vi } from 'vitest'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { createConnectionCheck, budgetFor } from '../../../src/checks/connection/index.js'
import type { CheckContext, PrepareContext } from '../../../src/checks/types.js'
import type { RunOptions } from '../../../src/options.js'
import { resolveOptions, type RawFlags } from '../../../src/cli/options.js'
import { UsageError } from '../../../src/errors.js'
import { mapOoklaResult, type OoklaResult } from '../../../src/net/ookla.js'
import { startSpeedServer } from '../../../src/net/speed-server.js'
import { fakeContext } from '../../helpers/fake-context.js'
import { OOKLA_INSTALL_HINT, english } from '../../helpers/english.js'

const terminal = {
  stdinIsTTY: false,
  stdoutIsTTY: false,
  stderrIsTTY: false,
  env: {},
  platform: 'linux' as const,
}

function contexts(flags: RawFlags, extra: Partial<CheckContext<RunOptions>> = {}) {
  const options = resolveOptions(flags, terminal, 'en')
  const fetch = vi.fn(() => Promise.reject(new Error('no network in tests')))
  const prepare: PrepareContext<RunOptions> = {
    options,
    fetch,
    env: {},
    cwd: '/',
    signal: new AbortController().signal,
    msg: english,
  }
  const run = (): CheckContext<RunOptions> =>
    fakeContext({ options, exec: vi.fn() as unknown as CheckContext['exec'], fetch, ...extra })
  return { prepare, run, fetch }
}

/** A fake speedtest-net: a function module, as the real one is (CommonJS default export). */
const ooklaResult: OoklaResult = {
  ping: { latency: 18.5, jitter: 1.2, high: 22 },
  download: { bandwidth: 6_250_000, bytes: 60e6, elapsed: 10000, latency: { iqm: 60 } },
  upload: { bandwidth: 1_250_000, bytes: 12e6, elapsed: 8000, latency: { iqm: 40 } },
  packetLoss: 0.5,
  interface: { isVpn: false },
}
function fakeOokla() {
  const run = vi.fn(async (options: { acceptLicense: boolean }) => {
    if (!options.acceptLicense) throw new Error('license not accepted')
    return ooklaResult
  })
  return { run, importer: vi.fn(async () => ({ default: run })) }
}

describe('the connection check', () => {
  it('--offline skips calmly and makes no network traffic at all', async () => {
    // Node announces every client TCP socket and every UDP socket on these channels.
    const sockets: string[] = []
    const onTcp = () => void sockets.push('tcp')
    const onUdp = () => void sockets.push('udp')
    subscribe('net.client.socket', onTcp)
    subscribe('udp.socket', onUdp)
    try {
      const check = createConnectionCheck()
      const { prepare, run, fetch } = contexts({ offline: true, stun: '127.0.0.1:9' })
      const prepared = await check.prepare!(prepare)
      const outcome = await check.run(run(), prepared)
      expect(outcome.status).toBe('skip')
      expect(outcome.summary).toBe('Not measured, because you asked for no network traffic (--offline).')
      expect(fetch).not.toHaveBeenCalled()
      expect(sockets).toEqual([])
    } finally {
      unsubscribe('net.client.socket', onTcp)
      unsubscribe('udp.socket', onUdp)
    }
  })

  it('the socket channels do see a normal run', async () => {
    const sockets: string[] = []
    const onTcp = () => void sockets.push('tcp')
    subscribe('net.client.socket', onTcp)
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 1e6 })
    try {
      const check = createConnectionCheck()
      const { prepare, run } = contexts({ server: server.url, stun: 'off', quick: true, maxData: '1MB' })
      await check.run(run(), await check.prepare!(prepare))
      expect(sockets.length).toBeGreaterThan(0)
    } finally {
      unsubscribe('net.client.socket', onTcp)
      await server.close()
    }
  })

  it('refuses a bad --server or --stun before measuring', async () => {
    const check = createConnectionCheck()
    await expect(check.prepare!(contexts({ server: 'ftp://x' }).prepare)).rejects.toThrow(UsageError)
    await expect(check.prepare!(contexts({ stun: 'a:b:c' }).prepare)).rejects.toThrow(UsageError)
    await expect(check.prepare!(contexts({ maxData: '200KB' }).prepare)).rejects.toThrow('at least 1MB')
  })

  it('measures against serve and judges for the session type', async () => {
    const server = await startSpeedServer({ host: '127.0.0.1', port: 0, maxBytes: 100e6, rateMbps: 2 })
    try {
      const check = createConnectionCheck()
      const { prepare, run } = contexts({
        server: server.url,
        stun: `127.0.0.1:${server.port}`,
        quick: true,
        session: 'video',
      })
      const prepared = await check.prepare!(prepare)
      const outcome = await check.run(run(), prepared)
      // 2 Mbit/s is between the video session's 'too slow' (0.6) and 'enough' (3), however busy the
      // machine; the figure shown is the one measured (how close it comes to 2: npm run bench).
      // The other figures (reply time, jitter, lost probes) are real measurements on loopback, and a
      // busy machine can make them fail (CI beside two busy loops did), so the check's status is
      // held to the worst of its figures' statuses, and the download's own judgement is exact.
      const figures = outcome.measurements ?? []
      const download = figures.find((m) => m.id === 'downloadMbps')
      expect(download?.status, outcome.summary).toBe('warn')
      const worst = figures.some((m) => m.status === 'fail') ? 'fail' : 'warn'
      expect(outcome.status, outcome.summary).toBe(worst)
      expect(outcome.summary).toMatch(
        worst === 'warn'
          ? /^Your connection should work for a video session, but the download speed is on the low side \([\d.]+ Mbit\/s\)/
          : /^Your connection is not ready for a video session yet: .*the download speed is on the low side \([\d.]+ Mbit\/s\)/,
      )
      // The sentence rounds the measured figure to 0.1, the measurement to 0.01.
      const shown = Number(/on the low side \(([\d.]+) Mbit\/s\)/.exec(outcome.summary)?.[1])
      expect(Math.abs(shown - (download?.value as number))).toBeLessThanOrEqual(0.055)
      if (worst === 'warn') expect(outcome.details?.verdicts).toMatchObject({ audio: 'pass', text: 'pass' })
    } finally {
      await server.close()
    }
  })

  it('keeps to 10 s by default, 3 s with --quick, and less with a short --timeout', () => {
    expect(budgetFor({ quick: false, timeoutMs: 60000 })).toBe(10000)
    expect(budgetFor({ quick: true, timeoutMs: 60000 })).toBe(3000)
    expect(budgetFor({ quick: false, timeoutMs: 5000 })).toBe(4500)
  })
})

describe('the opt-in Ookla engine', () => {
  it('says in one sentence how to install speedtest-net when it is missing', async () => {
    const check = createConnectionCheck(async () => {
      throw Object.assign(new Error("Cannot find package 'speedtest-net'"), { code: 'ERR_MODULE_NOT_FOUND' })
    })
    const error = await check.prepare!(contexts({ engine: 'ookla', acceptOoklaLicense: true }).prepare).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe(OOKLA_INSTALL_HINT)
    expect(OOKLA_INSTALL_HINT.split('. ').length).toBe(1)
  })

  it('needs --accept-ookla-license when it cannot ask', async () => {
    const { importer, run } = fakeOokla()
    const error = await createConnectionCheck(importer).prepare!(contexts({ engine: 'ookla' }).prepare).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toContain('--accept-ookla-license')
    expect((error as Error).message).toContain('non-commercial')
    expect(run).not.toHaveBeenCalled()
  })

  it('asks at a prompt, and measures nothing when the answer is no', async () => {
    const { importer, run } = fakeOokla()
    const check = createConnectionCheck(importer)
    const { prepare } = contexts({ engine: 'ookla' })
    const prepared = await check.prepare!({ ...prepare, options: { ...prepare.options, interactive: true } })
    const confirm = vi.fn(async () => false)
    const outcome = await check.run(
      contexts({ engine: 'ookla' }, { prompter: { confirm, select: vi.fn() } }).run(),
      prepared,
    )
    expect(confirm).toHaveBeenCalledOnce()
    expect(outcome.status).toBe('skip')
    expect(run).not.toHaveBeenCalled()
  })

  it('maps Ookla results into the same measurements and verdicts', async () => {
    const { importer, run } = fakeOokla()
    const check = createConnectionCheck(importer)
    const { prepare, run: runContext } = contexts({ engine: 'ookla', acceptOoklaLicense: true })
    const prepared = await check.prepare!(prepare)
    const outcome = await check.run(runContext(), prepared)
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ acceptLicense: true, acceptGdpr: true }))
    expect(outcome.status).toBe('pass')
    const byId = Object.fromEntries((outcome.measurements ?? []).map((m) => [m.id, m.value]))
    expect(byId).toMatchObject({
      downloadMbps: 50,
      uploadMbps: 10,
      latencyMs: 18.5,
      packetLossPct: 0.5,
      loadedLatencyIncreaseMs: 41.5,
    })
    expect(outcome.details?.engine).toBe('ookla')
  })

  it('a failing Ookla run is "could not measure"', async () => {
    const check = createConnectionCheck(async () => ({
      default: async () => {
        throw new Error('Limit reached')
      },
    }))
    const { prepare, run } = contexts({ engine: 'ookla', acceptOoklaLicense: true })
    const outcome = await check.run(run(), await check.prepare!(prepare))
    expect(outcome.status).toBe('error')
    expect(outcome.summary).toContain('Could not measure')
  })

  it('mapping is pure and keeps no identifying fields', () => {
    const snapshot = mapOoklaResult(ooklaResult, 25000)
    expect(snapshot.download?.mbps).toBe(50)
    expect(JSON.stringify(snapshot)).not.toContain('isVpn')
  })
})
