import { describe, expect, it } from 'vitest'
import { decisionOffer, readinessHint } from './queueRow'

describe('readinessHint', () => {
  it('counts a graduation and says whether every criterion is met', () => {
    expect(readinessHint({ criteria_met: 2, criteria_total: 5 })).toEqual({ met: 2, total: 5, complete: false })
    expect(readinessHint({ criteria_met: 5, criteria_total: 5 })).toEqual({ met: 5, total: 5, complete: true })
  })

  it('has nothing to say on other moves', () => {
    expect(readinessHint({ criteria_met: null, criteria_total: null })).toBeNull()
  })
})

describe('decisionOffer', () => {
  const pending = { status: 'pending' as const, requested_by: 'u1' }

  it('offers the buttons when the server says the user may decide', () => {
    expect(decisionOffer({ ...pending, can_decide: true }, 'u2')).toBe('decide')
  })

  it('tells the requester that another reviewer decides', () => {
    expect(decisionOffer({ ...pending, can_decide: false }, 'u1')).toBe('another-reviewer')
  })

  it('offers nothing to others who may not decide, nor on decided requests', () => {
    expect(decisionOffer({ ...pending, can_decide: false }, 'u3')).toBe('none')
    expect(decisionOffer({ ...pending, can_decide: false }, undefined)).toBe('none')
    expect(decisionOffer({ status: 'approved', requested_by: 'u1', can_decide: false }, 'u1')).toBe('none')
  })
})
