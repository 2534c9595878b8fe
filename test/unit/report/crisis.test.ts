import { describe, expect, it } from 'vitest'
import { chooseCrisisLine } from '../../../src/report/crisis.js'

describe('chooseCrisisLine', () => {
  it.each([
    [{ timeZone: 'America/New_York', locale: 'en_US.UTF-8' }, 'US'],
    [{ timeZone: 'America/Indiana/Indianapolis' }, 'US'],
    [{ timeZone: 'Pacific/Honolulu', locale: 'es-US' }, 'US'],
    [{ timeZone: 'Europe/London', locale: 'en_GB.UTF-8' }, 'GB'],
    [{ timeZone: 'Europe/London', locale: 'pl_PL.UTF-8' }, 'GB'],
    [{ timeZone: 'Europe/Berlin', locale: 'en_US.UTF-8' }, 'other'],
    [{ timeZone: 'America/Toronto', locale: 'en_CA' }, 'other'],
    [{ timeZone: 'UTC', locale: 'en_US.UTF-8' }, 'US'],
    [{ timeZone: 'Etc/UTC', locale: 'en-GB' }, 'GB'],
    [{ timeZone: 'UTC', locale: 'C' }, 'other'],
    [{}, 'other'],
  ])('%o -> %s', (input, region) => {
    expect(chooseCrisisLine(input).region).toBe(region)
  })

  it('names the right numbers for each region', () => {
    expect(chooseCrisisLine({ timeZone: 'America/Chicago' }).text).toMatch(/988.*911/)
    expect(chooseCrisisLine({ timeZone: 'Europe/London' }).text).toMatch(/999.*111.*option 2.*116 123/)
    expect(chooseCrisisLine({ timeZone: 'Asia/Tokyo' }).text).toMatch(/local emergency number.*findahelpline\.com/)
  })
})
