import { describe, expect, it, vi } from 'vitest'
import type { Page, PageQuery } from '@/api/types'
import { useCursorList } from './useCursorList'

// A server of 5 numbered rows that pages with cursors "after:<n>".
function fakeServer(rows = [1, 2, 3, 4, 5]) {
  const calls: PageQuery[] = []
  const fetchPage = vi.fn(async (q: PageQuery): Promise<Page<number>> => {
    calls.push(q)
    const start = q.cursor ? Number(q.cursor.split(':')[1]) : 0
    const items = rows.slice(start, start + q.limit)
    const end = start + items.length
    return { items, total: rows.length, next_cursor: end < rows.length ? `after:${end}` : null }
  })
  return { fetchPage, calls }
}

describe('useCursorList', () => {
  it('pages forward and back with the cursor stack', async () => {
    const server = fakeServer()
    const list = useCursorList(server.fetchPage, () => {})
    list.pageSize.value = 2
    await list.reload()
    expect(list.items.value).toEqual([1, 2])
    expect(list.total.value).toBe(5)
    expect(list.hasPrevious.value).toBe(false)

    await list.next()
    await list.next()
    expect(list.items.value).toEqual([5])
    expect(list.page.value).toBe(3)
    expect(list.hasNext.value).toBe(false)

    await list.next() // no next page: nothing happens
    expect(list.page.value).toBe(3)

    await list.previous()
    expect(list.items.value).toEqual([3, 4])
    expect(server.calls.at(-1)).toEqual({ limit: 2, cursor: 'after:2' })

    await list.goTo(1)
    expect(list.items.value).toEqual([1, 2])
    expect(server.calls.at(-1)).toEqual({ limit: 2, cursor: undefined })
  })

  it('jumps from a later page back to the first', async () => {
    const server = fakeServer()
    const list = useCursorList(server.fetchPage, () => {})
    list.pageSize.value = 2
    await list.reload()
    await list.next()
    await list.next()
    await list.goTo(1)
    expect(list.page.value).toBe(1)
    expect(list.items.value).toEqual([1, 2])
    await list.next() // the stack starts again from page 1
    expect(list.page.value).toBe(2)
    expect(server.calls.at(-1)).toEqual({ limit: 2, cursor: 'after:2' })
  })

  it('goes back to page 1 when the page size changes', async () => {
    const server = fakeServer()
    const list = useCursorList(server.fetchPage, () => {})
    list.pageSize.value = 2
    await list.reload()
    await list.next()
    await list.setPageSize(50)
    expect(list.page.value).toBe(1)
    expect(list.items.value).toEqual([1, 2, 3, 4, 5])
  })

  it('sorts by a column from page 1 and asks for no order when cleared', async () => {
    const server = fakeServer()
    const list = useCursorList(server.fetchPage, () => {})
    list.pageSize.value = 2
    await list.reload()
    await list.next()
    await list.sortBy({ prop: 'name', order: 'descending' })
    expect(list.page.value).toBe(1)
    expect(server.calls.at(-1)).toEqual({ limit: 2, cursor: undefined, sort: '-name' })
    await list.next()
    expect(server.calls.at(-1)).toEqual({ limit: 2, cursor: 'after:2', sort: '-name' })
    await list.sortBy({ prop: 'name', order: 'ascending' })
    expect(server.calls.at(-1)?.sort).toBe('name')
    await list.sortBy({ prop: 'name', order: null })
    expect(server.calls.at(-1)?.sort).toBeUndefined()
    expect(list.sort.value).toBe('')
  })

  it('reports errors and stays on the page it had', async () => {
    const server = fakeServer()
    const onError = vi.fn()
    const list = useCursorList(server.fetchPage, onError)
    list.pageSize.value = 2
    await list.reload()
    server.fetchPage.mockRejectedValueOnce(new Error('boom'))
    await list.next()
    expect(onError).toHaveBeenCalledOnce()
    expect(list.page.value).toBe(1)
    await list.next()
    expect(list.items.value).toEqual([3, 4])
    expect(list.page.value).toBe(2)
  })
})
