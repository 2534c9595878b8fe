/**
 * End to end on Linux: fake `pactl` and `wpctl` (shell scripts printing fixture text) are the only
 * programs on PATH, and the built CLI runs for real against this machine's /dev and /proc.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { runCliWith, writeFakeTools, type Answers } from '../helpers/fake-linux-tools.js'
import { reportValidator } from '../helpers/report-validator.js'
import { fixture } from '../unit/devices/fixtures.js'

const validate = reportValidator()
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function fakes(answers: Answers): string {
  const dir = writeFakeTools(answers)
  dirs.push(dir)
  return dir
}

async function devices(answers: Answers, args: string[]) {
  const ran = await runCliWith(['--only', 'devices', '--json', ...args], {
    PATH: fakes(answers),
    NO_COLOR: '1',
    HOME: '/nonexistent',
    LANG: 'C.UTF-8',
  })
  const report = JSON.parse(ran.stdout)
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
  return { code: ran.code, stderr: ran.stderr, check: report.checks[0], report }
}

const pactl = (list: string): Answers => ({
  'pactl info': fixture('linux/pactl-info-pipewire.txt'),
  'pactl list sources': list,
})
const unmuted = fixture('linux/pactl-list-sources-pipewire-muted.txt')
  .replace('Mute: yes', 'Mute: no')
  .replace('26214 /  40%', '52428 /  80%')
// The fake tools print; the camera comes from this machine's /dev. CI machines have none.
const hasCamera = existsSync('/dev') && readdirSync('/dev').some((name) => /^video\d+$/.test(name))

describe.runIf(process.platform === 'linux')('camera and microphone check end to end on Linux', () => {
  it('passes an unmuted microphone for an audio session', async () => {
    const { code, check } = await devices(pactl(unmuted), ['--session', 'audio'])
    expect(check).toMatchObject({
      id: 'devices',
      title: 'Camera and microphone',
      status: 'pass',
      summary: 'We found your microphone, and nothing we can see is blocking it.',
      advice: [],
    })
    expect(check.measurements).toContainEqual({
      id: 'microphoneVolume',
      label: 'Microphone volume',
      value: 80,
      unit: '%',
      status: 'pass',
    })
    expect(check.details.microphone).toMatchObject({
      presence: 'present',
      level: { source: 'pactl', muted: false, volumePercent: 80 },
    })
    expect(code).toBe(0)
  })

  it('says a muted microphone is muted and how to turn it on: a caution, exit 0', async () => {
    const { code, check } = await devices(pactl(fixture('linux/pactl-list-sources-pipewire-muted.txt')), [
      '--session',
      'audio',
    ])
    expect(check.status).toBe('warn')
    expect(check.summary).toBe("Your microphone is muted, so your therapist won't hear you.")
    expect(check.advice[0]).toBe(
      'Open Settings › Sound, find "Input", and turn the microphone on (or press the microphone key on your keyboard, if it has one).',
    )
    expect(code).toBe(0)
  })

  it('falls back to wpctl when pactl is missing', async () => {
    const { check } = await devices(
      {
        'wpctl status': fixture('linux/wpctl-status-songrec.txt'),
        'wpctl get-volume @DEFAULT_AUDIO_SOURCE@': 'Volume: 0.74 [MUTED]\n',
      },
      ['--session', 'audio'],
    )
    expect(check.status).toBe('warn')
    expect(check.details.microphone.level).toEqual({ source: 'wpctl', muted: true, volumePercent: 74 })
  })

  it('with neither pactl nor wpctl, says it could not check, never that there is no microphone', async () => {
    const { code, check } = await devices({ true: '' }, ['--session', 'audio'])
    expect(check.status).toBe('warn')
    expect(check.summary).toBe("We couldn't check your microphone on this computer.")
    expect(check.details.microphone.presence).toBe('unknown')
    expect(code).toBe(0)
  })

  it('cleans a hostile microphone name from the sound server before it reaches the report', async () => {
    const ESC = '\u001b'
    const hostile = `${ESC}[2J${ESC}]0;pwned${'\u0007'}Evil\u202eMic $(touch /tmp/pwned-devices)`
    const list = unmuted.replace(
      'Description: Family 17h/19h HD Audio Controller Digital Microphone',
      `Description: ${hostile}`,
    )
    const { check } = await devices(pactl(list), ['--session', 'audio'])
    expect(check.details.microphone.names).toEqual(['EvilMic $(touch /tmp/pwned-devices)'])
    expect(existsSync('/tmp/pwned-devices')).toBe(false)
    const terminal = await runCliWith(
      ['--only', 'devices', '--session', 'audio', '--verbose', '--no-color'],
      { PATH: fakes(pactl(list)), HOME: '/nonexistent' },
    )
    expect(terminal.stdout).not.toContain(ESC)
    expect(terminal.stdout).not.toContain('\u202e')
  })

  it('skips a text session', async () => {
    const { check } = await devices({}, ['--session', 'text'])
    expect(check).toMatchObject({
      status: 'skip',
      summary: "A text session doesn't need the camera or microphone, so we didn't check them.",
      advice: [],
    })
  })

  it.runIf(!hasCamera)(
    'on a machine with no camera (like CI), a video session is not ready, with the fix',
    async () => {
      const { code, check, report } = await devices(pactl(unmuted), [])
      expect(check.status).toBe('fail')
      expect(check.summary).toBe(
        "We could not find a camera on this computer, so your therapist won't be able to see you.",
      )
      expect(check.advice).toContain(
        "If you can't fix it in time, ask your therapist whether you can have an audio (phone) session instead.",
      )
      expect(check.details.camera).toMatchObject({ presence: 'none', inUse: 'no' })
      expect(report.verdict).toBe('not-ready')
      expect(code).toBe(1)
    },
  )
})
