import { computed, ref, shallowRef } from 'vue'
import type { Page, PageQuery } from '@/api/types'
import { CursorStack } from './cursorStack'

export const pageSizes = [10, 20, 50, 100, 200]

/**
 * A server-paged list: the items of the current page, the total, and
 * prev/next over opaque cursors. `fetchPage` reads the filters itself; call
 * `reload()` after a filter changes to go back to page 1.
 */
export function useCursorList<T>(fetchPage: (page: PageQuery) => Promise<Page<T>>, onError: (err: unknown) => void) {
  const stack = new CursorStack()
  const items = shallowRef<T[]>([])
  const total = ref(0)
  const nextCursor = ref<string | null>(null)
  const page = ref(1)
  const pageSize = ref(50)
  const loading = ref(false)
  const sort = ref('')
  let latest = 0

  async function load(): Promise<boolean> {
    const ticket = ++latest
    loading.value = true
    try {
      const answer = await fetchPage({ limit: pageSize.value, cursor: stack.current ?? undefined, sort: sort.value || undefined })
      if (ticket !== latest) return true // a newer request superseded this one
      items.value = answer.items
      total.value = answer.total
      nextCursor.value = answer.next_cursor
      page.value = stack.page
      return true
    } catch (err) {
      if (ticket === latest) onError(err)
      return false
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  async function next(): Promise<void> {
    if (loading.value) return
    if (stack.forward(nextCursor.value) && !(await load())) stack.back()
  }

  async function previous(): Promise<void> {
    if (loading.value) return
    const leaving = stack.current
    if (stack.back() && !(await load())) stack.forward(leaving)
  }

  /** Jumps back to page 1 with the filters kept; on failure stays where it was. */
  async function first(): Promise<void> {
    if (loading.value || page.value === 1) return
    const was = stack.rewind()
    if (!(await load())) stack.restore(was)
  }

  /** Back to page 1 and fetch again (a filter or the page size changed). */
  function reload(): Promise<boolean> {
    stack.reset()
    return load()
  }

  /** Fetch the current page again (after an edit). */
  function refresh(): Promise<boolean> {
    return load()
  }

  function setPageSize(size: number): Promise<boolean> {
    pageSize.value = size
    return reload()
  }

  /**
   * Orders the list by a column, as el-table's sort-change reports it (the
   * column's prop is the server's sort name), and goes back to page 1: a
   * cursor belongs to one order. No order returns to the list's own.
   */
  function sortBy(change: { prop?: string | null; order?: string | null }): Promise<boolean> {
    const { prop, order } = change
    sort.value = prop && order ? (order === 'descending' ? '-' : '') + prop : ''
    return reload()
  }

  /**
   * Follows a page number asked for by the pager: one step either way, or
   * back to page 1. The server's cursors only lead forward from a page seen,
   * so other numbers cannot be reached without fetching every page between.
   */
  function goTo(target: number): Promise<void> {
    if (target === 1) return first()
    if (target === page.value + 1) return next()
    if (target === page.value - 1) return previous()
    return Promise.resolve()
  }

  return {
    items,
    total,
    page,
    pageSize,
    loading,
    sort,
    hasNext: computed(() => nextCursor.value !== null),
    hasPrevious: computed(() => page.value > 1),
    next,
    previous,
    first,
    goTo,
    reload,
    refresh,
    setPageSize,
    sortBy,
  }
}

export type CursorList<T> = ReturnType<typeof useCursorList<T>>
