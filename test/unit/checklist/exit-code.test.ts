import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checklistCheck } from '../../../src/checks/checklist/index.js'
import type { Check } from '../../../src/checks/types.js'
import { main } from '../../../src/main.js'
import { createCapturedIo } from '../../support/checklist/fake-io.js'

// A stand-in for the Wi-Fi check, so the run has something that passed.
const wifiPass: Check = {
  id: 'wifi',
  title: 'Wi-Fi',
  activity: 'Checking your Wi-Fi',
  run: async () => ({ status: 'pass', summary: 'Fine.', advice: [] }),
}

describe('an unanswered checklist in a full run', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'session-check-exit-'))

  it('does not fail the run', async () => {
    const io = createCapturedIo(cwd)
    expect(
      await main(['--only', 'wifi,checklist', '--no-input', '--no-color'], io, {
        checks: [wifiPass, checklistCheck],
      }),
    ).toBe(0)
    // The terminal wraps at 80 columns, so read the sentence with its line breaks folded.
    expect(io.out().replace(/\s+/g, ' ')).toContain(
      'Run npx session-checkup in a terminal to answer the checklist.',
    )
  })

  it('fails it with --strict', async () => {
    expect(
      await main(['--only', 'wifi,checklist', '--no-input', '--strict'], createCapturedIo(cwd), {
        checks: [wifiPass, checklistCheck],
      }),
    ).toBe(1)
  })
})
