import { onBeforeUnmount, reactive, watch, type UnwrapNestedRefs } from 'vue'

/**
 * List filters that call `onChange` shortly after the user stops typing, so
 * that a list goes back to page 1 with the new filters. `reset` restores the
 * initial values.
 */
export function useFilters<F extends Record<string, string>>(initial: F, onChange: () => void, delayMs = 300) {
  const filters = reactive({ ...initial }) as UnwrapNestedRefs<F>
  let timer: ReturnType<typeof setTimeout> | undefined

  watch(
    () => ({ ...filters }),
    () => {
      clearTimeout(timer)
      timer = setTimeout(onChange, delayMs)
    },
  )

  onBeforeUnmount(() => clearTimeout(timer))

  function reset(): void {
    Object.assign(filters, initial)
  }

  /** Apply now, as on Enter. */
  function applyNow(): void {
    clearTimeout(timer)
    onChange()
  }

  return { filters, reset, applyNow }
}
