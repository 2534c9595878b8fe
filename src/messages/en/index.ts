/**
 * Every sentence a person reads, in English. Whole sentences with named {placeholders};
 * {app} and {command} are filled in for every sentence (src/tool.ts). Keys are `area.what`; a
 * sentence that has a weak-signal form has it under `<key>Weak`.
 *
 * One file per check or part (issue 24), so a change of wording touches one small file per
 * language: `wifi.ts` holds the `wifi.*` keys, `errors.ts` the `error.*` keys, `common.ts` the
 * few words every part shares. Another language is one more folder with the same files
 * (src/messages/index.ts registers it); the type makes a missing key a compile error.
 */
import { common } from './common.js'
import { wifi } from './wifi.js'
import { apps } from './apps.js'
import { checklist } from './checklist.js'
import { connection } from './connection.js'
import { link } from './link.js'
import { devices } from './devices.js'
import { protection } from './protection.js'
import { crisis } from './crisis.js'
import { report } from './report.js'
import { errors } from './errors.js'
import { serve } from './serve.js'
import { web } from './web.js'

export const en = {
  ...common,
  ...wifi,
  ...apps,
  ...checklist,
  ...connection,
  ...link,
  ...devices,
  ...protection,
  ...crisis,
  ...report,
  ...errors,
  ...serve,
  ...web,
} as const
