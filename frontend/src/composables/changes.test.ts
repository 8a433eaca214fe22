import { describe, expect, it } from 'vitest'
import { changedFields, withoutEmpty } from './changes'

describe('changedFields', () => {
  const original = { id: 'c1', name: '幸福里社区', street: '东街', households: 1200, version: 3 }

  it('keeps only the edited fields', () => {
    const edited = { name: '幸福里社区', street: '西街', households: 1250 }
    expect(changedFields(edited, original, ['name', 'street', 'households'])).toEqual({ street: '西街', households: 1250 })
  })

  it('is empty when nothing changed', () => {
    expect(changedFields({ name: '幸福里社区' }, original, ['name'])).toEqual({})
  })
})

describe('withoutEmpty', () => {
  it('drops null and undefined but keeps empty strings and zero', () => {
    expect(withoutEmpty({ a: null, b: undefined, c: '', d: 0 })).toEqual({ c: '', d: 0 })
  })
})
