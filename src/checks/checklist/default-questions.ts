import type { SessionType } from '../../report/model.js'
import type { ChecklistQuestion, DefaultQuestion } from './types.js'

/**
 * The built-in privacy checklist, in the order it is asked. Consolidated from the guidance
 * clients are given (shared/research/apps-checklist.md, sections 5 and 6). Each session type asks
 * at most 8, so a nervous client is done in under a minute. Sensitive questions (location, phone)
 * are yes/no only: the tool never asks for, stores or prints an address, a number or a name.
 * The Wi-Fi question comes last, so the Wi-Fi check has usually finished by the time we reach it.
 */
export const defaultQuestions: readonly DefaultQuestion[] = [
  {
    id: 'private-space',
    text: 'Are you in a private space where no one can overhear you or see your screen?',
    why: 'What you share in therapy stays private only if no one else can hear it or read it.',
    fix: 'Find a room where you can close the door, or tell your therapist at the start so you can decide together what to do.',
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
    text: 'Are you somewhere safe, and not driving? (A parked car is fine.)',
    why: 'A session needs your full attention, and talking about hard things while driving is not safe.',
    fix: 'Stop somewhere safe before the session starts, or let your therapist know you need a few more minutes.',
    level: 'required',
    sessions: ['video', 'audio', 'text'],
    sources: ['VA Video Connect appointment e-mail', 'HHS telehealth.hhs.gov: Telehealth privacy for patients', 'SimplePractice practices'],
  },
  {
    id: 'know-location',
    text: 'Do you know the address where you are right now, in case of an emergency?',
    why: 'If there is ever an emergency during a session, your therapist needs to know where to send help; you tell them yourself, this tool never asks for it.',
    fix: 'Before the session, look up the address where you are (for example in a map app) so you can tell your therapist if they ask.',
    level: 'required',
    sessions: ['video', 'audio', 'text'],
    sources: [
      'APA Office and Technology Checklist (2020): confirm the client\'s location at the start of each session',
      'VA Video Connect appointment e-mail',
      'Family Process telehealth table (PMC7404738)',
    ],
  },
  {
    id: 'headphones',
    text: 'Will you use headphones or earbuds?',
    why: 'Headphones keep your therapist\'s voice from being overheard by anyone nearby.',
    fix: 'If you have headphones or earbuds, connect them now; if not, keep the volume low.',
    level: 'advisory',
    sessions: ['video', 'audio'],
    sources: ['HHS behavioral-health guide: Protecting patients\' privacy', 'SimplePractice practices', 'NHS King\'s College Hospital leaflet'],
  },
  {
    id: 'callback-number',
    text: 'Does your therapist have a phone number to reach you if the connection drops?',
    why: 'If the connection drops, a phone number lets your therapist reach you quickly instead of leaving you waiting.',
    fix: 'Make sure your therapist has a current phone number for you; you can tell them at the start of the session.',
    level: 'advisory',
    sessions: ['video', 'text'],
    sources: ['APA Office and Technology Checklist (2020)', 'VA Video Connect appointment e-mail', 'AACE telehealth guidance'],
  },
  {
    id: 'backup-plan',
    text: 'Do you know what you and your therapist will do if the call drops?',
    why: 'Knowing the plan, such as who calls whom, makes a dropped call much less stressful.',
    fix: 'Ask your therapist at the start what to do if the call drops, for example who calls back.',
    level: 'advisory',
    sessions: ['audio'],
    sources: ['APA Guidelines for the Practice of Telepsychology (2013): plan for technology failure', 'VA Video Connect: audio dial-in backup'],
  },
  {
    id: 'own-device',
    text: 'Are you using your own device, not a work, shared or public computer?',
    why: 'On a shared or work computer, other people or an employer may be able to see your messages.',
    fix: 'Use your own phone or computer if you can; if not, log out and close the chat when you finish.',
    level: 'advisory',
    sessions: ['text'],
    sources: ['HHS OCR: Telehealth Privacy and Security Tips for Patients (October 2023)'],
  },
  {
    id: 'devices-silenced',
    text: 'Are notifications silenced and other devices off, so nothing rings or pops up during the session?',
    why: 'Calls and message pop-ups interrupt you, and can show private messages if you share your screen.',
    fix: 'Turn on Do Not Disturb (called Focus on a Mac or iPhone) and silence or switch off other devices.',
    topic: 'do-not-disturb',
    level: 'advisory',
    sessions: ['video', 'audio', 'text'],
    sources: ['Widely shared teletherapy tips (Essig and Russell, via Psychology Today)', 'SimplePractice practices', 'Zocdoc, The Paper Gown'],
  },
  {
    id: 'smart-speakers',
    text: 'Are smart speakers, voice assistants and home cameras off or out of the room?',
    why: 'Devices that listen for a wake word, and home cameras, can hear or record parts of a session.',
    fix: 'Mute or unplug smart speakers and voice assistants, and switch off or cover home cameras in the room.',
    level: 'advisory',
    sessions: ['video', 'audio'],
    sources: ['HHS OCR: Telehealth Privacy and Security Tips for Patients (October 2023)'],
  },
  {
    id: 'secure-network',
    text: 'Are you on your own password-protected network, not public Wi-Fi?',
    why: 'Open and public networks are less private and often less reliable than your own.',
    fix: 'Use your home network or your phone\'s hotspot instead of public Wi-Fi.',
    level: 'advisory',
    sessions: ['video', 'text'],
    // A passing Wi-Fi check means a WPA2 or WPA3 protected network: no need to ask.
    answeredBy: { check: 'wifi', status: 'pass' },
    sources: ['APA Office and Technology Checklist (2020)', 'HHS behavioral-health guide: avoid public Wi-Fi', 'HHS OCR (October 2023)'],
  },
  {
    id: 'microphone-ready',
    text: 'Does your microphone work, with no other app using it?',
    why: 'In an audio session your voice is everything: a muted, blocked or busy microphone means your therapist cannot hear you.',
    fix: 'Before the session, open your call app\'s settings, speak, and check that the microphone level moves; close other apps that use the microphone.',
    level: 'advisory',
    // Video sessions are at the 8-question cap; the camera and microphone check covers them there.
    sessions: ['audio'],
    // A passing camera and microphone check means a microphone that is there, allowed, unmuted and free.
    answeredBy: { check: 'devices', status: 'pass' },
    sources: ['HHS telehealth.hhs.gov: test your device before the appointment', 'Doxy.me pre-call test: close other apps using the camera or microphone', 'VA Video Connect: test your microphone'],
  },
]

/** The most questions a built-in list asks, so a nervous client is done in under a minute. */
export const MAX_DEFAULT_QUESTIONS = 8

/** The built-in questions for one kind of session, in asking order. */
export function defaultQuestionsFor(session: SessionType): ChecklistQuestion[] {
  return defaultQuestions.filter((question) => question.sessions.includes(session))
}
