// Issue 13's figures for `serve` on the open internet: requests a second, memory (RSS) while
// 1,000 downloads are held by clients that stopped reading and under a STUN flood, the time until
// a stalled client is dropped, and how many answers one flooding source gets. All on loopback,
// against the built binary with its default limits unless a figure needs a limit raised.
/* global fetch, setImmediate */
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { createSocket } from 'node:dgram'
import { readFileSync } from 'node:fs'
import { Agent, get } from 'node:http'
import { connect } from 'node:net'
import { availableParallelism } from 'node:os'
import { performance } from 'node:perf_hooks'
import { bin, report } from './lib.mjs'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function startServe(args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      const match = /--server (http:\/\/127\.0\.0\.1:(\d+))/.exec(stdout)
      if (match && stdout.includes('Ctrl-C')) resolve({ child, url: match[1], port: Number(match[2]) })
    })
    child.on('error', reject)
    child.on('close', (code) => reject(new Error(`serve ended (${code})`)))
  })
}

async function stop(server) {
  const closed = new Promise((resolve) => server.child.once('close', resolve))
  server.child.kill('SIGTERM')
  await closed
}

/** Resident memory of a process in MB (Linux), or undefined elsewhere. */
function rssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : undefined
  } catch {
    return undefined
  }
}

const health = async (url) => (await fetch(`${url}/healthz`)).json()

function bindingRequest(n) {
  const packet = Buffer.alloc(20)
  packet.writeUInt16BE(1, 0)
  packet.writeUInt32BE(0x2112a442, 4)
  packet.writeUInt32BE(n, 16)
  return packet
}

/** CPU time (user + system) a process has used, in ms (Linux), or NaN elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return Number.NaN
  }
}

/**
 * A lean load: `connections` kept-alive raw sockets, each sending its next `GET /__down?bytes=1000`
 * as soon as the last answer is in (no pipelining), reading answers by their fixed length, and
 * opening a new connection when the server closes one (after --max-requests). Node's own http
 * client costs several times what the server does per request, so with it as the load on the same
 * machine the figure measured the client.
 */
async function leanLoad(port, connections, ms) {
  const request = Buffer.from('GET /__down?bytes=1000 HTTP/1.1\r\nHost: bench\r\n\r\n')
  let done = 0
  let stopped = false
  const one = () =>
    new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1')
      let held = Buffer.alloc(0)
      socket.on('connect', () => socket.write(request))
      socket.on('data', (data) => {
        held = held.length ? Buffer.concat([held, data]) : data
        for (;;) {
          const head = held.indexOf('\r\n\r\n')
          if (head < 0 || held.length < head + 4 + 1000) return
          held = held.subarray(head + 4 + 1000)
          done++
          if (stopped) return void socket.destroy()
          socket.write(request)
        }
      })
      socket.on('error', () => {})
      socket.on('close', resolve)
    })
  const loops = Array.from({ length: connections }, async () => {
    while (!stopped) await one()
  })
  const started = performance.now()
  await sleep(ms)
  const count = done
  const seconds = (performance.now() - started) / 1000
  stopped = true
  await Promise.all(loops)
  return { count, seconds }
}

// 1. Requests a second: small downloads over 16 kept-alive connections for 3 seconds, with a lean
//    raw-socket load and, for comparison, with Node's http client. The server's own CPU time per
//    request (from /proc) is the cost per request, whatever else the machine is doing.
{
  const server = await startServe()
  const cpuBefore = cpuMs(server.child.pid)
  const { count, seconds } = await leanLoad(server.port, 16, 3000)
  const cpuPerRequest = (cpuMs(server.child.pid) - cpuBefore) / count
  console.log(
    `        (${count} requests of 1 KB in ${seconds.toFixed(1)} s, 16 kept-alive connections, raw-socket load on the same machine; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]} on ${availableParallelism()} cores)`,
  )
  report('requests a second (GET /__down?bytes=1000)', Math.round(count / seconds), 2000, 'req/s', {
    higherIsBetter: true,
  })
  report('server CPU time per request', cpuPerRequest, 0.5, 'ms')
  console.log(
    `        (so one core of this machine answers about ${Math.round(1000 / cpuPerRequest)} such requests a second)`,
  )
  const agent = new Agent({ keepAlive: true, maxSockets: 16 })
  const until = performance.now() + 3000
  let done = 0
  const one = () =>
    new Promise((resolve, reject) => {
      get(`${server.url}/__down?bytes=1000`, { agent }, (response) => {
        response.resume()
        response.on('end', resolve)
      }).on('error', reject)
    })
  const started = performance.now()
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (performance.now() < until) {
        await one()
        done++
      }
    }),
  )
  agent.destroy()
  console.log(
    `        (with Node's http client as the load instead: ${Math.round(done / ((performance.now() - started) / 1000))} req/s; there the client is the limit)`,
  )
  report('RSS after the request runs', rssMb(server.child.pid) ?? NaN, 120, 'MB')
  await stop(server)
}

// 2. The time until a stalled client is dropped: one download whose client never reads, on an
//    otherwise idle server, from the request until the server counts it dropped (default 30 s of
//    no progress, after the buffers on the way have filled).
{
  const server = await startServe()
  const socket = connect(server.port, '127.0.0.1')
  socket.on('error', () => {})
  socket.pause()
  const started = performance.now()
  socket.write('GET /__down?bytes=100000000 HTTP/1.1\r\nHost: bench\r\n\r\n')
  while ((await health(server.url)).stalled < 1 && performance.now() - started < 120_000) await sleep(250)
  report(
    'time until a download nobody reads is dropped (limit 30 s)',
    (performance.now() - started) / 1000,
    35,
    's',
  )
  socket.destroy()
  await stop(server)
}

// 3. 1,000 downloads whose clients stopped reading: memory while they are held, and the time
//    until all are dropped. The connection caps are raised so that all 1,000 are let in (by
//    default, 32 per client address would refuse most of them).
{
  const server = await startServe(['--max-connections', '1100', '--max-per-client', '1100'])
  const before = rssMb(server.child.pid)
  const sockets = []
  const started = performance.now()
  for (let i = 0; i < 1000; i++) {
    const socket = connect(server.port, '127.0.0.1')
    socket.on('error', () => {})
    socket.pause()
    socket.write('GET /__down?bytes=20000000 HTTP/1.1\r\nHost: bench\r\n\r\n')
    sockets.push(socket)
    if (i % 100 === 99) await sleep(20)
  }
  // The server counts each of these health checks as a request too.
  let polls = 1
  let state = await health(server.url)
  while (state.requests - polls < 1000 && performance.now() - started < 60_000) {
    await sleep(250)
    state = await health(server.url)
    polls++
  }
  const allIn = performance.now()
  await sleep(3000)
  const held = rssMb(server.child.pid)
  console.log(
    `        (${state.requests - polls} downloads under way after ${((allIn - started) / 1000).toFixed(1)} s; RSS ${before?.toFixed(1)} MB before them)`,
  )
  report('RSS while 1,000 downloads are held by clients that stopped reading', held ?? NaN, 250, 'MB')
  while (state.open > 1 && performance.now() - allIn < 120_000) {
    await sleep(250)
    state = await health(server.url)
  }
  console.log(`        (${state.stalled} dropped as stalled, ${state.open - 1} still open)`)
  report(
    'time until all 1,000 are dropped, from when the last one started',
    (performance.now() - allIn) / 1000,
    35,
    's',
  )
  for (const socket of sockets) socket.destroy()
  await stop(server)
}

// 4. One source floods 2,000 requests a second for 2 seconds: how many answers it gets.
{
  const server = await startServe()
  const socket = createSocket('udp4')
  let answers = 0
  socket.on('message', () => answers++)
  await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const started = performance.now()
  for (let i = 0; i < 4000; i++) {
    socket.send(bindingRequest(i), server.port, '127.0.0.1')
    // 20 every 10 ms is 2,000 a second.
    if (i % 20 === 19) await sleep(Math.max(0, started + ((i + 1) / 2000) * 1000 - performance.now()))
  }
  const seconds = (performance.now() - started) / 1000
  await sleep(500)
  const { stun } = await health(server.url)
  console.log(
    `        (sent 4,000 in ${seconds.toFixed(1)} s; the server read ${stun.received}, limited ${stun.rateLimited})`,
  )
  report(
    'answers one source gets flooding 2,000/s for 2 s',
    answers,
    100 + Math.ceil(200 * seconds),
    'answers',
  )
  report('answers a second to that source', answers / seconds, 250, '/s')
  socket.close()
  await stop(server)
}

// 5. A STUN flood from 50 sources at once with --delay 60000 (every reply waits a minute): the
//    delay queue is bounded, so memory is too. It once grew from 57 to 222 MB.
{
  const server = await startServe(['--delay', '60000'])
  const before = rssMb(server.child.pid)
  const sockets = []
  for (let i = 0; i < 50; i++) {
    const socket = createSocket('udp4')
    // 127.0.1.n are loopback on Linux; elsewhere they all share 127.0.0.1 (one source, rate-limited).
    await new Promise((resolve) =>
      socket.bind(0, process.platform === 'linux' ? `127.0.1.${i + 1}` : '127.0.0.1', resolve),
    )
    sockets.push(socket)
  }
  const started = performance.now()
  let sent = 0
  while (performance.now() - started < 5000) {
    for (const socket of sockets)
      for (let k = 0; k < 10; k++) socket.send(bindingRequest(sent++), server.port, '127.0.0.1')
    await sleep(5)
  }
  await sleep(500)
  const after = rssMb(server.child.pid)
  const { stun } = await health(server.url)
  console.log(
    `        (${sent} requests from 50 sources in 5 s; read ${stun.received}, queue full ${stun.queueFull}, limited ${stun.rateLimited}, shed ${stun.shed}; RSS ${before?.toFixed(1)} MB before)`,
  )
  report('RSS under a STUN flood with --delay 60000', after ?? NaN, 150, 'MB')
  for (const socket of sockets) socket.close()
  await stop(server)
}

// 6. Issue 23, finding 3: slow-header connections from 40 client addresses (127.0.1.1-40, 32 each,
//    reconnecting as soon as they are dropped: 1,280 against the cap of 1,000), and an honest
//    client (127.0.0.2) that sends one complete request at a time meanwhile. Linux only (other
//    systems have one loopback address).
if (process.platform === 'linux') {
  const server = await startServe()
  let stopped = false
  let opened = 0
  const floodSockets = new Set()
  const slow = (address) => {
    if (stopped) return
    opened++
    const socket = connect({ port: server.port, host: '127.0.0.1', localAddress: address })
    floodSockets.add(socket)
    socket.on('error', () => {})
    socket.on('connect', () => socket.write('GET /__down?bytes=10 HTTP/1.1\r\nHost: bench\r\nX-Slow: '))
    socket.on('close', () => {
      floodSockets.delete(socket)
      setImmediate(() => slow(address))
    })
  }
  for (let a = 1; a <= 40; a++) for (let i = 0; i < 32; i++) slow(`127.0.1.${a}`)
  let state = await health(server.url)
  while (state.open < 990) {
    await sleep(100)
    state = await health(server.url)
  }
  const honest = () =>
    new Promise((resolve) => {
      const request = get(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/__down?bytes=1000',
          localAddress: '127.0.0.2',
          agent: false,
        },
        (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode === 200))
        },
      )
      request.setTimeout(5000, () => request.destroy())
      request.on('error', () => resolve(false))
    })
  let served = 0
  const tries = 60
  for (let i = 0; i < tries; i++) {
    if (await honest()) served++
    await sleep(50)
  }
  state = await health(server.url)
  stopped = true
  for (const socket of floodSockets) socket.destroy()
  console.log(
    `        (${opened} slow connections opened; the server held ${state.open}, shed ${state.shedUnfinished} unfinished ones for newcomers, refused ${state.refusedPerClient} over the per-client cap and ${state.refusedBusy} when full)`,
  )
  report(
    'honest requests served during a slow-connection flood',
    Math.round((100 * served) / tries),
    100,
    '%',
    {
      higherIsBetter: true,
    },
  )
  await stop(server)
}

// 7. Issue 23, finding 4: 55 sources at about 218 Binding Requests a second each (12,000 a second
//    in all, just over the per-source rate), and an honest train of 50 a second from another
//    address for 10 s: its loss, and what the server shed.
/** Datagrams the kernel dropped for a full receive buffer, in this network namespace (Linux). */
function receiveBufferDrops() {
  const lines = readFileSync('/proc/net/snmp', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('Udp: '))
  const names = lines[0].split(' ')
  return Number(lines[1].split(' ')[names.indexOf('RcvbufErrors')])
}

if (process.platform === 'linux') {
  const server = await startServe()
  const kernelDropsBefore = receiveBufferDrops()
  const cpuBefore = cpuMs(server.child.pid)
  const sources = []
  for (let i = 0; i < 55; i++) {
    const socket = createSocket('udp4')
    await new Promise((resolve) => socket.bind(0, `127.0.2.${i + 1}`, resolve))
    sources.push(socket)
  }
  const honest = createSocket('udp4')
  await new Promise((resolve) => honest.bind(0, '127.0.0.2', resolve))
  const answered = new Set()
  const sentAt = []
  const rtts = []
  let shedNoted = false
  honest.on('message', (packet) => {
    const n = packet.readUInt32BE(16)
    if (!answered.has(n) && sentAt[n] !== undefined) rtts.push(performance.now() - sentAt[n])
    answered.add(n)
    if (packet.length > 32 && packet.readUInt16BE(32) === 0xc05c) shedNoted = true
  })
  let stopFlood = false
  let flooded = 0
  const started = performance.now()
  const flooding = (async () => {
    while (!stopFlood) {
      const due = Math.floor(((performance.now() - started) / 1000) * 12_000)
      for (; flooded < due; flooded++)
        sources[flooded % 55].send(bindingRequest(flooded), server.port, '127.0.0.1')
      await sleep(2)
    }
  })()
  let sent = 0
  while (performance.now() - started < 10_000) {
    sentAt[sent] = performance.now()
    honest.send(bindingRequest(sent++), server.port, '127.0.0.1')
    await sleep(Math.max(0, started + sent * 20 - performance.now()))
  }
  await sleep(1000)
  stopFlood = true
  await flooding
  const { stun } = await health(server.url)
  const cpu = cpuMs(server.child.pid) - cpuBefore
  const seconds = (performance.now() - started) / 1000
  const kernelDrops = receiveBufferDrops() - kernelDropsBefore
  console.log(
    `        (flood: ${flooded} datagrams, ${Math.round(flooded / seconds)} a second; server read ${stun.received}, shed ${stun.shed}, rate-limited ${stun.rateLimited}, answered ${stun.answered}; the honest client's answers ${shedNoted ? 'said' : 'did not say'} the server was shedding)`,
  )
  console.log(
    `        (the kernel dropped ${kernelDrops} datagrams, ${((100 * kernelDrops) / (flooded + sent)).toFixed(1)}% of all sent, before the server could read them: its receive buffer was full while the process waited for a CPU)`,
  )
  rtts.sort((a, b) => a - b)
  // A client counts an answer later than its lateness limit as lost: 1 s in a default run, 300 ms with --quick.
  const lossWithin = (ms) => (100 * (sent - rtts.filter((rtt) => rtt <= ms).length)) / sent
  const at = (q) =>
    rtts.length ? rtts[Math.min(rtts.length - 1, Math.floor(q * rtts.length))].toFixed(1) : 'n/a'
  console.log(
    `        (the server's UDP receive buffer: ${Math.round(stun.receiveBuffer / 1024)} KB as the system reports it; the honest answers' round trip: median ${at(0.5)} ms, 99th percentile ${at(0.99)} ms, slowest ${at(1)} ms)`,
  )
  console.log(
    `        (the server used ${Math.round(cpu)} ms of CPU, ${((1000 * cpu) / Math.max(1, stun.received)).toFixed(1)} µs a datagram read; answers later than 300 ms, lost to a --quick run: ${lossWithin(300).toFixed(1)}%; any answer at all: ${((100 * (sent - answered.size)) / sent).toFixed(1)}% lost)`,
  )
  report('honest probe loss during a 12,000/s flood (answers within 1 s)', lossWithin(1000), 1, '%')
  for (const socket of [...sources, honest]) socket.close()
  await stop(server)
}
