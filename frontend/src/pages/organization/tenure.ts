// How long someone has worked (or worked) somewhere, for the roster: whole
// months between joining and leaving (today for those still there).

export interface Tenure {
  years: number
  months: number
  /** Days, for stays under a month. */
  days: number
}

function parse(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

/** From `joined` ("YYYY-MM-DD") to `until` (the day they left, or today). */
export function tenure(joined: string, until: string): Tenure {
  const a = parse(joined)
  const b = parse(until)
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth())
  if (b.getUTCDate() < a.getUTCDate()) months--
  months = Math.max(0, months)
  const days = Math.max(0, Math.round((b.getTime() - a.getTime()) / 86_400_000))
  return { years: Math.floor(months / 12), months: months % 12, days }
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** "2 年 3 个月", "5 个月" or "12 天". */
export function tenureLabel(value: Tenure, t: Translate): string {
  if (value.years > 0) return t('staff.tenureYears', { years: value.years, months: value.months })
  if (value.months > 0) return t('staff.tenureMonths', { months: value.months })
  return t('staff.tenureDays', { days: value.days })
}
