// Issue 24: a client's first run on a slow home line. A cold `npx session-checkup` (empty npm cache)
// against a local registry behind a shaped link, for the 0.1.0 tarball (34 packages) and today's
// (one bundled package), side by side: bytes downloaded and seconds, beside the target (today's at
// most one third of 0.1.0's time on the 2 Mbit/s line).
//
// The registry is a small static server of our own (below), not verdaccio: it serves packuments
// and tarballs from a folder, counts the bytes it sends, and adds the line's round trip per request,
// which is all the bench needs; verdaccio would add about a hundred packages to every `npm ci`.
// The line: a network namespace joined to this one by a veth pair, with tc's token bucket (tbf)
// on both ends for the rate. This kernel has no netem, so the round trip is added by the registry:
// one round trip before each answer, and one more on a new connection (TCP's handshake). TCP's slow
// start over a long round trip is not modelled, so both figures are a little optimistic.
//
// Needs root (ip netns, tc); skipped otherwise. The namespace is removed at the end, even on Ctrl-C.
import { execFileSync, spawn } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { clearTimeout, setTimeout } from 'node:timers'
import { createServer } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { report, root } from './lib.mjs'

const OLD_COMMIT = '5756bc3'
const work = join(root, '.tmp/first-run')
const NS = `schk-bench-${process.pid}`
const HOST = '10.77.0.1'
const CLIENT = '10.77.0.2'
const lines = [
  { name: '10 Mbit/s, 40 ms', rate: '10mbit', rttMs: 40 },
  { name: '2 Mbit/s, 100 ms', rate: '2mbit', rttMs: 100 },
]

const sh = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })

function canShape() {
  try {
    return process.getuid?.() === 0 && Boolean(sh('tc', ['-V'])) && Boolean(sh('ip', ['-V']))
  } catch {
    return false
  }
}

/** 0.1.0's tarball, built once from git (cached in .tmp/first-run/old). */
function oldTarball() {
  const dir = join(work, 'old')
  const found = existsSync(dir) && readdirSync(dir).find((name) => name.endsWith('.tgz'))
  if (found) return join(dir, found)
  mkdirSync(dir, { recursive: true })
  const tree = join(work, 'old-tree')
  rmSync(tree, { recursive: true, force: true })
  sh('git', ['-C', root, 'worktree', 'add', '--detach', tree, OLD_COMMIT])
  try {
    sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: tree })
    sh('npm', ['pack', '--pack-destination', dir], { cwd: tree })
  } finally {
    sh('git', ['-C', root, 'worktree', 'remove', '--force', tree])
  }
  return join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz')),
  )
}

/** Today's tarball, packed from the current build. */
function newTarball() {
  const dir = join(work, 'new')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  sh('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root })
  return join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz')),
  )
}

/**
 * The registry's storage for one tarball: it and every package it installs, each as npm packed it
 * (taken from the npm cache; the registry is asked only for what the cache lacks).
 */
function storageFor(label, tarball) {
  const storage = join(work, `storage-${label}`)
  rmSync(storage, { recursive: true, force: true })
  mkdirSync(storage, { recursive: true })
  const install = mkdtempSync(join(tmpdir(), 'schk-fill-'))
  try {
    sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--omit=dev', tarball], {
      cwd: install,
    })
    const lock = JSON.parse(readFileSync(join(install, 'node_modules/.package-lock.json'), 'utf8'))
    const specs = Object.entries(lock.packages)
      .filter(([path, entry]) => path && !entry.link && !path.endsWith('node_modules/session-checkup'))
      .map(([path, entry]) => `${entry.name ?? path.replace(/^.*node_modules\//, '')}@${entry.version}`)
    if (specs.length > 0)
      sh('npm', ['pack', '--prefer-offline', '--pack-destination', storage, ...new Set(specs)])
  } finally {
    rmSync(install, { recursive: true, force: true })
  }
  sh('cp', [tarball, storage])
  return storage
}

/** Packuments built from the tarballs in a folder: name -> { versions, file per version }. */
function packuments(storage, base) {
  const byName = new Map()
  for (const file of readdirSync(storage).filter((name) => name.endsWith('.tgz'))) {
    const path = join(storage, file)
    const manifest = JSON.parse(sh('tar', ['-xzOf', path, 'package/package.json']))
    const bytes = readFileSync(path)
    const dist = {
      tarball: `${base}/-/${encodeURIComponent(file)}`,
      shasum: createHash('sha1').update(bytes).digest('hex'),
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    }
    const doc = byName.get(manifest.name) ?? { name: manifest.name, versions: {}, 'dist-tags': {} }
    doc.versions[manifest.version] = { ...manifest, _id: `${manifest.name}@${manifest.version}`, dist }
    const latest = doc['dist-tags'].latest
    if (!latest || latest.localeCompare(manifest.version, undefined, { numeric: true }) < 0)
      doc['dist-tags'].latest = manifest.version
    byName.set(manifest.name, doc)
  }
  return byName
}

/** The static registry, with the line's round trip added before each answer. */
function startRegistry(storage, rttMs) {
  const base = `http://${HOST}:4873`
  const docs = packuments(storage, base)
  let bytes = 0
  let requests = 0
  const server = createServer((req, res) => {
    requests += 1
    const fresh = !req.socket.seen
    req.socket.seen = true
    const send = (status, body, type) => {
      bytes += body.length
      res.writeHead(status, { 'content-type': type, 'content-length': body.length })
      res.end(body)
    }
    setTimeout(
      () => {
        const url = decodeURIComponent((req.url ?? '/').split('?')[0])
        if (url.startsWith('/-/')) {
          const path = join(storage, url.slice(3))
          if (existsSync(path) && statSync(path).isFile())
            return send(200, readFileSync(path), 'application/octet-stream')
          return send(404, Buffer.from('{}'), 'application/json')
        }
        const doc = docs.get(url.slice(1))
        if (!doc) return send(404, Buffer.from('{"error":"not found"}'), 'application/json')
        send(200, Buffer.from(JSON.stringify(doc)), 'application/json')
      },
      rttMs * (fresh ? 2 : 1),
    )
  })
  return new Promise((resolve) =>
    server.listen(4873, HOST, () =>
      resolve({
        url: base,
        counted: () => ({ bytes, requests }),
        reset: () => ((bytes = 0), (requests = 0)),
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
      }),
    ),
  )
}

function makeLine(line) {
  sh('ip', ['netns', 'add', NS])
  sh('ip', ['link', 'add', `${NS.slice(0, 8)}h`, 'type', 'veth', 'peer', 'name', `${NS.slice(0, 8)}c`])
  sh('ip', ['link', 'set', `${NS.slice(0, 8)}c`, 'netns', NS])
  sh('ip', ['addr', 'add', `${HOST}/24`, 'dev', `${NS.slice(0, 8)}h`])
  sh('ip', ['link', 'set', `${NS.slice(0, 8)}h`, 'up'])
  const inside = (...args) => sh('ip', ['netns', 'exec', NS, ...args])
  inside('ip', 'addr', 'add', `${CLIENT}/24`, 'dev', `${NS.slice(0, 8)}c`)
  inside('ip', 'link', 'set', `${NS.slice(0, 8)}c`, 'up')
  inside('ip', 'link', 'set', 'lo', 'up')
  // The rate, each way: downloads leave the host end, uploads the client end.
  const tbf = ['root', 'tbf', 'rate', line.rate, 'burst', '32kbit', 'latency', '400ms']
  sh('tc', ['qdisc', 'add', 'dev', `${NS.slice(0, 8)}h`, ...tbf])
  inside('tc', 'qdisc', 'add', 'dev', `${NS.slice(0, 8)}c`, ...tbf)
}

function removeLine() {
  try {
    sh('ip', ['netns', 'del', NS]) // takes the veth pair with it
  } catch {
    // not there
  }
  try {
    sh('ip', ['link', 'del', `${NS.slice(0, 8)}h`])
  } catch {
    // gone with the namespace
  }
}

/** A cold npx in the namespace: seconds to exit (--version) or to the first line of the report. */
function coldNpx(registry, args, untilFirstLine) {
  const home = mkdtempSync(join(tmpdir(), 'schk-npx-'))
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    CI: 'true',
    npm_config_cache: join(home, 'cache'),
    npm_config_registry: `${registry}/`,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_prefer_online: 'true',
  }
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9
    const child = spawn('ip', ['netns', 'exec', NS, 'npx', '--yes', 'session-checkup', ...args], {
      cwd: home,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let first
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (first === undefined && out.includes('\n')) first = seconds()
      if (untilFirstLine && first !== undefined) child.kill('SIGTERM')
    })
    child.stderr.on('data', (chunk) => (err += chunk))
    const guard = setTimeout(() => child.kill('SIGKILL'), 600_000)
    child.on('close', (code) => {
      clearTimeout(guard)
      rmSync(home, { recursive: true, force: true })
      resolve({ seconds: untilFirstLine ? first : seconds(), code, out, err })
    })
  })
}

if (!canShape()) {
  console.log('first-run bench: skipped (needs root, ip and tc to shape a network namespace).')
  process.exit(0)
}

let cleaned = false
const cleanup = () => {
  if (cleaned) return
  cleaned = true
  removeLine()
}
process.on('SIGINT', () => (cleanup(), process.exit(130)))
process.on('SIGTERM', () => (cleanup(), process.exit(143)))

mkdirSync(work, { recursive: true })
const tarballs = { '0.1.0': oldTarball(), today: newTarball() }
const storages = Object.fromEntries(
  Object.entries(tarballs).map(([label, path]) => [label, storageFor(label, path)]),
)
for (const [label, storage] of Object.entries(storages)) {
  const files = readdirSync(storage).filter((name) => name.endsWith('.tgz'))
  const size = files.reduce((sum, name) => sum + statSync(join(storage, name)).size, 0)
  console.log(`        ${label}: ${files.length} packages, ${(size / 1024).toFixed(0)} KB of tarballs`)
}

const results = {}
try {
  for (const line of lines) {
    removeLine()
    makeLine(line)
    for (const label of Object.keys(tarballs)) {
      const registry = await startRegistry(storages[label], line.rttMs)
      try {
        const version = await coldNpx(registry.url, ['--version'], false)
        const versionCount = registry.counted()
        registry.reset()
        const offline = await coldNpx(registry.url, ['--offline', '--no-input'], true)
        if (version.code !== 0)
          console.log(`        (${label} --version exited ${version.code}: ${version.err.slice(0, 300)})`)
        results[`${line.name} ${label}`] = version.seconds
        console.log(
          `        ${line.name}, ${label}: cold npx --version ${version.seconds.toFixed(1)} s, ` +
            `${(versionCount.bytes / 1024).toFixed(0)} KB in ${versionCount.requests} requests; ` +
            `--offline --no-input to its first line ${offline.seconds?.toFixed(1) ?? '–'} s`,
        )
      } finally {
        await registry.close()
      }
    }
  }
} finally {
  cleanup()
}

for (const line of lines) {
  const old = results[`${line.name} 0.1.0`]
  const now = results[`${line.name} today`]
  report(`cold npx --version on ${line.name}: today / 0.1.0`, now / old, 1 / 3, '×')
}
