import type { FundingCycle } from '@/api/types'
import type { FundingCycleChanges, FundingCycleInput } from '@/api/resources'
import { fenToYuanText, parseYuan, type YuanError } from '@/format/money'

// The funding-cycle form: the pool typed in yuan, sent in fen; an edit
// sends only what changed.

export interface CycleForm {
  funder_id: string
  name: string
  year: number | null
  pool: string
  opens_on: string
  closes_on: string
  period_start: string
  period_end: string
}

export const cycleFormFields = ['funder_id', 'name', 'year', 'pool_fen', 'opens_on', 'closes_on', 'period_start', 'period_end']

export function cycleToForm(cycle: FundingCycle | null): CycleForm {
  if (!cycle) {
    return { funder_id: '', name: '', year: new Date().getFullYear(), pool: '', opens_on: '', closes_on: '', period_start: '', period_end: '' }
  }
  const { funder_id, name, year, opens_on, closes_on, period_start, period_end } = cycle
  return { funder_id, name, year, pool: fenToYuanText(cycle.pool_fen), opens_on, closes_on, period_start, period_end }
}

type Read<T> = { ok: true; body: T } | { ok: false; errors: Record<string, YuanError> }

/** The pool in fen: an empty pool is none (0). */
function pool(text: string): { ok: true; fen: number } | { ok: false; error: YuanError } {
  return text.trim() === '' ? { ok: true, fen: 0 } : parseYuan(text)
}

export function cycleRequest(form: CycleForm): Read<FundingCycleInput> {
  const p = pool(form.pool)
  if (!p.ok) return { ok: false, errors: { pool_fen: p.error } }
  const { pool: _, year, funder_id, opens_on, closes_on, period_start, period_end, name } = form
  return {
    ok: true,
    body: {
      ...(funder_id ? { funder_id } : {}),
      name,
      year: year ?? '',
      pool_fen: p.fen,
      opens_on: opens_on ?? '',
      closes_on: closes_on ?? '',
      period_start: period_start ?? '',
      period_end: period_end ?? '',
    },
  }
}

/** The fields of the form that differ from the cycle as stored. */
export function cycleChanges(form: CycleForm, cycle: FundingCycle): Read<FundingCycleChanges> {
  const p = pool(form.pool)
  if (!p.ok) return { ok: false, errors: { pool_fen: p.error } }
  const changes: FundingCycleChanges = {}
  if (form.name !== cycle.name) changes.name = form.name
  if (form.year !== cycle.year) changes.year = form.year ?? ''
  if (p.fen !== cycle.pool_fen) changes.pool_fen = p.fen
  for (const key of ['opens_on', 'closes_on', 'period_start', 'period_end'] as const) {
    if ((form[key] ?? '') !== cycle[key]) changes[key] = form[key] ?? ''
  }
  return { ok: true, body: changes }
}
