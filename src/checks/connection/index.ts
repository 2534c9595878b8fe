import type { Check } from '../types.js'

/** Placeholder until this check's issue lands: it reports itself as skipped, honestly. */
export const connectionCheck: Check = {
  id: 'connection',
  title: 'Connection',
  activity: 'Measuring your connection',
  async run() {
    return { status: 'skip', summary: 'This check is not available in this version yet.', advice: [] }
  },
}
