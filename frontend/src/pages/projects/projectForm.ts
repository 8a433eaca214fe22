import type { BudgetCategory, OrgCategory } from '@/api/types'
import type { ProjectInput } from '@/api/resources'
import { parseYuan, sumFen, type YuanError } from '@/format/money'

// The new-project form: amounts typed in yuan, sent in fen. The rows of the
// plan are named as the server names their errors ("tranches[1].due_on"),
// so that its answers and the form's own land beside the same fields.

export interface LineRow {
  category: BudgetCategory | ''
  amount: string
}

export interface TrancheRowForm {
  due_on: string
  amount: string
  condition: string
}

export interface IndicatorRowForm {
  name: string
  unit: string
  target: number | null
}

export interface ProjectForm {
  code: string
  title: string
  organization_id: string
  funder_id: string
  funding_cycle_id: string
  category: OrgCategory | ''
  budget: string
  start_on: string
  end_on: string
  description: string
  community_ids: string[]
  budget_lines: LineRow[]
  tranches: TrancheRowForm[]
  indicators: IndicatorRowForm[]
}

export function blankProjectForm(): ProjectForm {
  return {
    code: '',
    title: '',
    organization_id: '',
    funder_id: '',
    funding_cycle_id: '',
    category: '',
    budget: '',
    start_on: '',
    end_on: '',
    description: '',
    community_ids: [],
    budget_lines: [],
    tranches: [],
    indicators: [],
  }
}

/** The form's fields by the names of the request, the rows' included. */
export function projectFormFields(form: ProjectForm): string[] {
  return [
    'code',
    'title',
    'organization_id',
    'funder_id',
    'funding_cycle_id',
    'category',
    'budget_fen',
    'start_on',
    'end_on',
    'description',
    'community_ids',
    'budget_lines',
    'tranches',
    'indicators',
    ...form.budget_lines.flatMap((_, i) => [`budget_lines[${i}].category`, `budget_lines[${i}].amount_fen`]),
    ...form.tranches.flatMap((_, i) => [`tranches[${i}].due_on`, `tranches[${i}].amount_fen`, `tranches[${i}].condition`]),
    ...form.indicators.flatMap((_, i) => [`indicators[${i}].name`, `indicators[${i}].unit`, `indicators[${i}].target`]),
  ]
}

export type ProjectRequest = { ok: true; body: ProjectInput } | { ok: false; errors: Record<string, YuanError> }

/**
 * The request the form makes, or the amounts it could not read, by field.
 * Everything else is sent as typed for the server to judge; tranches are
 * numbered in the order they are listed.
 */
export function projectRequest(form: ProjectForm): ProjectRequest {
  const errors: Record<string, YuanError> = {}
  const fen = (text: string, field: string): number => {
    const read = parseYuan(text)
    if (read.ok) return read.fen
    errors[field] = read.error
    return 0
  }
  const body = {
    code: form.code,
    title: form.title,
    organization_id: form.organization_id,
    category: form.category,
    budget_fen: fen(form.budget, 'budget_fen'),
    start_on: form.start_on,
    end_on: form.end_on,
    community_ids: form.community_ids,
    budget_lines: form.budget_lines.map((l, i) => ({
      category: l.category,
      amount_fen: fen(l.amount, `budget_lines[${i}].amount_fen`),
    })),
    tranches: form.tranches.map((t, i) => ({
      seq: i + 1,
      due_on: t.due_on,
      amount_fen: fen(t.amount, `tranches[${i}].amount_fen`),
      condition: t.condition,
    })),
    indicators: form.indicators.map((x) => ({ name: x.name, unit: x.unit, target: x.target ?? 0 })),
    ...(form.funder_id ? { funder_id: form.funder_id } : {}),
    ...(form.funding_cycle_id ? { funding_cycle_id: form.funding_cycle_id } : {}),
    ...(form.description ? { description: form.description } : {}),
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, body: body as ProjectInput }
}

export interface PlanTotal {
  /** The sum of the rows that read as amounts, in fen. */
  total: bigint
  /** Rows whose amount is not (yet) an amount. */
  unread: number
  /** The budget in fen, or null while it is not an amount. */
  budget: bigint | null
  /** budget - total when both are known. */
  difference: bigint | null
}

/** The running total of amounts typed in rows, against the budget. */
export function planTotal(amounts: readonly string[], budgetText: string): PlanTotal {
  const read = amounts.map((a) => parseYuan(a))
  const total = sumFen(read.flatMap((r) => (r.ok ? [r.fen] : [])))
  const unread = read.filter((r) => !r.ok).length
  const budgetRead = parseYuan(budgetText)
  const budget = budgetRead.ok ? BigInt(budgetRead.fen) : null
  return { total, unread, budget, difference: budget === null ? null : budget - total }
}
