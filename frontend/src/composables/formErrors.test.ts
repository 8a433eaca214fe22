import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { isStaleVersion, splitFieldErrors } from './formErrors'

const known: Record<string, string> = { required: '此项为必填项', gte: '数值不能小于允许的下限' }
const translate = (code: string) => known[code] ?? null

describe('splitFieldErrors', () => {
  it('puts translated messages next to their fields', () => {
    const split = splitFieldErrors(
      [
        { field: 'name', code: 'required', message: 'name is required' },
        { field: 'households', code: 'gte', message: 'must be >= 0' },
      ],
      ['name', 'street', 'households'],
      translate,
    )
    expect(split.byField).toEqual({ name: '此项为必填项', households: '数值不能小于允许的下限' })
    expect(split.other).toEqual([])
  })

  it("falls back to the server's message for an unknown code", () => {
    const split = splitFieldErrors([{ field: 'name', code: 'weird', message: 'name is weird' }], ['name'], translate)
    expect(split.byField.name).toBe('name is weird')
  })

  it('joins several errors on one field without repeating', () => {
    const split = splitFieldErrors(
      [
        { field: 'name', code: 'required', message: '' },
        { field: 'name', code: 'required', message: '' },
        { field: 'name', code: 'max', message: 'too long' },
      ],
      ['name'],
      translate,
    )
    expect(split.byField.name).toBe('此项为必填项; too long')
  })

  it('returns errors for fields the form does not show', () => {
    const split = splitFieldErrors(
      [
        { field: 'colour', code: 'unknown_field', message: 'unknown field' },
        { field: '', code: '', message: 'body is malformed' },
      ],
      ['name'],
      translate,
    )
    expect(split.byField).toEqual({})
    expect(split.other).toEqual(['colour: unknown field', 'body is malformed'])
  })
})

describe('isStaleVersion', () => {
  it('tells a stale version from a value already taken', () => {
    const stale = new ApiError({ status: 409, errors: [{ field: 'version', code: 'stale_version', message: '' }] })
    const taken = new ApiError({ status: 409, errors: [{ field: 'username', code: 'unique', message: '' }] })
    expect(isStaleVersion(stale)).toBe(true)
    expect(isStaleVersion(new ApiError({ status: 409 }))).toBe(true)
    expect(isStaleVersion(taken)).toBe(false)
    expect(isStaleVersion(new ApiError({ status: 422 }))).toBe(false)
    expect(isStaleVersion(new Error('x'))).toBe(false)
  })
})
