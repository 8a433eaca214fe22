import { describe, expect, it, vi } from 'vitest'
import type { AuditFlag, Disbursement, Expenditure } from '@/api/types'
import { collectPages, flaggedEntries, flaggedExpenditureIds } from './auditReport'

const flag = (code: string, entry_ids: string[]): AuditFlag => ({ code, project_id: 'p1', detail: '', entry_ids })
const expenditure = (id: string) => ({ id, amount_fen: 100 }) as Expenditure
const disbursement = (id: string) => ({ id, amount_fen: 500 }) as Disbursement

describe('flaggedEntries', () => {
  it('lists each entry once, with every flag naming it, in the flags order', () => {
    const rows = flaggedEntries(
      [flag('MISSING_VOUCHER', ['e1', 'e2']), flag('DUPLICATE_VOUCHER', ['e2', 'e3']), flag('TRANCHE_OVERDUE', ['d1'])],
      [expenditure('e1'), expenditure('e2')],
      [disbursement('d1')],
    )
    expect(rows.map((r) => [r.id, r.kind, r.codes])).toEqual([
      ['e1', 'expenditure', ['MISSING_VOUCHER']],
      ['e2', 'expenditure', ['MISSING_VOUCHER', 'DUPLICATE_VOUCHER']],
      ['e3', 'expenditure', ['DUPLICATE_VOUCHER']],
      ['d1', 'disbursement', ['TRANCHE_OVERDUE']],
    ])
    expect(rows[0].entry?.id).toBe('e1')
    expect(rows[2].entry).toBeNull()
    expect(rows[3].entry?.id).toBe('d1')
  })

  it('has nothing to list without flags', () => {
    expect(flaggedEntries([], [expenditure('e1')], [])).toEqual([])
  })
})

describe('flaggedExpenditureIds', () => {
  it('leaves out the disbursements an overdue tranche names', () => {
    expect([...flaggedExpenditureIds([flag('LINE_OVERSPENT', ['e1']), flag('TRANCHE_OVERDUE', ['d1'])])]).toEqual(['e1'])
  })
})

describe('collectPages', () => {
  const pages = [
    { items: ['a', 'b'], next_cursor: 'c1', total: 5 },
    { items: ['c', 'd'], next_cursor: 'c2', total: 5 },
    { items: ['e'], next_cursor: null, total: 5 },
  ]

  it('follows the cursors to the end', async () => {
    const fetchPage = vi.fn(async ({ cursor }: { cursor?: string }) => pages[cursor ? Number(cursor.slice(1)) : 0])
    expect(await collectPages(fetchPage, 10)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(fetchPage.mock.calls.map((c) => c[0].cursor)).toEqual([undefined, 'c1', 'c2'])
  })

  it('stops once it has enough or at the page limit', async () => {
    const fetchPage = async ({ cursor }: { cursor?: string }) => pages[cursor ? Number(cursor.slice(1)) : 0]
    expect(await collectPages(fetchPage, 10, (items) => items.includes('c'))).toEqual(['a', 'b', 'c', 'd'])
    expect(await collectPages(fetchPage, 1)).toEqual(['a', 'b'])
  })
})
