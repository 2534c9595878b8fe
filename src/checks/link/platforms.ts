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
  /**
   * Names the same company holds under every public suffix (google.de, google.co.uk): a host
   * whose registrable name is one of these, before any ending, is the company's, as above.
   */
  relatedNames?: readonly string[]
  shape?: LinkShape
  /**
   * Brand words a near-miss spelling of which marks a lookalike (zomo, simplepractise). Only
   * words that are not built from everyday words: "msteams" is left out, or every name with
   * "teams" in it would be one letter from it. Defaults to none.
   */
  typoWords?: readonly string[]
  /**
   * Brand words distinctive enough that a host name holding them anywhere, even run together
   * with other letters (googlemeetinterview, whatsappcall), imitates the platform.
   */
  containWords?: readonly string[]
  /**
   * Short forms of the brand ("ms" for Microsoft) that mark a lookalike only beside a meeting
   * word: ms-meets, msmeeting.
   */
  abbreviations?: readonly string[]
  /** URL schemes of the platform's own app (zoommtg:, msteams:); such a link opens the app. */
  appSchemes?: readonly string[]
  /**
   * A consumer calling app rather than a platform for practices: it runs on the person's own
   * account, phone number and contacts.
   */
  consumer?: boolean
  /** Where the domains and the link format are documented, each with the date it was checked. */
  sources: readonly string[]
}

/** When the domains below were last checked against each platform's own documentation. */
export const HOSTS_CHECKED = '2026-12-06'

export const platforms: readonly Platform[] = [
  {
    id: 'zoom',
    name: 'Zoom',
    // zoom.com.cn: Zoom's own site for mainland China, where Zoom posted its August 2020 notice
    // that it sells there only through partners; the partners' services run under their own
    // names, so a zoom.com.cn link is still Zoom's and is recognised as Zoom.
    domains: ['zoom.us', 'zoom.com', 'zoomgov.com', 'zoom.com.cn'],
    brandWords: ['zoom', 'zoomus', 'zoomgov'],
    typoWords: ['zoom'],
    containWords: ['zoomgov', 'zoommeeting', 'zoommtg'],
    relatedDomains: ['zoomapp.cloud', 'zoomcrc.com', 'zoomstatus.com', 'zoomonprem.com'],
    appSchemes: ['zoommtg', 'zoomus'],
    shape: { passcodeParam: 'pwd', personalRoomPaths: ['/my/'] },
    sources: [
      'https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0061540 (vanity URLs: yourcompany.zoom.us; checked 2026-12-06)',
      'https://support.zoom.com/hc/ja/article?id=zm_kb&sysparm_article=KB0060561 (firewall rules: web clients reach *.zoom.us and *.zoom.com; checked 2026-12-06)',
      'https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0058078 (*.zoom.us, *.zoomonprem.com; checked 2026-12-06)',
      'https://raw.githubusercontent.com/proxyBug/zoom-rules/main/ZoomDomains.list (Zoom domain suffixes: zoom.com, zoom.com.cn, zoom.us, zoomapp.cloud, zoomcrc.com, zoomgov.com, zoomstatus.com; updated 2026-09-07, checked 2026-12-06)',
      "https://thehill.com/policy/technology/510277-zoom-ends-sales-to-customers-in-china/ (the partner-only notice on Zoom's Chinese website, 2020-08-03; checked 2026-12-06)",
      'https://developers.zoom.us/blog/meeting-sdk-join-link/ (meeting number and passcode)',
      'https://www.powershellgallery.com/packages/ZoomZoom/1.0.1/Content/Public%5CStart-ZoomMeeting.ps1 (https://zoom.us/j/<id>?pwd=<passcode>)',
      'https://support.plymouth.edu/index.php?/Default/Knowledgebase/Article/View/608 (Personal Meeting ID and personal link zoom.us/my/<name>)',
      'https://developers.zoom.us/docs/meeting-sdk/ios/resource/launch-zoom-client-from-your-app/ (the zoomus:// app scheme; checked 2026-12-06)',
      'https://gist.github.com/brycemcd/04092405cbc663ee7ea48b933e40844e (zoommtg://zoom.us/join?action=join&confno=<id>)',
    ],
  },
  {
    id: 'doxy',
    name: 'Doxy.me',
    domains: ['doxy.me'],
    brandWords: ['doxy', 'doxyme'],
    typoWords: ['doxy', 'doxyme'],
    containWords: ['doxyme'],
    sources: [
      'https://helpcenter.doxy.me/en/articles/8272848-for-patients-how-to-check-in (checked 2026-12-06)',
      'https://helpcenter.doxy.me/en/articles/14715278-shared-rooms',
    ],
  },
  {
    id: 'google-meet',
    name: 'Google Meet',
    domains: ['meet.google.com', 'g.co'],
    brandWords: ['google', 'googlemeet', 'gmeet'],
    typoWords: ['google'],
    containWords: ['googlemeet'],
    // "google" is also Google's own top-level domain (blog.google), so it is listed as a domain.
    relatedDomains: ['google.com', 'googleusercontent.com', 'goo.gl', 'google'],
    relatedNames: ['google'],
    sources: [
      "https://www.google.com/supported_domains (Google's own country domains: google.de, google.co.uk, …; checked 2026-12-06)",
      'https://developers.google.com/workspace/meet/add-ons/reference/websdk/addon_sdk.meetinginfo.meetingcode (meeting code aaa-bbbb-ccc; checked 2026-12-06)',
      'https://www.github.com/InteractionDesignFoundation/add-event-to-calendar-docs/discussions/38 (https://meet.google.com/<code>)',
    ],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    domains: [
      'teams.microsoft.com',
      'teams.cloud.microsoft',
      'teams.live.com',
      'teams.microsoft.us',
      'gov.teams.microsoft.us',
      'dod.teams.microsoft.us',
    ],
    brandWords: ['microsoft', 'msteams', 'microsoftteams'],
    typoWords: ['microsoft'],
    containWords: ['msteams', 'microsoftteams'],
    abbreviations: ['ms'],
    relatedDomains: [
      'microsoft.com',
      'microsoft.us',
      'cloud.microsoft',
      'live.com',
      'office.com',
      'outlook.com',
      'microsoftonline.com',
      'microsoft365.com',
      // .microsoft is Microsoft's own top-level domain.
      'microsoft',
    ],
    appSchemes: ['msteams'],
    sources: [
      'https://learn.microsoft.com/en-gb/microsoft-365/enterprise/cloud-microsoft-domain (the unified cloud.microsoft domain; .microsoft is a top-level domain only Microsoft registers in; checked 2026-12-06)',
      'https://office-watch.com/2023/microsoft-cloud-services-move-to-a-new-domain-for-a-good-reason/ (teams.cloud.microsoft among the new names; checked 2026-12-06)',
      'https://learn.microsoft.com/en-us/graph/api/resources/onlinemeetingbase (joinWebUrl: https://teams.microsoft.com/l/meetup-join/...)',
      'https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/teams-interoperability',
      'https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-links (the msteams:// protocol handler opens the Teams desktop app; checked 2026-12-06)',
    ],
  },
  {
    id: 'webex',
    name: 'Webex',
    domains: ['webex.com'],
    brandWords: ['webex', 'ciscowebex'],
    typoWords: ['webex'],
    containWords: ['ciscowebex'],
    relatedDomains: ['cisco.com'],
    shape: { personalRoomPaths: ['/meet/', '/join/'] },
    sources: [
      'https://www.cisco.com/c/en/us/td/docs/collaboration/meeting_center/wbs30/WebEx_BK_MB6269C1_00_meeting-center-frequently-asked-questions/WebEx_BK_MB6269C1_00_meeting-center-frequently-asked-questions_chapter_01.html (Personal Room https://sitename.webex.com/meet/username; checked 2026-12-06)',
      'https://www.globalservices.bt.com/en/my-account/support/collaboration/webex/user-guides/using-personal-rooms (https://sitename.webex.com/join/<user>)',
    ],
  },
  {
    id: 'vsee',
    name: 'VSee',
    domains: ['vsee.com', 'vsee.me'],
    brandWords: ['vsee'],
    typoWords: ['vsee'],
    sources: [
      'https://help.vsee.com/kb/articles/guest-scheduling (checked 2026-12-06)',
      'https://developers.vsee.com/wiki/spaces/VD/pages/403997153/Patient+Side+Integration',
    ],
  },
  {
    id: 'whereby',
    name: 'Whereby',
    domains: ['whereby.com'],
    brandWords: ['whereby'],
    typoWords: ['whereby'],
    sources: [
      'https://www.skills.sh/membranedev/application-skills/whereby (rooms at whereby.com; official docs https://dev.whereby.com/; checked 2026-12-06)',
    ],
  },
  {
    id: 'simplepractice',
    name: 'SimplePractice',
    domains: ['simplepractice.com', 'clientsecure.me'],
    brandWords: ['simplepractice', 'clientsecure'],
    typoWords: ['simplepractice'],
    containWords: ['simplepractice'],
    sources: [
      'https://support.simplepractice.com/hc/en-us/articles/360001196372-Getting-started-with-Telehealth (manually sharing a telehealth appointment link; checked 2026-12-06)',
      'https://yourchoicemht.com/plan-your-visit (the link comes in a SimplePractice "Telehealth Appointment Confirmation" email)',
    ],
  },
  {
    id: 'therapynotes',
    name: 'TherapyNotes',
    domains: ['therapynotes.com', 'therapyportal.com'],
    brandWords: ['therapynotes', 'therapyportal'],
    typoWords: ['therapynotes'],
    sources: [
      "https://support.therapynotes.com/article/318-start-a-telehealth-session-telehealth-2-0 (the invite link opens the portal's telehealth page; checked 2026-12-06)",
      'https://www.overcomewithus.com/sop/how-to-do-teletherapy-sessions (https://www.therapyportal.com/p/<practice>/telehealth/)',
    ],
  },
  {
    id: 'theranest',
    name: 'TheraNest',
    domains: ['theranest.com', 'ensorahealth.com'],
    brandWords: ['theranest', 'ensora', 'ensorahealth'],
    typoWords: ['theranest', 'ensora'],
    containWords: ['theranest', 'ensorahealth'],
    sources: [
      'https://theranest.zendesk.com/hc/en-us/articles/360051512412-Client-Join-Telehealth-Session (checked 2026-12-06)',
      'https://experience.ensorahealth.com/schedule-111/client-join-telehealth-session-1717 (the same page under the Ensora Health name, 2025-08-13; checked 2026-12-06)',
    ],
  },
  {
    id: 'therapyappointment',
    name: 'TherapyAppointment',
    domains: ['therapyappointment.com'],
    brandWords: ['therapyappointment'],
    sources: [
      'https://support.therapyappointment.com/article/267-using-integrated-telehealth-in-therapyappointment (checked 2026-12-06)',
    ],
  },
  {
    id: 'securevideo',
    name: 'SecureVideo',
    domains: ['securevideo.com'],
    brandWords: ['securevideo'],
    sources: [
      'https://compsych.securevideo.com/Knowledge/Details/205 (practices get a name under securevideo.com; checked 2026-12-06)',
    ],
  },
  {
    id: 'goto',
    name: 'GoTo Meeting',
    domains: ['gotomeeting.com', 'gotomeet.me', 'goto.com'],
    brandWords: ['gotomeeting', 'gotomeet'],
    typoWords: ['gotomeeting'],
    containWords: ['gotomeeting', 'gotomeet'],
    sources: [
      'https://support.goto.com/meeting (meeting links at meet.goto.com, personal links at gotomeet.me/<name>; checked 2026-12-06)',
    ],
  },
  {
    id: 'jitsi',
    name: 'Jitsi Meet',
    domains: ['meet.jit.si', '8x8.vc'],
    relatedDomains: ['jitsi.org', 'jit.si'],
    brandWords: ['jitsi'],
    typoWords: ['jitsi'],
    sources: [
      'https://developer.8x8.com/jaas/docs/iframe-api-invite (checked 2026-12-06)',
      'https://jitsi.github.io/handbook/ (public rooms at https://meet.jit.si/<room>)',
    ],
  },
  {
    id: 'jane',
    name: 'Jane',
    // Clinics get a booking site under their Jane domain (clinic.janeapp.com); clients join an
    // Online Appointment from "My Account" there.
    domains: ['jane.app', 'janeapp.com', 'janeapp.co.uk', 'janeapp.com.au'],
    brandWords: ['janeapp'],
    typoWords: ['janeapp'],
    containWords: ['janeapp'],
    sources: [
      'https://jane.app/guide/helping-patients-log-in (clients join their Online Appointments from My Account; checked 2026-12-06)',
      'https://jane.app/guide/1-1-online-appointments-faq (checked 2026-12-06)',
      'https://janeapp.com/guide/online-booking/online-booking-permissions (checked 2026-12-06)',
      'https://janeapp.co.uk/guide/telehealth/online-appointments-telehealth-faq (checked 2026-12-06)',
      'https://janeapp.com.au/guide/patient-profiles/my-account-your-patient-client-portal (checked 2026-12-06)',
    ],
  },
  {
    id: 'sessionshealth',
    name: 'SessionsHealth',
    domains: ['sessionshealth.com'],
    brandWords: ['sessionshealth'],
    typoWords: ['sessionshealth'],
    containWords: ['sessionshealth'],
    sources: [
      'https://support.sessionshealth.com/article/174-integrated-telehealth (a custom telehealth URL per practitioner, with a waiting room; checked 2026-12-06)',
      'https://www.sessionshealth.com/terms (the service runs at app.sessionshealth.com; checked 2026-12-06)',
    ],
  },
  {
    id: 'facetime',
    name: 'FaceTime',
    domains: ['facetime.apple.com'],
    brandWords: ['facetime'],
    typoWords: ['facetime'],
    containWords: ['facetime'],
    relatedDomains: ['apple.com', 'apple.com.cn', 'icloud.com', 'apple'],
    appSchemes: ['facetime'],
    consumer: true,
    sources: [
      'https://support.apple.com/en-ph/guide/facetime/start-or-join-a-call-from-a-facetime-link-fctm2cd42547/36/mac/26 (create and share a FaceTime link; checked 2026-12-06)',
      'https://support.apple.com/en-sg/guide/facetime/fctm90c6f805/5.0/mac/13.0 (people on Android or Windows join in a browser; checked 2026-12-06)',
    ],
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    domains: ['call.whatsapp.com'],
    brandWords: ['whatsapp'],
    typoWords: ['whatsapp'],
    containWords: ['whatsapp'],
    relatedDomains: ['whatsapp.com', 'whatsapp.net', 'wa.me'],
    appSchemes: ['whatsapp'],
    consumer: true,
    sources: [
      'https://wppconnect.io/wa-js/functions/call.createCallLink.html (call links are https://call.whatsapp.com/...; checked 2026-12-06)',
      'https://you.onwhats.app/blog/voice-and-video-links-how-to (anyone with a call link can join; checked 2026-12-06)',
    ],
  },
  {
    id: 'signal',
    name: 'Signal',
    domains: ['signal.link'],
    // "signal" is an everyday word: no brand word, so other sites with it are never lookalikes.
    brandWords: [],
    relatedDomains: ['signal.org', 'signal.group', 'signal.me'],
    appSchemes: ['sgnl'],
    consumer: true,
    sources: [
      'https://support.signal.org/hc/articles/7860719423002 (call links: create and share a link to a Signal call; links expire after 90 days unused; checked 2026-12-06)',
    ],
  },
]

/**
 * E-mail link wrappers, listed so that a host imitating one (safelinks.protection.outlook.com.evil.example)
 * is named as a lookalike of it. The real ones are unwrapped before any judging (unwrap.ts).
 */
export const wrapperServices: readonly Platform[] = [
  {
    id: 'outlook-safe-links',
    name: 'Outlook Safe Links',
    domains: ['safelinks.protection.outlook.com', 'safelinks.protection.office365.us'],
    brandWords: ['safelinks', 'safelink'],
    typoWords: ['safelinks'],
    containWords: ['safelinks'],
    sources: ['https://learn.microsoft.com/en-us/defender-office-365/safe-links-about (checked 2026-12-06)'],
  },
  {
    id: 'proofpoint',
    name: 'Proofpoint URL Defense',
    domains: ['urldefense.proofpoint.com', 'urldefense.com'],
    brandWords: ['urldefense'],
    typoWords: ['urldefense'],
    containWords: ['urldefense'],
    relatedDomains: ['proofpoint.com'],
    sources: ['https://help.proofpoint.com/ ("How do I decode a rewritten URL"; checked 2026-12-06)'],
  },
]

/**
 * Words that make up the rest of a lookalike's label when a brand is run together with them
 * (web071zoom, uswebzoomus, googlemeetinterview, zoomconnect): Zoom's own host prefixes, and the
 * words phishing names add to look official. Digits count too.
 */
export const lureWords: ReadonlySet<string> = new Set([
  'us',
  'eu',
  'uk',
  'ca',
  'au',
  'web',
  'www',
  'my',
  'go',
  'get',
  'app',
  'apps',
  'online',
  'live',
  'meet',
  'meets',
  'meeting',
  'meetings',
  'team',
  'teams',
  'join',
  'joins',
  'call',
  'calls',
  'video',
  'videos',
  'conf',
  'conference',
  'connect',
  'session',
  'sessions',
  'room',
  'rooms',
  'link',
  'links',
  'invite',
  'invites',
  'invitation',
  'interview',
  'webinar',
  'event',
  'events',
  'secure',
  'security',
  'login',
  'logon',
  'signin',
  'sign',
  'verify',
  'account',
  'accounts',
  'support',
  'help',
  'update',
  'download',
  'install',
  'client',
  'host',
  'portal',
  'official',
  'service',
  'services',
  'cloud',
  'chat',
  'mail',
  'office',
  'gov',
  'net',
  'com',
  'org',
  'info',
  'access',
  'auth',
  'id',
  'now',
  'new',
  'free',
  'pro',
  'hd',
])

/** The words that make a brand's short form (ms) into a lookalike: ms-meets, msteam, ms-video. */
export const meetingWords: ReadonlySet<string> = new Set([
  'meet',
  'meets',
  'meeting',
  'meetings',
  'team',
  'teams',
  'call',
  'calls',
  'video',
  'conf',
  'conference',
  'join',
  'webinar',
  'room',
  'rooms',
])

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
  'zoo',
  'zoos',
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
