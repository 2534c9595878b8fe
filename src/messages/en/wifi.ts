/** English: wifi (the whole catalogue is src/messages/en/index.ts). */
export const wifi = {
  // The Wi-Fi check (src/checks/wifi/).
  'wifi.title': 'Wi-Fi',
  'wifi.activity': 'Checking your Wi-Fi',
  'wifi.summary.protected': 'Your Wi-Fi is protected with a password ({protection}).',
  'wifi.summary.protectedWeak':
    'Your Wi-Fi is protected with a password ({protection}), but the signal is weak.',
  'wifi.summary.hotspotProtected':
    "You're on your phone's hotspot, which is protected with a password ({protection}).",
  'wifi.summary.hotspotProtectedWeak':
    "You're on your phone's hotspot, which is protected with a password ({protection}), but the signal is weak.",
  'wifi.summary.enterprise': 'Your Wi-Fi uses a personal login (WPA Enterprise), which is well protected.',
  'wifi.summary.enterpriseWeak':
    'Your Wi-Fi uses a personal login (WPA Enterprise), which is well protected, but the signal is weak.',
  'wifi.summary.ethernet': "You're connected by cable, which is private and steady.",
  'wifi.summary.ethernetWeak':
    "You're connected by cable, which is private and steady, but the signal is weak.",
  'wifi.summary.phone':
    "You're online through your phone, connected by cable or Bluetooth, which is private.",
  'wifi.summary.phoneWeak':
    "You're online through your phone, connected by cable or Bluetooth, which is private, but the signal is weak.",
  'wifi.summary.cellular': "You're online through mobile data, which is encrypted.",
  'wifi.summary.cellularWeak':
    "You're online through mobile data, which is encrypted, but the signal is weak.",
  'wifi.summary.vpnToo': 'A VPN is on too.',
  'wifi.summary.vpnTooWeak': 'A VPN is on too, but the signal is weak.',
  'wifi.summary.wpa': 'This Wi-Fi network uses an old kind of protection (WPA) that can be broken.',
  'wifi.summary.hotspotWpa': "Your phone's hotspot uses an old kind of protection (WPA) that can be broken.",
  'wifi.summary.owe': 'This Wi-Fi network is encrypted, but anyone nearby can join it without a password.',
  'wifi.summary.hotspotOwe':
    "Your phone's hotspot is encrypted, but anyone nearby can join it without a password.",
  'wifi.summary.open':
    'This Wi-Fi network has no password, so people nearby could see which apps and sites you use.',
  'wifi.summary.hotspotOpen':
    "Your phone's hotspot has no password, so people nearby could see which apps and sites you use.",
  'wifi.summary.openVpn':
    'This Wi-Fi network has no password, but your VPN is on, which protects what you send.',
  'wifi.summary.hotspotOpenVpn':
    "Your phone's hotspot has no password, but your VPN is on, which protects what you send.",
  'wifi.summary.wep':
    'This Wi-Fi network uses WEP, an old protection that is easy to break, so people nearby could see which apps and sites you use.',
  'wifi.summary.hotspotWep':
    "Your phone's hotspot uses WEP, an old protection that is easy to break, so people nearby could see which apps and sites you use.",
  'wifi.summary.wepVpn':
    'This Wi-Fi network uses WEP, an old protection that is easy to break, but your VPN is on, which protects what you send.',
  'wifi.summary.hotspotWepVpn':
    "Your phone's hotspot uses WEP, an old protection that is easy to break, but your VPN is on, which protects what you send.",
  'wifi.summary.radioOff': 'Wi-Fi is turned off, and this computer has no other connection.',
  'wifi.summary.noWifiHardware': 'This computer has no Wi-Fi and is not connected to a network.',
  'wifi.summary.notConnected': 'This computer is not connected to a network right now.',
  'wifi.summary.linkUnknown': "We couldn't tell how this computer is connected to the internet.",
  'wifi.summary.windowsLocationOff':
    "Windows didn't let us read how your Wi-Fi is protected, because location access is off for desktop apps.",
  'wifi.summary.macosUnreadable': "macOS didn't tell us how your Wi-Fi is protected.",
  'wifi.summary.linuxNoTools':
    "We couldn't read how your Wi-Fi is protected, because this Linux system has neither NetworkManager (nmcli) nor the iw tool.",
  'wifi.summary.linuxNotReadable': "We couldn't read how your Wi-Fi is protected on this Linux system.",
  'wifi.summary.unrecognised': 'Your computer reported a kind of Wi-Fi protection we do not recognise.',
  'wifi.step.joinProtected': 'Join a Wi-Fi network that asks for a password, such as your home network.',
  'wifi.step.phoneHotspot': "Or use your phone's hotspot, with a password set on it.",
  'wifi.step.phoneHotspotFirst': "Use your phone's hotspot, with a password set on it.",
  'wifi.step.cable': 'Or plug in a network cable, if your computer has a socket for one.',
  'wifi.step.cableFirst': 'Plug in a network cable, if your computer has a socket for one.',
  'wifi.step.clinicVpn': 'If your clinic recommends a VPN, turn it on before the session.',
  'wifi.step.keepVpn': 'Keep your VPN on for the whole session.',
  'wifi.step.hotspotPassword':
    "Set a password for your phone's hotspot in the phone's settings, then join it again.",
  'wifi.step.routerUpgrade':
    'To fix this for good, set your router to WPA2 or WPA3; its manual or your internet provider can help.',
  'wifi.step.joinProtectedLater': 'When you can, join a network that asks for a password instead.',
  'wifi.step.moveCloser': 'Move closer to the router, or use a cable, so the call stays smooth.',
  'wifi.step.weakSignal':
    'Your Wi-Fi signal is weak: move closer to the router, or use a cable, so the chat stays steady.',
  'wifi.step.weakSignalToo':
    'Your Wi-Fi signal is also weak: move closer to the router, or use a cable, so the call stays smooth.',
  'wifi.step.runAgain': 'Then run {command} again.',
  'wifi.step.turnWifiOn': 'Turn Wi-Fi on and join your home network, or plug in a network cable.',
  'wifi.step.cableOrUsbHotspot':
    'Plug in a network cable, or connect your phone by USB cable and turn on its hotspot.',
  'wifi.step.joinHome': 'Join your home Wi-Fi or plug in a network cable.',
  'wifi.step.checkPasswordOrCable':
    'If you are on Wi-Fi, check that it asked for a password when you first joined it; if it did not, use a cable or a network with a password.',
  'wifi.step.askedForPassword':
    'If your Wi-Fi asked for a password when you first joined it, it is protected.',
  'wifi.step.otherwiseSwitch': 'If it did not, join a network that asks for a password, or use a cable.',
  'wifi.step.windowsLocation':
    'To let {app} read it: open Settings › Privacy & security › Location, turn on "Location services" and "Let desktop apps access your location", then run {command} again. (To open that page quickly, press the Windows key and R together, type ms-settings:privacy-location and press Enter.)',
  'wifi.step.windowsCheckYourself':
    'Or check it yourself: open Settings › Network & internet › Wi-Fi › your network\'s properties and look at "Security type". WPA2 or WPA3 is fine; "Open" or "WEP" means you should switch to a network with a password.',
  'wifi.step.macosCheckYourself':
    'Check it yourself: hold the Option key and click the Wi-Fi icon in the menu bar. Next to "Security", WPA2 or WPA3 is fine; "None" or "WEP" means you should switch to a network with a password.',
  'wifi.step.macosLocation':
    'If macOS asks whether your terminal app may use Location Services, allowing it lets macOS share Wi-Fi details. {app} never uses your location.',
  'wifi.step.installIw':
    'To let {app} read it, install the iw package (for example: sudo apt install iw), then run {command} again.',
  'wifi.step.runAgainLater':
    'Run {command} again in a minute: Wi-Fi details often appear after the next scan.',
  'wifi.label.connection': 'Connection',
  'wifi.label.security': 'Wi-Fi security',
  'wifi.label.vpn': 'VPN on',
  'wifi.label.signal': 'Signal',
  'wifi.label.band': 'Band',
  'wifi.grade.open': 'Open (no password)',
  'wifi.grade.owe': 'Enhanced Open (no password)',
  'wifi.grade.wep': 'WEP (outdated)',
  'wifi.grade.wpa': 'WPA (outdated)',
  'wifi.grade.wpa2-personal': 'WPA2 (password)',
  'wifi.grade.wpa3-personal': 'WPA3 (password)',
  'wifi.grade.enterprise': 'WPA Enterprise (personal login)',
  'wifi.grade.unknown': 'Unknown',
  'wifi.link.wifi': 'Wi-Fi',
  'wifi.link.ethernet': 'Cable (Ethernet)',
  'wifi.link.phone': 'Phone (cable or Bluetooth)',
  'wifi.link.cellular': 'Mobile data',
  'wifi.link.none': 'Not connected',
  'wifi.link.unknown': 'Unknown',
} as const
