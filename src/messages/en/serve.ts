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
} as const
