/** English: `session-checkup serve`'s usage errors, read by whoever starts the server (src/commands/serve.ts). */
export const serve = {
  'serve.flag.number': '{flag} takes a number from {min} to {max}; you gave "{value}".',
  'serve.flag.whole': '{flag} takes a whole number from {min} to {max}; you gave "{value}".',
  'serve.flag.pem': '{flag}: could not read "{file}".',
  'serve.flag.cors':
    '--cors takes one web origin such as https://practice.example.org (no path); you gave "{value}".',
  'serve.flag.certKey': '--cert and --key go together: give both to serve HTTPS, or neither for HTTP.',
  'serve.flag.port': '--port takes a whole number from 0 to 65535.',
  'serve.listen': 'Could not listen on {host} port {port}: {why}.',
  'serve.listen.inUse': 'that port is already in use',
  'serve.listen.noPermission': 'this user may not use that port',
  'serve.listen.notHere': 'that address is not on this computer',
  'serve.flag.endpoint':
    '--endpoint takes the address of your speed endpoint, such as https://speed.practice.example.org, without a user name, password, query or #; you gave "{value}".',
  'serve.flag.endpointAlone':
    '--endpoint goes with --write-static: it names the endpoint the written page measures against.',
  'serve.static.noPage':
    'The web page is not built here, so there is nothing to copy; run npm run build first.',
  'serve.static.notEmpty':
    'Did not write the page to {dir}: the folder has other files in it; give a new or empty folder, or a folder written by --write-static before.',
  'serve.static.failed': 'Could not write the page to {dir}: {why}.',
  'serve.static.wrote':
    'Wrote the web check page to {dir}; it may contact only its own address and {endpoint}.',
  'serve.static.wroteSelf': 'Wrote the web check page to {dir}; it may contact only its own address.',
  // What `serve` says when it starts and stops (src/commands/serve.ts), read by whoever runs it.
  'serve.start.ready': 'Speed endpoint ready at {url}',
  'serve.start.page': 'Web check page at {url}/',
  'serve.start.pageChecklist': 'Web check page at {url}/, with your checklist',
  'serve.start.measure': 'Measure against it with: {command} --server {url}',
  'serve.start.measureStun': 'Measure against it with: {command} --server {url} --stun {stun}',
  'serve.start.thisComputer': '<this-computer>',
  'serve.start.wildcard':
    "It listens on every address of this computer: use this computer's name or address in place of the one above.",
  'serve.start.receiveBuffer':
    "The UDP receive buffer is {kb} KB, the most this system allows; under a UDP flood, clients' loss readings may then count datagrams the system dropped while this process waited for a CPU. To allow {mb} MB on Linux: sudo sysctl -w net.core.rmem_max={bytes}",
  'serve.start.noUdp':
    'The UDP probe could not start on this port, so packet loss cannot be measured against this server.',
  'serve.start.impairments': 'Impairments: {list}.',
  'serve.impair.rate': 'rate {mbps} Mbit/s each way',
  'serve.impair.delay': 'delay {ms} ms',
  'serve.impair.jitter': 'jitter ±{ms} ms',
  'serve.impair.drop': 'UDP drop {percent}%',
  'serve.start.cors': "Web pages of {origin} may use it; no other site's pages may.",
  'serve.start.limits': 'Limits:',
  'serve.limits.connections':
    'connections: {total} in all, {perClient} per client address (IPv6: per /64, and {per56} per /56, {per48} per /48); unfinished requests make room for new connections at the cap; {perConnection} requests and {pipelined} sent ahead per connection; request head {headKb} KB',
  'serve.limits.time':
    'time limits: headers {headers} s, whole request {request} s, idle kept-alive connection {idle} s, no progress {stall} s',
  'serve.limits.stun':
    'STUN: {perSource} answers a second per source address (first {burst} at once), {total} a second in all, {sources} sources remembered, {queued} delayed replies waiting; above {shedAbove} arriving a second, sources over half their rate are shed; source ports below 1024 are ignored',
  'serve.start.stopHint': 'Press Ctrl-C to stop.',
  'serve.stopping.drain': 'Stopping: letting the requests under way finish (up to {seconds} s)…',
  'serve.stopping': 'Stopping…',
  'serve.stopped': 'Stopped. It answered {requests} requests and {probes} STUN probes.',
} as const
