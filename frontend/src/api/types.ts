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
