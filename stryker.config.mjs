// `npm run mutate`: StrykerJS over the pure cores (issue 15): the parsers of OS output, the
// evaluate functions of each check, and the connection statistics. Slow (tens of minutes on two
// cores), so it does not run in CI; the README's Development section has the last score.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // Run one file or folder at a time on a busy machine, e.g.
  // `npx stryker run --mutate src/platform/wifi/windows.ts --concurrency 1`.
  mutate: [
    'src/platform/wifi/{iw,nmcli,wpa-cli,macos,windows,linux-link}.ts',
    'src/platform/processes/parse-*.ts',
    'src/platform/devices/parse-*.ts',
    'src/platform/battery/pmset.ts',
    'src/platform/do-not-disturb.ts',
    'src/checks/*/{evaluate,findings,thresholds}.ts',
    'src/net/stats.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: '.tmp/stryker-incremental.json',
  tempDirName: '.tmp/stryker',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.tmp/mutation/index.html' },
  jsonReporter: { fileName: '.tmp/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10_000,
}
