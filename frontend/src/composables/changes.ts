/**
 * The fields of `edited` whose values differ from `original`, for a PATCH
 * that sends only what changed.
 */
export function changedFields<T extends object, K extends keyof T>(
  edited: Pick<T, K>,
  original: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const changes: Partial<Pick<T, K>> = {}
  for (const key of keys) {
    if (edited[key] !== original[key]) changes[key] = edited[key]
  }
  return changes
}

/** Drops null and undefined values, so that an empty number input is not sent. */
export function withoutEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>
}
