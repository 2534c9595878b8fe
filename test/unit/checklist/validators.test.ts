import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateValidators, VALIDATORS_FILE } from '../../helpers/checklist-validators.js'
import { ROOT } from '../../helpers/core-bundle.js'

describe('the compiled checklist validators', () => {
  it('are compiled from the schema as it is now (npm run validators rewrites them)', async () => {
    const fresh = await generateValidators()
    const path = join(ROOT, VALIDATORS_FILE)
    if (process.env.UPDATE_VALIDATORS === '1') writeFileSync(path, fresh)
    const stored = readFileSync(path, 'utf8')
    expect(stored === fresh, `${VALIDATORS_FILE} is out of date with schema.ts: run npm run validators`).toBe(
      true,
    )
  })
})
