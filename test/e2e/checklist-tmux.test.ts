import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { hasTmux, TmuxSession } from '../support/checklist/tmux.js'

const root = resolve(import.meta.dirname, '../..')
// A clean environment for the program: not CI (which turns prompts off), colour off by flag.
const run = 'env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color node bin/session-checkup.js'

const videoQuestions = [
  'Are you in a private space where no one can overhear you or see your screen?',
  'Are you somewhere safe, and not driving? (A parked car is fine.)',
  'Do you know the address where you are right now, in case of an emergency?',
  'Will you use headphones or earbuds?',
  'Does your therapist have a phone number to reach you if the connection drops?',
  'Are notifications silenced and other devices off, so nothing rings or pops up during the session?',
  'Are smart speakers, voice assistants and home cameras off or out of the room?',
  'Are you on your own password-protected network, not public Wi-Fi?',
]

describe.skipIf(!hasTmux())('the checklist in a real terminal (tmux)', () => {
  let session: TmuxSession | undefined
  afterEach(() => session?.stop())

  function start(args: string, after = ''): TmuxSession {
    const exitFile = join(mkdtempSync(join(tmpdir(), 'session-check-tmux-')), 'exit-code')
    session = new TmuxSession(exitFile)
    // `after` runs once the program has ended; the program's own exit code is passed on.
    session.start(after ? `${run} ${args}; s=$?; ${after}; (exit $s)` : `${run} ${args}`, root)
    return session
  }

  it('asks every question from the keyboard, takes one "no", and reports it', async () => {
    const tmux = start('--only checklist --no-color')
    for (const [index, question] of videoQuestions.entries()) {
      await tmux.waitForText(`(${index + 1} of 8) ${question}`)
      // "no" to the address question (required), typed; "yes" to the rest.
      tmux.send(index === 2 ? 'n' : 'y', 'Enter')
    }
    // The run ends by offering a copy for the therapist (issue 12); "no" writes nothing.
    await tmux.waitForText('Save a copy of this report to send to your therapist?')
    tmux.send('n', 'Enter')
    expect(await tmux.exitCode()).toBe(1)
    const screen = await tmux.waitForText('findahelpline.com')
    // Each answer is written as a word after its question: nothing rests on colour or a symbol.
    for (const [index, question] of videoQuestions.entries()) {
      expect(screen).toContain(`(${index + 1} of 8) ${question} ${index === 2 ? 'No' : 'Yes'}`)
    }
    const flat = screen.replace(/\s+/g, ' ')
    // --only checklist: the verdict names the three checks that did not run.
    expect(flat).toContain(
      '✖ Not ready yet: 1 thing to fix before your session. The Wi-Fi, the connection, the apps on this computer, the camera and microphone and the protection of this computer were not checked.',
    )
    expect(flat).toContain(
      'Checklist You answered 8 questions; 1 needs sorting out before your session starts.',
    )
    expect(flat).toContain(
      'Fix before your session: ✖ Before the session, look up the address where you are (for example in a map app) so you can tell your therapist if they ask.',
    )
    expect(flat).toContain('your session can usually still go ahead: tell your therapist at the start.')
    // The header comes first, before the first question, and only once.
    expect(screen.indexOf('session-checkup ')).toBeLessThan(screen.indexOf('(1 of 8)'))
    expect(screen.split('· video session').length - 1).toBe(1)
    // --no-color reaches the prompts too, not only the report.

    expect(tmux.screen(true)).not.toMatch(/\u001b\[[0-9;]*m/)
    // The progress line never drew over a question: every question appears exactly once.
    for (const question of videoQuestions) expect(screen.split(question).length - 1).toBe(1)
  })

  it('shows the practice name and ends at 0 when every answer is yes', async () => {
    const checklist = join(root, 'test/fixtures/checklist/riverside.yaml')
    const tmux = start(`--only checklist --no-color --session audio --checklist '${checklist}'`)
    // Eight at most (issue 22): the practice's own, and seven built-in audio questions by priority
    // (the microphone question, which the camera and microphone check can answer, gives way).
    for (let index = 1; index <= 8; index++) {
      await tmux.waitForText(`(${index} of 8) `)
      tmux.send('y', 'Enter')
    }
    await tmux.waitForText('Save a copy of this report to send to your therapist?')
    tmux.send('n', 'Enter')
    expect(await tmux.exitCode()).toBe(0)
    const screen = await tmux.waitForText('findahelpline.com')
    expect(screen).toContain('From Riverside Counselling:')
    expect(screen.indexOf('From Riverside Counselling:')).toBeLessThan(screen.indexOf('(1 of 8)'))
    expect(screen.replace(/\s+/g, ' ')).toContain(
      '✔ Ready, as far as checked: the Wi-Fi, the connection, the apps on this computer, the camera and microphone and the protection of this computer were not checked.',
    )
    expect(screen).toContain('(8 of 8) Have you filled in the intake form we emailed you? Yes')
  })

  it('stops cleanly on Ctrl-C with exit code 130 and gives the cursor back', async () => {
    const stty = join(mkdtempSync(join(tmpdir(), 'session-check-stty-')), 'stty.txt')
    const tmux = start('--only checklist --no-color', `stty -a > '${stty}'`)
    await tmux.waitForText('(1 of 8) ')
    tmux.send('C-c')
    expect(await tmux.exitCode()).toBe(130)
    const screen = tmux.screen()
    expect(screen).toContain('Stopped. Nothing was saved.')
    expect(screen).not.toMatch(/at .*\.js:\d+/)
    expect(screen).not.toContain('Not ready')
    // The terminal is back in its normal mode: typed keys echo, and lines are read whole.
    const modes = readFileSync(stty, 'utf8')
    expect(modes).toMatch(/(^|\s)echo(\s|$)/)
    expect(modes).toMatch(/(^|\s)icanon(\s|$)/)
  })

  it('asks the questions in Spanish with --lang es and takes "s" and "n" for answers (issue 16)', async () => {
    const preguntas = [
      '¿Está en un lugar privado, donde nadie pueda oír lo que dice ni ver su pantalla?',
      '¿Está en un lugar seguro y no está manejando? (Un carro estacionado está bien.)',
      '¿Sabe la dirección del lugar donde está ahora, por si hay una emergencia?',
      '¿Va a usar audífonos?',
      '¿Tiene su terapeuta un número de teléfono al que pueda llamar si se corta la conexión?',
      '¿Están silenciadas las notificaciones y apagados los otros aparatos, para que nada suene ni aparezca durante la sesión?',
      '¿Están apagados o fuera del cuarto los altavoces inteligentes, los asistentes de voz y las cámaras de la casa?',
      '¿Está en su propia red con contraseña, y no en un wifi público?',
    ]
    const tmux = start('--only checklist --no-color --lang es')
    await tmux.waitForText(
      'Aquí tiene 8 preguntas rápidas de sí o no sobre el lugar donde está. Sus respuestas se quedan en esta computadora.',
    )
    for (const [index, pregunta] of preguntas.entries()) {
      await tmux.waitForText(`(${index + 1} de 8) ${pregunta} (s/n)`)
      // "no" to the address question (required), typed as "n"; "s" (sí) to the rest.
      tmux.send(index === 2 ? 'n' : 's', 'Enter')
    }
    // The offer of a copy is a yes/no question with no default either (issue 22): s/n.
    await tmux.waitForText('terapeuta? (s/n)')
    tmux.send('n', 'Enter')
    expect(await tmux.exitCode()).toBe(1)
    const screen = await tmux.waitFor(
      (text) => /Si está en crisis|If you are in crisis/.test(text) && text.includes('Lista de verificación'),
      'the Spanish report',
    )
    for (const [index, pregunta] of preguntas.entries())
      expect(screen).toContain(`(${index + 1} de 8) ${pregunta} ${index === 2 ? 'No' : 'Sí'}`)
    const flat = screen.replace(/\s+/g, ' ')
    // The header, drawn before the first question, names the session in Spanish too.
    expect(flat).toMatch(/session-checkup \S+ · sesión por video/)
    expect(flat).not.toContain('video session')
    expect(flat).toContain(
      'Respondió 8 preguntas; 1 respuesta necesita atención antes de que empiece su sesión.',
    )
    expect(flat).toContain('Antes de la sesión, busque la dirección de donde está')
    expect(flat).toContain('Si está en crisis')
  })
})
