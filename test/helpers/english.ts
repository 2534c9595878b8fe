/**
 * The English sentences, as the tests name them. The product has no default language (the
 * language is one required value, decided once in main); tests that read English say so here.
 */
import { messagesFor } from '../../src/messages/index.js'

export const english = messagesFor('en')

export { english as msg }

/** Each check's steps and sentences in English, as the tests name them. */
export { adviceText, findingWords, runAgain, tipWords, steps }
import { adviceIn } from '../../src/checks/connection/wording.js'
import { findingWordsIn, RUN_AGAIN } from '../../src/checks/devices/wording.js'
import { stepsIn } from '../../src/checks/wifi/wording.js'

const adviceText = adviceIn(english)
const findingWords = findingWordsIn(english)
const runAgain = english(RUN_AGAIN)
const tipWords = {
  cameraCover: english('devices.step.cameraCover'),
  macosPrivacy: english('devices.step.macosPrivacy'),
} as const
const steps = stepsIn(english)

/** What the connection check says when speedtest-net is asked for but not installed. */
export const OOKLA_INSTALL_HINT = english('connection.error.ooklaMissing')
/** The note a client sees when the therapist's checklist link opened a web page. */
export const WEB_PAGE_NOTE = english('error.note.webPage')
