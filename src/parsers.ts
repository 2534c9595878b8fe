/**
 * Pure parsers of OS command output, for reuse: `import { … } from 'session-check/parsers'`.
 * Each one names the exact command whose output it reads.
 */
export {}
