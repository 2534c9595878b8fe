import { describe, expect, it } from 'vitest'
import * as parsers from '../../../src/parsers.js'
import { fixture, hasSource, listFixtures } from './fixtures.js'

const {
  parsePactlInfo,
  parsePactlSources,
  parsePactlVolume,
  parseWpctlStatusSources,
  parseWpctlVolume,
  parseGsettingsBoolean,
  videoNodes,
  camerasFromSys,
  findVideoHolders,
  parseSystemProfilerDevices,
  parseOsascriptInputVolume,
  parseConsentStore,
  consentAppName,
  parseMmDevicesCapture,
  parseCimCameras,
} = parsers

describe('camera and microphone fixtures', () => {
  it.each(listFixtures())('%s names its source', (path) => {
    expect(hasSource(path)).toBe(true)
  })
})

describe('Linux: pactl', () => {
  it('reads the default source from pactl info', () => {
    expect(parsePactlInfo(fixture('linux/pactl-info-pipewire.txt'))).toEqual({
      defaultSource: 'alsa_input.pci-0000_07_00.6.analog-stereo',
    })
    expect(parsePactlInfo('Server Name: pulseaudio\n')).toEqual({})
  })

  it.each([
    [
      'linux/pactl-list-sources-reco.txt',
      [
        {
          name: 'alsa_output.pci-0000_00_1f.3.analog-stereo.monitor',
          description: 'Monitor of Built-in Audio Analog Stereo',
          muted: false,
          volumePercent: 100,
          isMonitor: true,
        },
        {
          name: 'alsa_input.pci-0000_00_1f.3.analog-stereo',
          description: 'Built-in Audio Analog Stereo',
          muted: false,
          volumePercent: 100,
          isMonitor: false,
        },
      ],
    ],
    [
      'linux/pactl-list-sources-monitor-only.txt',
      [
        {
          name: 'alsa_output.usb-Kingston_HyperX_7.1_Audio_00000000-00.analog-stereo.monitor',
          description: 'Monitor of HyperX 7.1 Audio Analog Stereo',
          muted: false,
          volumePercent: 100,
          isMonitor: true,
        },
      ],
    ],
    [
      'linux/pactl-list-sources-pipewire-muted.txt',
      [
        {
          name: 'alsa_output.pci-0000_07_00.6.pro-output-0.monitor',
          description: 'Monitor of Family 17h/19h HD Audio Controller Pro',
          muted: false,
          volumePercent: 100,
          isMonitor: true,
        },
        {
          name: 'alsa_input.pci-0000_07_00.6.analog-stereo',
          description: 'Family 17h/19h HD Audio Controller Digital Microphone',
          muted: true,
          volumePercent: 40,
          isMonitor: false,
        },
      ],
    ],
  ])('reads %s', (path, expected) => {
    expect(parsePactlSources(fixture(path))).toEqual(expected)
  })

  it.each([
    ['front-left: 65536 / 100% / 0.00 dB,   front-right: 65536 / 100% / 0.00 dB', 100],
    ['mono: 26214 /  40% / -23.88 dB', 40],
    ['front-left: 0 /   0% / -inf dB,   front-right: 6554 /  10% / -60.00 dB', 10],
    ['(invalid)', undefined],
  ])('takes the loudest channel of %s', (line, expected) => {
    expect(parsePactlVolume(line)).toBe(expected)
  })

  it('reads nothing from output that is not a source list', () => {
    expect(parsePactlSources('Connection failure: Connection refused\n')).toEqual([])
  })
})

describe('Linux: wpctl', () => {
  it.each([
    ['Volume: 0.40\n', { volumePercent: 40, muted: false }],
    ['Volume: 1.00 [MUTED]\n', { volumePercent: 100, muted: true }],
    ['Volume: 0.00\n', { volumePercent: 0, muted: false }],
    ['Translate ID error: "@DEFAULT_AUDIO_SOURCE@" is not a valid ID\n', undefined],
  ])('reads get-volume %j', (text, expected) => {
    expect(parseWpctlVolume(text)).toEqual(expected)
  })

  it('lists the audio sources of wpctl status, not the video ones', () => {
    expect(parseWpctlStatusSources(fixture('linux/wpctl-status-songrec.txt'))).toEqual([
      { name: 'Internes Audio Analog Stereo', isDefault: true },
    ])
    expect(parseWpctlStatusSources(fixture('linux/wpctl-status-no-source.txt'))).toEqual([])
  })

  it.each([
    ['true\n', true],
    ['false\n', false],
    ["No such key 'disable-camera'\n", undefined],
  ])('reads gsettings %j', (text, expected) => {
    expect(parseGsettingsBoolean(text)).toBe(expected)
  })
})

describe('Linux: /dev, /sys and /proc', () => {
  it('keeps the video nodes of a /dev listing, in number order', () => {
    expect(videoNodes(['null', 'video10', 'video1', 'video0', 'videox', 'media0', 'v4l'])).toEqual([
      'video0',
      'video1',
      'video10',
    ])
  })

  it('counts one camera per main node (index 0), named from /sys', () => {
    // v4l2-ctl --list-devices of gen2brain/cam2ip issue #45: two cameras, each with a capture and a metadata node.
    expect(
      camerasFromSys([
        { node: 'video0', name: 'Integrated_Webcam_HD: Integrate', index: 0 },
        { node: 'video1', name: 'Integrated_Webcam_HD: Integrate', index: 1 },
        { node: 'video2', name: '4K USB Camera: 4K USB Camera', index: 0 },
        { node: 'video3', name: '4K USB Camera: 4K USB Camera', index: 1 },
      ]),
    ).toEqual(['Integrated_Webcam_HD: Integrate', '4K USB Camera: 4K USB Camera'])
    expect(camerasFromSys([{ node: 'video0' }])).toEqual(['video0'])
  })

  it('names the other processes holding a camera, never itself nor PipeWire', () => {
    const entries = [
      { pid: 10, comm: 'zoom', fdTargets: ['/dev/null', '/dev/video0'] },
      { pid: 11, comm: 'pipewire', fdTargets: ['/dev/video0'] },
      { pid: 12, comm: 'bash', fdTargets: ['/dev/pts/1'] },
      { pid: 13, fdTargets: ['/dev/video1'] },
      { pid: 99, comm: 'node', fdTargets: ['/dev/video0'] },
      { pid: 14, comm: 'zoom', fdTargets: ['/dev/video1'] },
    ]
    expect(findVideoHolders(entries, ['/dev/video0', '/dev/video1'], 99)).toEqual(['zoom', 'process 13'])
    expect(findVideoHolders(entries, ['/dev/video7'], 99)).toEqual([])
  })
})

describe('macOS', () => {
  it('lists cameras and microphones from system_profiler -json', () => {
    expect(parseSystemProfilerDevices(fixture('macos/system-profiler-camera-audio.json'))).toEqual({
      cameras: ['Canon Digital Camera', 'HUI的iPhone 14 Camera'],
      microphones: [{ name: 'Built-in Microphone', isDefault: true }],
    })
    expect(parseSystemProfilerDevices(fixture('macos/system-profiler-no-camera.json'))).toEqual({
      cameras: [],
      microphones: [],
    })
  })

  it('says nothing about a section system_profiler did not print, or about text that is not JSON', () => {
    expect(parseSystemProfilerDevices('{"SPAudioDataType": []}')).toEqual({ microphones: [] })
    expect(parseSystemProfilerDevices('system_profiler: interrupted')).toBeUndefined()
  })

  it.each([
    ['75\n', 75],
    ['0\n', 0],
    ['missing value\n', 'missing'],
    ['', undefined],
    ['execution error: Not authorized (-1743)\n', undefined],
  ])('reads osascript %j', (text, expected) => {
    expect(parseOsascriptInputVolume(text)).toBe(expected)
  })
})

describe('Windows', () => {
  it('finds the app using the camera now, by file name only, and the switches left on', () => {
    expect(parseConsentStore(fixture('windows/reg-webcam-zoom-in-use.txt'), 'webcam')).toEqual({
      value: 'Allow',
      desktopApps: 'Allow',
      inUse: ['Zoom.exe'],
    })
  })

  it('reads the desktop-apps switch and the overall switch', () => {
    expect(parseConsentStore(fixture('windows/reg-webcam-desktop-apps-denied.txt'), 'webcam')).toEqual({
      value: 'Allow',
      desktopApps: 'Deny',
      inUse: [],
    })
    expect(parseConsentStore(fixture('windows/reg-microphone-all-denied.txt'), 'microphone')).toEqual({
      value: 'Deny',
      desktopApps: 'Allow',
      inUse: [],
    })
  })

  it('never mixes up the camera and microphone keys', () => {
    expect(parseConsentStore(fixture('windows/reg-webcam-zoom-in-use.txt'), 'microphone')).toEqual({
      inUse: [],
    })
  })

  it.each([
    ['C:#Users#alice#AppData#Roaming#Zoom#bin#Zoom.exe', 'Zoom.exe'],
    ['Microsoft.WindowsCamera_8wekyb3d8bbwe', 'Microsoft.WindowsCamera'],
    ['MSTeams_8wekyb3d8bbwe!MSTeams', 'MSTeams'],
    ['MSTeams_8wekyb3d8bbwe', 'MSTeams'],
  ])('names %s as %s, without the folder (which holds the user name)', (leaf, name) => {
    expect(consentAppName(leaf)).toBe(name)
  })

  it('reads microphone endpoints and their state', () => {
    expect(parseMmDevicesCapture(fixture('windows/reg-mmdevices-capture.txt'))).toEqual([
      { state: 'active', name: 'Microphone Array (Realtek(R) Audio)' },
      { state: 'unplugged', name: 'Headset Microphone (Jabra Evolve2 30)' },
    ])
    expect(parseMmDevicesCapture(fixture('windows/reg-mmdevices-disabled.txt'))).toEqual([
      { state: 'disabled', name: 'Microphone Array (Realtek(R) Audio)' },
    ])
  })

  it('reads cameras from the CIM query, leaving scanners out, one object or a list', () => {
    expect(parseCimCameras(fixture('windows/cim-cameras.json'))).toEqual([
      { name: 'Integrated Webcam', errorCode: 0 },
    ])
    expect(parseCimCameras(fixture('windows/cim-camera-disabled.json'))).toEqual([
      { name: 'Integrated Camera', errorCode: 22 },
    ])
    expect(parseCimCameras('{"cameras":null}')).toEqual([])
    expect(parseCimCameras('\uFEFF{"cameras":[]}')).toEqual([])
    expect(parseCimCameras('Get-CimInstance : Access denied')).toBeUndefined()
  })
})
