import type { Check } from '../types.js'

/** Placeholder until this check's issue lands: it reports itself as skipped, honestly. */
export const wifiCheck: Check = {
  id: 'wifi',
  title: 'Wi-Fi',
  activity: 'Checking your Wi-Fi',
  async run() {
    return { status: 'skip', summary: 'This check is not available in this version yet.', advice: [] }
  },
}
