import { ref } from 'vue'
import type { Page, PageQuery } from '@/api/types'
import { useCursorList } from '@/composables/useCursorList'

/** How many pages of the largest size to read looking for one entry. */
const maxPagesSearched = 50

/**
 * A page of a project's ledger that can also find one entry: a flag of the
 * spend audit or a reversal names entries by id, and the list shows the
 * page that holds it with the entry marked. The ledger is read newest
 * first, so an entry is found by paging from the start.
 */
export function useLedger<T extends { id: string }>(fetchPage: (page: PageQuery) => Promise<Page<T>>, onError: (err: unknown) => void) {
  const list = useCursorList<T>(fetchPage, onError)
  list.pageSize.value = 20
  const located = ref<string | null>(null)

  const has = (id: string) => list.items.value.some((e) => e.id === id)

  /** Shows the page holding entry `id` and marks it; false when the ledger has no such entry. */
  async function locate(id: string): Promise<boolean> {
    if (!has(id)) {
      if (!(await list.setPageSize(200))) return false
      for (let n = 0; !has(id) && list.hasNext.value && n < maxPagesSearched; n++) {
        await list.next()
      }
      if (!has(id)) return false
    }
    located.value = id
    return true
  }

  return { ...list, located, locate }
}

export type Ledger<T extends { id: string }> = ReturnType<typeof useLedger<T>>
