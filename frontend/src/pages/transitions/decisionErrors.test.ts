import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { decisionRefusal } from './decisionErrors'

describe('decisionRefusal', () => {
  it('tells the four-eyes rule and a stale request from field problems', () => {
    expect(decisionRefusal(new ApiError({ status: 403, detail: 'you made this request; another reviewer must decide it' }))).toBe(
      'four-eyes',
    )
    expect(decisionRefusal(new ApiError({ status: 409, detail: 'this request was already approved' }))).toBe('stale')
    expect(decisionRefusal(new ApiError({ status: 422, type: 'urn:hatchery:problem:not-ready' }))).toBeNull()
    expect(decisionRefusal(new Error('offline'))).toBeNull()
  })
})
