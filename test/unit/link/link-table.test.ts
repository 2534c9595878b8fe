import { describe, expect, it } from 'vitest'
import { messagesFor } from '../../../src/messages/index.js'
const en = messagesFor('en')
import { analyseLink } from '../../../src/checks/link/analyse.js'
import { evaluateLink } from '../../../src/checks/link/evaluate.js'
import { parseLinkInput } from '../../../src/checks/link/parse-link.js'
import type { Status } from '../../../src/report/model.js'

/*
 * Links as the platforms document them, with what the check must say about each. Meeting ids
 * and room names are made up; the shapes come from the sources named on each row.
 */
const ZOOM_JOIN =
  'https://www.powershellgallery.com/packages/ZoomZoom/1.0.1/Content/Public%5CStart-ZoomMeeting.ps1'
const ZOOM_VANITY = 'https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0061540'
const ZOOM_WEB =
  'https://gist.github.com/RangerMauve/384c30bd403235a879fbe590935f81d4 (us06web.zoom.us/j/…?pwd=…)'
const ZOOM_PMI = 'https://support.plymouth.edu/index.php?/Default/Knowledgebase/Article/View/608'
const DOXY = 'https://helpcenter.doxy.me/en/articles/8272848-for-patients-how-to-check-in'
const MEET =
  'https://developers.google.com/workspace/meet/add-ons/reference/websdk/addon_sdk.meetinginfo.meetingcode'
const TEAMS = 'https://learn.microsoft.com/en-us/graph/api/resources/onlinemeetingbase (joinWebUrl)'
const WEBEX_PR =
  'https://www.cisco.com/c/en/us/td/docs/collaboration/meeting_center/wbs30/ (Personal Room sitename.webex.com/meet/username)'
const WEBEX_JOIN =
  'https://www.globalservices.bt.com/en/my-account/support/collaboration/webex/user-guides/using-personal-rooms'
const VSEE = 'https://help.vsee.com/kb/articles/guest-scheduling'
const WHEREBY = 'https://dev.whereby.com/ (rooms at whereby.com/<room> and <team>.whereby.com/<room>)'
const SIMPLEPRACTICE =
  'https://support.simplepractice.com/hc/en-us/articles/360001196372-Getting-started-with-Telehealth'
const THERAPYNOTES =
  'https://www.overcomewithus.com/sop/how-to-do-teletherapy-sessions (https://www.therapyportal.com/p/<practice>/telehealth/)'
const THERANEST =
  'https://theranest.zendesk.com/hc/en-us/articles/360051512412-Client-Join-Telehealth-Session'
const TR39 = 'https://www.unicode.org/reports/tr39/#Confusable_Detection'
const ISSUE = 'issue 17 (its own examples)'
const URL_STANDARD = 'https://url.spec.whatwg.org/ (user-info, IP hosts, default ports)'

const ISSUE26 = 'issue 26 (its own examples)'
const TEAMS_CLOUD =
  'https://learn.microsoft.com/en-gb/microsoft-365/enterprise/cloud-microsoft-domain (teams.cloud.microsoft; checked 2026-12-06)'
const ZOOM_CN =
  "https://thehill.com/policy/technology/510277-zoom-ends-sales-to-customers-in-china/ (Zoom's Chinese website, zoom.com.cn)"
const ZOOM_APP =
  'https://gist.github.com/brycemcd/04092405cbc663ee7ea48b933e40844e (zoommtg://zoom.us/join?action=join&confno=<id>)'
const TEAMS_APP =
  'https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-links (the msteams:// protocol handler)'
const JANE =
  'https://jane.app/guide/helping-patients-log-in (clients join Online Appointments at their clinic’s Jane site)'
const SESSIONS =
  'https://support.sessionshealth.com/article/174-integrated-telehealth (a custom telehealth URL)'
const FACETIME =
  'https://support.apple.com/en-ph/guide/facetime/start-or-join-a-call-from-a-facetime-link-fctm2cd42547/36/mac/26'
const WHATSAPP =
  'https://wppconnect.io/wa-js/functions/call.createCallLink.html (https://call.whatsapp.com/...)'
const SIGNAL = 'https://support.signal.org/hc/articles/7860719423002 (Signal call links)'
const SAFE_LINKS =
  'https://learn.microsoft.com/en-us/defender-office-365/safe-links-about (Outlook Safe Links)'
const GMAIL = 'https://support.google.com/mail/ (Gmail wraps links in google.com/url?q=)'
const PROOFPOINT = 'https://help.proofpoint.com/ (URL Defense v2: urldefense.proofpoint.com/v2/url?u=)'
const ORDINARY = 'issue 26 ("teams" and "meet" are ordinary words; made-up practice names)'

type Row = [link: string, status: Status, finding: string | null, source: string]

const rows: Row[] = [
  // Official links: pass, or a caution about the link's shape.
  ['https://zoom.us/j/77712348888?pwd=NE0vT2RkV25SWnBxMC9RRXFUc1F2dz09', 'pass', null, ZOOM_JOIN],
  ['https://zoom.us/j/77712348888', 'warn', 'no-passcode', ZOOM_JOIN],
  ['https://us06web.zoom.us/j/88395547586?pwd=4KcslVk8qLNSDcTSjalXdrLbGG8xmR.1', 'pass', null, ZOOM_WEB],
  ['https://us05web.zoom.us/j/85996249517', 'warn', 'no-passcode', ZOOM_WEB],
  ['https://hooli.zoom.us/j/85996249517?pwd=abc', 'pass', null, ZOOM_VANITY],
  ['https://hooli-org.zoom.us/j/85996249517?pwd=abc', 'pass', null, ZOOM_VANITY],
  ['https://zoom.us/my/drsmith', 'warn', 'personal-room', ZOOM_PMI],
  ['https://hooli.zoom.us/my/drsmith?pwd=abc', 'warn', 'personal-room', ZOOM_PMI],
  ['https://zoom.us/w/99922224444?pwd=abc', 'pass', null, ZOOM_JOIN],
  ['https://zoomgov.com/j/1611234567?pwd=abc', 'pass', null, ZOOM_VANITY],
  ['https://doxy.me/drsmith', 'pass', null, DOXY],
  ['https://doxy.me/riversidecounseling', 'pass', null, DOXY],
  ['https://meet.google.com/abc-mnop-xyz', 'pass', null, MEET],
  [
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_Njk5NDZl%40thread.v2/0?context=%7b%22Tid%22%3a%22e66af1e9%22%7d',
    'pass',
    null,
    TEAMS,
  ],
  ['https://teams.live.com/meet/9387654321234', 'pass', null, TEAMS],
  ['https://acme.webex.com/meet/pgupta', 'warn', 'personal-room', WEBEX_PR],
  ['https://acme.webex.com/join/pgupta', 'warn', 'personal-room', WEBEX_JOIN],
  ['https://acme.webex.com/acme/j.php?MTID=m1234567890abcdef', 'pass', null, WEBEX_PR],
  ['https://clinic.vsee.me/u/drsmith', 'pass', null, VSEE],
  ['https://whereby.com/drsmith-room', 'pass', null, WHEREBY],
  ['https://riverside.whereby.com/session', 'pass', null, WHEREBY],
  ['https://video.simplepractice.com/appt-1234567890abcdef', 'pass', null, SIMPLEPRACTICE],
  ['https://riverside.clientsecure.me/', 'pass', null, SIMPLEPRACTICE],
  ['https://www.therapyportal.com/p/overcomerscounseling/telehealth/', 'pass', null, THERAPYNOTES],
  ['https://riverside.theranest.com/telehealth/join/abc', 'pass', null, THERANEST],
  // Current official hosts (issue 26).
  [
    'https://teams.cloud.microsoft/l/meetup-join/19%3ameeting_Njk5NDZl%40thread.v2/0?context=%7b%22Tid%22%3a%22e66af1e9%22%7d',
    'pass',
    null,
    TEAMS_CLOUD,
  ],
  ['https://zoom.com.cn/j/77712348888?pwd=abc', 'pass', null, ZOOM_CN],
  ['https://zoom.com/j/77712348888?pwd=abc', 'pass', null, ZOOM_VANITY],
  ['https://riversidecounselling.janeapp.com/appointments/123', 'pass', null, JANE],
  ['https://riverside.jane.app/online/123', 'pass', null, JANE],
  ['https://app.sessionshealth.com/telehealth/drsmith', 'pass', null, SESSIONS],
  // App links open the platform's app: judged by the host inside them.
  ['zoommtg://zoom.us/join?action=join&confno=77712348888&pwd=abc', 'pass', null, ZOOM_APP],
  ['zoomus://us06web.zoom.us/join?confno=77712348888', 'pass', null, ZOOM_APP],
  [
    'msteams://teams.microsoft.com/l/meetup-join/19%3ameeting_Njk5NDZl%40thread.v2/0',
    'pass',
    null,
    TEAMS_APP,
  ],
  [
    'zoommtg://zoom.us.meet-secure.example/join?confno=1',
    'fail',
    'lookalike-label',
    `${ZOOM_APP}; ${ISSUE26}`,
  ],
  ['zoommtg://meet-secure.example/join?confno=1', 'fail', 'app-link-foreign', `${ZOOM_APP}; ${ISSUE26}`],
  // Consumer call links: named, with the contacts caution.
  ['https://facetime.apple.com/join#v=1&p=AbCdEfGh&k=XyZ', 'warn', 'consumer-app', FACETIME],
  ['https://call.whatsapp.com/video/AbCdEfGhIjKlMnOpQrStUv', 'warn', 'consumer-app', WHATSAPP],
  ['https://signal.link/call/#key=abcd-efgh-ijkl', 'warn', 'consumer-app', SIGNAL],
  ['https://whatsapp-call.com/video/AbCd', 'fail', 'lookalike-label', ISSUE26],
  // Lookalikes that were only cautioned before (issue 26).
  ['https://web071zoom.us/j/77712348888', 'fail', 'lookalike-label', ISSUE26],
  ['https://uswebzoomus.com/j/77712348888', 'fail', 'lookalike-label', ISSUE26],
  ['https://googlemeetinterview.click/abc-mnop-xyz', 'fail', 'lookalike-label', ISSUE26],
  ['https://06web.zoomconnect.io/j/77712348888', 'fail', 'lookalike-label', ISSUE26],
  ['https://meet.googie.com-join.us/abc-mnop-xyz', 'fail', 'lookalike-typo', ISSUE26],
  ['https://zoooom.us/j/77712348888', 'fail', 'lookalike-typo', ISSUE26],
  ['https://ms-meets.online/l/meetup-join/1', 'fail', 'lookalike-label', ISSUE26],
  [
    'https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fzoom.us%2Fj%2F1',
    'fail',
    'lookalike-label',
    `${ISSUE26}; ${SAFE_LINKS}`,
  ],
  ['https://teams-cloud-microsoft.com/l/meetup-join/1', 'fail', 'lookalike-label', ISSUE26],
  // Ordinary names with "teams" or "meet" in them stay cautions, not false alarms.
  ['https://my-teams.com/session', 'warn', 'unknown-host', ORDINARY],
  ['https://teamspirit-therapy.com/room', 'warn', 'unknown-host', ORDINARY],
  ['https://meet-and-heal.org/video', 'warn', 'unknown-host', ORDINARY],
  ['https://greenmeetings.net/room/3', 'warn', 'unknown-host', ORDINARY],
  ['https://meetup.com/therapy-group', 'warn', 'unknown-host', ORDINARY],
  ['https://zoo.org/tickets', 'warn', 'unknown-host', ORDINARY],
  // Wrapped links: the link inside is judged by every rule.
  ['https://www.google.com/url?q=http://zoom.us/j/77712348888?pwd%3Dabc', 'fail', 'not-https', GMAIL],
  [
    'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdoxy.me%3A8443%2Fdrsmith&data=x',
    'warn',
    'non-default-port',
    SAFE_LINKS,
  ],
  [
    'https://urldefense.proofpoint.com/v2/url?u=https-3A__zoom.us-40evil.example_j_1&d=x',
    'fail',
    'user-info',
    PROOFPOINT,
  ],
  [
    'https://www.google.com/url?q=https://zoom.us/j/1?pwd%3Da&url=https://zoom-login.example/j/1',
    'fail',
    'wrapper-mismatch',
    `${GMAIL}; ${ISSUE26}`,
  ],
  // The URL itself is wrong: fail.
  ['http://zoom.us/j/77712348888?pwd=abc', 'fail', 'not-https', URL_STANDARD],
  ['http://doxy.me/drsmith', 'fail', 'not-https', URL_STANDARD],
  ['https://zoom.us@evil.example/j/1', 'fail', 'user-info', ISSUE],
  ['https://doxy.me:secret@meet-secure.example/drsmith', 'fail', 'user-info', URL_STANDARD],
  ['https://203.0.113.7/j/77712348888', 'fail', 'ip-host', URL_STANDARD],
  ['https://[2001:db8::1]/drsmith', 'fail', 'ip-host', URL_STANDARD],
  ['https://0x7f.1/drsmith', 'fail', 'ip-host', URL_STANDARD],
  ['https://doxy.me:8443/drsmith', 'warn', 'non-default-port', URL_STANDARD],
  // Lookalikes: fail.
  ['https://zoom.us.meet-secure.example/j/1?pwd=abc', 'fail', 'lookalike-label', ISSUE],
  ['https://doxy-me.com/drsmith', 'fail', 'lookalike-label', ISSUE],
  ['https://zoom-meeting.net/j/77712348888', 'fail', 'lookalike-label', ISSUE],
  ['https://secure-webex.com/meet/pgupta', 'fail', 'lookalike-label', ISSUE],
  ['https://zoom.com.co/j/77712348888', 'fail', 'lookalike-label', ISSUE],
  ['https://doxyme.co/drsmith', 'fail', 'lookalike-label', ISSUE],
  ['https://zooom.us/j/77712348888', 'fail', 'lookalike-typo', ISSUE],
  ['https://zomo.us/j/77712348888', 'fail', 'lookalike-typo', ISSUE],
  ['https://doxxy.me/drsmith', 'fail', 'lookalike-typo', ISSUE],
  ['https://simplepractise.com/appt', 'fail', 'lookalike-typo', ISSUE],
  ['https://therapynotess.com/x', 'fail', 'lookalike-typo', ISSUE],
  ['https://wherebyy.com/room', 'fail', 'lookalike-typo', ISSUE],
  ['https://rnicrosoft-teams.com/l/meetup-join/1', 'fail', 'lookalike-typo', TR39],
  ['https://zооm.us/j/77712348888', 'fail', 'idn-confusable', `${ISSUE}; ${TR39} (Cyrillic о)`],
  ['https://dоxy.me/drsmith', 'fail', 'idn-confusable', TR39],
  ['https://wеbex.com/meet/pgupta', 'fail', 'idn-confusable', TR39],
  ['https://pаypal-therapy.com/room', 'fail', 'idn-mixed-script', TR39],
  ['https://ԁоху.me/drsmith', 'fail', 'idn-confusable', `${TR39} (whole-script: every letter Cyrillic)`],
  ['https://ԁоху.com/drsmith', 'fail', 'idn-confusable', `${TR39} (whole-script, another ending)`],
  // Shorteners and unknown hosts: a caution.
  ['https://bit.ly/3xYzAbC', 'warn', 'shortener', ISSUE],
  ['https://tinyurl.com/drsmith-session', 'warn', 'shortener', ISSUE],
  ['https://t.co/AbCdEf123', 'warn', 'shortener', ISSUE],
  ['https://telehealth.riversidecounseling.org/room/5', 'warn', 'unknown-host', ISSUE],
  ['https://therapist-jane.com/session', 'warn', 'unknown-host', ISSUE],
  ['https://bücher-praxis.de/video', 'warn', 'unknown-host', TR39],
  // The platforms' owners' other sites carry the brand legitimately: not lookalikes, not platforms either.
  [
    'https://www.google.com/url?q=https://meet.google.com/abc-mnop-xyz',
    'pass',
    null,
    'https://support.google.com/mail/ (Gmail wraps links in google.com/url; the link inside is judged)',
  ],
  [
    'https://www.microsoft.com/en-us/microsoft-teams/join-a-meeting',
    'warn',
    'unknown-host',
    'https://www.microsoft.com/en-us/microsoft-teams/join-a-meeting',
  ],
  [
    'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F1',
    'warn',
    'no-passcode',
    'https://learn.microsoft.com/en-us/defender-office-365/safe-links-about (Outlook Safe Links: the link inside is judged)',
  ],
]

function verdict(link: string) {
  const parsed = parseLinkInput(link)
  if (!parsed.ok) throw new Error(`not a link: ${link}`)
  const analysis = analyseLink(parsed.url)
  return { analysis, outcome: evaluateLink({ analysis, online: { state: 'offline' } }, en) }
}

describe('a wrapper whose q= and url= disagree', () => {
  it('fails with a caution that says so, naming both hosts, and no note that the wrapper checks links', () => {
    const { outcome } = verdict(
      'https://www.google.com/url?q=https://zoom.us/j/1?pwd%3Da&url=https://zoom-login.example/j/1',
    )
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(
      'This link is wrapped by Gmail but names two different addresses, zoom.us and zoom-login.example; a real wrapper names only one, so this one was made to mislead.',
    )
  })
})

describe('the link table: documented link formats and their verdicts', () => {
  it('has at least 40 links, each with a source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40)
    for (const [, , , source] of rows) expect(source.length).toBeGreaterThan(10)
  })

  it.each(rows)('%s → %s (%s)', (link, status, finding) => {
    const { outcome } = verdict(link)
    expect(outcome.status).toBe(status)
    const findings = (outcome.details?.findings ?? []) as string[]
    if (finding) expect(findings[0]).toBe(finding)
    else expect(findings).toEqual([])
  })

  it.each(rows)('%s: the words say what to do and never show the path or query', (link, status) => {
    const { outcome } = verdict(link)
    const url = new URL(link)
    const words = [outcome.summary, ...outcome.advice].join(' ')
    if (status !== 'pass') expect(outcome.advice.length).toBeGreaterThan(0)
    if (status === 'fail') expect(outcome.advice).toEqual([expect.stringContaining("Don't open this link.")])
    for (const secret of [url.pathname, url.search].filter((part) => part.length > 3))
      expect(words).not.toContain(secret)
  })
})
