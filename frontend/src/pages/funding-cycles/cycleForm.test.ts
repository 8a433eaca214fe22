import { describe, expect, it } from 'vitest'
import type { FundingCycle } from '@/api/types'
import { cycleChanges, cycleRequest, cycleToForm } from './cycleForm'

const stored = {
  id: 'fc1',
  funder_id: 'f1',
  name: '2027 年度社区服务项目',
  year: 2027,
  pool_fen: 500_000_000,
  opens_on: '2026-11-01',
  closes_on: '2026-12-15',
  period_start: '2027-01-01',
  period_end: '2027-12-31',
  version: 2,
} as FundingCycle

describe('cycleRequest', () => {
  it('sends the pool in fen and leaves an empty pool at none', () => {
    const form = { ...cycleToForm(null), name: 'x', pool: '5,000,000.00' }
    expect(cycleRequest(form)).toMatchObject({ ok: true, body: { pool_fen: 500_000_000 } })
    expect(cycleRequest({ ...form, pool: '' })).toMatchObject({ ok: true, body: { pool_fen: 0 } })
  })

  it('names the pool when it cannot be read', () => {
    expect(cycleRequest({ ...cycleToForm(null), pool: '5.001' })).toEqual({ ok: false, errors: { pool_fen: 'decimals' } })
  })
})

describe('cycleChanges', () => {
  it('finds nothing changed in the stored cycle', () => {
    expect(cycleChanges(cycleToForm(stored), stored)).toEqual({ ok: true, body: {} })
  })

  it('sends what changed only, the pool in fen', () => {
    const form = { ...cycleToForm(stored), pool: '6,000,000', closes_on: '2026-12-31' }
    expect(cycleChanges(form, stored)).toEqual({ ok: true, body: { pool_fen: 600_000_000, closes_on: '2026-12-31' } })
  })
})
