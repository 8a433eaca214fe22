import { describe, expect, it } from 'vitest'
import { IdempotencyKeys, newUUID } from './idempotency'

describe('newUUID', () => {
  it('is a version 4 UUID', () => {
    expect(newUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('sets the version and variant bits whatever the random bytes', () => {
    expect(newUUID((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
    expect(newUUID((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000')
  })

  it('differs each time', () => {
    expect(new Set(Array.from({ length: 100 }, () => newUUID())).size).toBe(100)
  })
})

describe('IdempotencyKeys', () => {
  let n = 0
  const keys = () => new IdempotencyKeys(() => `k${++n}`)

  it('keeps the key while the same request is sent again', () => {
    const k = keys()
    const first = k.keyFor({ amount_fen: 123456 })
    expect(k.keyFor({ amount_fen: 123456 })).toBe(first)
  })

  it('takes a new key when the request changes', () => {
    const k = keys()
    const first = k.keyFor({ amount_fen: 123456 })
    expect(k.keyFor({ amount_fen: 123457 })).not.toBe(first)
  })

  it('takes a new key after a reset, even for the same request', () => {
    const k = keys()
    const first = k.keyFor({ reason: 'typo' })
    k.reset()
    expect(k.keyFor({ reason: 'typo' })).not.toBe(first)
  })
})
