import type { BudgetCategory, OrgCategory, Project } from '@/api/types'
import type { ProjectChanges, ProjectInput } from '@/api/resources'
import { fenToYuanText, parseYuan, sumFen, type YuanError } from '@/format/money'

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

/** A draft as the form shows it, to edit. */
export function projectToForm(p: Project): ProjectForm {
  return {
    code: p.code,
    title: p.title,
    organization_id: p.organization_id,
    funder_id: p.funder_id,
    funding_cycle_id: p.funding_cycle_id ?? '',
    category: p.category,
    budget: fenToYuanText(p.budget_fen),
    start_on: p.start_on,
    end_on: p.end_on,
    description: p.description,
    community_ids: [...(p.community_ids ?? [])],
    budget_lines: (p.budget_lines ?? []).map((l) => ({ category: l.category, amount: fenToYuanText(l.amount_fen) })),
    tranches: [...(p.tranches ?? [])]
      .sort((a, b) => a.seq - b.seq)
      .map((t) => ({ due_on: t.due_on, amount: fenToYuanText(t.amount_fen), condition: t.condition })),
    indicators: (p.indicators ?? []).map((x) => ({ name: x.name, unit: x.unit, target: x.target })),
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

export type ProjectEdit = { ok: true; body: ProjectChanges } | { ok: false; errors: Record<string, YuanError> }

/**
 * What an edit of a draft sends: the fields and the parts of the plan that
 * differ from the draft as stored (a list is sent whole when any of it
 * changed). The funder does not change; a cycle or description emptied is
 * sent as "" to clear it.
 */
export function projectChanges(form: ProjectForm, project: Project): ProjectEdit {
  const edited = projectRequest(form)
  if (!edited.ok) return edited
  const stored = projectRequest(projectToForm(project))
  if (!stored.ok) return stored
  const now = { ...edited.body, funding_cycle_id: form.funding_cycle_id, description: form.description } as Record<string, unknown>
  const before = { ...stored.body, funding_cycle_id: project.funding_cycle_id ?? '', description: project.description } as Record<
    string,
    unknown
  >
  const changes: Record<string, unknown> = {}
  for (const key of Object.keys(now)) {
    if (key === 'funder_id') continue
    if (JSON.stringify(now[key]) !== JSON.stringify(before[key])) changes[key] = now[key]
  }
  return { ok: true, body: changes as ProjectChanges }
}
