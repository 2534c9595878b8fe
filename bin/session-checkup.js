#!/usr/bin/env node
// Plain JavaScript on purpose: this file must parse on any Node version, so that an old Node
// gets one plain sentence instead of a SyntaxError from the build.
var major = Number(String(process.versions.node).split('.')[0])
if (!(major >= 20)) {
  process.stderr.write(
    'session-checkup needs Node.js 20 or newer; you have ' + major + '.x. Get it at nodejs.org.\n',
  )
  process.exitCode = 2
} else {
  import('../dist/bundle/start.js').catch(function (error) {
    process.stderr.write('session-checkup could not start: ' + (error && error.message) + '\n')
    process.exitCode = 2
  })
}
