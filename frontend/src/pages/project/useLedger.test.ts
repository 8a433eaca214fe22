import { describe, expect, it, vi } from 'vitest'
import type { Page, PageQuery } from '@/api/types'
import { useLedger } from './useLedger'

// A ledger of 450 entries e449 (newest) .. e0, paged by cursor = offset.
function ledger() {
  const ids = Array.from({ length: 450 }, (_, i) => ({ id: `e${449 - i}` }))
  return vi.fn(async (page: PageQuery): Promise<Page<{ id: string }>> => {
    const from = Number(page.cursor ?? 0)
    const items = ids.slice(from, from + page.limit)
    const next = from + page.limit < ids.length ? String(from + page.limit) : null
    return { items, next_cursor: next, total: ids.length }
  })
}

describe('useLedger', () => {
  it('marks an entry already on the page without reading again', async () => {
    const fetch = ledger()
    const l = useLedger(fetch, () => {})
    await l.reload()
    expect(await l.locate('e440')).toBe(true)
    expect(l.located.value).toBe('e440')
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('pages from the start with the largest pages to find an older entry', async () => {
    const fetch = ledger()
    const l = useLedger(fetch, () => {})
    await l.reload()
    expect(await l.locate('e5')).toBe(true)
    expect(l.page.value).toBe(3)
    expect(l.pageSize.value).toBe(200)
    expect(l.items.value.some((e) => e.id === 'e5')).toBe(true)
  })

  it('says so when the ledger has no such entry', async () => {
    const l = useLedger(ledger(), () => {})
    await l.reload()
    expect(await l.locate('nope')).toBe(false)
    expect(l.located.value).toBe(null)
  })
})
