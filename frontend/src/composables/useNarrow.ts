import { onBeforeUnmount, ref } from 'vue'

/** Below this width (a phone) the navigation folds into a drawer. */
export const narrowQuery = '(max-width: 767px)'

/** Whether the window is narrow now, following it as it changes. */
export function useNarrow() {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(narrowQuery) : null
  const narrow = ref(query?.matches ?? false)
  const update = (e: MediaQueryListEvent) => {
    narrow.value = e.matches
  }
  query?.addEventListener('change', update)
  onBeforeUnmount(() => query?.removeEventListener('change', update))
  return narrow
}
