import type { Prepared } from '../types.js'

/** What the link check's prepare hands to run: the parsed link and the practice's platforms. */
export interface PreparedLink extends Prepared {
  url: URL
  meetingHosts: string[]
}
