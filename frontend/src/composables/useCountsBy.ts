import { computed, ref } from 'vue'
import type { Page, PageQuery } from '@/api/types'

/**
 * Counts per value of one enumeration, each from the `total` of a one-row
 * list filtered by that value, all asked at once.
 */
export function useCountsBy<K extends string>(
  values: readonly K[],
  fetchPage: (value: K, page: PageQuery) => Promise<Page<unknown>>,
) {
  const counts = ref<Partial<Record<K, number>>>({})
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const totals = await Promise.all(values.map((value) => fetchPage(value, { limit: 1 }).then((p) => p.total)))
      counts.value = Object.fromEntries(values.map((value, i) => [value, totals[i]])) as Record<K, number>
    } finally {
      loading.value = false
    }
  }

  const total = computed(() => Object.values<number | undefined>(counts.value).reduce<number>((a, b) => a + (b ?? 0), 0))

  return { counts, total, loading, load }
}
