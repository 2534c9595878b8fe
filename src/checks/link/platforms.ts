/*
 * The video platforms US therapy practices send session links for, with the domains each one
 * owns. A link whose host is one of these domains, or any name under it (Zoom's vanity names
 * such as yourpractice.zoom.us, Webex's site names), belongs to the platform: only the owner of
 * a domain can make names under it. To add a platform: one entry, with where its link format is
 * documented.
 */

/** How a platform's own links are shaped, for the "link shape" cautions. */
export interface LinkShape {
  /** Query parameter that carries the meeting passcode (Zoom: `pwd`). */
  passcodeParam?: string
  /** Path prefixes of a personal room: the same link for every meeting. */
  personalRoomPaths?: readonly string[]
}

export interface Platform {
  id: string
  name: string
  /** Registrable domains (or exact hosts) the platform owns; names under them count too. */
  domains: readonly string[]
  /**
   * Distinctive words from the platform's name. One of them as a label (or part of a hyphenated
   * label) of a host outside `domains`, or a near-miss spelling of one, marks a lookalike.
   * Generic words ("meet", "teams", "video") are left out so ordinary practice sites pass.
   */
  brandWords: readonly string[]
  /**
   * Other domains of the same company that are not the meeting platform (google.com for Google
   * Meet). They carry the brand word legitimately, so they are never called lookalikes; a link
   * there is still "not a video platform this tool knows" (Gmail's google.com/url wrapper, say).
   */
  relatedDomains?: readonly string[]
  shape?: LinkShape
  /** Where the domains and the link format are documented. */
  sources: readonly string[]
}

export const platforms: readonly Platform[] = [
  {
    id: 'zoom',
    name: 'Zoom',
    domains: ['zoom.us', 'zoom.com', 'zoomgov.com'],
    brandWords: ['zoom', 'zoomus', 'zoomgov'],
    shape: { passcodeParam: 'pwd', personalRoomPaths: ['/my/'] },
    sources: [
      'https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0061540 (vanity URLs: yourcompany.zoom.us)',
      'https://developers.zoom.us/blog/meeting-sdk-join-link/ (meeting number and passcode)',
      'https://www.powershellgallery.com/packages/ZoomZoom/1.0.1/Content/Public%5CStart-ZoomMeeting.ps1 (https://zoom.us/j/<id>?pwd=<passcode>)',
      'https://support.plymouth.edu/index.php?/Default/Knowledgebase/Article/View/608 (Personal Meeting ID and personal link zoom.us/my/<name>)',
    ],
  },
  {
    id: 'doxy',
    name: 'Doxy.me',
    domains: ['doxy.me'],
    brandWords: ['doxy', 'doxyme'],
    sources: [
      'https://helpcenter.doxy.me/en/articles/8272848-for-patients-how-to-check-in',
      'https://helpcenter.doxy.me/en/articles/14715278-shared-rooms',
    ],
  },
  {
    id: 'google-meet',
    name: 'Google Meet',
    domains: ['meet.google.com', 'g.co'],
    brandWords: ['google', 'googlemeet', 'gmeet'],
    relatedDomains: ['google.com', 'googleusercontent.com', 'goo.gl'],
    sources: [
      'https://developers.google.com/workspace/meet/add-ons/reference/websdk/addon_sdk.meetinginfo.meetingcode (meeting code aaa-bbbb-ccc)',
      'https://www.github.com/InteractionDesignFoundation/add-event-to-calendar-docs/discussions/38 (https://meet.google.com/<code>)',
    ],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    domains: [
      'teams.microsoft.com',
      'teams.live.com',
      'teams.microsoft.us',
      'gov.teams.microsoft.us',
      'dod.teams.microsoft.us',
    ],
    brandWords: ['microsoft', 'msteams', 'microsoftteams'],
    relatedDomains: [
      'microsoft.com',
      'microsoft.us',
      'live.com',
      'office.com',
      'outlook.com',
      'microsoftonline.com',
    ],
    sources: [
      'https://learn.microsoft.com/en-us/graph/api/resources/onlinemeetingbase (joinWebUrl: https://teams.microsoft.com/l/meetup-join/...)',
      'https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/teams-interoperability',
    ],
  },
  {
    id: 'webex',
    name: 'Webex',
    domains: ['webex.com'],
    brandWords: ['webex', 'ciscowebex'],
    relatedDomains: ['cisco.com'],
    shape: { personalRoomPaths: ['/meet/', '/join/'] },
    sources: [
      'https://www.cisco.com/c/en/us/td/docs/collaboration/meeting_center/wbs30/WebEx_BK_MB6269C1_00_meeting-center-frequently-asked-questions/WebEx_BK_MB6269C1_00_meeting-center-frequently-asked-questions_chapter_01.html (Personal Room https://sitename.webex.com/meet/username)',
      'https://www.globalservices.bt.com/en/my-account/support/collaboration/webex/user-guides/using-personal-rooms (https://sitename.webex.com/join/<user>)',
    ],
  },
  {
    id: 'vsee',
    name: 'VSee',
    domains: ['vsee.com', 'vsee.me'],
    brandWords: ['vsee'],
    sources: [
      'https://help.vsee.com/kb/articles/guest-scheduling',
      'https://developers.vsee.com/wiki/spaces/VD/pages/403997153/Patient+Side+Integration',
    ],
  },
  {
    id: 'whereby',
    name: 'Whereby',
    domains: ['whereby.com'],
    brandWords: ['whereby'],
    sources: [
      'https://www.skills.sh/membranedev/application-skills/whereby (rooms at whereby.com; official docs https://dev.whereby.com/)',
    ],
  },
  {
    id: 'simplepractice',
    name: 'SimplePractice',
    domains: ['simplepractice.com', 'clientsecure.me'],
    brandWords: ['simplepractice', 'clientsecure'],
    sources: [
      'https://support.simplepractice.com/hc/en-us/articles/360001196372-Getting-started-with-Telehealth (manually sharing a telehealth appointment link)',
      'https://yourchoicemht.com/plan-your-visit (the link comes in a SimplePractice "Telehealth Appointment Confirmation" email)',
    ],
  },
  {
    id: 'therapynotes',
    name: 'TherapyNotes',
    domains: ['therapynotes.com', 'therapyportal.com'],
    brandWords: ['therapynotes', 'therapyportal'],
    sources: [
      "https://support.therapynotes.com/article/318-start-a-telehealth-session-telehealth-2-0 (the invite link opens the portal's telehealth page)",
      'https://www.overcomewithus.com/sop/how-to-do-teletherapy-sessions (https://www.therapyportal.com/p/<practice>/telehealth/)',
    ],
  },
  {
    id: 'theranest',
    name: 'TheraNest',
    domains: ['theranest.com', 'ensorahealth.com'],
    brandWords: ['theranest', 'ensora', 'ensorahealth'],
    sources: [
      'https://theranest.zendesk.com/hc/en-us/articles/360051512412-Client-Join-Telehealth-Session',
      'https://experience.ensorahealth.com/teletherapy-103/join-a-teletherapy-session-5366',
    ],
  },
  {
    id: 'therapyappointment',
    name: 'TherapyAppointment',
    domains: ['therapyappointment.com'],
    brandWords: ['therapyappointment'],
    sources: [
      'https://support.therapyappointment.com/article/267-using-integrated-telehealth-in-therapyappointment',
    ],
  },
  {
    id: 'securevideo',
    name: 'SecureVideo',
    domains: ['securevideo.com'],
    brandWords: ['securevideo'],
    sources: [
      'https://compsych.securevideo.com/Knowledge/Details/205 (practices get a name under securevideo.com)',
    ],
  },
  {
    id: 'goto',
    name: 'GoTo Meeting',
    domains: ['gotomeeting.com', 'gotomeet.me', 'goto.com'],
    brandWords: ['gotomeeting', 'gotomeet'],
    sources: [
      'https://support.goto.com/meeting (meeting links at meet.goto.com, personal links at gotomeet.me/<name>)',
    ],
  },
  {
    id: 'jitsi',
    name: 'Jitsi Meet',
    domains: ['meet.jit.si', '8x8.vc'],
    brandWords: ['jitsi'],
    sources: [
      'https://developer.8x8.com/jaas/docs/iframe-api-invite',
      'https://jitsi.github.io/handbook/ (public rooms at https://meet.jit.si/<room>)',
    ],
  },
]

/**
 * Everyday words a practice's own domain may hold that happen to lie one or two letters from a
 * brand word ("therapist" is two from "theranest"); they are never taken for a lookalike.
 */
export const ordinaryWords: ReadonlySet<string> = new Set([
  'therapist',
  'therapists',
  'therapy',
  'where',
  'thereby',
  'doodle',
  'room',
  'loom',
  'boom',
  'goodle',
  'toxy',
])

/** A link shortener: a service whose links only redirect elsewhere. */
export interface Shortener {
  host: string
  source: string
}

/** Well-known link shorteners; their links hide where they go. Each is the service's own site. */
export const shorteners: readonly Shortener[] = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  't.ly',
  's.id',
  'lnkd.in',
  'tiny.one',
  'shorte.st',
  'v.gd',
  'bl.ink',
].map((host) => ({ host, source: `https://${host}/ (the service's own site)` }))
