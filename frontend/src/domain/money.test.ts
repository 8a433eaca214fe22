import { describe, expect, it } from 'vitest'
import type { Disbursement, Tranche } from '@/api/types'
import { flagLedger, orderedFlagCodes, shortId, trancheRows } from './money'

const tranche = (seq: number, due_on: string, amount_fen: number): Tranche => ({ seq, due_on, amount_fen, condition: '' })
const paid = (tranche_seq: number | null, amount_fen: number, reverses_id: string | null = null): Disbursement =>
  ({ tranche_seq, amount_fen, reverses_id }) as Disbursement

describe('trancheRows', () => {
  const plan = [tranche(1, '2026-03-15', 10000), tranche(2, '2026-08-30', 10000), tranche(3, '2027-01-31', 5000)]

  it('nets payments per tranche and reads each state', () => {
    const rows = trancheRows(plan, [paid(1, 10000), paid(2, 4000), paid(null, 300)], 'active', '2026-11-27')
    expect(rows.map((r) => [r.seq, r.paid_fen, r.state])).toEqual([
      [1, 10000, 'paid'],
      [2, 4000, 'overdue'],
      [3, 0, 'due'],
    ])
  })

  it('counts a reversed payment as unpaid', () => {
    const rows = trancheRows(plan, [paid(1, 10000), paid(1, -10000, 'd1')], 'active', '2026-11-27')
    expect(rows[0]).toMatchObject({ paid_fen: 0, state: 'overdue' })
  })

  it('marks a partly paid tranche before its day', () => {
    expect(trancheRows(plan, [paid(3, 100)], 'active', '2026-11-27')[2].state).toBe('partly_paid')
  })

  it('lets nothing fall overdue where money does not move', () => {
    for (const status of ['draft', 'terminated'] as const) {
      expect(trancheRows(plan, [], status, '2027-12-31').map((r) => r.state)).toEqual(['due', 'due', 'due'])
    }
  })
})

describe('flagLedger', () => {
  it('sends overdue tranches to the disbursements and the rest to the expenditures', () => {
    expect(flagLedger('TRANCHE_OVERDUE')).toBe('disbursements')
    expect(flagLedger('DUPLICATE_VOUCHER')).toBe('expenditures')
  })
})

describe('shortId', () => {
  it('keeps the tail of a long id', () => {
    expect(shortId('01a21ca5-cf2e-763e-a481-41797117b53c')).toBe('…7117b53c')
    expect(shortId('abc')).toBe('abc')
  })
})

describe('orderedFlagCodes', () => {
  it('keeps the audit order and puts unknown codes last', () => {
    expect(orderedFlagCodes(['UNDERSPEND', 'NEW_ONE', 'LINE_OVERSPENT', 'TRANCHE_OVERDUE'])).toEqual([
      'LINE_OVERSPENT',
      'UNDERSPEND',
      'TRANCHE_OVERDUE',
      'NEW_ONE',
    ])
  })
})
