import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  builtinChecks,
  lazyCheck,
  loadBuiltinCheck,
  neededFor,
  preparesBeforeRun,
} from '../../../src/checks/index.js'
import { messagesFor } from '../../../src/messages/index.js'
import type { AnyCheck } from '../../../src/checks/types.js'
import { createProgram } from '../../../src/cli/program.js'
import { CHECK_IDS, WEB_ONLY_CHECK_IDS } from '../../../src/report/model.js'
import { THIS_DEVICE_ID } from '../../../src/web/this-device/evaluate.js'
import { helpWordsFor } from '../../../src/messages/help.js'

const schema = JSON.parse(
  readFileSync(new URL('../../../src/report/report.schema.json', import.meta.url), 'utf8'),
)
const registered = builtinChecks.map((check) => check.id)

/** A new check is a folder and one line in src/checks/index.ts; these keep everything else in step with it. */
describe('the check registry', () => {
  it('holds each check once', () => {
    expect(new Set(registered).size).toBe(registered.length)
  })

  it('is what CHECK_IDS names, in report order', () => {
    expect([...CHECK_IDS]).toEqual(registered)
  })

  it("is what the JSON Schema's check id enum allows, with the web page's own checks", () => {
    expect(WEB_ONLY_CHECK_IDS).toContain(THIS_DEVICE_ID)
    expect(schema.$defs.check.properties.id.enum).toEqual([...registered, ...WEB_ONLY_CHECK_IDS])
  })

  it('is what --help lists for --only and --skip', () => {
    let help = ''
    const program = createProgram('0.0.0', {} as never, helpWordsFor('en')).configureOutput({
      writeOut: (text) => (help += text),
    })
    program.outputHelp()
    expect(help).toContain(`Checks: ${registered.join(', ')}.`)
  })
})

describe('the registry loads each check when it starts (issue 24)', () => {
  const say = messagesFor('en')
  const words = (value: unknown) => (typeof value === 'function' ? value(say) : value)

  it.each(CHECK_IDS)('%s: the code loaded is the check the registry describes', async (id) => {
    const listed = builtinChecks.find((check) => check.id === id)!
    const code = await loadBuiltinCheck(id)
    expect(code.id).toBe(id)
    expect(words(code.title)).toBe(words(listed.title))
    expect(words(code.activity)).toBe(words(listed.activity))
    expect([code.timeoutMs, code.sessions, code.interactive]).toEqual([
      listed.timeoutMs,
      listed.sessions,
      listed.interactive,
    ])
    // The registry must know before loading whether the check prepares: prepare runs first.
    expect(typeof code.prepare === 'function').toBe(preparesBeforeRun(id))
    expect(typeof listed.prepare === 'function').toBe(preparesBeforeRun(id))
  })

  it('loads a check only when it prepares or runs, and once', async () => {
    let loads = 0
    const check = lazyCheck(
      { id: 'wifi', title: 'Wi-Fi', activity: 'Checking' },
      {
        load: async () => {
          loads += 1
          return {
            id: 'wifi',
            title: 'Wi-Fi',
            activity: 'Checking',
            prepare: async () => ({ notes: ['ready'] }),
            run: async () => ({ status: 'pass', summary: 'fine', advice: [] }),
          }
        },
        prepares: true,
      },
    )
    expect(loads).toBe(0)
    expect(await check.prepare?.({} as never)).toEqual({ notes: ['ready'] })
    expect(await check.run({} as never, undefined)).toMatchObject({ status: 'pass', summary: 'fine' })
    expect(loads).toBe(1)
  })
})

describe('which checks a kind of session needs', () => {
  const check = (id: string, sessions?: readonly ('video' | 'audio' | 'text')[]) =>
    ({
      id,
      title: id,
      activity: id,
      ...(sessions ? { sessions } : {}),
      run: async () => ({ status: 'pass', summary: '', advice: [] }),
    }) as unknown as AnyCheck

  it('comes from each check: one that names only video and audio is left out of a chat session', () => {
    const checks = [check('wifi'), check('devices', ['video', 'audio']), check('checklist')]
    expect(neededFor('video', checks)).toEqual(['wifi', 'devices', 'checklist'])
    expect(neededFor('audio', checks)).toEqual(['wifi', 'devices', 'checklist'])
    expect(neededFor('text', checks)).toEqual(['wifi', 'checklist'])
  })

  it('leaves the camera and microphone out of a chat session, and only them', () => {
    expect(CHECK_IDS.filter((id) => !neededFor('text').includes(id))).toEqual(['devices'])
    expect(neededFor('video')).toEqual(builtinChecks.map((c) => c.id))
  })
})
