/** English: apps (the whole catalogue is src/messages/en/index.ts). */
export const apps = {
  // The apps check, "This computer" (src/checks/apps/).
  'apps.title': 'This computer',
  'apps.activity': 'Looking at apps on this computer',
  'apps.forAnotherUser': '{name} (for another user of this computer)',
  'apps.clause.remote': '{names} is running, which lets someone connect to this computer',
  'apps.clause.remoteMany': '{names} are running, which lets someone connect to this computer',
  'apps.clause.recorders': '{names} can record the screen',
  'apps.clause.chats': '{names} is open and can show message pop-ups',
  'apps.clause.chatsMany': '{names} are open and can show message pop-ups',
  'apps.clause.battery': 'the battery is at {percent}% and not charging',
  'apps.summary.remote': '{names} is running, which lets someone connect to this computer.',
  'apps.summary.remoteMany': '{names} are running, which lets someone connect to this computer.',
  'apps.summary.recorders': '{names} can record the screen.',
  'apps.summary.chats': '{names} is open and can show message pop-ups.',
  'apps.summary.chatsMany': '{names} are open and can show message pop-ups.',
  'apps.summary.battery': 'The battery is at {percent}% and not charging.',
  'apps.summary.several': 'A few things on this computer need a look before the session: {clauses}.',
  'apps.summary.clauseSeparator': '{first}; {next}',
  'apps.summary.liveSession':
    '{names} shows a live remote connection, so someone else may be able to see this screen right now.',
  'apps.summary.liveSessionMany':
    '{names} show a live remote connection, so someone else may be able to see this screen right now.',
  'apps.summary.liveSessionAndMore':
    '{names} shows a live remote connection, so someone else may be able to see this screen right now; a few other things below need a look too.',
  'apps.summary.liveSessionManyAndMore':
    '{names} show a live remote connection, so someone else may be able to see this screen right now; a few other things below need a look too.',
  'apps.summary.callOpen':
    'No chat, remote-access or recording apps need attention; {names} is open, which is fine if you use it for the session.',
  'apps.summary.callsOpen':
    'No chat, remote-access or recording apps need attention; {names} are open, which is fine if you use it for the session.',
  'apps.summary.clear': 'No chat, remote-access or screen-recording apps are running.',
  'apps.summary.unreadable': 'The list of running apps could not be read, so this part was not checked.',
  'apps.step.endSession':
    'If you did not start this {name} connection yourself, end it in {name} (or restart the computer) before the session, and tell your therapist.',
  'apps.step.charge': 'Plug in your charger before the session, so the call does not stop halfway through.',
  'apps.step.quitYourself':
    'Before the session, quit chat apps and any remote-access or screen-recording tools yourself.',
  'apps.step.focusMac':
    'Turn on a Focus such as Do Not Disturb (Control Centre > Focus) for the session, so no messages pop up, above all if you share your screen.',
  'apps.step.focusWindows':
    'Turn on Do not disturb (Settings > System > Notifications) for the session, so no messages pop up, above all if you share your screen.',
  'apps.step.focusLinux':
    "Turn on Do Not Disturb in your desktop's notification settings for the session, so no messages pop up, above all if you share your screen.",
  'apps.label.processesListed': 'Programs looked at',
  'apps.label.appsFound': 'Apps and tools recognised',
  'apps.label.doNotDisturb': 'Do Not Disturb',
  'apps.value.couldNotTell': 'could not tell',
  'apps.label.battery': 'Battery',

  // Each app's own words (src/checks/apps/catalogue.ts keeps the English and its sources; a test keeps them equal).
  // IT-support (RMM) tools share the `rmm` pair. An app's advice is its why, then what to do.
  'apps.app.advice': '{why} {whatToDo}',
  'apps.app.teamviewer.why':
    'TeamViewer lets someone see and control this computer when a connection is allowed.',
  'apps.app.teamviewer.whatToDo':
    'If you do not need TeamViewer today, quit it before the session, and turn off its option to start with the computer.',
  'apps.app.anydesk.why': 'AnyDesk lets someone see and control this computer when a connection is allowed.',
  'apps.app.anydesk.whatToDo':
    'If you do not need AnyDesk today, quit it before the session; if you never use it, you can uninstall it.',
  'apps.app.rustdesk.why':
    'RustDesk lets someone see and control this computer when a connection is allowed.',
  'apps.app.rustdesk.whatToDo':
    'If you do not need RustDesk today, quit it before the session; if you never use it, you can uninstall it.',
  'apps.app.chrome-remote-desktop.why':
    'Chrome Remote Desktop lets someone reach this computer from another device.',
  'apps.app.chrome-remote-desktop.whatToDo':
    'If you do not need remote access today, turn it off at remotedesktop.google.com before the session.',
  'apps.app.quick-assist.why': 'Quick Assist lets someone else see or control this computer to help you.',
  'apps.app.quick-assist.whatToDo':
    'Close Quick Assist before the session unless you are using it right now with someone you trust.',
  'apps.app.apple-screen-sharing.why':
    'Screen Sharing and Remote Management let someone see and control this Mac from another computer.',
  'apps.app.apple-screen-sharing.whatToDo':
    'If you do not need it, turn off Screen Sharing and Remote Management in System Settings > General > Sharing.',
  'apps.app.vnc.why': 'A VNC server lets someone see and control this computer over the network.',
  'apps.app.vnc.whatToDo': 'If you do not need remote access today, stop the VNC server before the session.',
  'apps.app.parsec.why': 'Parsec lets someone see and control this computer when a connection is allowed.',
  'apps.app.parsec.whatToDo': 'If you do not need Parsec today, quit it before the session.',
  'apps.app.rmm.why': 'IT-support tools like this let an organisation see and control the computer.',
  'apps.app.rmm.whatToDo':
    'If this is a work or school computer, your organisation may use it to look after the computer; a personal device is more private for the session. If you did not install it, ask whoever looks after this computer.',
  'apps.app.obs.why': 'OBS Studio can record or stream everything on the screen and the microphone.',
  'apps.app.obs.whatToDo': 'If you are not recording on purpose, quit OBS Studio before the session.',
  'apps.app.sharex.why': 'ShareX can record the screen and upload what it captures.',
  'apps.app.sharex.whatToDo': 'If you are not recording on purpose, quit ShareX before the session.',
  'apps.app.loom.why': 'Loom can record the screen, camera and microphone.',
  'apps.app.loom.whatToDo': 'If you are not recording on purpose, quit Loom before the session.',
  'apps.app.bandicam.why': 'Bandicam can record the screen and the sound of the call.',
  'apps.app.bandicam.whatToDo': 'If you are not recording on purpose, quit Bandicam before the session.',
  'apps.app.camtasia.why': 'Camtasia Recorder can record the screen and the sound of the call.',
  'apps.app.camtasia.whatToDo':
    'If you are not recording on purpose, quit Camtasia Recorder before the session.',
  'apps.app.simplescreenrecorder.why':
    'SimpleScreenRecorder can record the screen and the sound of the call.',
  'apps.app.simplescreenrecorder.whatToDo':
    'If you are not recording on purpose, quit SimpleScreenRecorder before the session.',
  'apps.app.kazam.why': 'Kazam can record the screen and the sound of the call.',
  'apps.app.kazam.whatToDo': 'If you are not recording on purpose, quit Kazam before the session.',
  'apps.app.peek.why': 'Peek can record the screen.',
  'apps.app.peek.whatToDo': 'If you are not recording on purpose, quit Peek before the session.',
  'apps.app.whatsapp.why':
    'WhatsApp can show message pop-ups on the screen, and it can upload the address book from your phone.',
  'apps.app.whatsapp.whatToDo':
    "Quit WhatsApp before the session, or turn on Do Not Disturb so its messages stay hidden. Contact upload is optional: you can take away WhatsApp's access to your contacts in your phone's settings.",
  'apps.app.telegram.why':
    'Telegram can show message pop-ups on the screen, and it can sync the contacts from your phone.',
  'apps.app.telegram.whatToDo':
    'Quit Telegram before the session, or turn on Do Not Disturb so its messages stay hidden. To stop contact syncing, open Settings > Privacy and Security > Data Settings and turn off Sync Contacts.',
  'apps.app.signal.why': 'Signal can show message previews on the screen during the session.',
  'apps.app.signal.whatToDo':
    'Quit Signal before the session, or turn on Do Not Disturb so its messages stay hidden.',
  'apps.app.messenger.why':
    'Messenger can show message pop-ups on the screen, and it can upload the contacts from your phone.',
  'apps.app.messenger.whatToDo':
    "Quit Messenger before the session, or turn on Do Not Disturb so its messages stay hidden. To stop contact upload, turn off Upload contacts in Messenger's settings on your phone.",
  'apps.app.viber.why':
    'Viber can show message pop-ups on the screen, and it keeps a copy of your phone contacts on its servers.',
  'apps.app.viber.whatToDo':
    "Quit Viber before the session, or turn on Do Not Disturb so its messages stay hidden. You can take away Viber's access to your contacts in your phone's settings.",
  'apps.app.wechat.why':
    'WeChat can show message pop-ups on the screen, and it can use the contacts from your phone.',
  'apps.app.wechat.whatToDo':
    'Quit WeChat before the session, or turn on Do Not Disturb so its messages stay hidden.',
  'apps.app.line.why':
    'LINE can show message pop-ups on the screen, and it can add friends from the address book on your phone.',
  'apps.app.line.whatToDo':
    "Quit LINE before the session, or turn on Do Not Disturb so its messages stay hidden. In LINE's notification settings you can also turn off Show preview, and on your phone you can turn off Auto-add friends.",
  'apps.app.kakaotalk.why':
    'KakaoTalk can show message pop-ups on the screen, and it adds friends from the contacts on your phone.',
  'apps.app.kakaotalk.whatToDo':
    "Quit KakaoTalk before the session, or turn on Do Not Disturb so its messages stay hidden. You can turn off Allow adding friends by phone number in KakaoTalk's settings.",
  'apps.app.discord.why':
    'Discord can show message pop-ups and calls on the screen, and its phone app can sync your contacts.',
  'apps.app.discord.whatToDo':
    'Quit Discord before the session, or turn on Do Not Disturb so its messages stay hidden.',
  'apps.app.slack.why': 'Slack can show message pop-ups on the screen during the session.',
  'apps.app.slack.whatToDo':
    'Quit Slack before the session, or turn on Do Not Disturb so its messages stay hidden. Slack can also pause its own notifications for a while.',
  'apps.app.element.why': 'Element can show message pop-ups on the screen during the session.',
  'apps.app.element.whatToDo':
    'Quit Element before the session, or turn on Do Not Disturb so its messages stay hidden.',
  'apps.app.messages.why': 'Messages can show texts from your phone and your contacts on the screen.',
  'apps.app.messages.whatToDo':
    'Quit Messages before the session, or turn on a Focus (Control Centre > Focus) so texts do not pop up.',
  'apps.app.phone-link.why': 'Phone Link can show texts and calls from a linked phone on the screen.',
  'apps.app.phone-link.whatToDo':
    'If your phone is linked to this computer, turn on Do Not Disturb so texts from your phone do not appear during the session.',
  'apps.app.kde-connect.why':
    'KDE Connect can show texts and notifications from a paired phone on the screen.',
  'apps.app.kde-connect.whatToDo':
    'If your phone is paired, turn on Do Not Disturb so its notifications do not appear during the session.',
  'apps.app.zoom.why': 'Zoom can show chat messages and incoming calls on the screen.',
  'apps.app.zoom.whatToDo':
    'If Zoom is not what you use for this session, quit it so its calls and messages do not pop up.',
  'apps.app.teams.why': 'Teams can show chat messages and incoming calls on the screen.',
  'apps.app.teams.whatToDo':
    'If Teams is not what you use for this session, quit it so its calls and messages do not pop up.',
  'apps.app.skype.why': 'Skype can show chat messages and incoming calls on the screen.',
  'apps.app.skype.whatToDo':
    'If Skype is not what you use for this session, quit it so its calls and messages do not pop up.',
  'apps.app.facetime.why':
    'FaceTime can ring on this computer when someone calls your phone number or Apple ID.',
  'apps.app.facetime.whatToDo':
    'If FaceTime is not what you use for this session, quit it, or turn on a Focus so calls do not ring here.',
} as const
