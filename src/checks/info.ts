import type { CheckId } from '../report/model.js'
import type { CheckInfo } from './types.js'
import { DEVICES_LIMIT_MS } from './devices/thresholds.js'
import { PROTECTION_LIMIT_MS } from './protection/thresholds.js'

/**
 * What the run knows of each check before its code loads: its name, what the progress line says,
 * its time limit and the sessions that need it. The registry (./index.ts) loads a check's code only
 * when the check starts; each check spreads its entry here into itself, so both read one source.
 * The ids are CHECK_IDS (src/report/model.ts): the type makes a missing or extra entry an error.
 */
export const checkInfo: { readonly [K in CheckId]: CheckInfo & { id: K } } = {
  wifi: {
    id: 'wifi',
    title: (say) => say('wifi.title'),
    activity: (say) => say('wifi.activity'),
    // macOS may fall back to system_profiler (2-3 s); Linux and Windows answer well within this.
    timeoutMs: 12_000,
  },
  connection: {
    id: 'connection',
    title: (say) => say('connection.title'),
    activity: (say) => say('connection.activity'),
  },
  apps: {
    id: 'apps',
    title: (say) => say('apps.title'),
    activity: (say) => say('apps.activity'),
    // A cold PowerShell start on a slow Windows laptop is the slowest part.
    timeoutMs: 15_000,
  },
  devices: {
    id: 'devices',
    title: (say) => say('devices.title'),
    activity: (say) => say('devices.activity'),
    timeoutMs: DEVICES_LIMIT_MS,
    // A chat session uses no camera or microphone (issue 18).
    sessions: ['video', 'audio'],
  },
  protection: {
    id: 'protection',
    title: (say) => say('protection.title'),
    activity: (say) => say('protection.activity'),
    timeoutMs: PROTECTION_LIMIT_MS,
  },
  checklist: {
    id: 'checklist',
    interactive: true,
    title: (say) => say('checklist.title'),
    activity: (say) => say('checklist.activity'),
  },
  link: {
    id: 'link',
    title: (say) => say('link.title'),
    activity: (say) => say('link.activity'),
    timeoutMs: 10_000,
  },
}
