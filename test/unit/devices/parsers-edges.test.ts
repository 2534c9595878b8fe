/**
 * Edges of the camera and microphone parsers that surviving mutants showed were untested
 * (issue 15). Hand-made lines in the layouts of the captured fixtures (parsers.test.ts).
 */
import { describe, expect, it } from 'vitest'
import {
  camerasFromSys,
  findVideoHolders,
  parseGsettingsBoolean,
  parsePactlInfo,
  parsePactlSources,
  parsePactlVolume,
  parseWpctlStatusSources,
  parseWpctlVolume,
  videoNodes,
} from '../../../src/platform/devices/parse-linux.js'
import {
  parseOsascriptInputVolume,
  parseSystemProfilerDevices,
} from '../../../src/platform/devices/parse-macos.js'
import {
  consentAppName,
  parseCimCameras,
  parseConsentStore,
  parseMmDevicesCapture,
  parseRegQuery,
} from '../../../src/platform/devices/parse-windows.js'

describe('Linux, by hand', () => {
  it('pactl info: the default source without padding, or nothing', () => {
    expect(
      parsePactlInfo('Server Name: pulseaudio\nDefault Source:   alsa_input.pci  \nDefault Sink: x\n'),
    ).toStrictEqual({ defaultSource: 'alsa_input.pci' })
    expect(parsePactlInfo('Server Name: pulseaudio\n')).toStrictEqual({})
  })

  it('pactl volume: the loudest channel, or nothing without a percentage', () => {
    expect(
      parsePactlVolume('front-left: 26214 /  40% / -23.88 dB,   front-right: 39321 /  60% / -13.31 dB'),
    ).toBe(60)
    expect(parsePactlVolume('mono: 65536 / 100% / 0.00 dB')).toBe(100)
    expect(parsePactlVolume('balance 0.00')).toBeUndefined()
  })

  it('pactl sources: each way a monitor shows itself, and fields left out when absent', () => {
    const block = (lines: string[]) => ['Source #1', ...lines.map((line) => `\t${line}`)].join('\n')
    const text = [
      block([
        'Name: mic',
        'Description: Built-in Mic',
        'Mute: no',
        'Volume: mono: 6554 /  10% / -60.00 dB',
        'Monitor of Sink: n/a',
      ]),
      block(['Name: out.monitor']),
      block(['Name: loop', 'Monitor of Sink: speakers', 'Mute: maybe']),
      block(['Name: cls', 'Properties:', '\tdevice.class = "monitor"']),
      block(['Description: no name']),
    ].join('\n')
    expect(parsePactlSources(text)).toStrictEqual([
      { name: 'mic', description: 'Built-in Mic', muted: false, volumePercent: 10, isMonitor: false },
      { name: 'out.monitor', isMonitor: true },
      { name: 'loop', isMonitor: true },
      { name: 'cls', isMonitor: true },
    ])
  })

  it('wpctl volume: muted or not, and whole numbers', () => {
    expect(parseWpctlVolume('Volume: 0.40 [MUTED]\n')).toStrictEqual({ volumePercent: 40, muted: true })
    expect(parseWpctlVolume('Volume: 1\n')).toStrictEqual({ volumePercent: 100, muted: false })
    expect(parseWpctlVolume('Volume: 0.456')).toStrictEqual({ volumePercent: 46, muted: false })
    expect(parseWpctlVolume('Volume: loud')).toBeUndefined()
    expect(parseWpctlVolume('Volume: 0.40 (muted)')).toBeUndefined()
  })

  it('wpctl status: only the Audio section’s sources, the default marked', () => {
    const text = [
      'Audio',
      ' ├─ Devices:',
      ' │      42. Built-in Audio                      [alsa]',
      ' ├─ Sources:',
      ' │  *   51. Built-in Audio Analog Stereo        [vol: 1.00 MUTED]',
      ' │      52. USB Mic',
      ' ├─ Filters:',
      ' │      60. Echo Cancel',
      'Video',
      ' ├─ Sources:',
      ' │  *   70. Integrated Camera',
    ].join('\n')
    expect(parseWpctlStatusSources(text)).toStrictEqual([
      { name: 'Built-in Audio Analog Stereo', isDefault: true },
      { name: 'USB Mic', isDefault: false },
    ])
  })

  it('gsettings booleans, padded or not, and nothing else', () => {
    expect(parseGsettingsBoolean('  true\n')).toBe(true)
    expect(parseGsettingsBoolean('false')).toBe(false)
    expect(parseGsettingsBoolean('No such key')).toBeUndefined()
  })

  it('video nodes: only videoN names, in number order', () => {
    expect(videoNodes(['video10', 'video2', 'video', 'videox', 'vbi0', 'xvideo1', 'video1a'])).toEqual([
      'video2',
      'video10',
    ])
  })

  it('processes holding a camera: named once, unnamed by pid, PipeWire and this tool left out', () => {
    const entries = [
      { pid: 1, comm: 'zoom', fdTargets: ['/dev/video0'] },
      { pid: 2, comm: 'zoom', fdTargets: ['/dev/video0'] },
      { pid: 3, fdTargets: ['/dev/video0'] },
      { pid: 4, comm: '  ', fdTargets: ['/dev/video0'] },
      { pid: 5, comm: 'wireplumber', fdTargets: ['/dev/video0'] },
      { pid: 6, comm: 'pipewire-pulse-x', fdTargets: ['/dev/video0'] },
      { pid: 7, comm: 'me', fdTargets: ['/dev/video0'] },
      { pid: 8, comm: 'other', fdTargets: ['/dev/null'] },
    ]
    expect(findVideoHolders(entries, ['/dev/video0'], 7)).toEqual([
      'zoom',
      'process 3',
      'process 4',
      'pipewire-pulse-x',
    ])
  })

  it('cameras from /sys: main nodes only, named, or by node when unnamed', () => {
    expect(
      camerasFromSys([
        { node: 'video0', name: ' Cam A ', index: 0 },
        { node: 'video1', name: 'Cam A', index: 1 },
        { node: 'video2' },
        { node: 'video3', name: '', index: 0 },
      ]),
    ).toEqual(['Cam A', 'video2', 'video3'])
  })
})

describe('macOS, by hand', () => {
  it('system_profiler: odd JSON, empty sections, and inputs only', () => {
    expect(parseSystemProfilerDevices('null')).toBeUndefined()
    expect(parseSystemProfilerDevices('5')).toBeUndefined()
    expect(parseSystemProfilerDevices('{}')).toStrictEqual({})
    const json = JSON.stringify({
      SPCameraDataType: [{ _name: 'FaceTime HD Camera' }, { model: 'x' }, null],
      SPAudioDataType: [
        {
          _items: [
            {
              _name: 'MacBook Pro Microphone',
              coreaudio_device_input: 1,
              coreaudio_default_audio_input_device: 'spaudio_yes',
            },
            { _name: 'Speakers', coreaudio_device_output: 2 },
            { _name: 'Muted', coreaudio_device_input: 0 },
            { coreaudio_device_input: 2 },
          ],
        },
        { other: true },
      ],
    })
    expect(parseSystemProfilerDevices(json)).toStrictEqual({
      cameras: ['FaceTime HD Camera'],
      microphones: [
        { name: 'MacBook Pro Microphone', isDefault: true },
        { name: '', isDefault: false },
      ],
    })
  })

  it('osascript input volume: padded numbers up to three digits', () => {
    expect(parseOsascriptInputVolume('  50 \n')).toBe(50)
    expect(parseOsascriptInputVolume('1000')).toBeUndefined()
    expect(parseOsascriptInputVolume('5 0')).toBeUndefined()
  })
})

describe('Windows, by hand', () => {
  it('reg query: values under their key, data trimmed, an empty value empty, lines before any key ignored', () => {
    const text = [
      '    Stray    REG_SZ    x',
      'HKEY_CURRENT_USER\\Key  ',
      '    Value    REG_SZ    Allow  ',
      '    Empty    REG_SZ',
      '    (Default)    REG_SZ    ',
      'not a value line',
    ].join('\r\n')
    const keys = parseRegQuery(text)
    expect([...keys.keys()]).toEqual(['HKEY_CURRENT_USER\\Key'])
    expect(Object.fromEntries(keys.get('HKEY_CURRENT_USER\\Key') ?? [])).toEqual({
      Value: 'Allow',
      Empty: '',
      '(Default)': '',
    })
  })

  it('consent store: an app is in use only while its last use has started and not stopped', () => {
    const root =
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam'
    const app = (leaf: string, start: string | undefined, stop: string) => [
      `${root}\\NonPackaged\\${leaf}`,
      ...(start === undefined ? [] : [`    LastUsedTimeStart    REG_QWORD    ${start}`]),
      `    LastUsedTimeStop    REG_QWORD    ${stop}`,
      '',
    ]
    const text = [
      root,
      '    Value    REG_SZ    Prompt',
      '',
      `${root}\\NonPackaged`,
      '    Value    REG_SZ    Maybe',
      '',
      ...app('C:#Apps#Live.exe', '0x1d9a8b7c6d5e4f3', '0x0'),
      ...app('C:#Other#Live.exe', '0x1d9a8b7c6d5e4f4', '0x000'),
      ...app('C:#Apps#Stopped.exe', '0x1d9a8b7c6d5e4f3', '0x1d9a8b7c6d5e4f9'),
      ...app('C:#Apps#Never.exe', '0x0', '0x0'),
      ...app('C:#Apps#NoStart.exe', undefined, '0x0'),
      ...app('C:#Apps#Odd.exe', '0x1', '0x0x'),
      `${root}X\\C:#Apps#Elsewhere.exe`,
      '    LastUsedTimeStart    REG_QWORD    0x1',
      '    LastUsedTimeStop    REG_QWORD    0x0',
    ].join('\r\n')
    expect(parseConsentStore(text, 'webcam')).toStrictEqual({ value: 'Prompt', inUse: ['Live.exe'] })
  })

  it('an app name keeps names without a publisher id whole', () => {
    expect(consentAppName('Contoso.App_123')).toBe('Contoso.App_123')
    expect(consentAppName('Contoso.App!Main')).toBe('Contoso.App')
    expect(consentAppName('x_8wekyb3d8bbweX')).toBe('x_8wekyb3d8bbweX')
  })

  it('microphone endpoints: the state in the low bits, a name from either property, keys that are not endpoints skipped', () => {
    const capture =
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\MMDevices\\Audio\\Capture'
    const text = [
      capture,
      '',
      `${capture}\\{0a1b2c3d-0000-0000-0000-000000000001}`,
      '    DeviceState    REG_DWORD    0x10000001',
      `${capture}\\{0a1b2c3d-0000-0000-0000-000000000001}\\Properties`,
      '    {a45c254e-df1c-4efd-8020-67d146a850e0},2    REG_SZ    Microphone',
      `${capture}\\{0a1b2c3d-0000-0000-0000-000000000002}`,
      '    DeviceState    REG_DWORD    0x4',
      `${capture}\\{0a1b2c3d-0000-0000-0000-000000000002}\\Properties`,
      '    {b3f8fa53-0004-438e-9003-51a46e139bfc},6    REG_SZ    USB Audio',
      `${capture}\\{0a1b2c3d-0000-0000-0000-000000000003}`,
      '    DeviceState    REG_DWORD    0x3',
      `${capture}\\{0a1b2c3d-0000-0000-0000-000000000004}`,
    ].join('\r\n')
    expect(parseMmDevicesCapture(text)).toStrictEqual([
      { state: 'active', name: 'Microphone' },
      { state: 'not-present', name: 'USB Audio' },
      { state: 'unknown' },
      { state: 'unknown' },
    ])
  })

  it('CIM cameras: odd JSON, one object, unnamed entries, and scanners left out', () => {
    expect(parseCimCameras('null')).toBeUndefined()
    expect(parseCimCameras('{}')).toEqual([])
    expect(parseCimCameras('{"cameras":{"Name":"USB Camera","PNPClass":"Camera"}}')).toStrictEqual([
      { name: 'USB Camera' },
    ])
    const list = JSON.stringify({
      cameras: [
        { PNPClass: 'Camera', ConfigManagerErrorCode: '22' },
        { Name: 'HP Scanner', PNPClass: 'Image' },
        { Name: 'Webcam C920', PNPClass: 'Image' },
      ],
    })
    expect(parseCimCameras(list)).toStrictEqual([{ name: '' }, { name: 'Webcam C920' }])
  })
})

// Found by the parsers bench (test/bench/parsers.bench.mjs): the value line's pattern, a lazy name
// then two or more spaces, backtracked on long runs of spaces; 4,000 took 35 s, and a line of
// 10,000 never finished. Hand-made lines in the layout of reg.exe's output.
describe('reg query value lines (issue 23 follow-up)', () => {
  it('a line of 10,000 spaces, or spaces around a REG_ that is not a type, is no value', () => {
    const spaces = ' '.repeat(10_000)
    const keys = parseRegQuery(`HKEY_X\n${spaces}\n  a${spaces}REG_\n${spaces}REG_SZ${spaces}\n`)
    expect([...(keys.get('HKEY_X') ?? [])]).toEqual([])
  })

  it('still reads a name with spaces, its type and its data, with long runs of spaces between', () => {
    const gap = ' '.repeat(5_000)
    const keys = parseRegQuery(
      `HKEY_X\n    Last Used${gap}REG_QWORD${gap}0x0\n    Value    REG_SZ    Allow\n`,
    )
    expect(Object.fromEntries(keys.get('HKEY_X') ?? [])).toEqual({ 'Last Used': '0x0', Value: 'Allow' })
  })
})
