// Issue 24: a client's first run on a slow home line. A cold `npx session-checkup` (empty npm cache)
// against a local registry behind a shaped link, for the 0.1.0 tarball (34 packages) and today's
// (one bundled package), side by side: bytes downloaded and seconds, beside the target (today's at
// most one third of 0.1.0's time on the 2 Mbit/s line).
//
// The registry is a small static server of our own (below), not verdaccio: it serves packuments
// and tarballs from a folder, counts the bytes it sends, and adds the line's round trip per request,
// which is all the bench needs; verdaccio would add about a hundred packages to every `npm ci`.
// It answers as registry.npmjs.org does: the abbreviated packument when npm asks for
// `application/vnd.npm.install-v1+json`, the full one (with the README, as npm's website shows it)
// when npm asks for `application/json` (npm 11 asks for both for the package it runs), and JSON
// gzipped when npm accepts it. Each package has one version here; the real registry's packuments
// hold every version ever published, and npm's install also asks for optional peers such as
// @types/node, which this registry does not have, so 0.1.0's 34 packuments cost it less here
// than they would for real: the ratio is on the safe side.
// The line: a network namespace joined to this one by a veth pair, with tc's token bucket (tbf)
// on both ends for the rate. This kernel has no netem, so the round trip is added by the registry:
// one round trip before each answer, and one more on a new connection (TCP's handshake). TCP's slow
// start over a long round trip is not modelled, so both figures are a little optimistic.
// A first pass without shaping or delay gives npm's own fixed cost (start, resolve, unpack, run).
//
// Needs root (ip netns, tc); skipped otherwise. The namespace is removed at the end, even on Ctrl-C.
import { execFileSync, spawn } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
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
  { name: 'no shaping, no delay', rate: undefined, rttMs: 0 },
  { name: '10 Mbit/s, 40 ms', rate: '10mbit', rateBits: 10e6, rttMs: 40 },
  { name: '2 Mbit/s, 100 ms', rate: '2mbit', rateBits: 2e6, rttMs: 100 },
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
    // npm also asks for the optional peer (speedtest-net), though it does not install it.
    const peers = Object.keys(lock.packages['node_modules/session-checkup']?.peerDependencies ?? {})
    specs.push(...peers)
    if (specs.length > 0)
      sh('npm', ['pack', '--prefer-offline', '--pack-destination', storage, ...new Set(specs)])
  } finally {
    rmSync(install, { recursive: true, force: true })
  }
  sh('cp', [tarball, storage])
  return storage
}

/** The fields of a version in an abbreviated packument (the registry's own list). */
const ABBREVIATED = [
  'name',
  'version',
  'deprecated',
  'dependencies',
  'optionalDependencies',
  'devDependencies',
  'bundleDependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'acceptDependencies',
  'bin',
  'directories',
  'dist',
  'engines',
  'cpu',
  'os',
  'libc',
  'funding',
  '_hasShrinkwrap',
  'hasInstallScript',
]

/**
 * Packuments built from the tarballs in a folder, as the registry sends them: name -> { full,
 * abbreviated }, each as plain and gzipped JSON.
 */
function packuments(storage, base) {
  const byName = new Map()
  for (const file of readdirSync(storage).filter((name) => name.endsWith('.tgz'))) {
    const path = join(storage, file)
    const manifest = JSON.parse(sh('tar', ['-xzOf', path, 'package/package.json']))
    const readmeFile = sh('tar', ['-tzf', path])
      .split('\n')
      .find((entry) => /^package\/readme(\.[a-z]+)?$/i.test(entry))
    const readme = readmeFile ? sh('tar', ['-xzOf', path, readmeFile], { maxBuffer: 64 * 1024 * 1024 }) : ''
    const bytes = readFileSync(path)
    const dist = {
      tarball: `${base}/-/${encodeURIComponent(file)}`,
      shasum: createHash('sha1').update(bytes).digest('hex'),
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
      fileCount: Number(sh('tar', ['-tzf', path]).trim().split('\n').length),
      unpackedSize: 0,
    }
    const doc = byName.get(manifest.name) ?? {
      _id: manifest.name,
      name: manifest.name,
      'dist-tags': {},
      versions: {},
      time: { created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' },
      maintainers: [{ name: 'someone', email: 'someone@example.org' }],
    }
    doc.versions[manifest.version] = { ...manifest, _id: `${manifest.name}@${manifest.version}`, dist }
    doc.time[manifest.version] = '2026-01-01T00:00:00.000Z'
    const latest = doc['dist-tags'].latest
    if (!latest || latest.localeCompare(manifest.version, undefined, { numeric: true }) < 0) {
      doc['dist-tags'].latest = manifest.version
      Object.assign(doc, {
        description: manifest.description,
        license: manifest.license,
        keywords: manifest.keywords,
        readme,
        readmeFilename: readmeFile?.slice('package/'.length) ?? '',
      })
    }
    byName.set(manifest.name, doc)
  }
  const encoded = (value) => {
    const plain = Buffer.from(JSON.stringify(value))
    return { plain, gzipped: gzipSync(plain) }
  }
  return new Map(
    [...byName].map(([name, doc]) => [
      name,
      {
        full: encoded(doc),
        abbreviated: encoded({
          name: doc.name,
          modified: doc.time.modified,
          'dist-tags': doc['dist-tags'],
          versions: Object.fromEntries(
            Object.entries(doc.versions).map(([version, manifest]) => [
              version,
              Object.fromEntries(
                ABBREVIATED.filter((key) => key in manifest).map((key) => [key, manifest[key]]),
              ),
            ]),
          ),
        }),
      },
    ]),
  )
}

/** The static registry, with the line's round trip added before each answer. */
function startRegistry(storage, rttMs, port) {
  const base = `http://${HOST}:${port}`
  const docs = packuments(storage, base)
  const zero = () => ({ metadata: 0, metadataRequests: 0, tarballs: 0, tarballRequests: 0, connections: 0 })
  let counts = zero()
  let since = process.hrtime.bigint()
  const ms = () => Number(process.hrtime.bigint() - since) / 1e6
  const server = createServer((req, res) => {
    const fresh = !req.socket.seen
    req.socket.seen = true
    if (fresh) counts.connections += 1
    const asked = ms()
    const send = (status, body, headers) => {
      res.writeHead(status, { ...headers, 'content-length': body.length })
      res.end(body)
      // FIRST_RUN_TRACE=1 prints each request's timeline (ms since the run began): asked, answered,
      // and the last byte handed to the line.
      if (process.env.FIRST_RUN_TRACE) {
        const answered = ms()
        res.on('finish', () =>
          console.log(
            `          trace ${req.url} ${fresh ? 'new connection, ' : ''}asked ${asked.toFixed(0)}, ` +
              `answered ${answered.toFixed(0)}, sent ${ms().toFixed(0)} ms, ${body.length} bytes`,
          ),
        )
      }
      return body.length
    }
    setTimeout(
      () => {
        const url = decodeURIComponent((req.url ?? '/').split('?')[0])
        if (url.startsWith('/-/')) {
          counts.tarballRequests += 1
          const path = join(storage, url.slice(3))
          if (existsSync(path) && statSync(path).isFile())
            counts.tarballs += send(200, readFileSync(path), { 'content-type': 'application/octet-stream' })
          else counts.tarballs += send(404, Buffer.from('{}'), { 'content-type': 'application/json' })
          return
        }
        counts.metadataRequests += 1
        const doc = docs.get(url.slice(1))
        if (!doc) {
          counts.metadata += send(404, Buffer.from('{"error":"Not found"}'), {
            'content-type': 'application/json',
          })
          return
        }
        const abbreviated = /application\/vnd\.npm\.install-v1\+json/.test(req.headers.accept ?? '')
        const body = abbreviated ? doc.abbreviated : doc.full
        const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
        counts.metadata += send(200, gzip ? body.gzipped : body.plain, {
          'content-type': abbreviated ? 'application/vnd.npm.install-v1+json' : 'application/json',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        })
      },
      rttMs * (fresh ? 2 : 1),
    )
  })
  return new Promise((resolve) =>
    server.listen(port, HOST, () =>
      resolve({
        url: base,
        counted: () => ({ ...counts }),
        reset: () => ((counts = zero()), (since = process.hrtime.bigint())),
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
  if (!line.rate) return
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
  console.log(
    `        ${label}: ${files.length - 1} packages and the optional peer npm asks about, ${(size / 1024).toFixed(0)} KB of tarballs`,
  )
}

// Each cold --version runs three times, 0.1.0 and today's taking turns so that a busy machine
// slows both alike; the figure is the median.
const REPEATS = Number(process.env.FIRST_RUN_REPEATS ?? 3)
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`
const results = {}
try {
  // FIRST_RUN_LINES=2 runs the unshaped pass and the 2 Mbit/s line only, for example.
  const only = process.env.FIRST_RUN_LINES?.split(',').map(Number)
  for (const line of lines.filter((_, index) => !only || index === 0 || only.includes(index))) {
    removeLine()
    makeLine(line)
    const labels = Object.keys(tarballs)
    const registries = Object.fromEntries(
      await Promise.all(
        labels.map(async (label, index) => [
          label,
          await startRegistry(storages[label], line.rttMs, 4873 + index),
        ]),
      ),
    )
    try {
      const times = Object.fromEntries(labels.map((label) => [label, []]))
      const counted = {}
      for (let round = 0; round < REPEATS; round++) {
        for (const label of labels) {
          registries[label].reset()
          const version = await coldNpx(registries[label].url, ['--version'], false)
          if (version.code !== 0)
            console.log(`        (${label} --version exited ${version.code}: ${version.err.slice(0, 300)})`)
          times[label].push(version.seconds)
          counted[label] = registries[label].counted()
        }
      }
      for (const label of labels) {
        registries[label].reset()
        const offline = await coldNpx(registries[label].url, ['--offline', '--no-input'], true)
        const seconds = median(times[label])
        results[`${line.name} ${label}`] = seconds
        const sent = counted[label]
        const bytes = sent.metadata + sent.tarballs
        console.log(
          `        ${line.name}, ${label}: cold npx --version ${seconds.toFixed(2)} s ` +
            `(runs: ${times[label].map((time) => time.toFixed(1)).join(', ')}); ` +
            `--offline --no-input to its first line ${offline.seconds?.toFixed(1) ?? '–'} s`,
        )
        console.log(
          `          sent ${kb(bytes)}: packuments ${kb(sent.metadata)} in ${sent.metadataRequests} requests, ` +
            `tarballs ${kb(sent.tarballs)} in ${sent.tarballRequests}, over ${sent.connections} connections`,
        )
        const fixed = results[`${lines[0].name} ${label}`]
        if (line.rateBits && fixed !== undefined) {
          const onLine = (bytes * 8) / line.rateBits
          console.log(
            `          the bytes alone take ${onLine.toFixed(2)} s at the line's rate; unshaped, the same run takes ` +
              `${fixed.toFixed(2)} s (npm's own work, part of it while the bytes arrive: the two overlap)`,
          )
        }
      }
    } finally {
      await Promise.all(Object.values(registries).map((registry) => registry.close()))
    }
  }
} finally {
  cleanup()
}

for (const line of lines.filter((each) => each.rate && results[`${each.name} today`] !== undefined)) {
  const old = results[`${line.name} 0.1.0`]
  const now = results[`${line.name} today`]
  console.log(
    `        ${line.name}: today ${now.toFixed(2)} s / 0.1.0 ${old.toFixed(2)} s = ${(now / old).toFixed(3)}`,
  )
  report(`cold npx --version on ${line.name}: today / 0.1.0`, now / old, 1 / 3, '×')
}
