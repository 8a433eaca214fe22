import { describe, expect, it } from 'vitest'
import { tenure, tenureLabel } from './tenure'

describe('tenure', () => {
  it.each([
    ['2023-03-15', '2025-06-20', { years: 2, months: 3, days: 828 }],
    ['2023-03-15', '2025-03-14', { years: 1, months: 11, days: 730 }],
    ['2025-01-31', '2025-02-28', { years: 0, months: 0, days: 28 }],
    ['2025-06-01', '2025-06-01', { years: 0, months: 0, days: 0 }],
  ])('from %s to %s', (joined, until, want) => {
    expect(tenure(joined, until)).toEqual(want)
  })

  it('is said in years and months, months, or days', () => {
    const t = (key: string, values?: Record<string, unknown>) => `${key}:${JSON.stringify(values)}`
    expect(tenureLabel({ years: 2, months: 3, days: 0 }, t)).toBe('staff.tenureYears:{"years":2,"months":3}')
    expect(tenureLabel({ years: 0, months: 5, days: 160 }, t)).toBe('staff.tenureMonths:{"months":5}')
    expect(tenureLabel({ years: 0, months: 0, days: 12 }, t)).toBe('staff.tenureDays:{"days":12}')
  })
})
