import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/spawn-cli.js'

describe('serve --checklist', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-serve-checklist-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('refuses an invalid checklist before listening: exit 2, with the same words as checklist validate', async () => {
    const file = join(dir, 'bad.yaml')
    writeFileSync(
      file,
      'version: 1\nmode: add\nquestions:\n  - id: water\n    text: Water?\n    level: sometimes\n',
    )
    const validate = await runCli(['checklist', 'validate', file])
    const serve = await runCli(['serve', '--port', '0', '--checklist', file])
    expect(validate.code).toBe(2)
    expect(serve.code).toBe(2)
    expect(serve.stderr).toBe(validate.stdout)
    expect(serve.stdout).not.toContain('ready at')
  })
})
