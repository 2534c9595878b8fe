/** English: report (the whole catalogue is src/messages/en/index.ts). */
export const report = {
  // ── The report's own words (src/render/).
  // Status words, where a symbol alone is not enough (Markdown, HTML).
  'report.status.pass': 'Fine',
  'report.status.warn': 'Worth a look',
  'report.status.fail': 'Fix before the session',
  'report.status.skip': 'Skipped',
  'report.status.error': 'Could not check',

  // A label and what follows it; a language that puts a space before the colon says so here.
  'report.label': '{label}:',
  'report.labelled': '{label}: {value}',

  // How each check is named in the verdict ("… was not checked"). `checkAsSubject` is the form that
  // opens the separate "… was not checked." sentence (English capitalises it; Spanish puts the verb first).
  'report.check.wifi': 'the Wi-Fi',
  'report.check.connection': 'the connection',
  'report.check.apps': 'the apps on this computer',
  'report.check.checklist': 'the checklist',
  'report.check.devices': 'the camera and microphone',
  'report.check.link': 'the meeting link',
  'report.check.other': 'the {title} check',
  'report.checkAsSubject.wifi': 'The Wi-Fi',
  'report.checkAsSubject.connection': 'The connection',
  'report.checkAsSubject.apps': 'The apps on this computer',
  'report.checkAsSubject.checklist': 'The checklist',
  'report.checkAsSubject.devices': 'The camera and microphone',
  'report.checkAsSubject.link': 'The meeting link',
  'report.checkAsSubject.other': 'The {title} check',

  // The verdict: it counts things to do, not checks. `Reader` forms are for someone else reading
  // a saved report ("the session"); `Many` forms are for any count other than one; `Gap` forms
  // name what was not checked ({names}), `NamesMany` when more than one thing was not checked.
  'report.headline.ready': "You're ready for your session.",
  'report.headline.readyReader': 'Ready for the session.',
  'report.headline.readyGap': 'Ready, as far as checked: {names} was not checked.',
  'report.headline.readyGapNamesMany': 'Ready, as far as checked: {names} were not checked.',
  'report.headline.cautions': "You're ready, with 1 thing worth a look.",
  'report.headline.cautionsMany': "You're ready, with {count} things worth a look.",
  'report.headline.cautionsReader': 'Ready, with 1 thing worth a look.',
  'report.headline.cautionsReaderMany': 'Ready, with {count} things worth a look.',
  'report.headline.cautionsGap':
    'Ready, as far as checked, with 1 thing worth a look: {names} was not checked.',
  'report.headline.cautionsGapNamesMany':
    'Ready, as far as checked, with 1 thing worth a look: {names} were not checked.',
  'report.headline.cautionsManyGap':
    'Ready, as far as checked, with {count} things worth a look: {names} was not checked.',
  'report.headline.cautionsManyGapNamesMany':
    'Ready, as far as checked, with {count} things worth a look: {names} were not checked.',
  'report.headline.notReady': 'Not ready yet: 1 thing to fix before your session.',
  'report.headline.notReadyMany': 'Not ready yet: {count} things to fix before your session.',
  'report.headline.notReadyReader': 'Not ready yet: 1 thing to fix before the session.',
  'report.headline.notReadyReaderMany': 'Not ready yet: {count} things to fix before the session.',
  'report.headline.nothingChecked': 'Nothing was checked.',
  'report.headline.nothingCheckedGap': 'Nothing was checked: {names} was not checked.',
  'report.headline.nothingCheckedGapNamesMany': 'Nothing was checked: {names} were not checked.',
  'report.headline.couldNotRun':
    'Some checks could not run, so this is not the full picture: {names} could not be checked.',
  'report.headline.couldNotRunNamesMany':
    'Some checks could not run, so this is not the full picture: {names} could not be checked.',

  // The verdict of the `link` subcommand, which checks only the link: never a verdict on the session.
  'report.headline.link.ready': 'This link looks right.',
  'report.headline.link.cautions': 'Check this link before you open it: 1 thing worth a look.',
  'report.headline.link.cautionsMany': 'Check this link before you open it: {count} things worth a look.',
  'report.headline.link.notReady': "Don't open this link yet: 1 thing to check first.",
  'report.headline.link.notReadyMany': "Don't open this link yet: {count} things to check first.",
  'report.headline.link.couldNotRun': 'The link could not be checked.',

  // The sentence after a not-ready or incomplete verdict; {names} opens with a `checkAsSubject` form.
  'report.headline.notChecked': '{names} was not checked.',
  'report.headline.notCheckedNamesMany': '{names} were not checked.',
  // The line under the verdict of a report made in a web browser, which names what the browser could not check.
  'report.browserGap':
    "A web browser cannot check these, nor a computer's privacy switches for the camera and microphone. On a computer, {command} checks them too.",

  // The line that ends the terminal report: the checks done, then the same things to do as the headline.
  'report.counts': 'Checks: {parts}',
  'report.counts.done': '{count} done',
  'report.counts.doneOne': '1 done',
  'report.counts.fix': '1 thing to fix',
  'report.counts.fixMany': '{count} things to fix',
  'report.counts.look': '1 thing worth a look',
  'report.counts.lookMany': '{count} things worth a look',
  'report.counts.skip': '{count} skipped',
  'report.counts.skipMany': '{count} skipped',
  'report.counts.error': '{count} could not check',

  // The session, as the terminal header names it, and as the saved reports say it.
  'report.session.video': 'video session',
  'report.session.audio': 'audio or phone session',
  'report.session.text': 'text or chat session',
  'report.session.link': 'meeting link',
  'report.checkedFor.video': 'Checked for a video session on {time} with {tool} {version}.',
  'report.checkedFor.audio': 'Checked for an audio or phone session on {time} with {tool} {version}.',
  'report.checkedFor.text': 'Checked for a text or chat session on {time} with {tool} {version}.',
  'report.checkedFor.link': 'Meeting link checked on {time} with {tool} {version}.',
  'report.checkedOn.video': 'Video session, checked {time}, with {tool} {version}.',
  'report.checkedOn.audio': 'Audio or phone session, checked {time}, with {tool} {version}.',
  'report.checkedOn.text': 'Text or chat session, checked {time}, with {tool} {version}.',
  'report.checkedOn.link': 'Meeting link, checked {time}, with {tool} {version}.',

  // The time a report was made: the locale Intl writes the day and month in, then the order.
  'report.time.locale': 'en-GB',
  'report.time': '{day} {month} {year}, {hour}:{minute} ({zone})',

  // The steps, must-do first. `Reader` headings are for someone else reading a saved report.
  'report.steps.must': 'Fix before your session',
  'report.steps.mustReader': 'To fix before the session',
  'report.steps.consider': 'Worth a look',
  'report.steps.mustLink': 'Before you open the link',
  'report.steps.considerReader': 'Worth a look',
  'report.mark.fix': 'Fix',
  'report.mark.worthALook': 'Worth a look',
  'report.mark.consider': 'Consider',
  'report.mark.ready': 'Ready',
  'report.mark.notReady': 'Not ready',
  'report.mark.linkReady': 'Looks right',
  'report.mark.linkCautions': 'Check first',
  'report.mark.linkNotReady': "Don't open yet",
  'report.mark.incomplete': 'Not complete',

  // The calm line a not-ready report ends with, before the crisis line.
  'report.reassurance':
    'If something cannot be fixed in time, your session can usually still go ahead: tell your therapist at the start.',
  'report.reassuranceReader':
    'The session can usually still go ahead: anything not fixed in time can be talked through at the start.',
  // A link that looks like phishing: never "the session can still go ahead", but what to do instead.
  'report.reassurance.link':
    "Don't open this link. Confirm the link with your therapist by phone or through your practice's portal.",
  'report.reassuranceReader.link':
    "This link should not be opened. Confirm the right link by phone or through the practice's portal.",

  // A practice's own words are shown under its name.
  'report.from': 'From {practice}:',
  'report.fromTherapist': "From your therapist's checklist:",
  'report.withChecklistFrom': 'With the checklist from {practice}.',

  // Figures under a check.
  'report.value.unknown': 'unknown',
  'report.value.yes': 'yes',
  'report.value.no': 'no',
  'report.value.withUnit': '{value} {unit}',
  'report.samples': '1 sample',
  'report.samplesMany': '{count} samples',
  'report.confidence.high': 'high confidence',
  'report.confidence.medium': 'medium confidence',
  'report.confidence.low': 'low confidence',
  'report.fact.extra': '{fact} ({extra})',
  'report.fact.reason': 'Reason: {reason}',
  'report.fact.took': 'Took {milliseconds} ms',
  'report.practiceAnswer': '{question} {answer}',
  'report.identifier.networkName': 'Network name',
  'report.identifier.bssid': 'Access point (BSSID)',
  'report.identifier.proxy': 'Proxy',
  'report.identifier.meetingLink': 'Meeting link',
  'report.identifier.meetingLinkTarget': 'Where the meeting link leads',

  // The checklist's answers in the HTML report, as badges.
  'report.answer.yes': 'Yes',
  'report.answer.no': 'No',
  'report.answer.noNeeded': 'No, and it is needed before the session',
  'report.answer.noWorthALook': 'No, worth a look',
  'report.answer.unknown': 'Unknown',
  'report.answer.notAnswered': 'Not answered',
  'report.answer.answeredBy': 'Answered by {check}',

  // Titles and headings of the saved reports.
  'report.title': 'Session readiness: {headline}',
  'report.heading': 'Session readiness check',
  'report.table.check': 'Check',
  'report.table.result': 'Result',
  'report.table.found': 'What it found',
  'report.measurements': 'Measurements',
  'report.whatWasChecked': 'What was checked',
  'report.answers': 'The checklist and its answers',
  'report.moreCrisisResources': 'More crisis resources',
} as const
