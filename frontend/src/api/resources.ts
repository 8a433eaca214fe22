// Typed calls for each resource the app uses, all through http in client.ts.
import { downloadFile, fileUrl, http, type QueryValue } from './client'
import type { ProjectExportFormat } from './enums.gen'
import type {
  ApiToken,
  AuditEntry,
  AuditVerification,
  Changes,
  Community,
  CreatedApiToken,
  Disbursement,
  Expenditure,
  FundingContinuity,
  FundingCycle,
  FundingReport,
  Indicator,
  PortfolioAudit,
  Project,
  ProjectStatus,
  SpendAudit,
  Funder,
  GraduationCriteria,
  GraduationSettings,
  ListQuery,
  Milestone,
  MilestonePage,
  OpenDataSettings,
  OrEmpty,
  Organization,
  OrganizationView,
  Page,
  PageQuery,
  PipelineReport,
  Readiness,
  RequestBody,
  Role,
  SecondFactorSettings,
  SignedInUser,
  TOTPEnrolment,
  Session,
  StagePeriod,
  StaffMember,
  TrainingSettings,
  TurnoverReport,
  TransitionRequest,
  TransitionView,
  User,
  PasswordSettings,
  UserListItem,
} from './types'

const seg = encodeURIComponent

export const authApi = {
  /** totp: a code from the authenticator app or a recovery code, for users with two-step verification. */
  login: (username: string, password: string, totp?: string) =>
    http.post<SignedInUser>('/auth/login', totp ? { username, password, totp } : { username, password }, { redirectOn401: false }),
  logout: () => http.post<void>('/auth/logout', {}, { redirectOn401: false }),
  me: () => http.get<SignedInUser>('/auth/me', { redirectOn401: false }),
}

export type PasswordChange = RequestBody<'changePassword'>

export const accountApi = {
  changePassword: (body: PasswordChange) => http.post<void>('/auth/password', body),
  /** The caller's live sessions (the first 200). */
  sessions: async (): Promise<Session[]> =>
    (await http.get<Page<Session>>('/auth/sessions', { query: { limit: 200 } })).items,
  endSession: (id: string) => http.del(`/auth/sessions/${seg(id)}`),
  /** Starts two-step verification: a new pending secret with its QR code. */
  enrolTotp: () => http.post<TOTPEnrolment>('/auth/totp/enroll'),
  /** Turns it on with a current code; answers the ten recovery codes, once. */
  confirmTotp: (code: string) => http.post<{ recovery_codes: string[] }>('/auth/totp/confirm', { code }),
  disableTotp: (password: string) => http.del('/auth/totp', { body: { password } }),
}

export type CommunityFilter = OrEmpty<ListQuery<'listCommunities'>>
export type CommunityInput = OrEmpty<RequestBody<'createCommunity'>>
export type CommunityChanges = Changes<'updateCommunity'>

export const communitiesApi = {
  list: (filter: CommunityFilter, page: PageQuery) =>
    http.get<Page<Community>>('/communities', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<Community>(`/communities/${seg(id)}`),
  create: (input: CommunityInput) => http.post<Community>('/communities', input),
  update: (id: string, version: number, changes: CommunityChanges) =>
    http.patch<Community>(`/communities/${seg(id)}`, { version, ...changes }),
}

export type FunderFilter = OrEmpty<ListQuery<'listFunders'>>
export type FunderInput = OrEmpty<RequestBody<'createFunder'>>
export type FunderChanges = Changes<'updateFunder'>

export const fundersApi = {
  list: (filter: FunderFilter, page: PageQuery) =>
    http.get<Page<Funder>>('/funders', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<Funder>(`/funders/${seg(id)}`),
  create: (input: FunderInput) => http.post<Funder>('/funders', input),
  update: (id: string, version: number, changes: FunderChanges) =>
    http.patch<Funder>(`/funders/${seg(id)}`, { version, ...changes }),
}

export type UserFilter = OrEmpty<ListQuery<'listUsers'>>
export type UserCreateInput = OrEmpty<RequestBody<'createUser'>>
/** An organization_id or funder_id of "" unbinds. */
export type UserChanges = Changes<'updateUser'>

export const usersApi = {
  list: (filter: UserFilter, page: PageQuery) =>
    http.get<Page<UserListItem>>('/users', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<User>(`/users/${seg(id)}`),
  create: (input: UserCreateInput) => http.post<User>('/users', input),
  update: (id: string, version: number, changes: UserChanges) =>
    http.patch<User>(`/users/${seg(id)}`, { version, ...changes }),
  /** Turns another user's two-step verification off (a lost phone). */
  resetTotp: (id: string) => http.del(`/users/${seg(id)}/totp`),
}

export const tokensApi = {
  /** The caller's own tokens (the first 200). */
  list: async (): Promise<ApiToken[]> =>
    (await http.get<Page<ApiToken>>('/tokens', { query: { limit: 200 } })).items,
  create: (name: string, expiresInDays: number | null) => {
    const body: RequestBody<'createToken'> = expiresInDays ? { name, expires_in_days: expiresInDays } : { name }
    return http.post<CreatedApiToken>('/tokens', body)
  },
  revoke: (id: string) => http.del(`/tokens/${seg(id)}`),
}

export type AuditFilter = OrEmpty<ListQuery<'listAudit'>>

export const auditApi = {
  list: (filter: AuditFilter, page: PageQuery) =>
    http.get<Page<AuditEntry>>('/audit', { query: { ...filter, ...page } }),
  verify: () => http.get<AuditVerification>('/audit/verify'),
}

export type OrganizationFilter = OrEmpty<ListQuery<'listOrganizations'>>
export type OrganizationInput = OrEmpty<RequestBody<'createOrganization'>>
/** A credit_code, community_id or founded_on of "" clears it. */
export type OrganizationChanges = Changes<'updateOrganization'>
export type TransitionInput = OrEmpty<RequestBody<'requestTransition'>>
export type MilestoneInput = OrEmpty<RequestBody<'logMilestone'>>

export const organizationsApi = {
  list: (filter: OrganizationFilter, page: PageQuery) =>
    http.get<Page<OrganizationView>>('/organizations', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<OrganizationView>(`/organizations/${seg(id)}`),
  create: (input: OrganizationInput) => http.post<Organization>('/organizations', input),
  update: (id: string, version: number, changes: OrganizationChanges) =>
    http.patch<OrganizationView>(`/organizations/${seg(id)}`, { version, ...changes }),
  timeline: async (id: string): Promise<StagePeriod[]> =>
    (await http.get<{ items: StagePeriod[] }>(`/organizations/${seg(id)}/timeline`)).items,
  readiness: (id: string) => http.get<Readiness>(`/organizations/${seg(id)}/readiness`),
  transitions: (id: string, page: PageQuery) =>
    http.get<Page<TransitionView>>(`/organizations/${seg(id)}/transitions`, { query: { ...page } }),
  requestTransition: (id: string, input: TransitionInput) =>
    http.post<TransitionRequest>(`/organizations/${seg(id)}/transitions`, input),
  milestones: (id: string, page: PageQuery) =>
    http.get<MilestonePage>(`/organizations/${seg(id)}/milestones`, { query: { ...page } }),
  logMilestone: (id: string, input: MilestoneInput) =>
    http.post<Milestone>(`/organizations/${seg(id)}/milestones`, input),
}

export type TransitionFilter = OrEmpty<ListQuery<'listTransitions'>>

export const transitionsApi = {
  list: (filter: TransitionFilter, page: PageQuery) =>
    http.get<Page<TransitionView>>('/transitions', { query: { ...filter, ...page } }),
  approve: (id: string, note: string, override: boolean) =>
    http.post<TransitionRequest>(`/transitions/${seg(id)}/approve`, override ? { note, override } : { note }),
  reject: (id: string, note: string) => http.post<TransitionRequest>(`/transitions/${seg(id)}/reject`, { note }),
  withdraw: (id: string) => http.post<TransitionRequest>(`/transitions/${seg(id)}/withdraw`),
}

/** Every field is replaced: an empty one clears it. */
export type OpenDataInput = Omit<RequestBody<'setOpenDataSettings'>, 'version'>

export const settingsApi = {
  openData: () => http.get<OpenDataSettings>('/settings/open-data'),
  /** Replaces the open data settings; 409 when `version` is no longer current. */
  setOpenData: (version: number, input: OpenDataInput) =>
    http.put<OpenDataSettings>('/settings/open-data', { version, ...input }),
  graduation: () => http.get<GraduationSettings>('/settings/graduation'),
  /** Replaces the criteria; 409 when `version` is no longer current. */
  setGraduation: (version: number, criteria: GraduationCriteria) =>
    http.put<GraduationSettings>('/settings/graduation', { version, ...criteria }),
  training: () => http.get<TrainingSettings>('/settings/training'),
  secondFactor: () => http.get<SecondFactorSettings>('/settings/second-factor'),
  /** Replaces which roles need two-step verification; 409 when `version` is no longer current. */
  setSecondFactor: (version: number, requiredRoles: Role[]) =>
    http.put<SecondFactorSettings>('/settings/second-factor', { version, required_roles: requiredRoles }),
  /** Replaces the yearly training target; 409 when `version` is no longer current. */
  setTraining: (version: number, hoursPerYear: number) =>
    http.put<TrainingSettings>('/settings/training', { version, hours_per_year: hoursPerYear }),
  passwords: () => http.get<PasswordSettings>('/settings/passwords'),
  /** Sets the maximum password age in days (0: none); 409 when `version` is no longer current. */
  setPasswords: (version: number, maxAgeDays: number) =>
    http.put<PasswordSettings>('/settings/passwords', { version, max_age_days: maxAgeDays }),
}

export type PipelineFilter = OrEmpty<ListQuery<'pipelineReport'>>

export type TurnoverFilter = OrEmpty<ListQuery<'turnoverReport'>>

export const reportsApi = {
  pipeline: (filter: PipelineFilter) => http.get<PipelineReport>('/reports/pipeline', { query: { ...filter } }),
  turnover: (filter: TurnoverFilter) => http.get<TurnoverReport>('/reports/turnover', { query: { ...filter } }),
}

export type StaffFilter = OrEmpty<ListQuery<'listStaff'>>
export type StaffInput = OrEmpty<RequestBody<'addStaffMember'>>
/** A left_on and leave_reason of "" together undo a departure. */
export type StaffChanges = Changes<'updateStaffMember'>

export const staffApi = {
  list: (orgId: string, filter: StaffFilter, page: PageQuery) =>
    http.get<Page<StaffMember>>(`/organizations/${seg(orgId)}/staff`, { query: { ...filter, ...page } }),
  add: (orgId: string, input: StaffInput) => http.post<StaffMember>(`/organizations/${seg(orgId)}/staff`, input),
  get: (id: string) => http.get<StaffMember>(`/staff/${seg(id)}`),
  update: (id: string, version: number, changes: StaffChanges) =>
    http.patch<StaffMember>(`/staff/${seg(id)}`, { version, ...changes }),
}

export type FundingCycleFilter = OrEmpty<ListQuery<'listFundingCycles'>>
export type FundingCycleInput = OrEmpty<RequestBody<'createFundingCycle'>>
export type FundingCycleChanges = Changes<'updateFundingCycle'>

export const fundingCyclesApi = {
  list: (filter: FundingCycleFilter, page: PageQuery) =>
    http.get<Page<FundingCycle>>('/funding-cycles', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<FundingCycle>(`/funding-cycles/${seg(id)}`),
  create: (input: FundingCycleInput) => http.post<FundingCycle>('/funding-cycles', input),
  update: (id: string, version: number, changes: FundingCycleChanges) =>
    http.patch<FundingCycle>(`/funding-cycles/${seg(id)}`, { version, ...changes }),
}

export type ProjectFilter = OrEmpty<ListQuery<'listProjects'>>
export type ProjectInput = RequestBody<'createProject'>
export type ProjectChanges = Changes<'updateProject'>
export type EvaluationInput = RequestBody<'evaluateProject'>
export type DisbursementInput = RequestBody<'recordDisbursement'>
export type ExpenditureInput = RequestBody<'recordExpenditure'>

/** A money POST carries its Idempotency-Key (SPEC 4.2). */
const keyed = (key: string) => ({ headers: { 'Idempotency-Key': key } })

export const projectsApi = {
  list: (filter: ProjectFilter, page: PageQuery) =>
    http.get<Page<Project>>('/projects', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<Project>(`/projects/${seg(id)}`),
  create: (input: ProjectInput) => http.post<Project>('/projects', input),
  /** Edits a draft: its fields and plan, with the version it was read at. */
  update: (id: string, version: number, changes: ProjectChanges) =>
    http.patch<Project>(`/projects/${seg(id)}`, { version, ...changes }),
  /** Moves the project to one of its allowed_moves. */
  move: (id: string, to: ProjectStatus) => http.post<Project>(`/projects/${seg(id)}/status`, { to }),
  evaluate: (id: string, input: EvaluationInput) => http.post<Project>(`/projects/${seg(id)}/evaluation`, input),
  setIndicatorActual: (id: string, indicator: Indicator, actual: number | null) =>
    http.patch<Indicator>(`/projects/${seg(id)}/indicators/${seg(indicator.id)}`, { version: indicator.version, actual }),
  spendAudit: (id: string) => http.get<SpendAudit>(`/projects/${seg(id)}/spend-audit`),
}

export const ledgerApi = {
  disbursements: (projectId: string, page: PageQuery) =>
    http.get<Page<Disbursement>>(`/projects/${seg(projectId)}/disbursements`, { query: { ...page } }),
  expenditures: (projectId: string, page: PageQuery, budgetCategory = '') =>
    http.get<Page<Expenditure>>(`/projects/${seg(projectId)}/expenditures`, {
      query: { budget_category: budgetCategory, ...page },
    }),
  recordDisbursement: (projectId: string, input: DisbursementInput, key: string) =>
    http.post<Disbursement>(`/projects/${seg(projectId)}/disbursements`, input, keyed(key)),
  recordExpenditure: (projectId: string, input: ExpenditureInput, key: string) =>
    http.post<Expenditure>(`/projects/${seg(projectId)}/expenditures`, input, keyed(key)),
  reverseDisbursement: (id: string, reason: string, key: string) =>
    http.post<Disbursement>(`/disbursements/${seg(id)}/reverse`, { reason }, keyed(key)),
  reverseExpenditure: (id: string, reason: string, key: string) =>
    http.post<Expenditure>(`/expenditures/${seg(id)}/reverse`, { reason }, keyed(key)),
}

export const moneyReportsApi = {
  /** SPEC 5.3 across a funder's projects; a funder's users may leave the funder out. */
  /** A funder's portfolio audit: its figures, and the audits raising flag (any, or a code), one page of them. */
  portfolio: (funderId: string, audits: { flag: string; limit: number; offset?: number }) =>
    http.get<PortfolioAudit>('/reports/spend-audit', { query: { funder_id: funderId, ...audits } }),
  /** SPEC 5.2 across the contractors of a funder (the 100 most at risk). */
  funding: (funderId: string) => http.get<FundingReport>('/reports/funding', { query: { funder_id: funderId } }),
  organizationFunding: (orgId: string) => http.get<FundingContinuity>(`/organizations/${seg(orgId)}/funding`),
}

/**
 * The formats a list or report answers as a whole file: CSV and XLSX
 * everywhere, the open data formats on the projects list.
 */
export type ExportFileFormat = Exclude<(typeof ProjectExportFormat)[number], 'json'>

/** Paging is the list's own business: an export is always the whole filtered set. */
const pagingKeys = new Set(['limit', 'cursor'])

/** The query of an export: the list's filters without paging, the format and the language of the headers. */
export function exportQuery(
  filters: Record<string, QueryValue>,
  format: ExportFileFormat,
  lang: string,
): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (!pagingKeys.has(key)) query[key] = value
  }
  return { ...query, format, lang }
}

export const exportsApi = {
  /** The address of an export, for the browser to stream to disk itself (CSV). */
  url: (path: string, filters: Record<string, QueryValue>, format: ExportFileFormat, lang: string) =>
    fileUrl(path, exportQuery(filters, format, lang)),
  /** Fetches an export (XLSX, open data) so that a refusal can be shown. */
  fetch: (path: string, filters: Record<string, QueryValue>, format: ExportFileFormat, lang: string) =>
    downloadFile(path, exportQuery(filters, format, lang)),
  /** One project as an OCDS release package. */
  projectOcds: (id: string) => downloadFile(`/projects/${seg(id)}/ocds`),
}
