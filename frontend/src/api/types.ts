// The server's JSON shapes under the names the app uses. Every shape comes
// from the OpenAPI document through openapi.gen.ts (`npm run gen:api`); only
// PageQuery and the helpers at the end are the app's own.
import type { components, operations } from './openapi.gen'

type Schemas = components['schemas']

export type Role = Schemas['Role']
export type Stage = Schemas['Stage']
export type CommunityType = Schemas['CommunityType']
export type FunderKind = Schemas['FunderKind']
export type RegistrationType = Schemas['RegistrationType']
export type OrgCategory = Schemas['OrganizationCategory']
export type MilestoneType = Schemas['MilestoneType']
export type TransitionStatus = Schemas['TransitionStatus']

export type User = Schemas['User']
/** The signed-in user, as sign-in and /auth/me answer it: whether the password has expired and whether two-step verification must be set up first. */
export type SignedInUser = Schemas['SignedInUser']
export type PasswordSettings = Schemas['PasswordSettings']
/** A pending two-step verification secret, shown once. */
export type TOTPEnrolment = Schemas['TOTPEnrolment']
/** A user with the names of what it is bound to, as the user list answers it. */
export type UserListItem = Schemas['UserListItem']
export type Community = Schemas['Community']
export type Funder = Schemas['Funder']
export type ApiToken = Schemas['APIToken']
/** A token as created: the secret itself is in `token`, returned this once. */
export type CreatedApiToken = Schemas['NewAPIToken']
/** A live sign-in of the caller, never its token; `current` marks the one asking. */
export type Session = Schemas['Session']
export type AuditEntry = Schemas['AuditEntry']
export type AuditVerification = Schemas['AuditVerification']

/** An organization as stored (the answer to a create). */
export type Organization = Schemas['Organization']
/** An organization with the names joined in for display, and on a single read the stages a request may ask for now. */
export type OrganizationView = Schemas['OrganizationView']
/** A request as stored (the answer to a request or a decision). */
export type TransitionRequest = Schemas['TransitionRequest']
/** A request with the names and age a list shows. */
export type TransitionView = Schemas['TransitionView']
export type StagePeriod = Schemas['StagePeriod']
export type Milestone = Schemas['Milestone']
/** A page of milestones with the organization's total training hours. */
export type MilestonePage = Schemas['MilestoneList']
export type Criterion = Schemas['Criterion']
export type GraduationCriteria = Schemas['GraduationCriteria']
export type GraduationSettings = Schemas['GraduationSettings']
export type Readiness = Schemas['GraduationReadiness']
export type QuarterOutcome = Schemas['QuarterOutcome']
export type PipelineReport = Schemas['PipelineReport']

export type ProjectStatus = Schemas['ProjectStatus']
export type BudgetCategory = Schemas['BudgetCategory']
export type EvaluationGrade = Schemas['EvaluationGrade']
/** A funding cycle with its funder's name and what it awarded. */
export type FundingCycle = Schemas['FundingCycleView']
/** A project with its names and ledger totals; a single read adds its plan and the moves allowed now. */
export type Project = Schemas['ProjectView']
export type BudgetLine = Schemas['BudgetLine']
export type Tranche = Schemas['Tranche']
export type Indicator = Schemas['Indicator']
export type Evaluation = Schemas['Evaluation']
export type Disbursement = Schemas['Disbursement']
export type Expenditure = Schemas['Expenditure']
export type AuditLine = Schemas['AuditLine']
export type AuditFlag = Schemas['AuditFlag']
export type SpendAudit = Schemas['SpendAudit']
export type Benford = Schemas['Benford']
export type BenfordDigit = Schemas['BenfordDigit']
export type PortfolioAudit = Schemas['PortfolioAudit']
export type FunderShare = Schemas['FunderShare']
export type FundingPeriod = Schemas['FundingPeriod']
export type FundingContinuity = Schemas['FundingContinuity']
export type CycleAward = Schemas['CycleAward']
export type FundingReport = Schemas['FundingReport']

export type EmploymentType = Schemas['EmploymentType']
export type Qualification = Schemas['Qualification']
export type Education = Schemas['Education']
export type LeaveReason = Schemas['LeaveReason']
export type TurnoverGrouping = Schemas['TurnoverGrouping']
/** One period of someone's work for an organization; the phone as the caller may see it. */
export type StaffMember = Schemas['StaffMember']
export type TurnoverGroup = Schemas['TurnoverGroup']
export type TurnoverTrend = Schemas['TurnoverTrend']
export type TurnoverReport = Schemas['TurnoverReport']
export type TrainingSettings = Schemas['TrainingSettings']
export type SecondFactorSettings = Schemas['SecondFactorSettings']
export type OpenDataSettings = Schemas['OpenDataSettings']

/**
 * One page of a list: `items`, the cursor of the next page, and the count of
 * all matches. Every list in the document has this shape around its own items.
 */
export type Page<T> = Omit<Schemas['CommunityList'], 'items'> & { items: T[] }

export interface PageQuery {
  limit: number
  cursor?: string
  /** A column the list offers, descending with a leading "-". */
  sort?: string
}

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never

/** The JSON body an operation takes (never for a multipart upload). */
export type RequestBody<Op extends keyof operations> = JsonBody<NonNullable<operations[Op]['requestBody']>>

/** A PATCH body without the version, which each update() adds. */
export type Changes<Op extends keyof operations> = OrEmpty<Omit<RequestBody<Op>, 'version'>>

/** The query parameters of a list other than its page. */
export type ListQuery<Op extends keyof operations> = Omit<
  NonNullable<operations[Op]['parameters']['query']>,
  'limit' | 'cursor'
>

/**
 * Every field optional and allowed to be "": a filter left at "any" (not
 * sent), or a form's choice not yet made, sent as it is for the server to
 * name in its field errors.
 */
export type OrEmpty<T> = { [K in keyof T]?: T[K] | '' }
