import type { SessionType } from '../../report/model.js'
import type { ChecklistQuestion, DefaultQuestion } from './types.js'
import type { Language } from '../../messages/index.js'
import { builtInQuestionIn } from './languages.js'

/**
 * The built-in privacy checklist, in the order it is asked. Consolidated from the guidance
 * clients are given (shared/research/apps-checklist.md, sections 5 and 6). Each session type asks
 * at most 8, so a nervous client is done in under a minute. Sensitive questions (location, phone)
 * are yes/no only: the tool never asks for, stores or prints an address, a number or a name.
 * The Wi-Fi question comes last, so the Wi-Fi check has usually finished by the time we reach it.
 * Their words live only in the message catalogue (`checklist.q.<id>.<field>`), so every language has
 * them and none is a fallback for another.
 */
export const defaultQuestions: readonly DefaultQuestion[] = [
  {
    id: 'private-space',
    level: 'required',
    sessions: ['video', 'audio', 'text'],
    sources: [
      'APA Office and Technology Checklist for Telepsychological Services (2020)',
      'HHS telehealth.hhs.gov: Telehealth privacy for patients',
      'VA Video Connect appointment e-mail',
      'SimplePractice: preparing for a telehealth session',
      'NHS trust video-consultation leaflets',
    ],
  },
  {
    id: 'safe-not-driving',
    level: 'required',
    sessions: ['video', 'audio', 'text'],
    sources: [
      'VA Video Connect appointment e-mail',
      'HHS telehealth.hhs.gov: Telehealth privacy for patients',
      'SimplePractice practices',
    ],
  },
  {
    id: 'know-location',
    level: 'required',
    sessions: ['video', 'audio', 'text'],
    sources: [
      "APA Office and Technology Checklist (2020): confirm the client's location at the start of each session",
      'VA Video Connect appointment e-mail',
      'Family Process telehealth table (PMC7404738)',
    ],
  },
  {
    id: 'headphones',
    level: 'advisory',
    sessions: ['video', 'audio'],
    sources: [
      "HHS behavioral-health guide: Protecting patients' privacy",
      'SimplePractice practices',
      "NHS King's College Hospital leaflet",
    ],
  },
  {
    id: 'callback-number',
    level: 'advisory',
    sessions: ['video', 'text'],
    sources: [
      'APA Office and Technology Checklist (2020)',
      'VA Video Connect appointment e-mail',
      'AACE telehealth guidance',
    ],
  },
  {
    id: 'backup-plan',
    level: 'advisory',
    sessions: ['audio'],
    sources: [
      'APA Guidelines for the Practice of Telepsychology (2013): plan for technology failure',
      'VA Video Connect: audio dial-in backup',
    ],
  },
  {
    id: 'own-device',
    level: 'advisory',
    sessions: ['text'],
    sources: ['HHS OCR: Telehealth Privacy and Security Tips for Patients (October 2023)'],
  },
  {
    id: 'devices-silenced',
    topic: 'do-not-disturb',
    level: 'advisory',
    sessions: ['video', 'audio', 'text'],
    sources: [
      'Widely shared teletherapy tips (Essig and Russell, via Psychology Today)',
      'SimplePractice practices',
      'Zocdoc, The Paper Gown',
    ],
  },
  {
    id: 'smart-speakers',
    level: 'advisory',
    sessions: ['video', 'audio'],
    sources: ['HHS OCR: Telehealth Privacy and Security Tips for Patients (October 2023)'],
  },
  {
    id: 'secure-network',
    level: 'advisory',
    sessions: ['video', 'text'],
    // A passing Wi-Fi check means a WPA2 or WPA3 protected network: no need to ask.
    answeredBy: { check: 'wifi', status: 'pass' },
    sources: [
      'APA Office and Technology Checklist (2020)',
      'HHS behavioral-health guide: avoid public Wi-Fi',
      'HHS OCR (October 2023)',
    ],
  },
  {
    id: 'microphone-ready',
    // The devices check's "try your microphone" step says the same: the report keeps one.
    topic: 'microphone-test',
    level: 'advisory',
    // Video sessions are at the 8-question cap; the camera and microphone check covers them there.
    sessions: ['audio'],
    // A passing camera and microphone check means a microphone that is there, allowed, unmuted and free.
    answeredBy: { check: 'devices', status: 'pass' },
    sources: [
      'HHS telehealth.hhs.gov: test your device before the appointment',
      'Doxy.me pre-call test: close other apps using the camera or microphone',
      'VA Video Connect: test your microphone',
    ],
  },
]

/** The most questions a built-in list asks, so a nervous client is done in under a minute. */
export const MAX_DEFAULT_QUESTIONS = 8

/** The built-in questions for one kind of session, in asking order, in one language. */
export function defaultQuestionsFor(session: SessionType, language: Language): ChecklistQuestion[] {
  return defaultQuestions
    .filter((question) => question.sessions.includes(session))
    .map((question) => builtInQuestionIn(question, language))
}
