import { createProcessIo } from './io.js'
import { main } from './main.js'

// The entry that bin/session-check.js imports: the only place that sets the exit code.
const io = createProcessIo()
// `session-check --json | head -c 20` closes the pipe early: that is not an error worth a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}
process.exitCode = await main(process.argv.slice(2), io)
