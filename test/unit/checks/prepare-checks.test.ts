import { describe, expect, it } from 'vitest'
import { prepareChecks } from '../../../src/checks/prepare-checks.js'
import type { Check, Prepared } from '../../../src/checks/types.js'
import { fixedCheck } from '../../helpers/fake-checks.js'
import { optionsFor } from '../../helpers/fake-context.js'
import { english } from '../../helpers/english.js'

const ctx = {
  options: optionsFor(),
  msg: english,
  fetch: globalThis.fetch,
  env: {},
  cwd: '/',
  signal: new AbortController().signal,
}

interface Loaded extends Prepared {
  file: string
}

describe('prepareChecks', () => {
  it("hands each check's own prepared data to it, and what it adds to the report to the report", async () => {
    const sender: Check<Loaded> = {
      ...fixedCheck('checklist'),
      prepare: async () => ({ file: 'list.yaml', report: { practice: { name: 'Riverside Counselling' } } }),
      run: async (_ctx, loaded) => ({ status: 'pass', summary: loaded.file, advice: [] }),
    }
    const prepared = await prepareChecks([fixedCheck('wifi'), sender], ctx)
    expect(prepared.report).toEqual({ practice: { name: 'Riverside Counselling' } })
    expect(prepared.data.get('checklist')).toMatchObject({ file: 'list.yaml' })
    expect(prepared.data.has('wifi')).toBe(false)
  })

  it('shows each prepare what the checks before it prepared', async () => {
    const seen: unknown[] = []
    const later: Check<Prepared> = {
      ...fixedCheck('apps'),
      prepare: async (ctx) => (seen.push(ctx.earlier?.get('checklist')), {}),
      run: async () => ({ status: 'pass', summary: 'ok', advice: [] }),
    }
    const first: Check<Loaded> = {
      ...fixedCheck('checklist'),
      prepare: async () => ({ file: 'list.yaml' }),
      run: async () => ({ status: 'pass', summary: 'ok', advice: [] }),
    }
    await prepareChecks([first, later], ctx)
    expect(seen).toEqual([{ file: 'list.yaml' }])
  })

  it('adds nothing to the report when no check has anything to add', async () => {
    expect((await prepareChecks([fixedCheck('wifi')], ctx)).report).toEqual({})
  })
})
