import { describe, expect, it } from 'vitest'
import { daysSince } from './hosted'

describe('daysSince', () => {
  it('counts whole days', () => {
    expect(daysSince('2025-01-01T08:00:00Z', new Date('2025-01-11T07:59:00Z'))).toBe(9)
    expect(daysSince('2025-01-01T08:00:00Z', new Date('2025-01-11T08:00:00Z'))).toBe(10)
  })
  it('is never negative, and zero for an unreadable time', () => {
    expect(daysSince('2025-01-02T00:00:00Z', new Date('2025-01-01T00:00:00Z'))).toBe(0)
    expect(daysSince('', new Date())).toBe(0)
  })
})
