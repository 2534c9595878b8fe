import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHECK_IDS } from '../../src/report/model.js'

/**
 * What the published build loads for each thing a person does (issue 24): read from esbuild's own
 * record of the bundle (dist/bundle-graph.json, written by `npm run build`, not shipped). A module
 * that an output imports statically loads with it; a dynamic import loads when the code gets there.
 */
interface Output {
  entryPoint?: string
  inputs: string[]
  imports: { path: string; kind: string; external?: boolean }[]
}
const graph = JSON.parse(
  readFileSync(new URL('../../dist/bundle-graph.json', import.meta.url), 'utf8'),
) as Record<string, Output>

function outputOf(entryPoint: string): string {
  const found = Object.keys(graph).find((output) => graph[output]?.entryPoint === entryPoint)
  if (!found) throw new Error(`no output has the entry point ${entryPoint}`)
  return found
}

/** The source modules that load together with `entryPoint`, before any dynamic import runs. */
function loadedWith(entryPoint: string): string[] {
  const seen = new Set<string>()
  const queue = [outputOf(entryPoint)]
  while (queue.length > 0) {
    const output = queue.pop() ?? ''
    if (seen.has(output)) continue
    seen.add(output)
    for (const imported of graph[output]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path)
  }
  return [...seen].flatMap((output) => graph[output]?.inputs ?? [])
}

describe('what the published build loads (issue 24)', () => {
  it('answers --version and --help from the entry alone: it imports nothing until the program runs', () => {
    // The locale rule picks the help's language; the help itself is written in by the build.
    expect(loadedWith('src/start.ts').sort()).toEqual([
      '<define:SESSION_CHECKUP_HELP>',
      'src/early-answer.ts',
      'src/messages/locale.ts',
      'src/start.ts',
    ])
    const entry = graph[outputOf('src/start.ts')]
    expect(entry?.imports).toEqual([{ path: './run-program.js', kind: 'dynamic-import', external: true }])
  })

  it('parses the command line without the server, the checks, the renderers or the prompts', () => {
    const loaded = loadedWith('src/main.ts')
    expect(loaded).toContain('src/cli/program.ts')
    for (const heavy of [
      'src/net/speed-server.ts',
      'src/net/stun-responder.ts',
      'src/checks/run-checks.ts',
      'src/render/html.ts',
      'src/ui/prompter.ts',
    ])
      expect(loaded).not.toContain(heavy)
    for (const id of CHECK_IDS) expect(loaded).not.toContain(`src/checks/${id}/index.ts`)
    expect(
      loaded.filter((input) => /node_modules\/(yaml|tldts|systeminformation|@inquirer)\//.test(input)),
    ).toEqual([])
  })

  it("loads each check's code when that check starts, not when the run starts", () => {
    const run = loadedWith('src/commands/run.ts')
    expect(run).toContain('src/checks/run-checks.ts')
    for (const id of CHECK_IDS) {
      expect(run).not.toContain(`src/checks/${id}/index.ts`)
      expect(outputOf(`src/checks/${id}/index.ts`)).toMatch(/chunks\//)
    }
  })

  it("loads serve's server only for serve, and the run's code only for a run", () => {
    expect(loadedWith('src/commands/serve.ts')).toContain('src/net/speed-server.ts')
    expect(loadedWith('src/commands/checklist.ts')).not.toContain('src/commands/run.ts')
    expect(loadedWith('src/commands/serve.ts')).not.toContain('src/commands/run.ts')
  })
})
