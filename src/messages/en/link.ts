/** English: link (the whole catalogue is src/messages/en/index.ts). */
export const link = {
  // ── The meeting-link check (src/checks/link/).
  // {host} is always the ASCII host (an IDN in its xn-- form); the path and query, which hold the meeting's key, never appear.
  'link.summary.user-info':
    'This link hides its real address: it goes to {host}, not to the name written at its start.',
  'link.summary.ip-host':
    "This link goes to a bare internet address ({host}) instead of a named website; video platforms don't send links like that.",
  'link.summary.idn-confusable':
    "This link goes to {host}, which uses letters from another alphabet to look like {platform}'s address.",
  'link.summary.idn-mixed-script':
    "This link's address ({host}) mixes letters from different alphabets, a trick used to imitate real websites.",
  'link.summary.lookalike-label':
    "This link goes to {host}, which uses {platform}'s name but is not {platform}'s address.",
  'link.summary.lookalike-typo':
    "This link goes to {host}, which looks like {platform}'s address but is spelled differently.",
  'link.summary.certificate-invalid':
    'The website at {host} could not prove who it is: its security certificate is not valid for that name.',
  'link.summary.certificate-expired':
    'The website at {host} could not prove who it is: its security certificate has expired.',
  'link.summary.certificate-not-yet-valid':
    "The website at {host} could not prove who it is: its security certificate is not valid yet. If this computer's date and time are wrong, correct them and check again.",
  'link.summary.certificate-self-signed':
    'The website at {host} could not prove who it is: its security certificate is self-signed, vouched for only by the site itself.',
  'link.summary.certificate-untrusted':
    'The website at {host} could not prove who it is: its security certificate was not issued by an authority this computer trusts.',
  'link.summary.certificate-chain-too-long':
    'The website at {host} could not prove who it is: its chain of security certificates is longer than any real website uses.',
  'link.summary.certificate-revoked':
    'The website at {host} could not prove who it is: its security certificate has been withdrawn by the authority that issued it.',
  'link.summary.private-address':
    'This link leads to {host}, which points inside a private network (such as a home or office network) rather than to a website on the internet; it was not contacted.',
  'link.summary.app-link-foreign':
    "This link opens the {platform} app but sends it to {host}, which is not {platform}'s address.",
  'link.summary.wrapper-mismatch':
    'This link is wrapped by {wrapper} but names two different addresses, {host} and {other}; a real wrapper names only one, so this one was made to mislead.',
  'link.summary.consumer-app':
    "This link opens a {platform} call at {host}, {platform}'s own address. {platform} is an app for personal calls: it can use your phone's contacts, and it can show your phone number to the others in the call.",
  'link.summary.not-https':
    'This link to {host} is not a secure link (it does not start with https://), so others on the network could read what it sends.',
  'link.summary.not-found': 'The address {host} does not exist on the internet, so this link cannot work.',
  'link.summary.other-platform':
    "This link goes to {platform} ({host}), but your practice's checklist names other platforms for its sessions.",
  'link.summary.unknown-host': 'This link goes to {host}, which is not a video platform this tool knows.',
  'link.summary.shortener': 'This is a shortened link ({host}), which hides where it really goes.',
  'link.summary.shortenerTo': 'This is a shortened link ({host}); it leads to {target}.',
  'link.summary.non-default-port':
    "This link uses an unusual port number on {host}; video platforms' own links don't.",
  'link.summary.personal-room':
    'This is a personal room link on {platform}: the same link your therapist may use for every client.',
  'link.summary.no-passcode': 'This {platform} link has no passcode in it.',
  'link.summary.platformVerified':
    "This link goes to {host}, {platform}'s own address, and the site proved it with a valid security certificate.",
  'link.summary.platformUnverified': "This link goes to {host}, {platform}'s own address.",
  'link.summary.practiceVerified':
    'This link goes to {host}, an address your practice lists for its sessions, and the site proved it with a valid security certificate.',
  'link.summary.practiceUnverified':
    'This link goes to {host}, an address your practice lists for its sessions.',
  'link.note.offline':
    'The website itself was not contacted (--offline), so its security certificate was not checked.',
  'link.note.unwrapped':
    'Your e-mail had wrapped this link in {wrapper}, which checks links before they open; the meeting link inside it is the one that was checked.',
  'link.note.appLink': 'This is an app link: it opens the {platform} app directly instead of a web page.',
  'link.note.unreachable':
    'The website could not be reached just now, so its security certificate was not checked.',
  'link.step.doNotOpen':
    "Don't open this link. Ask your therapist to confirm the link by phone or through the practice's portal.",
  'link.step.checkFirst':
    "Before you open it, check with your therapist, by phone or through the practice's portal, that this is their link.",
  'link.step.secureLink':
    "Don't open this link. Ask your therapist for the secure link, which starts with https://, by phone or through the practice's portal.",
  'link.step.sendAgain':
    "Ask your therapist to send the link again, by phone or through the practice's portal.",
  'link.step.otherPlatform':
    'Before you open it, check with your therapist that they meant to use {platform} this time.',
  'link.step.fullLinkNextTime':
    'Next time, ask your therapist for the full link: a shortened link hides where it goes until you open it.',
  'link.step.fullLinkOffline':
    'Ask your therapist for the full link, or run {command} link again without --offline to see where it leads.',
  'link.step.fullLink':
    "Ask your therapist for the full link, by phone or through the practice's portal, and open that one instead.",
  'link.step.consumerApp':
    "Ask your therapist whether the practice's own video platform is an option. If it is not, check {platform}'s privacy settings before the call.",
  'link.step.waitingRoom':
    'That is common, but ask your therapist whether the room has a waiting room, so you are let in only when the session before yours has ended.',
  'link.step.passcode':
    'Ask your therapist whether the meeting has a passcode or a waiting room, so nobody else can walk in.',

  // The facts shown under --verbose (the host only, never the path).
  'link.label.host': 'Link goes to',
  'link.label.platform': 'Platform',
  'link.value.unknownPlatform': 'not one this tool knows',
  'link.label.certificate': 'Security certificate',
  'link.value.certificate.offline': 'not checked (--offline)',
  'link.value.certificate.skipped': 'not checked (the link failed before it)',
  'link.value.certificate.not-found': 'not checked (the name does not exist)',
  'link.value.certificate.unreachable': 'not checked (the site could not be reached)',
  'link.value.certificate.wrong-name': 'not valid for this name',
  'link.value.certificate.expired': 'expired',
  'link.value.certificate.not-yet-valid': 'not valid yet',
  'link.value.certificate.self-signed': 'self-signed',
  'link.value.certificate.untrusted': 'not from a trusted authority',
  'link.value.certificate.chain-too-long': 'chain too long',
  'link.value.certificate.revoked': 'withdrawn by its issuer',
  'link.value.certificate.private-address': 'not checked (the address is inside a private network)',
  'link.value.certificate.certificate-valid': 'valid',
  'link.value.certificate.validFrom': 'valid ({issuer})',
  'link.progress.checking': 'Checking {host}',

  // Bad input (exit 2). The link itself is never repeated: it may be a key.
  'link.input.empty':
    'The meeting link is empty; copy the whole link from the email or text, for example: {command} link "https://…".',
  'link.input.too-long':
    'The meeting link is longer than 2,000 characters, which no meeting link is; copy just the link from the email or text and try again.',
  'link.input.control-characters':
    'The meeting link holds invisible control characters; copy the link again from the email or text, or type it in.',
  'link.input.not-a-url':
    'That is not a web link; copy the whole link from the email or text, starting with https://, and try again.',
  'link.input.only-needs-link':
    '--only link needs the link to check: add --link "https://…", or run {command} link "https://…".',
  'link.title': 'Meeting link',
  'link.activity': 'Checking the meeting link',
} as const
