/** English: protection (the whole catalogue is src/messages/en/index.ts). */
export const protection = {
  // ── The protection check (src/checks/protection/): five things that keep therapy private if a
  // computer is lost or a virus gets in. Calm: every finding is "worth a look", never "not ready".
  // How the report names this check in "… was not checked" (src/render/wording.ts).
  'report.check.protection': 'the protection of this computer',
  'report.checkAsSubject.protection': 'The protection of this computer',
  'protection.title': 'Protection of this computer',
  'protection.activity': 'Checking how this computer protects your privacy',
  'protection.label.encryption': 'Disk encryption',
  'protection.label.screenLock': 'Screen lock',
  'protection.label.updates': 'Security updates',
  'protection.label.malware': 'Malware protection',
  'protection.label.firewall': 'Firewall',
  'protection.label.system': 'System',
  'protection.value.on': 'on',
  'protection.value.off': 'off',
  'protection.value.encrypting': 'turning on now',
  'protection.value.decrypting': 'being turned off',
  'protection.value.paused': 'paused',
  'protection.value.homeUnencrypted': 'on, but not for /home',
  'protection.value.lockOff': 'does not lock by itself',
  'protection.value.lockAfter': 'locks after {minutes} min away',
  'protection.value.lockSoon': 'locks within a minute',
  'protection.value.updatesUntil': 'yes, until {date}',
  'protection.value.updatesCurrent': 'yes, for this version',
  'protection.value.updatesEnded': 'no longer',
  'protection.value.updatesEndedOn': 'ended on {date}',
  'protection.value.rolling': 'yes, as long as you install them',
  'protection.value.gatekeeperOn': 'Gatekeeper on',
  'protection.value.gatekeeperOff': 'Gatekeeper off',
  'protection.value.outdated': 'on, but out of date',
  'protection.unknown.missing': 'could not check: a program it needs is not on this computer',
  'protection.unknown.timeout': 'could not check: the computer did not answer in time',
  'protection.unknown.denied':
    "could not check: this computer doesn't let us read it (on a work computer, its IT team decides this)",
  'protection.unknown.unreadable': "could not check: the computer's answer wasn't one we know",
  'protection.unknown.no-disk':
    "could not check: we couldn't find the disk the system is on (as in a container)",
  'protection.unknown.no-desktop':
    'could not check: we read the screen lock of GNOME and KDE desktops, and found neither here',
  'protection.unknown.unknown-system': 'could not check: we have no dates for this system version',
  'protection.unknown.unsupported-os': 'could not check: not read on this kind of system',
  'protection.date': '{day} {month} {year}',
  'protection.month.1': 'January',
  'protection.month.2': 'February',
  'protection.month.3': 'March',
  'protection.month.4': 'April',
  'protection.month.5': 'May',
  'protection.month.6': 'June',
  'protection.month.7': 'July',
  'protection.month.8': 'August',
  'protection.month.9': 'September',
  'protection.month.10': 'October',
  'protection.month.11': 'November',
  'protection.month.12': 'December',
  'protection.summary.good':
    'Everything we checked about how this computer protects your privacy looks fine.',
  'protection.summary.goodPartly': "What we could check looks fine; we couldn't check {parts}.",
  'protection.part.encryption': 'the disk encryption',
  'protection.part.screenLock': 'the screen lock',
  'protection.part.updates': 'the security updates',
  'protection.part.malware': 'the malware protection',
  'protection.part.firewall': 'the firewall',
  'protection.summary.nothing': "We couldn't check how this computer protects your privacy.",
  'protection.summary.many': '{count} things about how this computer protects your privacy are worth a look.',
  'protection.summary.encryption.off.darwin':
    'FileVault is off, so if this Mac were lost, someone could read what is on it, including your messages with your therapist.',
  'protection.summary.encryption.off.win32':
    "This computer's disk is not encrypted, so if it were lost, someone could read what is on it, including your messages with your therapist.",
  'protection.summary.encryption.off.linux':
    "This computer's disk is not encrypted, so if it were lost, someone could read what is on it, including your messages with your therapist.",
  'protection.summary.encryption.home.linux':
    'The system disk is encrypted, but /home, where your own files are, is on a disk that is not.',
  'protection.summary.encryption.paused.win32':
    'BitLocker is paused on this computer, so its disk is not protected right now.',
  'protection.summary.encryption.decrypting': "This computer's disk encryption is being turned off.",
  'protection.step.encryption.off.darwin':
    'Turn on FileVault in System Settings → Privacy & Security → FileVault, and keep the recovery key somewhere safe. If this Mac were lost, no one could then read your messages with your therapist.',
  'protection.step.encryption.off.win32':
    'Turn on encryption in Settings → Privacy & security → Device encryption (on Windows Pro: Control Panel → System and Security → BitLocker Drive Encryption → Turn on BitLocker). If this laptop were lost, no one could then read your messages with your therapist.',
  'protection.step.encryption.paused.win32':
    'Open Control Panel → System and Security → BitLocker Drive Encryption and click "Resume protection" (with Device encryption, sign in to Windows with a Microsoft account to finish). A lost laptop then keeps your therapy messages private.',
  'protection.step.encryption.off.linux':
    'Linux can encrypt the whole disk only when it is installed: next time, choose the installer\'s encryption option (Ubuntu: "Advanced features" → "Use LVM and encryption"). Until then, keep therapy notes and saved reports off this computer, or in an encrypted folder.',
  'protection.step.encryption.home.linux':
    'Ask whoever set up this computer to encrypt the /home disk too (with LUKS), or keep therapy notes and saved reports on the encrypted system disk.',
  'protection.step.encryption.decrypting':
    'If you did not mean to turn it off, turn it back on where you turned it off (FileVault, BitLocker or Device encryption). Encryption keeps your therapy messages private if the computer is lost.',
  'protection.summary.screenLock.off.darwin':
    'This Mac does not lock its screen by itself when you step away.',
  'protection.summary.screenLock.off.win32':
    "Windows doesn't seem to lock the screen by itself when you step away.",
  'protection.summary.screenLock.off.desktop':
    "Your desktop doesn't lock the screen by itself when you step away.",
  'protection.summary.screenLock.late.darwin': 'This Mac locks its screen only after {minutes} minutes away.',
  'protection.summary.screenLock.late.win32': 'Windows locks the screen only after {minutes} minutes away.',
  'protection.summary.screenLock.late.desktop':
    'Your desktop locks the screen only after {minutes} minutes away.',
  'protection.summary.screenLock.managed':
    'Your workplace sets the screen lock on this computer, and it locks late or not by itself.',
  'protection.step.screenLock.darwin':
    'Open System Settings → Lock Screen, set "Start Screen Saver when inactive" to 10 minutes or less and "Require password after screen saver begins or display is turned off" to "Immediately". Then no one passing by can read your chat with your therapist while you are away.',
  'protection.step.screenLock.win32':
    'Open Settings → Personalization → Lock screen → Screen saver, pick a screen saver, set "Wait" to 10 minutes or less and tick "On resume, display logon screen". Then no one passing by can read your chat with your therapist while you are away.',
  'protection.step.screenLock.gnome':
    'Open Settings → Privacy & Security → Screen Lock (on older versions: Settings → Privacy), turn on "Automatic Screen Lock" and set the blank screen delay to 10 minutes or less. Then no one passing by can read your chat with your therapist while you are away.',
  'protection.step.screenLock.kde':
    'Open System Settings → Security & Privacy → Screen Locking (Plasma 5: Workspace Behavior → Screen Locking) and lock the screen automatically after 10 minutes or less. Then no one passing by can read your chat with your therapist while you are away.',
  'protection.step.screenLock.managed':
    'On a work computer its IT team decides this: ask them. Meanwhile, lock the screen yourself when you step away (Windows key and L, or Control, Command and Q on a Mac).',
  'protection.summary.updates.ended.windows10':
    'Windows 10 no longer gets security updates: they ended on {date}.',
  'protection.summary.updates.ended.windows11':
    'This version of Windows ({name}) no longer gets security updates: they ended on {date}.',
  'protection.summary.updates.ended.windowsOld': 'This version of Windows no longer gets security updates.',
  'protection.summary.updates.ended.macos': "{name} no longer gets all of Apple's security updates.",
  'protection.summary.updates.ended.linux': '{name} no longer gets security updates: they ended on {date}.',
  'protection.summary.updates.ended.linuxOld': '{name} no longer gets security updates.',
  'protection.summary.updates.ending': '{name} gets security updates only until {date}.',
  'protection.step.updates.ended.windows10':
    'Upgrade to Windows 11 in Settings → Update & Security → Windows Update, if this computer can run it. On a work computer, ask its IT team, who may pay for longer updates.',
  'protection.step.updates.ended.windows11':
    'Install the newest version of Windows 11 in Settings → Windows Update (the "feature update"). Updates close the holes that viruses use to read what is on a computer.',
  'protection.step.updates.ended.macos':
    'Upgrade to the newest macOS this Mac can run, in System Settings → General → Software Update. Updates close the holes that could let someone read your therapy messages.',
  'protection.step.updates.ended.linux':
    "Upgrade to a release that still gets security updates (your system's Software Updater, or its upgrade guide, shows how). Updates close the holes that could let someone read your therapy messages.",
  'protection.step.updates.ending.windows':
    'Plan to install the newest version of Windows before then, in Settings → Windows Update, so the updates that keep your therapy messages safe keep coming.',
  'protection.step.updates.ending.linux':
    "Plan to upgrade to the next release before then (your system's Software Updater, or its upgrade guide, shows how), so the updates that keep your therapy messages safe keep coming.",
  'protection.step.tableOld':
    'The dates {app} knows of are from {date}, more than a year ago: a newer {app} knows newer ones.',
  'protection.summary.malware.off.win32': 'No antivirus is switched on in Windows Security.',
  'protection.summary.malware.outdated.win32': 'Your antivirus is on, but it says it is out of date.',
  'protection.summary.malware.gatekeeper.darwin':
    'Gatekeeper is off, so this Mac opens apps without checking who made them.',
  'protection.step.malware.off.win32':
    'Open Settings → Privacy & security → Windows Security → Virus & threat protection and turn on "Real-time protection" (or turn your own antivirus back on). It stops programs that could spy on your sessions or read your messages.',
  'protection.step.malware.outdated.win32':
    'Open Settings → Privacy & security → Windows Security → Virus & threat protection → Protection updates and click "Check for updates". An up-to-date antivirus catches new programs that spy.',
  'protection.step.malware.gatekeeper.darwin':
    'Open System Settings → Privacy & Security and, under "Allow applications from", choose "App Store & Known Developers". It keeps apps that could spy on your sessions off this Mac.',
  'protection.summary.firewall.off.darwin': "This Mac's firewall is off.",
  'protection.summary.firewall.off.win32': 'Windows Defender Firewall is off for the network you are on.',
  'protection.step.firewall.off.darwin':
    'Turn it on in System Settings → Network → Firewall. It stops other computers on the same Wi-Fi, as in a café or a hotel, from reaching this Mac.',
  'protection.step.firewall.off.win32':
    'Turn it on in Settings → Privacy & security → Windows Security → Firewall & network protection. It stops other computers on the same Wi-Fi, as in a café or a hotel, from reaching this one.',
  'protection.step.workComputer':
    'On a work computer, its IT team decides these settings: ask them before you change anything.',
} as const
