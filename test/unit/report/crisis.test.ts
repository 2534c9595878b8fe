import { describe, expect, it } from 'vitest'
import { chooseCrisisLine, crisisEntryFor } from '../../../src/report/crisis.js'
import type { CrisisRegion } from '../../../src/report/model.js'
import { CRISIS_REGIONS } from '../../../src/report/model.js'

/** Every region's crisis line in English. */
const crisisLines = (region: CrisisRegion) => crisisEntryFor(region, 'en')

describe('chooseCrisisLine', () => {
  it.each([
    [{ timeZone: 'America/New_York', locale: 'en_US.UTF-8' }, 'US'],
    [{ timeZone: 'America/Indiana/Indianapolis' }, 'US'],
    [{ timeZone: 'Pacific/Honolulu', locale: 'es-US' }, 'US'],
    [{ timeZone: 'Europe/London', locale: 'en_GB.UTF-8' }, 'GB'],
    [{ timeZone: 'Europe/London', locale: 'pl_PL.UTF-8' }, 'GB'],
    [{ timeZone: 'Europe/Berlin', locale: 'en_US.UTF-8' }, 'other'],
    [{ timeZone: 'America/Toronto', locale: 'en_CA' }, 'CA'],
    [{ timeZone: 'America/Vancouver' }, 'CA'],
    [{ timeZone: 'America/Chicago', locale: 'en_CA' }, 'US'],
    [{ timeZone: 'Australia/Sydney', locale: 'en_AU.UTF-8' }, 'AU'],
    [{ timeZone: 'Australia/Perth' }, 'AU'],
    [{ timeZone: 'Europe/Dublin', locale: 'en_IE.UTF-8' }, 'IE'],
    [{ timeZone: 'Europe/Dublin', locale: 'en_GB.UTF-8' }, 'IE'],
    [{ timeZone: 'Pacific/Auckland', locale: 'en_NZ' }, 'NZ'],
    [{ timeZone: 'Pacific/Chatham' }, 'NZ'],
    [{ timeZone: 'UTC', locale: 'en_AU.UTF-8' }, 'AU'],
    [{ timeZone: 'Etc/UTC', locale: 'fr_CA' }, 'CA'],
    [{ timeZone: 'UTC', locale: 'ga_IE' }, 'IE'],
    [{ timeZone: 'UTC', locale: 'mi_NZ' }, 'NZ'],
    [{ timeZone: 'UTC', locale: 'en_US.UTF-8' }, 'US'],
    [{ timeZone: 'Etc/UTC', locale: 'en-GB' }, 'GB'],
    [{ timeZone: 'UTC', locale: 'C' }, 'other'],
    [{}, 'other'],
  ])('%o -> %s', (input, region) => {
    expect(chooseCrisisLine(input, 'en').region).toBe(region)
  })

  it('names the right numbers for each region', () => {
    expect(chooseCrisisLine({ timeZone: 'America/Chicago' }, 'en').text).toMatch(/988.*911/)
    expect(chooseCrisisLine({ timeZone: 'Europe/London' }, 'en').text).toMatch(/999.*111.*option 2.*116 123/)
    expect(chooseCrisisLine({ timeZone: 'Asia/Tokyo' }, 'en').text).toMatch(
      /local emergency number.*findahelpline\.com/,
    )
    expect(chooseCrisisLine({ timeZone: 'America/Toronto' }, 'en').text).toBe(
      'If you are in crisis, you can call or text 9-8-8 any time, day or night. In an emergency, call 911.',
    )
    expect(chooseCrisisLine({ timeZone: 'Australia/Melbourne' }, 'en').text).toBe(
      'If you are in crisis, call Lifeline on 13 11 14 or text 0477 13 11 14, any time, day or night. In an emergency, call 000.',
    )
    expect(chooseCrisisLine({ timeZone: 'Europe/Dublin' }, 'en').text).toBe(
      'If you are in crisis, call Samaritans free on 116 123, any time, day or night. In an emergency, call 112 or 999.',
    )
    expect(chooseCrisisLine({ timeZone: 'Pacific/Auckland' }, 'en').text).toBe(
      'If you are in crisis, you can call or text 1737 free, any time, day or night, to talk with a trained counsellor. In an emergency, call 111.',
    )
  })

  it('gives every region a page with more help and at least one source', () => {
    for (const region of CRISIS_REGIONS) {
      const entry = crisisLines(region)
      expect(entry.url).toMatch(/^https:\/\//)
      expect(entry.sources.length).toBeGreaterThan(0)
      expect(
        chooseCrisisLine({ timeZone: 'UTC', locale: `en_${region}` }, 'en').url ?? crisisLines('other').url,
      ).toMatch(/^https:/)
    }
  })
})

describe('crisis lines in Spanish (issue 16)', () => {
  it.each([
    [{ timeZone: 'Europe/Madrid', locale: 'es_ES.UTF-8' }, 'ES'],
    [{ timeZone: 'Atlantic/Canary' }, 'ES'],
    [{ timeZone: 'America/Mexico_City', locale: 'es_MX.UTF-8' }, 'MX'],
    [{ timeZone: 'America/Tijuana' }, 'MX'],
    [{ timeZone: 'UTC', locale: 'es_MX' }, 'MX'],
    [{ timeZone: 'America/Los_Angeles', locale: 'es_MX.UTF-8' }, 'US'],
    [{ timeZone: 'America/Bogota', locale: 'es_CO.UTF-8' }, 'other'],
  ])('%o -> %s, in either language', (input, region) => {
    expect(chooseCrisisLine(input, 'es').region).toBe(region)
    expect(chooseCrisisLine(input, 'en').region).toBe(region)
  })

  it("names each region's numbers in Spanish, with 988's Spanish options in the US", () => {
    expect(chooseCrisisLine({ timeZone: 'America/Chicago' }, 'es').text).toBe(
      'Si está en crisis, puede llamar al 988 y marcar 2 para hablar en español, o enviar la palabra AYUDA por mensaje de texto al 988, a cualquier hora, de día o de noche. En una emergencia, llame al 911.',
    )
    expect(chooseCrisisLine({ timeZone: 'Europe/Madrid' }, 'es').text).toMatch(/024.*112/)
    expect(chooseCrisisLine({ timeZone: 'America/Mexico_City' }, 'es').text).toMatch(
      /Línea de la Vida al 800 911 2000.*911/,
    )
    expect(chooseCrisisLine({ timeZone: 'Asia/Tokyo' }, 'es').text).toMatch(/findahelpline\.com/)
    // English keeps its sentences, and speaks of Spain and Mexico too.
    expect(chooseCrisisLine({ timeZone: 'America/Chicago' }, 'en').text).toBe(
      'If you are in crisis, you can call or text 988 any time, day or night. In an emergency, call 911.',
    )
    expect(chooseCrisisLine({ timeZone: 'Europe/Madrid' }, 'en').text).toBe(
      'If you are in crisis, call 024 free, any time, day or night. In an emergency, call 112.',
    )
  })

  it('words the one-tap contacts in the language, with the same numbers', () => {
    expect(crisisEntryFor('US', 'es').contacts).toEqual([
      { label: 'Llamar al 988', href: 'tel:988' },
      { label: 'Mensaje de texto al 988', href: 'sms:988' },
      { label: 'Emergencias: 911', href: 'tel:911' },
    ])
    expect(crisisEntryFor('MX', 'es').contacts[0]).toEqual({
      label: 'Llamar al 800 911 2000',
      href: 'tel:8009112000',
    })
    for (const region of CRISIS_REGIONS)
      expect(crisisEntryFor(region, 'es').contacts.map((c) => c.href)).toEqual(
        crisisLines(region).contacts.map((c) => c.href),
      )
  })
})
