import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appCatalogue } from '../../../src/checks/apps/catalogue.js'

describe('README apps table', () => {
  it('lists every app in the catalogue, with its process names', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    const section = readme.slice(readme.indexOf('## The apps check'), readme.indexOf('## The checklist'))
    for (const entry of appCatalogue) {
      const row = section.split('\n').find((line) => line.startsWith(`| ${entry.name} |`))
      expect(row, entry.name).toBeDefined()
      for (const matchers of Object.values(entry.processes)) {
        for (const name of [...(matchers.names ?? []), ...(matchers.sessionNames ?? [])])
          expect(row, `${entry.name}: ${name}`).toContain(`\`${name}\``)
      }
    }
  })
})
