// Display of the server's RFC 3339 UTC times in the reader's local time.

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** "2025-03-01 14:05" in local time; "" for no value, the input itself if unreadable. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Like formatDateTime with seconds, for the audit trail. */
export function formatDateTimeSeconds(value: string | null | undefined): string {
  const base = formatDateTime(value)
  if (!base || !value) return base
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? base : `${base}:${pad(d.getSeconds())}`
}

/** Whole numbers with grouping, e.g. 12,345 (households, population). */
export function formatCount(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
}

/** "2025-03-02": the local day of a time, or a "YYYY-MM-DD" date as it is. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** A figure with at most `digits` decimals (training hours, median days). */
export function formatDecimal(value: number | null | undefined, locale: string, digits = 1): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)
}

/** A share from 0 to 1 as a percentage, e.g. 0.425 as "42.5%". */
export function formatShare(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value)
}

/** Today's local date as "YYYY-MM-DD", the default of date fields. */
export function todayISO(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
