import { describe, expect, it } from 'vitest'
import { hasSource, listFixtures } from './fixtures.js'

describe('Wi-Fi fixtures', () => {
  it.each(listFixtures())('%s names where it came from', (path) => {
    expect(hasSource(path)).toBe(true)
  })
})
