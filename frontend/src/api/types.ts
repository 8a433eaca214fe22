// Shapes of the server's JSON answers (section 2 and 6 of the spec).

export type Role = 'admin' | 'reviewer' | 'incubator' | 'org_staff' | 'funder'

export interface User {
  id: string
  username: string
  display_name: string
  role: Role
  organization_id: string | null
  funder_id: string | null
  disabled: boolean
  created_at: string
  updated_at: string
  version: number
}

/** One page of a list: `items`, the cursor of the next page, and the count of all matches. */
export interface Page<T> {
  items: T[]
  next_cursor: string | null
  total: number
}

export interface PageQuery {
  limit: number
  cursor?: string
}

export type CommunityType =
  | 'commodity_housing'
  | 'shantytown_renovation'
  | 'village_to_residence'
  | 'urban_village'
  | 'old_neighborhood'
  | 'other'

export interface Community {
  id: string
  name: string
  street: string
  district: string
  type: CommunityType
  households: number
  population: number
  created_at: string
  updated_at: string
  version: number
}

export type FunderKind = 'government' | 'street_office' | 'foundation' | 'enterprise' | 'other'

export interface Funder {
  id: string
  name: string
  kind: FunderKind
  department: string
  credit_code: string
  created_at: string
  updated_at: string
  version: number
}

export interface ApiToken {
  id: string
  name: string
  created_at: string
  expires_at: string | null
  last_used_at: string | null
  revoked_at: string | null
}

/** A token as created: the secret itself is in `token`, returned this once. */
export interface CreatedApiToken extends ApiToken {
  token: string
}

export interface AuditEntry {
  id: string
  seq: number
  at: string
  actor_id: string | null
  actor_username: string | null
  action: string
  entity: string
  entity_id: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  request_id: string
  client_ip: string
  hash: string
  prev_hash: string
}

export interface AuditVerification {
  ok: boolean
  checked: number
  first_bad: string | null
  first_bad_seq?: number | null
  /** The server's account of what is wrong with the first bad entry. */
  reason?: string
}

// The organization lifecycle (SPEC 2, 3 and 5.1).

export type Stage = 'applicant' | 'registered' | 'incubating' | 'independent' | 'dormant' | 'dissolved'

export type RegistrationType = 'social_group' | 'social_service_agency' | 'foundation' | 'community_filed' | 'unregistered'

export type OrgCategory =
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

export type MilestoneType =
  | 'intake_assessment'
  | 'registration_support'
  | 'capacity_training'
  | 'venue_support'
  | 'seed_funding'
  | 'governance_established'
  | 'financial_system_established'
  | 'first_project_won'
  | 'independent_office'
  | 'other'

export type TransitionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn'

export interface Organization {
  id: string
  name: string
  credit_code: string | null
  registration_type: RegistrationType
  category: OrgCategory
  community_id: string | null
  is_incubator: boolean
  incubator_id: string | null
  stage: Stage
  stage_since: string
  founded_on: string | null
  contact_name: string
  contact_phone: string
  description: string
  created_at: string
  updated_at: string
  version: number
  /** Names joined in by the server for display. */
  community_name?: string | null
  district?: string | null
  incubator_name?: string | null
  /** The stages a request may ask for now; only on a single organization. */
  allowed_targets?: Stage[]
}

export interface TransitionRequest {
  id: string
  organization_id: string
  from_stage: Stage
  to_stage: Stage
  incubator_id: string | null
  reason: string
  status: TransitionStatus
  requested_by: string
  requested_at: string
  decided_by: string | null
  decided_at: string | null
  decision_note: string
  override: boolean
  /** The readiness checklist kept with a graduation decision. */
  readiness: Readiness | null
  created_at: string
  updated_at: string
  version: number
  organization_name?: string
  incubator_name?: string | null
  requested_by_name?: string
  decided_by_name?: string | null
  /** Days waiting (pending) or days it took to decide. */
  age_days?: number
}

/** A span an organization spent in one stage; `to` is null for the current one. */
export interface StagePeriod {
  stage: Stage
  from: string
  to: string | null
  days: number
  /** The approved request that began it. */
  via?: string
}

export interface Criterion {
  /** e.g. "days_incubating", "milestone:governance_established", "registered". */
  key: string
  met: boolean
  figure: number
  required: number
  /** The server's account of the figure, in English. */
  why: string
}

export interface GraduationCriteria {
  min_days_incubating: number
  required_milestones: MilestoneType[]
  require_registered: boolean
  min_active_staff: number
  min_projects: number
}

export interface GraduationSettings extends GraduationCriteria {
  /** 0 while the defaults have never been changed. */
  version: number
  updated_at: string | null
}

export interface Readiness {
  organization_id: string
  stage: Stage
  ready: boolean
  criteria: Criterion[]
  settings: GraduationCriteria
  computed_at: string
}

export interface Milestone {
  id: string
  organization_id: string
  type: MilestoneType
  achieved_on: string
  hours: number | null
  note: string
  evidence_ref: string
  logged_by: string
  logged_by_name: string
  created_at: string
  updated_at: string
  version: number
}

/** A page of milestones with the organization's total training hours. */
export interface MilestonePage extends Page<Milestone> {
  training_hours: number
}

export interface QuarterOutcome {
  /** e.g. "2025Q3". */
  quarter: string
  entered: number
  graduated: number
  ended: number
}

export interface PipelineReport {
  by_stage: Record<Stage, number>
  incubation: {
    from: string
    to: string
    entered: number
    graduated: number
    ended: number
    median_days_to_graduate: number | null
    by_quarter: QuarterOutcome[]
  }
  stuck: {
    threshold_days: number
    count: number
    items: {
      id: string
      name: string
      incubator_id: string | null
      incubator_name: string | null
      stage_since: string
      days: number
    }[]
  }
  pending: {
    count: number
    median_age_days: number | null
    oldest_age_days: number | null
    items: {
      id: string
      organization_id: string
      organization_name: string
      from_stage: Stage
      to_stage: Stage
      requested_at: string
      age_days: number
    }[]
  }
  survival: {
    hatched: number
    alive: number
    /** alive / hatched, null when nothing hatched. */
    share: number | null
  }
}
