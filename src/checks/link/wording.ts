import { RUN_COMMAND } from '../../tool.js'
import type { FindingCode } from './analyse.js'

/*
 * Every sentence the link check says, whole. `host` is always the ASCII host (an IDN in its
 * xn-- form, so a lookalike cannot pass itself off here too); the path and query, which hold
 * the meeting's key, never appear.
 */

export interface Values {
  host: string
  platform?: string
  target?: string
  /** True when --offline kept the tool from looking where a shortened link leads. */
  offline?: boolean
}

export const DO_NOT_OPEN = "Don't open this link. Ask your therapist to confirm the link by phone or through the practice's portal."
const CHECK_FIRST = "Before you open it, check with your therapist, by phone or through the practice's portal, that this is their link."

interface FindingWords {
  summary(values: Values): string
  advice(values: Values): string
}

/** Online findings share the table with the offline ones. */
export type WordedCode = FindingCode | 'certificate-invalid' | 'not-found'

export const findingWords: Record<WordedCode, FindingWords> = {
  'user-info': {
    summary: ({ host }) => `This link hides its real address: it goes to ${host}, not to the name written at its start.`,
    advice: () => DO_NOT_OPEN,
  },
  'ip-host': {
    summary: ({ host }) => `This link goes to a bare internet address (${host}) instead of a named website; video platforms don't send links like that.`,
    advice: () => DO_NOT_OPEN,
  },
  'idn-confusable': {
    summary: ({ host, platform }) => `This link goes to ${host}, which uses letters from another alphabet to look like ${platform}'s address.`,
    advice: () => DO_NOT_OPEN,
  },
  'idn-mixed-script': {
    summary: ({ host }) => `This link's address (${host}) mixes letters from different alphabets, a trick used to imitate real websites.`,
    advice: () => DO_NOT_OPEN,
  },
  'lookalike-label': {
    summary: ({ host, platform }) => `This link goes to ${host}, which uses ${platform}'s name but is not ${platform}'s address.`,
    advice: () => DO_NOT_OPEN,
  },
  'lookalike-typo': {
    summary: ({ host, platform }) => `This link goes to ${host}, which looks like ${platform}'s address but is spelled differently.`,
    advice: () => DO_NOT_OPEN,
  },
  'certificate-invalid': {
    summary: ({ host }) => `The website at ${host} could not prove who it is: its security certificate is not valid for that name.`,
    advice: () => DO_NOT_OPEN,
  },
  'not-https': {
    summary: ({ host }) => `This link to ${host} is not a secure link (it does not start with https://), so others on the network could read what it sends.`,
    advice: () => "Don't open this link. Ask your therapist for the secure link, which starts with https://, by phone or through the practice's portal.",
  },
  'not-found': {
    summary: ({ host }) => `The address ${host} does not exist on the internet, so this link cannot work.`,
    advice: () => "Ask your therapist to send the link again, by phone or through the practice's portal.",
  },
  'other-platform': {
    summary: ({ host, platform }) => `This link goes to ${platform} (${host}), but your practice's checklist names other platforms for its sessions.`,
    advice: ({ platform }) => `Before you open it, check with your therapist that they meant to use ${platform} this time.`,
  },
  'unknown-host': {
    summary: ({ host }) => `This link goes to ${host}, which is not a video platform this tool knows.`,
    advice: () => CHECK_FIRST,
  },
  shortener: {
    summary: ({ host, target }) => target
      ? `This is a shortened link (${host}); it leads to ${target}.`
      : `This is a shortened link (${host}), which hides where it really goes.`,
    advice: ({ target, offline }) => target
      ? 'Next time, ask your therapist for the full link: a shortened link hides where it goes until you open it.'
      : offline
        ? `Ask your therapist for the full link, or run ${RUN_COMMAND} link again without --offline to see where it leads.`
        : "Ask your therapist for the full link, by phone or through the practice's portal, and open that one instead.",
  },
  'non-default-port': {
    summary: ({ host }) => `This link uses an unusual port number on ${host}; video platforms' own links don't.`,
    advice: () => CHECK_FIRST,
  },
  'personal-room': {
    summary: ({ platform }) => `This is a personal room link on ${platform}: the same link your therapist may use for every client.`,
    advice: () => 'That is common, but ask your therapist whether the room has a waiting room, so you are let in only when the session before yours has ended.',
  },
  'no-passcode': {
    summary: ({ platform }) => `This ${platform} link has no passcode in it.`,
    advice: () => 'Ask your therapist whether the meeting has a passcode or a waiting room, so nobody else can walk in.',
  },
}

/** Summaries when nothing is wrong. */
export const passWords = {
  platformVerified: ({ host, platform }: Values) => `This link goes to ${host}, ${platform}'s own address, and the site proved it with a valid security certificate.`,
  platformUnverified: ({ host, platform }: Values) => `This link goes to ${host}, ${platform}'s own address.`,
  practiceVerified: ({ host }: Values) => `This link goes to ${host}, an address your practice lists for its sessions, and the site proved it with a valid security certificate.`,
  practiceUnverified: ({ host }: Values) => `This link goes to ${host}, an address your practice lists for its sessions.`,
}

/** Labels and values of the facts shown under --verbose (the host only, never the path). */
export const factWords = {
  host: 'Link goes to',
  platform: 'Platform',
  unknownPlatform: 'not one this tool knows',
  certificate: 'Security certificate',
  certificateStates: {
    offline: 'not checked (--offline)',
    skipped: 'not checked (the link failed before it)',
    'not-found': 'not checked (the name does not exist)',
    unreachable: 'not checked (the site could not be reached)',
    'certificate-invalid': 'not valid for this name',
    'certificate-valid': 'valid',
  },
} as const

/** Said after the summary when the network part could not run or was turned off. */
export const onlineNotes = {
  offline: 'The website itself was not contacted (--offline), so its security certificate was not checked.',
  unreachable: 'The website could not be reached just now, so its security certificate was not checked.',
}

/** The one sentence for bad input (exit 2). The link itself is never repeated: it may be a key. */
export const inputProblemWords = {
  empty: `The meeting link is empty; copy the whole link from the email or text, for example: ${RUN_COMMAND} link "https://…".`,
  'too-long': 'The meeting link is longer than 2,000 characters, which no meeting link is; copy just the link from the email or text and try again.',
  'control-characters': 'The meeting link holds invisible control characters; copy the link again from the email or text, or type it in.',
  'not-a-url': 'That is not a web link; copy the whole link from the email or text, starting with https://, and try again.',
  'only-needs-link': `--only link needs the link to check: add --link "https://…", or run ${RUN_COMMAND} link "https://…".`,
} as const
