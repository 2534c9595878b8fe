/**
 * Edges of the `pmset -g batt` reader that surviving mutants showed were untested (issue 15).
 * Hand-made lines in the layout of the captured fixtures (battery.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { parsePmsetBattery } from '../../../src/platform/battery/pmset.js'

const pmset = (source: string, line?: string): string =>
  [`Now drawing from '${source}'`, ...(line === undefined ? [] : [line])].join('\n')

describe('pmset -g batt, by hand', () => {
  it.each([
    [
      'finishing charge',
      pmset('AC Power', ' -InternalBattery-0 (id=1)\t99%; finishing charge; 0:05 remaining present: true'),
      { hasBattery: true, percent: 99, isCharging: true, acConnected: true },
    ],
    [
      'charged',
      pmset('AC Power', ' -InternalBattery-0 (id=1)\t100%; charged; 0:00 remaining present: true'),
      { hasBattery: true, percent: 100, isCharging: false, acConnected: true },
    ],
    [
      'a percentage over 100 is read as 100',
      pmset('AC Power', ' -InternalBattery-0 (id=1)\t104%; charged; present: true'),
      { hasBattery: true, percent: 100, isCharging: false, acConnected: true },
    ],
    [
      'no percentage',
      pmset('Battery Power', ' -InternalBattery-0 (id=1)\t(no battery info)'),
      { hasBattery: true, percent: null, isCharging: false, acConnected: false },
    ],
    [
      'a UPS is not the wall',
      pmset('UPS Power'),
      { hasBattery: false, percent: null, isCharging: false, acConnected: false },
    ],
    [
      'the state in any letter case',
      pmset('AC Power', ' -InternalBattery-0 (id=1)\t43%;  Charging ; present: true'),
      { hasBattery: true, percent: 43, isCharging: true, acConnected: true },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parsePmsetBattery(text)).toStrictEqual(expected)
  })

  it('the battery line can come after other lines', () => {
    const text = [
      "Now drawing from 'Battery Power'",
      ' -ExternalUPS (id=2)\t50%; discharging',
      ' -InternalBattery-0 (id=1)\t7%; discharging; 0:20 remaining present: true',
    ].join('\n')
    expect(parsePmsetBattery(text)).toStrictEqual({
      hasBattery: true,
      percent: 7,
      isCharging: false,
      acConnected: false,
    })
  })
})
