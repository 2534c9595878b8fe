import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { binPath } from '../helpers/spawn-cli.js'

/**
 * Issue 7, point 7 (first two bullets): the tool's own network traffic, proven in a network
 * namespace the test creates, where only loopback and a local `session-check serve` exist.
 * strace records every connect, sendto, sendmsg and sendmmsg of every process the run starts
 * (the tool and each command it runs), and every IPv4/IPv6 destination is checked:
 *  - a full run talks to the configured endpoints (--server, --stun) and to nothing else;
 *  - with --offline it makes no IPv4 or IPv6 connection and sends no packet at all.
 * Local IPC is allowed and is not network traffic:
 *  - AF_UNIX: glibc asks the name service cache daemon (/var/run/nscd/socket), D-Bus for nmcli;
 *  - AF_NETLINK: the Wi-Fi check's `ip -o route get 1.1.1.1` and `ip route show default` ask the
 *    kernel's routing table which interface would carry traffic; no packet is sent to 1.1.1.1.
 * Needs root, iproute2 (ip netns) and strace, which .ci/run installs; skipped otherwise.
 */

function works(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' })
  return !result.error && result.status === 0
}

/** Why the namespace test cannot run here, or undefined when it can. */
function unavailable(): string | undefined {
  if (process.platform !== 'linux') return 'network namespaces are Linux only'
  if (process.getuid?.() !== 0) return 'creating a network namespace needs root'
  if (!works('ip', ['netns', 'list'])) return '`ip netns` (iproute2) is not available'
  if (!works('strace', ['-V'])) return 'strace is not installed'
  // Creating one is the only sure test (a container may forbid it); the probe is removed at once.
  const probe = `session-check-probe-${process.pid}`
  if (!works('ip', ['netns', 'add', probe])) return '`ip netns add` is not permitted here'
  works('ip', ['netns', 'delete', probe])
  return undefined
}

const skipReason = unavailable()
const namespace = `session-check-privacy-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
/** Any port is free in a fresh namespace. */
const PORT = 8787
const endpoint = `127.0.0.1:${PORT}`
const traceDir = mkdtempSync(join(tmpdir(), 'session-check-netns-'))
const cleanEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/root',
  TZ: 'UTC',
  LANG: 'C.UTF-8',
}

interface Destination {
  pid: string
  syscall: string
  family: string
  address?: string
  port?: number
}

/**
 * Every socket address passed to connect/sendto/sendmsg/sendmmsg in an strace -f log. A send on
 * a connected socket carries no address (NULL): its destination is the connect before it.
 */
function destinationsIn(trace: string): Destination[] {
  const found: Destination[] = []
  for (const line of trace.split('\n')) {
    const call = /^(\d+)\s+(connect|sendto|sendmsg|sendmmsg)\(/.exec(line)
    if (!call) continue
    const [, pid = '', syscall = ''] = call
    for (const match of line.matchAll(/sa_family=(AF_[A-Z0-9]+)/g)) {
      const rest = line.slice(match.index)
      const family = match[1] as string
      const v4 = /^sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/.exec(rest)
      const v6 =
        /^sa_family=AF_INET6, sin6_port=htons\((\d+)\), sin6_flowinfo=[^,]+, inet_pton\(AF_INET6, "([^"]+)"/.exec(
          rest,
        )
      const parsed = family === 'AF_INET' ? v4 : family === 'AF_INET6' ? v6 : null
      found.push({ pid, syscall, family, ...(parsed ? { address: parsed[2], port: Number(parsed[1]) } : {}) })
    }
  }
  return found
}

const isInternet = (d: Destination): boolean => d.family === 'AF_INET' || d.family === 'AF_INET6'
/** Local IPC families (see the comment at the top): allowed, and listed on failure. */
const LOCAL_FAMILIES = ['AF_UNIX', 'AF_NETLINK']

/** Runs the binary inside the namespace under strace -f; gives back its report and the trace. */
function tracedRun(
  name: string,
  args: string[],
): {
  status: number | null
  report: { checks: { id: string; status: string }[] }
  destinations: Destination[]
} {
  const traceFile = join(traceDir, `${name}.trace`)
  const result = spawnSync(
    'ip',
    [
      'netns',
      'exec',
      namespace,
      'strace',
      '-f',
      '-qq',
      '-e',
      'trace=connect,sendto,sendmsg,sendmmsg',
      '-o',
      traceFile,
      process.execPath,
      binPath,
      '--json',
      '--no-input',
      ...args,
    ],
    { encoding: 'utf8', env: cleanEnv, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
  )
  expect(result.error, `the traced run failed to finish: ${result.stderr}`).toBeUndefined()
  return {
    status: result.status,
    report: JSON.parse(result.stdout),
    destinations: destinationsIn(readFileSync(traceFile, 'utf8')),
  }
}

describe.skipIf(skipReason)(
  `the tool's own network traffic, in a private network namespace${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let serve: ChildProcess | undefined

    beforeAll(async () => {
      const added = spawnSync('ip', ['netns', 'add', namespace], { encoding: 'utf8' })
      if (added.status !== 0) throw new Error(`ip netns add ${namespace} failed: ${added.stderr}`)
      const up = spawnSync('ip', ['netns', 'exec', namespace, 'ip', 'link', 'set', 'lo', 'up'], {
        encoding: 'utf8',
      })
      if (up.status !== 0) throw new Error(`bringing loopback up failed: ${up.stderr}`)
      // The only other thing in the namespace: the local speed endpoint, TCP and UDP on one port.
      serve = spawn(
        'ip',
        [
          'netns',
          'exec',
          namespace,
          process.execPath,
          binPath,
          'serve',
          '--host',
          '127.0.0.1',
          '--port',
          String(PORT),
        ],
        { env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'] },
      )
      const child = serve
      let out = ''
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`serve did not start listening in 10 s: ${out}`)),
          10_000,
        )
        child.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          if (out.includes('Press Ctrl-C')) {
            clearTimeout(timer)
            resolve()
          }
        })
        child.once('exit', (code) => {
          clearTimeout(timer)
          reject(new Error(`serve exited with ${code} before listening: ${out}`))
        })
      })
      // Without its UDP socket the --stun half of the proof would be empty.
      if (out.includes('UDP probe could not start')) throw new Error(`serve has no UDP socket: ${out}`)
    })

    afterAll(async () => {
      // Always: stop serve (ip netns exec runs it in place, so the pid is serve's), then the namespace.
      const child = serve
      if (child && child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => child.kill('SIGKILL'), 3000)
          child.once('exit', () => {
            clearTimeout(force)
            resolve()
          })
          child.kill('SIGINT')
        })
      }
      spawnSync('ip', ['netns', 'delete', namespace])
    })

    it('a full run connects and sends only to the configured endpoints (--server and --stun)', () => {
      const { report, destinations } = tracedRun('full', [
        '--server',
        `http://${endpoint}`,
        '--stun',
        endpoint,
      ])
      // The measurement really happened, so the trace is not empty by accident.
      expect(report.checks.find((c) => c.id === 'connection')?.status).toMatch(/^(pass|warn)$/)
      const internet = destinations.filter(isInternet)
      const tcp = internet.filter((d) => d.syscall === 'connect')
      const udp = internet.filter((d) => d.syscall !== 'connect')
      for (const d of internet)
        expect(`${d.address}:${d.port}`, `${d.syscall} by process ${d.pid}`).toBe(endpoint)
      expect(tcp.length, 'no TCP connect to --server was recorded').toBeGreaterThan(0)
      expect(udp.length, 'no UDP send to --stun was recorded').toBeGreaterThan(0)
      const others = [...new Set(destinations.filter((d) => !isInternet(d)).map((d) => d.family))]
      for (const family of others)
        expect(LOCAL_FAMILIES, `unexpected address family ${family}`).toContain(family)
    })

    it('--offline makes no IPv4 or IPv6 connection and sends nothing, in any process', () => {
      const { report, destinations } = tracedRun('offline', [
        '--offline',
        '--server',
        `http://${endpoint}`,
        '--stun',
        endpoint,
      ])
      expect(report.checks.find((c) => c.id === 'connection')?.status).toBe('skip')
      expect(destinations.filter(isInternet)).toEqual([])
      const others = [...new Set(destinations.map((d) => d.family))]
      for (const family of others)
        expect(LOCAL_FAMILIES, `unexpected address family ${family}`).toContain(family)
    })
  },
)
