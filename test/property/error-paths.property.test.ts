import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/main.js'
import { hasUnsafeCharacters } from '../../src/text/sanitize.js'
import { createCapturedIo } from '../support/checklist/fake-io.js'
import { fixedCheck } from '../helpers/fake-checks.js'

/**
 * Issue 14: no error path may write a control character, an escape sequence, a Unicode format
 * character or a blank-looking filler, whatever the person typed or a server answered. Each
 * property feeds hostile text into one way of failing and reads everything main printed.
 */
const hostilePieces = fc.constantFrom(
  '\u001b]0;owned\u0007',
  '\u001b[2J',
  '\u001b[31mCall 1-555-0100\u001b[0m',
  '\u001b]8;;https://evil\u001b\\link\u001b]8;;\u001b\\',
  '\u009b31m',
  '\u009d0;t\u009c',
  '\r',
  '\n',
  '\t',
  '\u0000',
  '\u007f',
  '\u2800'.repeat(72),
  '\u3164',
  '\u115f',
  '\u1160',
  '\uffa0',
  '\u200b',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\u034f',
  '\u180e',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u{e0041}\u{e007f}',
  '\u2028',
  '✔ You are ready.',
)
const hostile = fc
  .array(fc.oneof(hostilePieces, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''))

const dir = mkdtempSync(join(tmpdir(), 'session-check-errprop-'))
const RUNS = 60

async function everythingPrinted(argv: string[], deps: Parameters<typeof main>[2] = {}): Promise<string> {
  const io = createCapturedIo(dir)
  await main(argv, io, { checks: [fixedCheck('wifi')], ...deps })
  return io.out() + io.err()
}

function expectClean(text: string): void {
  expect(hasUnsafeCharacters(text), JSON.stringify(text)).toBe(false)
}

/** A fetch whose server answers with the given status line, or redirects to the given place. */
function answering(status: number, statusText: string, location?: string): typeof globalThis.fetch {
  return (async () => ({
    status,
    statusText,
    ok: status >= 200 && status < 300,
    headers: new Headers(location === undefined ? {} : { location: location.replace(/[^\x20-\x7e]/g, '') }),
    body: null,
  })) as unknown as typeof globalThis.fetch
}

describe('no error path prints an unsafe character (property)', () => {
  it('a bad flag value (usage error)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => expectClean(await everythingPrinted(['--session', text]))),
      { numRuns: RUNS },
    )
  })

  it('an unknown option (commander error)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => expectClean(await everythingPrinted([`--x${text}`]))),
      { numRuns: RUNS },
    )
  })

  it('a checklist path that cannot be read', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) =>
        expectClean(await everythingPrinted(['checklist', 'validate', `missing-${text}.yaml`])),
      ),
      { numRuns: RUNS },
    )
  })

  it('a checklist file full of hostile text (problems on stdout)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        writeFileSync(
          join(dir, 'h.yaml'),
          `practice: ${JSON.stringify(text)}\nmode: ${JSON.stringify(text)}\n${JSON.stringify(text)}: 1\n`,
        )
        expectClean(await everythingPrinted(['checklist', 'validate', 'h.yaml']))
      }),
      { numRuns: RUNS },
    )
  })

  it("a server's reason phrase, in validate and in a run", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom(403, 404, 500, 503), async (text, status) => {
        const fetch = answering(status, text)
        expectClean(await everythingPrinted(['checklist', 'validate', 'https://127.0.0.1:9/x'], { fetch }))
        expectClean(
          await everythingPrinted(['--no-input', '--checklist', 'https://127.0.0.1:9/x'], { fetch }),
        )
      }),
      { numRuns: RUNS },
    )
  })

  it('a URL as typed, and a redirect to anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        expectClean(
          await everythingPrinted(['checklist', 'validate', `https://127.0.0.1:9/${text}`], {
            fetch: answering(500, 'x'),
          }),
        )
        expectClean(await everythingPrinted(['checklist', 'validate', `http://${text}`]))
        expectClean(
          await everythingPrinted(['checklist', 'validate', 'https://127.0.0.1:9/r'], {
            fetch: answering(302, '', `http://${text}/`),
          }),
        )
      }),
      { numRuns: RUNS },
    )
  })

  it('a report path that cannot be written', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) =>
        expectClean(await everythingPrinted(['--no-input', '-o', `/nonexistent-${text}/r.json`])),
      ),
      { numRuns: RUNS },
    )
  })

  it('an unexpected error whose message holds outside text, with and without --debug', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (text, debug) => {
        const date = () => {
          throw new Error(text)
        }
        expectClean(await everythingPrinted(['--no-input', ...(debug ? ['--debug'] : [])], { date }))
      }),
      { numRuns: RUNS },
    )
  })
})
