// Typed calls for each resource the app uses, all through http in client.ts.
import { http } from './client'
import type {
  ApiToken,
  AuditEntry,
  AuditVerification,
  Community,
  CommunityType,
  CreatedApiToken,
  Funder,
  FunderKind,
  GraduationCriteria,
  GraduationSettings,
  Milestone,
  MilestonePage,
  MilestoneType,
  OrgCategory,
  Organization,
  Page,
  PageQuery,
  PipelineReport,
  Readiness,
  RegistrationType,
  Role,
  Stage,
  StagePeriod,
  TransitionRequest,
  TransitionStatus,
  User,
} from './types'

const seg = encodeURIComponent

export const authApi = {
  login: (username: string, password: string) =>
    http.post<User>('/auth/login', { username, password }, { redirectOn401: false }),
  logout: () => http.post<void>('/auth/logout', {}, { redirectOn401: false }),
  me: () => http.get<User>('/auth/me', { redirectOn401: false }),
}

export interface CommunityFilter {
  q?: string
  district?: string
  street?: string
  type?: CommunityType | ''
}

export type CommunityInput = Partial<Pick<Community, 'name' | 'street' | 'district' | 'type' | 'households' | 'population'>>

export const communitiesApi = {
  list: (filter: CommunityFilter, page: PageQuery) =>
    http.get<Page<Community>>('/communities', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<Community>(`/communities/${seg(id)}`),
  create: (input: CommunityInput) => http.post<Community>('/communities', input),
  update: (id: string, version: number, changes: CommunityInput) =>
    http.patch<Community>(`/communities/${seg(id)}`, { version, ...changes }),
}

export interface FunderFilter {
  q?: string
  kind?: FunderKind | ''
}

export type FunderInput = Partial<Pick<Funder, 'name' | 'kind' | 'department' | 'credit_code'>>

export const fundersApi = {
  list: (filter: FunderFilter, page: PageQuery) =>
    http.get<Page<Funder>>('/funders', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<Funder>(`/funders/${seg(id)}`),
  create: (input: FunderInput) => http.post<Funder>('/funders', input),
  update: (id: string, version: number, changes: FunderInput) =>
    http.patch<Funder>(`/funders/${seg(id)}`, { version, ...changes }),
}

export interface UserFilter {
  q?: string
  role?: Role | ''
}

export interface UserCreateInput {
  username: string
  password: string
  role: Role | ''
  display_name: string
  organization_id?: string
  funder_id?: string
}

export interface UserChanges {
  display_name?: string
  role?: Role
  disabled?: boolean
  password?: string
  /** "" unbinds. */
  organization_id?: string
  /** "" unbinds. */
  funder_id?: string
}

export const usersApi = {
  list: (filter: UserFilter, page: PageQuery) =>
    http.get<Page<User>>('/users', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<User>(`/users/${seg(id)}`),
  create: (input: UserCreateInput) => http.post<User>('/users', input),
  update: (id: string, version: number, changes: UserChanges) =>
    http.patch<User>(`/users/${seg(id)}`, { version, ...changes }),
}

export const tokensApi = {
  /** The caller's own tokens; accepts a list page or a bare array. */
  list: async (): Promise<ApiToken[]> => {
    const answer = await http.get<Page<ApiToken> | ApiToken[]>('/tokens', { query: { limit: 200 } })
    return Array.isArray(answer) ? answer : answer.items
  },
  create: (name: string, expiresInDays: number | null) =>
    http.post<CreatedApiToken>('/tokens', expiresInDays ? { name, expires_in_days: expiresInDays } : { name }),
  revoke: (id: string) => http.del(`/tokens/${seg(id)}`),
}

export interface AuditFilter {
  entity?: string
  entity_id?: string
  actor_id?: string
  action?: string
}

export const auditApi = {
  list: (filter: AuditFilter, page: PageQuery) =>
    http.get<Page<AuditEntry>>('/audit', { query: { ...filter, ...page } }),
  verify: () => http.get<AuditVerification>('/audit/verify'),
}

export interface OrganizationFilter {
  q?: string
  stage?: Stage | ''
  category?: OrgCategory | ''
  registration_type?: RegistrationType | ''
  district?: string
  community_id?: string
  incubator_id?: string
  /** "true" or "false"; empty for both. */
  is_incubator?: string
}

export interface OrganizationInput {
  name?: string
  credit_code?: string
  registration_type?: RegistrationType | ''
  category?: OrgCategory | ''
  /** "" clears it on an update. */
  community_id?: string
  is_incubator?: boolean
  /** "" clears it on an update. */
  founded_on?: string
  contact_name?: string
  contact_phone?: string
  description?: string
}

export interface TransitionInput {
  to_stage: Stage | ''
  reason: string
  incubator_id?: string
}

export interface MilestoneInput {
  type: MilestoneType | ''
  achieved_on: string
  hours?: number
  note: string
  evidence_ref: string
}

export const organizationsApi = {
  list: (filter: OrganizationFilter, page: PageQuery) =>
    http.get<Page<Organization>>('/organizations', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<Organization>(`/organizations/${seg(id)}`),
  create: (input: OrganizationInput) => http.post<Organization>('/organizations', input),
  update: (id: string, version: number, changes: OrganizationInput) =>
    http.patch<Organization>(`/organizations/${seg(id)}`, { version, ...changes }),
  timeline: async (id: string): Promise<StagePeriod[]> =>
    (await http.get<{ items: StagePeriod[] }>(`/organizations/${seg(id)}/timeline`)).items,
  readiness: (id: string) => http.get<Readiness>(`/organizations/${seg(id)}/readiness`),
  transitions: (id: string, page: PageQuery) =>
    http.get<Page<TransitionRequest>>(`/organizations/${seg(id)}/transitions`, { query: { ...page } }),
  requestTransition: (id: string, input: TransitionInput) =>
    http.post<TransitionRequest>(`/organizations/${seg(id)}/transitions`, input),
  milestones: (id: string, page: PageQuery) =>
    http.get<MilestonePage>(`/organizations/${seg(id)}/milestones`, { query: { ...page } }),
  logMilestone: (id: string, input: MilestoneInput) =>
    http.post<Milestone>(`/organizations/${seg(id)}/milestones`, input),
}

export interface TransitionFilter {
  status?: TransitionStatus | ''
  to_stage?: Stage | ''
  district?: string
  organization_id?: string
  incubator_id?: string
}

export const transitionsApi = {
  list: (filter: TransitionFilter, page: PageQuery) =>
    http.get<Page<TransitionRequest>>('/transitions', { query: { ...filter, ...page } }),
  approve: (id: string, note: string, override: boolean) =>
    http.post<TransitionRequest>(`/transitions/${seg(id)}/approve`, override ? { note, override } : { note }),
  reject: (id: string, note: string) => http.post<TransitionRequest>(`/transitions/${seg(id)}/reject`, { note }),
  withdraw: (id: string) => http.post<TransitionRequest>(`/transitions/${seg(id)}/withdraw`),
}

export const settingsApi = {
  graduation: () => http.get<GraduationSettings>('/settings/graduation'),
  /** Replaces the criteria; 409 when `version` is no longer current. */
  setGraduation: (version: number, criteria: GraduationCriteria) =>
    http.put<GraduationSettings>('/settings/graduation', { version, ...criteria }),
}

export interface PipelineFilter {
  district?: string
  category?: OrgCategory | ''
  incubator_id?: string
  from?: string
  to?: string
}

export const reportsApi = {
  pipeline: (filter: PipelineFilter) => http.get<PipelineReport>('/reports/pipeline', { query: { ...filter } }),
}
