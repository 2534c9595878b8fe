// Small helpers shared by the benchmarks.
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const bin = `${root}bin/session-checkup.js`

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Wall time of one run of the built CLI, in milliseconds. */
export function timeCli(args, options = {}) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...options })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  return { ms, result }
}

/** Prints one figure against its target: lower is better unless `higherIsBetter`. */
export function report(label, value, target, unit, { higherIsBetter = false } = {}) {
  const met = higherIsBetter ? value >= target : value <= target
  const shown = Number.isInteger(value) ? value : value.toFixed(1)
  console.log(
    `${met ? 'met   ' : 'MISSED'}  ${label.padEnd(52)} ${String(shown).padStart(8)} ${unit}   target ${higherIsBetter ? '>=' : '<='} ${target} ${unit}`,
  )
  return met
}

/** Runs a command; throws with its error output unless `allowFail`. */
export function sh(args, options = {}) {
  const result = spawnSync(args[0], args.slice(1), { encoding: 'utf8', timeout: 30_000, ...options })
  if (result.status !== 0 && !options.allowFail)
    throw new Error(`${args.join(' ')}: ${result.stderr || result.error}`)
  return result
}

/** Why this machine cannot make network namespaces (not root, no `ip netns`), or undefined if it can. */
export function whyNoNamespaces() {
  if (process.getuid?.() !== 0) return 'not root'
  const probe = `scprobe${process.pid % 100000}`
  const added = sh(['ip', 'netns', 'add', probe], { allowFail: true })
  if (added.status !== 0) return `ip netns add failed: ${(added.stderr || String(added.error)).trim()}`
  sh(['ip', 'netns', 'del', probe], { allowFail: true })
  return undefined
}

/** TCP goodput through tbf, which counts whole Ethernet frames: 1448 of every 1514 bytes. */
export const GOODPUT = 1448 / 1514

/**
 * A shaped link for the accuracy benches: a network namespace of its own, joined to this one by a
 * veth pair with private addresses (10.214.N.0/30, N from the process id, so two benches running
 * at once do not collide), both directions rate-limited with tc tbf (the namespace's egress is the
 * download, ours the upload). `serve` and the iperf3 server run inside; the client side runs here,
 * so every byte crosses the shaped link. `tearDown` removes everything it made, also on Ctrl-C.
 * This kernel has no netem: the round trip comes from serve's --delay.
 */
export function shapedLink(name) {
  const id = String(process.pid % 100000)
  const ns = `${name}${id}`
  const hostIf = `scl${id}a`
  const nsIf = `scl${id}b`
  const net = `10.214.${process.pid % 250}`
  const hostIp = `${net}.1`
  const nsIp = `${net}.2`
  const port = 18790
  const children = new Set()
  let made = false
  let cleaned = false

  function inNs(args) {
    return ['ip', 'netns', 'exec', ns, ...args]
  }

  function tearDown() {
    if (cleaned || !made) return
    cleaned = true
    for (const child of children) child.kill('SIGKILL')
    sh(['ip', 'link', 'del', hostIf], { allowFail: true })
    sh(['ip', 'netns', 'del', ns], { allowFail: true })
  }
  process.on('SIGINT', () => {
    tearDown()
    process.exit(130)
  })

  function setUp() {
    made = true
    sh(['ip', 'netns', 'add', ns])
    sh(['ip', 'link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf])
    sh(['ip', 'link', 'set', nsIf, 'netns', ns])
    sh(['ip', 'addr', 'add', `${hostIp}/30`, 'dev', hostIf])
    sh(['ip', 'link', 'set', hostIf, 'up'])
    sh(inNs(['ip', 'addr', 'add', `${nsIp}/30`, 'dev', nsIf]))
    sh(inNs(['ip', 'link', 'set', nsIf, 'up']))
    sh(inNs(['ip', 'link', 'set', 'lo', 'up']))
  }

  /** tbf at `mbps` on both ends, with a burst of at least 4 ms of data. */
  function shape(mbps) {
    const burst = Math.max(16_000, Math.round((mbps * 1e6) / 8 / 250))
    for (const [dev, inside] of [
      [hostIf, false],
      [nsIf, true],
    ]) {
      const tc = ['tc', 'qdisc', 'replace', 'dev', dev, 'root', 'tbf', 'rate', `${mbps}mbit`]
      tc.push('burst', String(burst), 'latency', '50ms')
      sh(inside ? inNs(tc) : tc)
    }
  }

  /** `session-checkup serve` inside the namespace, with any extra arguments; resolves once it listens. */
  function startServe(extra = []) {
    const args = [process.execPath, bin, 'serve', '--host', nsIp, '--port', String(port), ...extra]
    const child = spawn('ip', inNs(args).slice(1), { stdio: ['ignore', 'pipe', 'ignore'] })
    children.add(child)
    return new Promise((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk) => {
        out += chunk
        if (out.includes('Ctrl-C')) resolve(child)
      })
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)))
    })
  }

  async function stopServe(child) {
    children.delete(child)
    child.removeAllListeners('exit')
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    await exited
  }

  /** iperf3's figure in Mbit/s (4 streams, `seconds` after a 1 s warm-up); reverse is the download. NaN if it failed. */
  function iperf(reverse, seconds = 3) {
    const server = spawn('ip', inNs(['iperf3', '-s', '-1', '-B', nsIp, '-p', '5201']).slice(1), {
      stdio: 'ignore',
    })
    children.add(server)
    spawnSync('sleep', ['0.3'])
    const args = ['-c', nsIp, '-p', '5201', '-t', String(seconds), '-O', '1', '-P', '4', '-J']
    if (reverse) args.push('-R')
    const result = sh(['iperf3', ...args], { allowFail: true })
    server.kill()
    children.delete(server)
    try {
      return JSON.parse(result.stdout).end.sum_received.bits_per_second / 1e6
    } catch {
      return Number.NaN
    }
  }

  /** A child process to kill at tear-down (a CPU load, say); returns a function that stops it now. */
  function track(child) {
    children.add(child)
    return () => {
      child.kill('SIGKILL')
      children.delete(child)
    }
  }

  return { ns, hostIp, nsIp, port, inNs, setUp, shape, startServe, stopServe, iperf, track, tearDown }
}
