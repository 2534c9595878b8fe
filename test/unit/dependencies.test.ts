import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
const installed = JSON.parse(
  readFileSync(new URL('../../node_modules/systeminformation/package.json', import.meta.url), 'utf8'),
)

/** [major, minor, patch] */
const parts = (version: string) => version.split('.').map(Number)
const atLeast = (version: string, floor: string) => {
  const [a, b] = [parts(version), parts(floor)]
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i]! > b[i]!
  return true
}

describe('dependencies', () => {
  it('ships with no runtime dependencies: the build bundles what the program uses (issue 24)', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('pins systeminformation exactly, at or past the last command-injection fix (5.31.7, CVE-2026-50289)', () => {
    expect(pkg.devDependencies.systeminformation).toMatch(/^\d+\.\d+\.\d+$/)
    expect(installed.version).toBe(pkg.devDependencies.systeminformation)
    expect(atLeast(installed.version, '5.31.7')).toBe(true)
  })

  it('never installs speedtest-net by default: an optional peer dependency only', () => {
    expect(pkg.dependencies?.['speedtest-net']).toBeUndefined()
    expect(pkg.optionalDependencies?.['speedtest-net']).toBeUndefined()
    expect(pkg.peerDependenciesMeta['speedtest-net']).toEqual({ optional: true })
  })

  it('lists every package the published bundle carries in the README with its reason', () => {
    // Written by the build (build.config.mjs) from esbuild's own record of what it bundled.
    const bundled: string[] = JSON.parse(
      readFileSync(new URL('../../dist/bundled-packages.json', import.meta.url), 'utf8'),
    )
    expect(bundled).toContain('systeminformation')
    // The libraries the code imports itself; what they bring along comes with them.
    const direct = bundled.filter((name) => name in pkg.devDependencies)
    expect(direct.length).toBeGreaterThan(5)
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    for (const name of direct) expect(readme).toContain(`\`${name}\``)
  })

  it('the README advisory table is complete and the pin is past every fix in it, each row with its source', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const rows = readme
      .split('\n')
      .filter((line) => /^\| (CVE|GHSA)-/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()))
    const ids = rows.map((row) => row[1])
    for (const advisory of [
      'CVE-2026-44724 / GHSA-hvx9-hwr7-wjj9',
      'CVE-2026-50289 / GHSA-5xpp-75jx-m839',
      'CVE-2025-68154 / GHSA-wphj-fx3q-84ch',
      'CVE-2023-42810',
      'CVE-2024-56334',
    ]) {
      expect(ids).toContain(advisory)
    }
    for (const row of rows) {
      const fixed = /\d+\.\d+\.\d+/.exec(row[3] ?? '')?.[0]
      expect(fixed, row[1]).toBeDefined()
      expect(atLeast(installed.version, fixed!), `${row[1]} is fixed in ${fixed}`).toBe(true)
      expect(row[4], `${row[1]} has a source`).toMatch(/\S{4,}/)
    }
    expect(rows.find((row) => row[1]?.startsWith('CVE-2026-44724'))?.[3]).toBe('5.31.6')
  })
})
