import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Keep the developer's terminal settings out of the tests: renderers get colour explicitly.
    env: { NO_COLOR: '', FORCE_COLOR: '', SESSION_CHECK_TEST: '1' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
})
