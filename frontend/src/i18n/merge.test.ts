import { describe, expect, it } from 'vitest'
import { mergeCatalogue } from './merge'

describe('mergeCatalogue', () => {
  it('adds keys to sections both catalogues hold and keeps the rest', () => {
    const base = { nav: { a: 'A' }, other: { b: 'B' } }
    const merged = mergeCatalogue(base, { nav: { turnover: 'T' }, staff: { c: 'C' } })
    expect(merged).toEqual({ nav: { a: 'A', turnover: 'T' }, other: { b: 'B' }, staff: { c: 'C' } })
    expect(base).toEqual({ nav: { a: 'A' }, other: { b: 'B' } })
  })
})
