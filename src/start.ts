import { earlyAnswer } from './early-answer.js'

// The entry that bin/session-checkup.js imports: the only place that sets the exit code.
// `--version` and `--help` answer first, before anything else loads. The build bundles this file
// alone (build.config.mjs): answering them reads one small file (test/unit/bundle-loading.test.ts).
const early = earlyAnswer(process.argv.slice(2), process.stdout, () => ({
  env: process.env,
  systemLocale: () => Intl.DateTimeFormat().resolvedOptions().locale,
}))
if (early !== undefined) process.stdout.write(early)
else await (await import('./run-program.js')).runProgram()
