import type { Check } from '../types.js'

/** Placeholder until this check's issue lands: it reports itself as skipped, honestly. */
export const checklistCheck: Check = {
  interactive: true,
  id: 'checklist',
  title: 'Checklist',
  activity: 'Privacy checklist',
  async run() {
    return { status: 'skip', summary: 'This check is not available in this version yet.', advice: [] }
  },
}
