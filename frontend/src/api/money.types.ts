// Written by hand from the Go structs (models/project.go, funding_cycle.go,
// ledger.go, spend_audit.go, portfolio_audit.go, benford.go, funding.go)
// while api/openapi.json does not yet describe the project and money
// routes. Once it does, `npm run gen:api` makes these shapes and this file
// goes: types.ts then names the generated schemas, as it does for the rest.

/** Where a government-purchased service project stands. */
export const ProjectStatus = ['draft', 'contracted', 'active', 'completed', 'terminated'] as const
/** A budget line's category. */
export const BudgetCategory = ['personnel', 'activities', 'materials', 'venue', 'admin', 'other'] as const
/** The verdict of an evaluation. */
export const EvaluationGrade = ['excellent', 'good', 'pass', 'fail'] as const

export type ProjectStatus = (typeof ProjectStatus)[number]
export type BudgetCategory = (typeof BudgetCategory)[number]
export type EvaluationGrade = (typeof EvaluationGrade)[number]

type OrganizationCategory =
  | 'elderly_care'
  | 'child_youth'
  | 'disability'
  | 'community_service'
  | 'culture_sports'
  | 'charity'
  | 'environment'
  | 'education'
  | 'health'
  | 'legal_aid'
  | 'other'

export interface FundingCycleView {
  id: string
  funder_id: string
  name: string
  year: number
  pool_fen: number
  opens_on: string
  closes_on: string
  period_start: string
  period_end: string
  created_at: string
  updated_at: string
  version: number
  funder_name: string
  awarded_fen: number
  projects: number
}

export interface CreateFundingCycleRequest {
  funder_id?: string
  name: string
  year: number
  pool_fen?: number
  opens_on: string
  closes_on: string
  period_start: string
  period_end: string
}

export type UpdateFundingCycleRequest = Partial<Omit<CreateFundingCycleRequest, 'funder_id'>> & { version?: number }

export interface BudgetLine {
  category: BudgetCategory
  amount_fen: number
}

export interface Tranche {
  seq: number
  due_on: string
  amount_fen: number
  condition: string
}

export interface Indicator {
  id: string
  name: string
  unit: string
  target: number
  actual: number | null
  created_at: string
  updated_at: string
  version: number
}

export interface Evaluation {
  grade: EvaluationGrade
  score: number
  evaluated_on: string
  evaluator_id: string
  note: string
  satisfaction_share: number | null
}

export interface ProjectView {
  id: string
  code: string
  title: string
  organization_id: string
  funder_id: string
  funding_cycle_id: string | null
  category: OrganizationCategory
  budget_fen: number
  start_on: string
  end_on: string
  status: ProjectStatus
  status_since: string
  description: string
  created_at: string
  updated_at: string
  version: number
  organization_name: string
  funder_name: string
  disbursed_fen: number
  spent_fen: number
  /** A list row answers null for the plan; a single project answers them. */
  community_ids: string[] | null
  budget_lines: BudgetLine[] | null
  tranches: Tranche[] | null
  indicators: Indicator[] | null
  evaluation: Evaluation | null
  allowed_moves: ProjectStatus[]
}

export interface CreateProjectRequest {
  code: string
  title: string
  organization_id: string
  funder_id?: string
  funding_cycle_id?: string
  category: OrganizationCategory
  budget_fen: number
  start_on: string
  end_on: string
  description?: string
  community_ids: string[]
  budget_lines?: { category: BudgetCategory; amount_fen: number }[]
  tranches?: { seq: number; due_on: string; amount_fen: number; condition?: string }[]
  indicators?: { name: string; unit?: string; target?: number }[]
}

export interface EvaluateProjectRequest {
  grade: EvaluationGrade
  score: number
  evaluated_on?: string
  note?: string
  satisfaction_share?: number | null
}

export interface RecordDisbursementRequest {
  tranche_seq?: number
  paid_on: string
  amount_fen: number
  reference?: string
}

export interface RecordExpenditureRequest {
  budget_category: BudgetCategory
  amount_fen: number
  spent_on: string
  payee?: string
  voucher_no?: string
  description?: string
}

export interface Disbursement {
  id: string
  project_id: string
  tranche_seq: number | null
  paid_on: string
  amount_fen: number
  reference: string
  recorded_by: string
  reverses_id: string | null
  reversal_reason: string
  created_at: string
  reversed_by: string | null
}

export interface Expenditure {
  id: string
  project_id: string
  budget_category: BudgetCategory
  amount_fen: number
  spent_on: string
  payee: string
  voucher_no: string
  description: string
  recorded_by: string
  reverses_id: string | null
  reversal_reason: string
  created_at: string
  reversed_by: string | null
}

export interface AuditLine {
  category: BudgetCategory
  budget_fen: number
  spent_fen: number
  remaining_fen: number
  spent_share: number | null
}

export interface AuditFlag {
  code: string
  project_id: string
  detail: string
  entry_ids: string[]
}

export interface SpendAudit {
  project_id: string
  code: string
  title: string
  status: ProjectStatus
  budget_fen: number
  spent_fen: number
  disbursed_fen: number
  time_elapsed_share: number
  spent_share: number
  lines: AuditLine[]
  flags: AuditFlag[]
}

export interface BenfordDigit {
  digit: number
  count: number
  observed: number
  expected: number
}

export interface Benford {
  n: number
  digits: BenfordDigit[]
  chi_square: number
  mad: number
  chi_square_critical: number
  conformity: string
  conclusion: string
  thresholds: { close: number; acceptable: number; marginal: number; chi_square_05: number }
}

export interface PortfolioAudit {
  funder_id: string
  projects: number
  budget_fen: number
  disbursed_fen: number
  spent_fen: number
  by_status: Record<string, number>
  flags_by_code: Record<string, number>
  audits: SpendAudit[]
  expenditures: number
  benford: Benford | null
}

export interface FunderShare {
  funder_id: string
  funder_name: string
  awarded_fen: number
  share: number
}

export interface FundingPeriod {
  project_id: string
  code: string
  funder_id: string
  start_on: string
  end_on: string
  status: ProjectStatus
  budget_fen: number
  funder_name: string
}

export interface FundingContinuity {
  organization_id: string
  organization_name: string
  projects: number
  awarded_fen: number
  funders: FunderShare[]
  largest_funder_share: number | null
  hhi: number | null
  gaps_days: number[]
  periods: FundingPeriod[]
  funded_until: string | null
  funding_cliff: boolean
}

export interface CycleAward {
  funding_cycle_id: string
  name: string
  funder_id: string
  year: number
  pool_fen: number
  awarded_fen: number
  awarded_share: number | null
}

export interface FundingReport {
  organizations: FundingContinuity[]
  organization_count: number
  cliff_count: number
  single_funder_count: number
  cycles: CycleAward[]
}

export interface ProjectListQuery {
  q?: string
  status?: ProjectStatus
  funder_id?: string
  organization_id?: string
  funding_cycle_id?: string
  community_id?: string
  district?: string
  year?: number
}
