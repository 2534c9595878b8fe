import type { CatalogueEntry } from './catalogue-types.js'

/*
 * The apps and tools the check recognises. Process names come from the project's research notes
 * (shared/research/apps-checklist.md §2–§4), which cite the primary sources listed with each entry.
 * To add an app: one entry, with its exact process names per OS and where they come from.
 */

const RESEARCH = 'session-checkup research notes, shared/research/apps-checklist.md'
const QUIT_OR_DND = 'before the session, or turn on Do Not Disturb so its messages stay hidden.'

const chatApps: CatalogueEntry[] = [
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['WhatsApp.exe', 'WhatsApp.Root.exe'], storePackages: ['5319275A.WhatsAppDesktop'] },
      macos: { names: ['WhatsApp'], bundles: ['WhatsApp.app'] },
    },
    why: 'WhatsApp can show message pop-ups on the screen, and it can upload the address book from your phone.',
    whatToDo: `Quit WhatsApp ${QUIT_OR_DND} Contact upload is optional: you can take away WhatsApp's access to your contacts in your phone's settings.`,
    sources: [
      `${RESEARCH} §2`,
      'https://faq.whatsapp.com/1191526044909364',
      'EricZimmerman/KapeFiles Targets/Apps/WhatsApp.tkape',
    ],
  },
  {
    id: 'telegram',
    name: 'Telegram',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['Telegram.exe'], storePackages: ['TelegramMessengerLLP.TelegramDesktop'] },
      macos: { names: ['Telegram'], bundles: ['Telegram.app', 'Telegram Desktop.app'] },
      linux: {
        names: ['Telegram', 'telegram-desktop'],
        snaps: ['telegram-desktop'],
        flatpaks: ['org.telegram.desktop'],
      },
    },
    why: 'Telegram can show message pop-ups on the screen, and it can sync the contacts from your phone.',
    whatToDo: `Quit Telegram ${QUIT_OR_DND} To stop contact syncing, open Settings > Privacy and Security > Data Settings and turn off Sync Contacts.`,
    sources: [
      `${RESEARCH} §2`,
      'https://telegram.org/privacy',
      'telegramdesktop/tdesktop lib/xdg/org.telegram.desktop.desktop, snap/snapcraft.yaml',
      'flathub/org.telegram.desktop',
    ],
  },
  {
    id: 'signal',
    name: 'Signal',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['Signal.exe'] },
      macos: { names: ['Signal'], bundles: ['Signal.app'] },
      linux: { names: ['signal-desktop'], snaps: ['signal-desktop'], flatpaks: ['org.signal.Signal'] },
    },
    why: 'Signal can show message previews on the screen during the session.',
    whatToDo: `Quit Signal ${QUIT_OR_DND}`,
    sources: [
      `${RESEARCH} §2`,
      'https://signal.org/blog/private-contact-discovery/',
      'signalapp/Signal-Desktop package.json',
      'flathub/org.signal.Signal',
    ],
  },
  {
    id: 'messenger',
    name: 'Messenger',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['Messenger.exe'] },
      macos: { names: ['Messenger'], bundles: ['Messenger.app'] },
    },
    why: 'Messenger can show message pop-ups on the screen, and it can upload the contacts from your phone.',
    whatToDo: `Quit Messenger ${QUIT_OR_DND} To stop contact upload, turn off Upload contacts in Messenger's settings on your phone.`,
    sources: [`${RESEARCH} §2`, 'HwangChanho/EndPointAppTemp MessengerDefine.swift'],
  },
  {
    id: 'viber',
    name: 'Viber',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['Viber.exe'] },
      macos: { names: ['Viber'], bundles: ['Viber.app'] },
      linux: { names: ['Viber'] },
    },
    why: 'Viber can show message pop-ups on the screen, and it keeps a copy of your phone contacts on its servers.',
    whatToDo: `Quit Viber ${QUIT_OR_DND} You can take away Viber's access to your contacts in your phone's settings.`,
    sources: [
      `${RESEARCH} §2`,
      'support.viber.com (permissions)',
      'EricZimmerman/KapeFiles Targets/Apps/Viber.tkape',
    ],
  },
  {
    id: 'wechat',
    name: 'WeChat',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['Weixin.exe', 'WeChat.exe', 'WeChatAppEx.exe'] },
      macos: { names: ['WeChat'], bundles: ['WeChat.app'] },
    },
    why: 'WeChat can show message pop-ups on the screen, and it can use the contacts from your phone.',
    whatToDo: `Quit WeChat ${QUIT_OR_DND}`,
    sources: [`${RESEARCH} §2`, 'weixin.qq.com privacy guidelines'],
  },
  {
    id: 'line',
    name: 'LINE',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['LINE.exe', 'LineLauncher.exe', 'LINE_APP.exe'] },
      macos: { names: ['LINE'], bundles: ['LINE.app'] },
    },
    why: 'LINE can show message pop-ups on the screen, and it can add friends from the address book on your phone.',
    whatToDo: `Quit LINE ${QUIT_OR_DND} In LINE's notification settings you can also turn off Show preview, and on your phone you can turn off Auto-add friends.`,
    sources: [`${RESEARCH} §2`, 'https://help.line.me (contentId 20000390)', 'keyang556/linedesktopnvda'],
  },
  {
    id: 'kakaotalk',
    name: 'KakaoTalk',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['KakaoTalk.exe'] },
      macos: { names: ['KakaoTalk'], bundles: ['KakaoTalk.app'] },
    },
    why: 'KakaoTalk can show message pop-ups on the screen, and it adds friends from the contacts on your phone.',
    whatToDo: `Quit KakaoTalk ${QUIT_OR_DND} You can turn off Allow adding friends by phone number in KakaoTalk's settings.`,
    sources: [`${RESEARCH} §2`, 'donga.com and mbn.co.kr, 13 September 2023'],
  },
  {
    id: 'discord',
    name: 'Discord',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['Discord.exe', 'DiscordPTB.exe', 'DiscordCanary.exe'] },
      macos: { names: ['Discord'], bundles: ['Discord.app', 'Discord PTB.app', 'Discord Canary.app'] },
      linux: {
        names: ['Discord', 'DiscordPTB', 'DiscordCanary'],
        snaps: ['discord'],
        flatpaks: ['com.discordapp.Discord'],
      },
    },
    why: 'Discord can show message pop-ups and calls on the screen, and its phone app can sync your contacts.',
    whatToDo: `Quit Discord ${QUIT_OR_DND}`,
    sources: [
      `${RESEARCH} §2`,
      'bleachbit/bleachbit cleaners/discord.xml',
      'flathub/com.discordapp.Discord discord.sh',
    ],
  },
  {
    id: 'slack',
    name: 'Slack',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['slack.exe'] },
      macos: { names: ['Slack'], bundles: ['Slack.app'] },
      linux: { names: ['slack'], snaps: ['slack'], flatpaks: ['com.slack.Slack'] },
    },
    why: 'Slack can show message pop-ups on the screen during the session.',
    whatToDo: `Quit Slack ${QUIT_OR_DND} Slack can also pause its own notifications for a while.`,
    sources: [`${RESEARCH} §2`, 'bleachbit/bleachbit cleaners/slack.xml', 'flathub/com.slack.Slack slack.sh'],
  },
  {
    id: 'element',
    name: 'Element',
    category: 'contact-syncing-chat',
    processes: {
      windows: { names: ['Element.exe'] },
      macos: { names: ['Element'], bundles: ['Element.app'] },
      linux: { names: ['element-desktop'], flatpaks: ['im.riot.Riot'] },
    },
    why: 'Element can show message pop-ups on the screen during the session.',
    whatToDo: `Quit Element ${QUIT_OR_DND}`,
    sources: [`${RESEARCH} §2`, 'element-hq/element-desktop electron-builder.ts'],
  },
  {
    id: 'messages',
    name: 'Messages',
    category: 'contact-syncing-chat',
    processes: { macos: { names: ['Messages'], bundles: ['Messages.app'] } },
    why: 'Messages can show texts from your phone and your contacts on the screen.',
    whatToDo:
      'Quit Messages before the session, or turn on a Focus (Control Centre > Focus) so texts do not pop up.',
    sources: [`${RESEARCH} §2`, 'HwangChanho/EndPointAppTemp MessengerDefine.swift'],
  },
]

const phoneRelayApps: CatalogueEntry[] = [
  {
    id: 'phone-link',
    name: 'Phone Link',
    category: 'phone-relay',
    processes: {
      windows: {
        names: ['PhoneExperienceHost.exe', 'YourPhone.exe'],
        storePackages: ['Microsoft.YourPhone'],
      },
    },
    why: 'Phone Link can show texts and calls from a linked phone on the screen.',
    whatToDo:
      'If your phone is linked to this computer, turn on Do Not Disturb so texts from your phone do not appear during the session.',
    runsByDefault: true,
    sources: [`${RESEARCH} §2`, 'marcinotorowski/MSIX-Hero issue #66 (YourPhone process list)'],
  },
  {
    id: 'kde-connect',
    name: 'KDE Connect',
    category: 'phone-relay',
    processes: { linux: { names: ['kdeconnectd'] } },
    why: 'KDE Connect can show texts and notifications from a paired phone on the screen.',
    whatToDo:
      'If your phone is paired, turn on Do Not Disturb so its notifications do not appear during the session.',
    runsByDefault: true,
    sources: [`${RESEARCH} §2`],
  },
]

const callApps: CatalogueEntry[] = [
  {
    id: 'zoom',
    name: 'Zoom',
    category: 'video-call',
    processes: {
      windows: { names: ['Zoom.exe', 'ZoomLauncher.exe', 'CptHost.exe'] },
      macos: { names: ['zoom.us'], bundles: ['zoom.us.app'] },
      linux: { names: ['zoom', 'ZoomLauncher'], snaps: ['zoom-client'], flatpaks: ['us.zoom.Zoom'] },
    },
    why: 'Zoom can show chat messages and incoming calls on the screen.',
    whatToDo:
      'If Zoom is not what you use for this session, quit it so its calls and messages do not pop up.',
    sources: [`${RESEARCH} §2`, 'bleachbit/bleachbit cleaners/zoom.xml', 'flathub/us.zoom.Zoom zoom.sh'],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    category: 'video-call',
    processes: {
      windows: { names: ['ms-teams.exe', 'Teams.exe'], storePackages: ['MSTeams', 'MicrosoftTeams'] },
      macos: {
        names: ['MSTeams', 'Microsoft Teams'],
        bundles: ['Microsoft Teams.app', 'Microsoft Teams classic.app'],
      },
      linux: { names: ['teams', 'teams-for-linux'], snaps: ['teams-for-linux'] },
    },
    why: 'Teams can show chat messages and incoming calls on the screen.',
    whatToDo:
      'If Teams is not what you use for this session, quit it so its calls and messages do not pop up.',
    sources: [
      `${RESEARCH} §2`,
      'EricZimmerman/KapeFiles Targets/Apps/MicrosoftTeams.tkape',
      'undergroundwires/privacy.sexy issue #279 (MicrosoftTeams package)',
    ],
  },
  {
    id: 'skype',
    name: 'Skype',
    category: 'video-call',
    processes: {
      windows: { names: ['Skype.exe'], storePackages: ['Microsoft.SkypeApp'] },
      macos: { names: ['Skype'], bundles: ['Skype.app'] },
      linux: { names: ['skypeforlinux'], snaps: ['skype'] },
    },
    why: 'Skype can show chat messages and incoming calls on the screen.',
    whatToDo:
      'If Skype is not what you use for this session, quit it so its calls and messages do not pop up.',
    sources: [
      `${RESEARCH} §2`,
      'bleachbit/bleachbit cleaners/skype.xml',
      'EricZimmerman/KapeFiles Targets/Apps/Skype.tkape',
    ],
  },
  {
    id: 'facetime',
    name: 'FaceTime',
    category: 'video-call',
    processes: { macos: { names: ['FaceTime'], bundles: ['FaceTime.app'] } },
    why: 'FaceTime can ring on this computer when someone calls your phone number or Apple ID.',
    whatToDo:
      'If FaceTime is not what you use for this session, quit it, or turn on a Focus so calls do not ring here.',
    sources: [`${RESEARCH} §2`],
  },
]

const RMM_WHY = 'IT-support tools like this let an organisation see and control the computer.'
const RMM_TODO =
  'If this is a work or school computer, your organisation may use it to look after the computer; a personal device is more private for the session. If you did not install it, ask whoever looks after this computer.'

function remoteTool(id: string, name: string, windowsNames: string[], source: string): CatalogueEntry {
  return {
    id,
    name,
    category: 'remote-access',
    processes: { windows: { names: windowsNames } },
    why: RMM_WHY,
    whatToDo: RMM_TODO,
    sources: [`${RESEARCH} §3`, source],
  }
}

const LOLRMM = 'magicsword-io/LOLRMM yaml'
const ELASTIC = 'elastic/detection-rules command_and_control_new_terms_commonly_abused_rat_execution.toml'

const remoteAccessTools: CatalogueEntry[] = [
  {
    id: 'teamviewer',
    name: 'TeamViewer',
    category: 'remote-access',
    processes: {
      windows: {
        names: ['TeamViewer.exe', 'TeamViewer_Service.exe', 'tv_w32.exe', 'tv_x64.exe', 'TeamViewerQS.exe'],
        sessionNames: ['TeamViewer_Desktop.exe'],
      },
      macos: {
        names: ['TeamViewer', 'TeamViewer_Service', 'TeamViewer_Desktop_Proxy', 'TeamViewer_Assignment'],
        bundles: ['TeamViewer.app', 'TeamViewerHost.app', 'TeamViewerQS.app'],
        sessionNames: ['TeamViewer_Desktop'],
      },
      linux: { names: ['teamviewerd', 'TeamViewer'], sessionNames: ['TeamViewer_Desktop'] },
    },
    why: 'TeamViewer lets someone see and control this computer when a connection is allowed.',
    whatToDo:
      'If you do not need TeamViewer today, quit it before the session, and turn off its option to start with the computer.',
    sources: [
      `${RESEARCH} §3`,
      `${LOLRMM}/teamviewer.yaml`,
      ELASTIC,
      'redcanaryco/surveyor definitions/remote-admin.json',
    ],
  },
  {
    id: 'anydesk',
    name: 'AnyDesk',
    category: 'remote-access',
    processes: {
      windows: { names: ['AnyDesk.exe'] },
      macos: { names: ['AnyDesk'], bundles: ['AnyDesk.app'] },
      linux: { names: ['anydesk'] },
    },
    why: 'AnyDesk lets someone see and control this computer when a connection is allowed.',
    whatToDo:
      'If you do not need AnyDesk today, quit it before the session; if you never use it, you can uninstall it.',
    sources: [`${RESEARCH} §3`, `${LOLRMM}/anydesk.yaml`, ELASTIC],
  },
  {
    id: 'rustdesk',
    name: 'RustDesk',
    category: 'remote-access',
    processes: {
      windows: { names: ['rustdesk.exe'] },
      macos: { names: ['RustDesk'], bundles: ['RustDesk.app'] },
      linux: { names: ['rustdesk'] },
    },
    why: 'RustDesk lets someone see and control this computer when a connection is allowed.',
    whatToDo:
      'If you do not need RustDesk today, quit it before the session; if you never use it, you can uninstall it.',
    sources: [`${RESEARCH} §3`, LOLRMM, ELASTIC],
  },
  {
    id: 'chrome-remote-desktop',
    name: 'Chrome Remote Desktop',
    category: 'remote-access',
    processes: {
      windows: {
        names: ['remoting_host.exe'],
        sessionNames: [
          'remoting_desktop.exe',
          'remote_assistance_host.exe',
          'remote_assistance_host_uiaccess.exe',
        ],
      },
      macos: {
        names: ['remoting_me2me_host', 'remoting_me2me_host_service'],
        bundles: ['ChromeRemoteDesktopHost.app'],
      },
      linux: {
        names: ['chrome-remote-desktop-host', 'chrome-remote-desktop'],
        sessionNames: ['remote-assistance-host'],
      },
    },
    why: 'Chrome Remote Desktop lets someone reach this computer from another device.',
    whatToDo:
      'If you do not need remote access today, turn it off at remotedesktop.google.com before the session.',
    sources: [`${RESEARCH} §3`, 'chromium/chromium remoting/ sources and installer scripts', LOLRMM],
  },
  {
    id: 'quick-assist',
    name: 'Quick Assist',
    category: 'remote-access',
    processes: {
      windows: { sessionNames: ['quickassist.exe'], storePackages: ['MicrosoftCorporationII.QuickAssist'] },
    },
    why: 'Quick Assist lets someone else see or control this computer to help you.',
    whatToDo:
      'Close Quick Assist before the session unless you are using it right now with someone you trust.',
    sources: [`${RESEARCH} §3`, `${LOLRMM}/microsoft_quick_assist.yaml`],
  },
  {
    id: 'apple-screen-sharing',
    name: 'Screen Sharing (macOS)',
    category: 'remote-access',
    processes: { macos: { names: ['ARDAgent', 'ScreensharingAgent'], sessionNames: ['screensharingd'] } },
    why: 'Screen Sharing and Remote Management let someone see and control this Mac from another computer.',
    whatToDo:
      'If you do not need it, turn off Screen Sharing and Remote Management in System Settings > General > Sharing.',
    sources: [`${RESEARCH} §3`, `${LOLRMM}/apple_remote_desktop.yaml`],
  },
  {
    id: 'vnc',
    name: 'VNC server',
    category: 'remote-access',
    processes: {
      windows: { names: ['winvnc.exe', 'vncserver.exe', 'tvnserver.exe'] },
      linux: { names: ['x11vnc', 'Xvnc', 'Xtigervnc', 'x0vncserver'] },
    },
    why: 'A VNC server lets someone see and control this computer over the network.',
    whatToDo: 'If you do not need remote access today, stop the VNC server before the session.',
    sources: [`${RESEARCH} §3`, LOLRMM, ELASTIC],
  },
  {
    id: 'parsec',
    name: 'Parsec',
    category: 'remote-access',
    processes: {
      windows: { names: ['parsecd.exe', 'pservice.exe'] },
      macos: { names: ['parsecd'], bundles: ['Parsec.app'] },
    },
    why: 'Parsec lets someone see and control this computer when a connection is allowed.',
    whatToDo: 'If you do not need Parsec today, quit it before the session.',
    sources: [`${RESEARCH} §3`, `${LOLRMM}/parsec.yaml`],
  },
  remoteTool('splashtop', 'Splashtop', ['SRService.exe', 'strwinclt.exe', 'Splashtop-streamer.exe'], ELASTIC),
  remoteTool(
    'screenconnect',
    'ScreenConnect',
    ['ScreenConnect.ClientService.exe', 'ScreenConnect.WindowsClient.exe'],
    `${LOLRMM}/screenconnect.yaml`,
  ),
  remoteTool(
    'logmein',
    'LogMeIn / GoTo',
    [
      'LogMeIn.exe',
      'LMIIgnition.exe',
      'LogMeInSystray.exe',
      'lmiguardiansvc.exe',
      'g2comm.exe',
      'g2host.exe',
    ],
    ELASTIC,
  ),
  remoteTool('zoho-assist', 'Zoho Assist', ['ZohoURS.exe', 'ZAService.exe'], ELASTIC),
  remoteTool('supremo', 'Supremo', ['Supremo.exe', 'SupremoService.exe'], ELASTIC),
  remoteTool('ultraviewer', 'UltraViewer', ['UltraViewer_Desktop.exe', 'UltraViewer_Service.exe'], ELASTIC),
  remoteTool('aeroadmin', 'AeroAdmin', ['AeroAdmin.exe'], ELASTIC),
  remoteTool('remotepc', 'RemotePC', ['RemotePCService.exe', 'RemotePCDesktop.exe'], ELASTIC),
  remoteTool('hoptodesk', 'HopToDesk', ['HopToDesk.exe'], ELASTIC),
  remoteTool('dwservice', 'DWService', ['dwagsvc.exe'], ELASTIC),
  remoteTool('isl-online', 'ISL Online', ['ISLLight.exe'], ELASTIC),
  remoteTool('radmin', 'Radmin', ['rserver3.exe'], ELASTIC),
  remoteTool('remote-utilities', 'Remote Utilities', ['rutserv.exe', 'rfusclient.exe'], ELASTIC),
  remoteTool('atera', 'Atera', ['AteraAgent.exe'], ELASTIC),
  remoteTool('ninjarmm', 'NinjaOne (NinjaRMM)', ['NinjaRMMAgent.exe'], ELASTIC),
  remoteTool('nomachine', 'NoMachine', ['nxservice.exe', 'nxnode.exe'], LOLRMM),
  {
    id: 'meshcentral',
    name: 'MeshCentral agent',
    category: 'remote-access',
    processes: {
      windows: { names: ['MeshAgent.exe'] },
      macos: { names: ['meshagent'] },
      linux: { names: ['meshagent'] },
    },
    why: RMM_WHY,
    whatToDo: RMM_TODO,
    sources: [`${RESEARCH} §3`, ELASTIC],
  },
]

const recorders: CatalogueEntry[] = [
  {
    id: 'obs',
    name: 'OBS Studio',
    category: 'screen-recording',
    processes: {
      windows: { names: ['obs64.exe', 'obs32.exe'] },
      macos: { names: ['OBS'], bundles: ['OBS.app'] },
      linux: { names: ['obs'], flatpaks: ['com.obsproject.Studio'] },
    },
    why: 'OBS Studio can record or stream everything on the screen and the microphone.',
    whatToDo: 'If you are not recording on purpose, quit OBS Studio before the session.',
    sources: [`${RESEARCH} §3`],
  },
  {
    id: 'sharex',
    name: 'ShareX',
    category: 'screen-recording',
    processes: { windows: { names: ['ShareX.exe'] } },
    why: 'ShareX can record the screen and upload what it captures.',
    whatToDo: 'If you are not recording on purpose, quit ShareX before the session.',
    sources: [`${RESEARCH} §3`],
  },
  {
    id: 'loom',
    name: 'Loom',
    category: 'screen-recording',
    processes: { windows: { names: ['Loom.exe'] }, macos: { names: ['Loom'], bundles: ['Loom.app'] } },
    why: 'Loom can record the screen, camera and microphone.',
    whatToDo: 'If you are not recording on purpose, quit Loom before the session.',
    sources: [`${RESEARCH} §3`],
  },
  {
    id: 'bandicam',
    name: 'Bandicam',
    category: 'screen-recording',
    processes: { windows: { names: ['bdcam.exe'] } },
    why: 'Bandicam can record the screen and the sound of the call.',
    whatToDo: 'If you are not recording on purpose, quit Bandicam before the session.',
    sources: [`${RESEARCH} §3`],
  },
  {
    id: 'camtasia',
    name: 'Camtasia Recorder',
    category: 'screen-recording',
    processes: { windows: { names: ['CamRecorder.exe'] } },
    why: 'Camtasia Recorder can record the screen and the sound of the call.',
    whatToDo: 'If you are not recording on purpose, quit Camtasia Recorder before the session.',
    sources: [`${RESEARCH} §3`],
  },
  {
    id: 'simplescreenrecorder',
    name: 'SimpleScreenRecorder',
    category: 'screen-recording',
    processes: { linux: { names: ['simplescreenrecorder'] } },
    why: 'SimpleScreenRecorder can record the screen and the sound of the call.',
    whatToDo: 'If you are not recording on purpose, quit SimpleScreenRecorder before the session.',
    sources: [`${RESEARCH} §3`],
  },
  {
    id: 'kazam',
    name: 'Kazam',
    category: 'screen-recording',
    processes: { linux: { names: ['kazam'] } },
    why: 'Kazam can record the screen and the sound of the call.',
    whatToDo: 'If you are not recording on purpose, quit Kazam before the session.',
    sources: [`${RESEARCH} §3`],
  },
  {
    id: 'peek',
    name: 'Peek',
    category: 'screen-recording',
    processes: { linux: { names: ['peek'] } },
    why: 'Peek can record the screen.',
    whatToDo: 'If you are not recording on purpose, quit Peek before the session.',
    sources: [`${RESEARCH} §3`],
  },
]

/** Every app and tool the check recognises, in the order the report names them. */
export const appCatalogue: readonly CatalogueEntry[] = [
  ...remoteAccessTools,
  ...recorders,
  ...chatApps,
  ...phoneRelayApps,
  ...callApps,
]
