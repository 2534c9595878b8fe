import type { Io } from '../io.js'
import { UsageError } from '../cli/errors.js'

/** `session-check checklist init`: placeholder until the checklist issue lands. */
export async function runChecklistInit(_file: string | undefined, _flags: { force?: boolean }, _io: Io): Promise<number> {
  throw new UsageError('session-check checklist init is not available in this version yet.')
}

/** `session-check checklist validate`: placeholder until the checklist issue lands. */
export async function runChecklistValidate(_source: string, _io: Io): Promise<number> {
  throw new UsageError('session-check checklist validate is not available in this version yet.')
}
