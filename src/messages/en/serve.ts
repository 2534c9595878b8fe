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
} as const
