import type { Io } from '../io.js'
import { UsageError } from '../cli/errors.js'

/** `session-check serve`: placeholder until the connection check's issue lands. */
export async function runServe(_flags: Record<string, string | boolean | undefined>, _io: Io): Promise<number> {
  throw new UsageError('session-check serve is not available in this version yet.')
}
