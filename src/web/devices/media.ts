/// <reference lib="dom" />
/**
 * The camera, microphone and speakers in the browser: what the browser lists, getUserMedia, a
 * level meter (Web Audio AnalyserNode) and a short generated tone. Nothing is recorded: the
 * stream goes only to the self-view and the analyser, and every track is stopped at the end.
 */
import type { MediaProblem } from './evaluate.js'

/** RMS level (0-1) above which the microphone counts as having heard something; room noise is below it. */
export const HEARD_LEVEL = 0.02

export interface Listed {
  camera: boolean
  microphone: boolean
}

/** What the browser lists. Without permission the labels are empty, but the kinds are there. */
export async function listDevices(media: MediaDevices): Promise<Listed> {
  try {
    const devices = await media.enumerateDevices()
    return {
      camera: devices.some((device) => device.kind === 'videoinput'),
      microphone: devices.some((device) => device.kind === 'audioinput'),
    }
  } catch {
    return { camera: false, microphone: false }
  }
}

/** getUserMedia's error, as a problem the page can explain. */
export function problemOf(error: unknown): MediaProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'denied'
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy'
  return 'failed'
}

export interface Listening {
  /** Whether the level has risen above silence at any time so far. */
  heard(): boolean
  stop(): void
}

/** Samples in one level reading: about 20 ms at 48 kHz, short enough to catch a single syllable. */
const BLOCK = 1024

/** The loudest short block's RMS level (0-1) in a stretch of samples. */
export function loudestBlock(samples: Float32Array): number {
  let loudest = 0
  for (let start = 0; start + BLOCK <= samples.length; start += BLOCK) {
    let sum = 0
    for (let i = start; i < start + BLOCK; i++) sum += samples[i]! * samples[i]!
    loudest = Math.max(loudest, Math.sqrt(sum / BLOCK))
  }
  return loudest
}

/**
 * Follows the microphone's level, calling `onLevel` (0-1) about ten times a second. The analyser
 * keeps the last 32768 samples (about 0.7 s), longer than the time between two readings, so no
 * sound falls between them, however short; the loudest 20 ms block of each reading counts.
 */
export function listen(stream: MediaStream, onLevel: (level: number) => void): Listening {
  const context = new window.AudioContext()
  const source = context.createMediaStreamSource(stream)
  const analyser = context.createAnalyser()
  analyser.fftSize = 32768
  source.connect(analyser)
  const samples = new Float32Array(analyser.fftSize)
  let heard = false
  const timer = window.setInterval(() => {
    analyser.getFloatTimeDomainData(samples)
    const level = loudestBlock(samples)
    if (level > HEARD_LEVEL) heard = true
    onLevel(Math.min(1, level * 4))
  }, 100)
  void context.resume().catch(() => undefined)
  return {
    heard: () => heard,
    stop: () => {
      window.clearInterval(timer)
      source.disconnect()
      void context.close().catch(() => undefined)
    },
  }
}

/** Plays a short, soft tone (a generated sine, so nothing is fetched). */
export async function playTone(): Promise<void> {
  const context = new window.AudioContext()
  await context.resume().catch(() => undefined)
  const oscillator = context.createOscillator()
  const gain = context.createGain()
  oscillator.frequency.value = 440
  // Fade in and out, so the tone does not click.
  const start = context.currentTime
  gain.gain.setValueAtTime(0, start)
  gain.gain.linearRampToValueAtTime(0.25, start + 0.05)
  gain.gain.setValueAtTime(0.25, start + 0.9)
  gain.gain.linearRampToValueAtTime(0, start + 1)
  oscillator.connect(gain).connect(context.destination)
  oscillator.start(start)
  oscillator.stop(start + 1)
  oscillator.onended = () => void context.close().catch(() => undefined)
}

/** Stops every track, so the camera light goes off. */
export function stopStream(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop()
}
