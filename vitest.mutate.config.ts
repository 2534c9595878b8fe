import { defineConfig } from 'vitest/config'

// The tests StrykerJS runs against each mutant: the unit tests (fast, in-process). End-to-end
// tests spawn the built binary, which mutants in src/ never reach, and the 10,000-input property
// sweeps would make each mutant cost seconds. The unit tests that measure real sockets on loopback
// (engine, failures, oversize, the connection check, serve) add nothing against these files and
// their timing would vary between mutants.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    exclude: [
      'test/unit/connection/{engine,failures,oversize,check,serve-command}.test.ts',
      'test/unit/platform/exec.test.ts',
    ],
    setupFiles: ['test/setup-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
})
