// Catalogues kept in several files (the staff pages' own, beside the main
// one) are merged section by section, so that a file may add keys to a
// section the main catalogue opened (nav.turnover).

type Messages = { [key: string]: string | Messages }

function isSection(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null
}

/** `base` with the keys of `extra` added; `extra` wins where both hold a message. */
export function mergeCatalogue<T extends object>(base: T, extra: object): T {
  const out: Messages = { ...(base as Messages) }
  for (const [key, value] of Object.entries(extra as Messages)) {
    const current = out[key]
    out[key] = isSection(current) && isSection(value) ? mergeCatalogue(current, value) : value
  }
  return out as T
}
