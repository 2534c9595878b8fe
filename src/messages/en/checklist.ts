/** English: checklist (the whole catalogue is src/messages/en/index.ts). */
export const checklist = {
  // The privacy checklist (src/checks/checklist/).
  'checklist.title': 'Checklist',
  'checklist.activity': 'Privacy checklist',
  'checklist.intro':
    'Here are one quick yes/no question about your space. Your answers stay on this computer.',
  'checklist.introMany':
    'Here are {count} quick yes/no questions about your space. Your answers stay on this computer.',
  'checklist.introPractice':
    '{practice} asks one quick yes/no question about your space. Your answers stay on this computer.',
  'checklist.introPracticeMany':
    '{practice} asks {count} quick yes/no questions about your space. Your answers stay on this computer.',
  'checklist.question': '({asked} of {total}) {question}',
  'checklist.notAnswered': 'Run {command} in a terminal to answer the checklist.',
  'checklist.step.answersFile':
    'You can also answer the checklist ahead of time in a file, each question’s id followed by yes or no on its own line, and add --answers and the file’s name to the command.',
  'checklist.noQuestions.video': 'This checklist has no questions for a video session.',
  'checklist.noQuestions.audio': 'This checklist has no questions for an audio or phone session.',
  'checklist.noQuestions.text': 'This checklist has no questions for a text or chat session.',
  'checklist.check.wifi': 'the Wi-Fi check',
  'checklist.check.connection': 'the connection check',
  'checklist.check.apps': 'the apps check',
  'checklist.check.devices': 'the camera and microphone check',
  'checklist.check.other': 'another check',
  'checklist.value.answeredBy': 'answered by {check}',
  'checklist.value.notAnswered': 'not answered',

  // The summary is one sentence built from these parts: {answered}, then what needs doing.
  'checklist.answered.all': 'You answered all {questions}{covered}',
  'checklist.answered.some': 'You answered {questions}{covered}',
  'checklist.questions': '1 question',
  'checklist.questionsMany': '{count} questions',
  'checklist.covered': ' ({check} covered one more)',
  'checklist.coveredMany': ' ({check} covered {count} more)',
  'checklist.skipped': '; 1 optional question was not answered',
  'checklist.skippedMany': '; {count} optional questions were not answered',
  'checklist.alsoWorthALook': ', and {count} more is worth a look',
  'checklist.alsoWorthALookMany': ', and {count} more are worth a look',
  'checklist.summary.fail': '{answered}; 1 needs sorting out before your session starts{also}{skipped}.',
  'checklist.summary.failMany':
    '{answered}; {count} need sorting out before your session starts{also}{skipped}.',
  'checklist.summary.warn': '{answered}; 1 is worth a look before your session{skipped}.',
  'checklist.summary.warnMany': '{answered}; {count} are worth a look before your session{skipped}.',
  'checklist.summary.passSkipped': '{answered}, and everything you answered is in place{skipped}.',
  'checklist.summary.pass': '{answered}, and everything is in place.',

  // The built-in checklist (src/checks/checklist/default-questions.ts holds the sources).
  'checklist.q.private-space.text':
    'Are you in a private space where no one can overhear you or see your screen?',
  'checklist.q.private-space.why':
    'What you share in therapy stays private only if no one else can hear it or read it.',
  'checklist.q.private-space.fix':
    'Find a room where you can close the door, or tell your therapist at the start so you can decide together what to do.',
  'checklist.q.safe-not-driving.text': 'Are you somewhere safe, and not driving? (A parked car is fine.)',
  'checklist.q.safe-not-driving.why':
    'A session needs your full attention, and talking about hard things while driving is not safe.',
  'checklist.q.safe-not-driving.fix':
    'Stop somewhere safe before the session starts, or let your therapist know you need a few more minutes.',
  'checklist.q.know-location.text':
    'Do you know the address where you are right now, in case of an emergency?',
  'checklist.q.know-location.why':
    'If there is ever an emergency during a session, your therapist needs to know where to send help; you tell them yourself, this tool never asks for it.',
  'checklist.q.know-location.fix':
    'Before the session, look up the address where you are (for example in a map app) so you can tell your therapist if they ask.',
  'checklist.q.headphones.text': 'Will you use headphones or earbuds?',
  'checklist.q.headphones.why':
    "Headphones keep your therapist's voice from being overheard by anyone nearby.",
  'checklist.q.headphones.fix':
    'If you have headphones or earbuds, connect them now; if not, keep the volume low.',
  'checklist.q.callback-number.text':
    'Does your therapist have a phone number to reach you if the connection drops?',
  'checklist.q.callback-number.why':
    'If the connection drops, a phone number lets your therapist reach you quickly instead of leaving you waiting.',
  'checklist.q.callback-number.fix':
    'Make sure your therapist has a current phone number for you; you can tell them at the start of the session.',
  'checklist.q.backup-plan.text': 'Do you know what you and your therapist will do if the call drops?',
  'checklist.q.backup-plan.why':
    'Knowing the plan, such as who calls whom, makes a dropped call much less stressful.',
  'checklist.q.backup-plan.fix':
    'Ask your therapist at the start what to do if the call drops, for example who calls back.',
  'checklist.q.own-device.text': 'Are you using your own device, not a work, shared or public computer?',
  'checklist.q.own-device.why':
    'On a shared or work computer, other people or an employer may be able to see your messages.',
  'checklist.q.own-device.fix':
    'Use your own phone or computer if you can; if not, log out and close the chat when you finish.',
  'checklist.q.devices-silenced.text':
    'Are notifications silenced and other devices off, so nothing rings or pops up during the session?',
  'checklist.q.devices-silenced.why':
    'Calls and message pop-ups interrupt you, and can show private messages if you share your screen.',
  'checklist.q.devices-silenced.fix':
    'Turn on Do Not Disturb (called Focus on a Mac or iPhone) and silence or switch off other devices.',
  'checklist.q.smart-speakers.text':
    'Are smart speakers, voice assistants and home cameras off or out of the room?',
  'checklist.q.smart-speakers.why':
    'Devices that listen for a wake word, and home cameras, can hear or record parts of a session.',
  'checklist.q.smart-speakers.fix':
    'Mute or unplug smart speakers and voice assistants, and switch off or cover home cameras in the room.',
  'checklist.q.secure-network.text': 'Are you on your own password-protected network, not public Wi-Fi?',
  'checklist.q.secure-network.why':
    'Open and public networks are less private and often less reliable than your own.',
  'checklist.q.secure-network.fix': "Use your home network or your phone's hotspot instead of public Wi-Fi.",
  'checklist.q.microphone-ready.text': 'Does your microphone work, with no other app using it?',
  'checklist.q.microphone-ready.why':
    'In an audio session your voice is everything: a muted, blocked or busy microphone means your therapist cannot hear you.',
  'checklist.q.microphone-ready.fix':
    "Before the session, open your call app's settings, speak, and check that the microphone level moves; close other apps that use the microphone.",

  // Where a problem is, in a text given by language (checklist files).
  'checklist.field.translation': 'the "{language}" text of {field}',
  'checklist.field.translationSubject': 'The "{language}" text of {field}',

  // An answer as the report shows it beside its question (details.answers keeps yes/no for JSON readers).
  'checklist.value.yes': 'yes',
  'checklist.value.no': 'no',

  // `checklist validate`: a practice checklist with translations that leave a language out.
  'checklist.languages.listed': '  Languages: {languages}',
  'checklist.languages.missing':
    '  Note: {field} has no "{language}" text, though other parts of the file have one; clients who read that language will see the "{fallback}" text there.',
  // `checklist validate` and `checklist init` (src/commands/checklist.ts): what a therapist reads.
  'checklist.validate.valid': '{name} is a valid checklist.',
  'checklist.validate.problemsOne': '{name} has 1 problem:',
  'checklist.validate.problemsMany': '{name} has {count} problems:',
  'checklist.validate.problemOnLine': 'line {line}: {problem}',
  'checklist.validate.placeholder':
    '"practice" is still the starter\'s placeholder "{placeholder}"; put your practice\'s own name there, as clients see it at the top of their report.',
  'checklist.validate.practice': '  Practice: {practice}',
  'checklist.validate.noPractice':
    '  Practice: not named (add "practice: Your Practice Name" to show it in the report)',
  'checklist.validate.welcome': '  Welcome:  {welcome}',
  'checklist.validate.meetingHosts': '  Meeting hosts: {hosts}',
  'checklist.validate.mode.keep': '  Mode:     keep (only the built-in questions)',
  'checklist.validate.mode.add': '  Mode:     add (the built-in questions, and {count} of your own)',
  'checklist.validate.mode.replaceOne': '  Mode:     replace (only your 1 question)',
  'checklist.validate.mode.replaceMany': '  Mode:     replace (only your {count} questions)',
  // One line for each kind of session: the question ids it asks, in asking order; yours are marked.
  'checklist.validate.asks.video': '  A video session asks {count}: {ids}',
  'checklist.validate.asks.audio': '  An audio session asks {count}: {ids}',
  'checklist.validate.asks.text': '  A text session asks {count}: {ids}',
  'checklist.validate.asksNone.video': '  A video session asks none of these questions.',
  'checklist.validate.asksNone.audio': '  An audio session asks none of these questions.',
  'checklist.validate.asksNone.text': '  A text session asks none of these questions.',
  'checklist.validate.yours': '{id} (yours)',
  'checklist.validate.dropped':
    '    Left out, so the list stays at {max} questions (yours are always asked): {ids}',
  'checklist.validate.tooMany':
    '  Note: more than {max} questions takes a nervous client more than a minute; the built-in questions give way to yours to keep to {max}.',
  'checklist.validate.otherLanguages':
    "  Note: {app} speaks only {spoken}, so no client reads {others} by choice: a text in {others} is shown only where it comes first and the client's own language is missing.",
  // The starter file `checklist init` writes (src/checks/checklist/starter.ts), in the run's language.
  // Each entry is one comment block: its lines become "# " lines; {file} is the file's name.
  'checklist.starter.intro': 'A checklist for {app}: the questions your clients answer before a session.',
  'checklist.starter.howTo':
    'Check it:    {command} checklist validate {file}\nTry it:      {command} --checklist {file}\nShare it:    put it on your website (https only) and send clients\n             {command} --checklist https://your-practice.example/{base}',
  'checklist.starter.comments': 'Lines starting with # are comments. Indent with spaces, not tabs.',
  'checklist.starter.languages':
    "Every text (practice, welcome, and each question's text, why and fix) may be one text for\neveryone, or the same text by language; clients read their own language, else your first:\n  text:\n    en: Have you filled in the intake form we emailed you?\n    es: ¿Llenó el formulario de admisión que le enviamos por correo?\n  ({app} speaks {languages}; checklist validate notes a text that leaves one out.)",
  'checklist.starter.version': 'The format version. Leave it at 1.',
  'checklist.starter.practice':
    "Your practice's name, shown at the top of the client's report (at most 80 characters).\nReplace the placeholder: checklist validate refuses the file until you do.",
  'checklist.starter.placeholder': 'Your Practice Name',
  'checklist.starter.welcome':
    'Optional: one short, friendly line shown under the name (at most 200 characters).',
  'checklist.starter.welcomeText': 'Thank you for checking before our session. See you soon.',
  'checklist.starter.meetingHosts':
    'Optional: the hosts your session links use. A client who checks a link you sent\n({command} link "https://…" --checklist …) is told when it goes anywhere else.',
  'checklist.starter.mode':
    'What to do with the built-in questions (7 or 8 for each kind of session):\n  keep     ask only the built-in questions (then leave "questions" out)\n  add      ask the built-in questions and yours; a question of yours with the\n           id of a built-in one rewords that question\n  replace  ask only your questions\nThe built-in ids are:',
  'checklist.starter.questions':
    'Your questions. Each one is answered yes or no, so word it so that "yes" means ready.\nNever ask for an address, a phone number or a name: {app} asks yes or no only,\nand never stores or prints such details.',
  'checklist.starter.id':
    'A short name for the question, unique in this file: lowercase letters, digits and dashes.',
  'checklist.starter.text': 'The question itself (at most 200 characters).',
  'checklist.starter.textExample': 'Have you filled in the intake form we emailed you?',
  'checklist.starter.why': 'Why it matters, in one sentence (at most 300 characters).',
  'checklist.starter.whyExample': 'It lets us spend our first session on you, not on paperwork.',
  'checklist.starter.fix': 'What to do if the answer is no, in one sentence (at most 300 characters).',
  'checklist.starter.fixExample': 'Open our email and fill in the form; it takes about five minutes.',
  'checklist.starter.level':
    'required: a "no" means the client is not ready yet. advisory: a "no" is a caution.\nLeave it out and the question is required.',
  'checklist.starter.sessions':
    'The kinds of session that ask it: video, audio, text. Leave it out for all three.',
  'checklist.starter.cap':
    'A session asks at most {max} questions, so a nervous client is done in about a minute.\nYour questions are always asked; the built-in ones fill the places left, the most\nimportant first. checklist validate lists what each kind of session asks and leaves out.',
  'checklist.init.wrote': 'Wrote a starter checklist to {name}.',
  'checklist.init.next': 'Edit it, then check it with: {command} checklist validate {name}',
} as const
