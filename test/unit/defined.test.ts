import { describe, expect, it } from 'vitest'
import { defined } from '../../src/defined.js'

describe('defined', () => {
  it('leaves out the values that are undefined, and keeps every other value, falsy ones too', () => {
    const missing: string | undefined = undefined
    expect(defined({ name: 'Zoom', missing, zero: 0, empty: '', no: false, nothing: null })).toEqual({
      name: 'Zoom',
      zero: 0,
      empty: '',
      no: false,
      nothing: null,
    })
    expect(Object.keys(defined({ missing }))).toEqual([])
  })

  it('so a JSON export and a deep comparison see the same object', () => {
    const errorCode: number | undefined = undefined
    const reading = { name: 'Camera', ...defined({ errorCode }) }
    expect(JSON.stringify(reading)).toBe('{"name":"Camera"}')
    expect(reading).toStrictEqual({ name: 'Camera' })
  })
})
