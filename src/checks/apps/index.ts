import type { Check } from '../types.js'

/** Placeholder until this check's issue lands: it reports itself as skipped, honestly. */
export const appsCheck: Check = {
  id: 'apps',
  title: 'This computer',
  activity: 'Looking at apps on this computer',
  async run() {
    return { status: 'skip', summary: 'This check is not available in this version yet.', advice: [] }
  },
}
