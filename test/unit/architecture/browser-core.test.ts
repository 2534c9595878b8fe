import { describe, expect, it } from 'vitest'
import { bundleCore, coreEntries } from '../../helpers/core-bundle.js'

/**
 * One core, two editions (ARCHITECTURE.md): the checks' judgements, the catalogue, the report,
 * the renderers, the link analysis, the checklist's parsing and the measurement's plan and
 * statistics run unchanged in a browser. Bundled for the browser the way the page is, they must
 * reach no Node built-in and use no Node global.
 */
describe('the core bundled for a browser', () => {
  it('covers the judging code of every check, the catalogue, the report and the renderers', () => {
    const entries = coreEntries()
    for (const expected of [
      'src/checks/connection/evaluate.ts',
      'src/checks/connection/thresholds.ts',
      'src/checks/devices/evaluate.ts',
      'src/checks/wifi/evaluate.ts',
      'src/checks/apps/evaluate.ts',
      'src/checks/link/analyse.ts',
      'src/checks/link/evaluate.ts',
      'src/checks/checklist/load-checklist.ts',
      'src/checks/checklist/select-questions.ts',
      'src/messages/index.ts',
      'src/report/build-report.ts',
      'src/render/html.ts',
      'src/render/json.ts',
      'src/net/phase-plan.ts',
      'src/net/stats.ts',
    ])
      expect(entries).toContain(expected)
  })

  it('imports no Node built-in and uses no Node global', async () => {
    const bundle = await bundleCore()
    expect(bundle.nodeImports, 'Node modules reached from the core (importer -> module)').toEqual([])
    expect(bundle.nodeGlobals, 'Node globals used in the core (file: name)').toEqual([])
    expect(bundle.code.length).toBeGreaterThan(0)
  })

  it('catches a Node import and a Node global when there is one', async () => {
    // The detector itself: the Node-only gatherers are caught, so a clean result above means something.
    const bundle = await bundleCore(['src/checks/link/online.ts', 'src/checks/checklist/read-source.ts'])
    expect(bundle.nodeImports).toEqual(
      expect.arrayContaining([
        'src/checks/link/online.ts -> node:dns/promises',
        'src/checks/checklist/read-source.ts -> node:fs',
      ]),
    )
    expect(bundle.nodeGlobals).toContain('src/checks/checklist/read-source.ts: Buffer')
  })
})
