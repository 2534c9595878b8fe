import { TOOL_NAME } from '../tool.js'
import { toolVersion } from '../version.js'
import { createHttpFetch } from './http-fetch.js'

/** The fetch every outside file is read with: the measurement's client, User-Agent and proxy settings. */
export function toolFetch(env: Readonly<Record<string, string | undefined>>): typeof globalThis.fetch {
  return createHttpFetch({ env, userAgent: `${TOOL_NAME}/${toolVersion()}` })
}
