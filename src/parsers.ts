/**
 * Pure parsers of OS command output, for reuse: `import { … } from 'session-checkup/parsers'`.
 * Each one names the exact command whose output it reads.
 */

// The apps check (issue 5): process lists and Do Not Disturb state.
/** `ps` output with a header line: `ps -axww -o pid,uid,comm` (macOS), `ps -ef`, `ps aux`. */
export { parsePsOutput, executableFromArgs } from './platform/processes/parse-ps.js'
/** ConvertTo-Json of Get-CimInstance Win32_Process (ProcessId, Name or Caption, ExecutablePath, SessionId). */
export { parseCimProcesses } from './platform/processes/parse-cim.js'
/** One /proc/<pid> entry (cmdline, exe link, owner uid) on Linux. */
export { parseProcEntry, executableFromCmdline } from './platform/processes/parse-proc.js'
/** macOS Focus (Assertions.json), Windows `reg query … ToastEnabled`, GNOME `gsettings get … show-banners`. */
export { parseFocusAssertions, parseToastEnabled, parseGnomeShowBanners } from './platform/do-not-disturb.js'

// Wi-Fi and network link (src/platform/wifi). Grades are: open, owe, wep, wpa, wpa2-personal,
// wpa3-personal, enterprise, unknown.
export type {
  WifiGrade,
  WifiSecurity,
  WifiReading,
  WifiSnapshot,
  NetworkLink,
  LinkKind,
} from './platform/wifi/types.js'
export {
  // nmcli -t -f IN-USE,BSSID,SSID,SECURITY,WPA-FLAGS,RSN-FLAGS,FREQ,SIGNAL device wifi list
  parseNmcliWifiList,
  findNmcliInUse,
  gradeNmcliAccessPoint,
  splitNmcliTerse,
  // nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device
  parseNmcliDevices,
  // nmcli -t -f WIFI-HW,WIFI radio
  parseNmcliRadio,
  // nmcli -t -f GENERAL.METERED,GENERAL.CON-UUID device show <if>
  parseNmcliDeviceShow,
  // nmcli -g 802-11-wireless-security.key-mgmt connection show uuid <uuid>
  gradeNmcliKeyMgmt,
} from './platform/wifi/nmcli.js'
export {
  // iw dev / iw dev <if> link / iw dev <if> scan dump
  parseIwDev,
  parseIwLink,
  parseIwScanDump,
  findIwAssociated,
  gradeIwBss,
} from './platform/wifi/iw.js'
// wpa_cli -i <if> status
export { parseWpaCliStatus, gradeWpaCli } from './platform/wifi/wpa-cli.js'
export {
  // ipconfig getsummary <if>
  parseIpconfigSummary,
  gradeIpconfigSecurity,
  // osascript -l JavaScript -e COREWLAN_SCRIPT
  COREWLAN_SCRIPT,
  parseCoreWlan,
  gradeCoreWlanSecurity,
  // system_profiler SPAirPortDataType -json
  parseSystemProfilerAirport,
  gradeSystemProfilerMode,
  // route -n get default
  parseRouteGetDefault,
  // networksetup -listallhardwareports
  parseHardwarePorts,
} from './platform/wifi/macos.js'
// networksetup -getairportpower <dev>
export { parseAirportPower } from './platform/wifi/read-macos.js'
export {
  // netsh wlan show interfaces (any display language)
  parseNetshInterfaces,
  gradeNetshAdapter,
  // WinRT NetworkAuthenticationType / NetworkEncryptionType names
  gradeWinRt,
  // the PowerShell probe (Find-NetRoute, Get-NetAdapter, netsh) JSON
  parseWindowsProbe,
  classifyWindowsLink,
} from './platform/wifi/windows.js'
// ip -o route get 1.1.1.1 / ip -o route show default / the Linux link decision
export { parseIpRouteGet, parseIpRouteDefault, classifyLinuxLink } from './platform/wifi/linux-link.js'
// /proc/net/route
export { parseProcNetRoute } from './platform/wifi/read-linux.js'

// Camera and microphone (src/platform/devices, issue 18). Readers of state only: nothing here opens a device.
export type {
  DevicesSnapshot,
  DeviceReading,
  DeviceKind,
  BlockScope,
  Presence,
  Access,
  InputLevel,
} from './platform/devices/types.js'
export {
  // pactl info / pactl list sources
  parsePactlInfo,
  parsePactlSources,
  parsePactlVolume,
  // wpctl status / wpctl get-volume @DEFAULT_AUDIO_SOURCE@
  parseWpctlStatusSources,
  parseWpctlVolume,
  // gsettings get org.gnome.desktop.privacy disable-camera (or disable-microphone)
  parseGsettingsBoolean,
  // /dev listing, /sys/class/video4linux/<node>/{name,index}, /proc/<pid>/fd links
  videoNodes,
  camerasFromSys,
  findVideoHolders,
} from './platform/devices/parse-linux.js'
export {
  // system_profiler -json SPCameraDataType SPAudioDataType
  parseSystemProfilerDevices,
  // osascript -e "input volume of (get volume settings)"
  parseOsascriptInputVolume,
} from './platform/devices/parse-macos.js'
export {
  // reg query <HKCU|HKLM>\…\CapabilityAccessManager\ConsentStore\webcam /s (or \microphone)
  parseConsentStore,
  consentAppName,
  parseRegQuery,
  // reg query HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\MMDevices\Audio\Capture /s
  parseMmDevicesCapture,
  // the PowerShell CIM query WINDOWS_CAMERA_SCRIPT (Win32_PnPEntity, Camera and Image classes)
  WINDOWS_CAMERA_SCRIPT,
  parseCimCameras,
} from './platform/devices/parse-windows.js'

// The protection check (issue 27): disk encryption, screen lock, system version, malware
// protection and firewall, each read without admin rights.
export type {
  ProtectionSnapshot,
  DiskEncryption,
  ScreenLock,
  SystemVersion,
  MalwareProtection,
  Firewall,
  SecurityProduct,
} from './platform/protection/types.js'
export {
  // fdesetup status
  parseFdesetupStatus,
  // sysadminctl -screenLock status (stderr)
  parseSysadminctlScreenLock,
  // defaults -currentHost read com.apple.screensaver idleTime
  parseScreensaverIdleTime,
  // spctl --status
  parseSpctlStatus,
  // /usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate
  parseSocketfilterfwState,
  // sw_vers -productVersion
  parseSwVersProductVersion,
} from './platform/protection/parse-macos.js'
export {
  // lsblk -J
  parseLsblkJson,
  // /proc/self/mountinfo
  parseMountinfo,
  // /etc/os-release
  parseOsRelease,
  // gsettings get org.gnome.desktop.screensaver lock-enabled / org.gnome.desktop.session idle-delay
  parseGsettingsBool,
  parseGsettingsUint,
  // ~/.config/kscreenlockerrc
  parseKscreenlockerrc,
  // /sys/block/dm-N/dm/uuid
  isCryptUuid,
} from './platform/protection/parse-linux.js'
export {
  // Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct (JSON or list view)
  parseSecurityCenterProducts,
  decodeProductState,
  // the protection check's one PowerShell script (WINDOWS_PROTECTION_SCRIPT)
  parseWindowsProtection,
  WINDOWS_PROTECTION_SCRIPT,
} from './platform/protection/parse-windows.js'
