// Generated from api/openapi.json by `npm run gen:api`. Do not edit.
// Each list names its type in src/api/types.ts; the i18n catalogue labels
// every value under the list's name in lowerCamelCase.

/** What a user may do. A security_auditor reads the audit trail (and its exports) and nothing else that is personal. */
export const Role = ["admin", "reviewer", "incubator", "org_staff", "funder", "security_auditor"] as const

/** Where an organization is in its lifecycle. */
export const Stage = ["applicant", "registered", "incubating", "independent", "dormant", "dissolved"] as const

/** The kind of neighbourhood. */
export const CommunityType = [
  "commodity_housing",
  "shantytown_renovation",
  "village_to_residence",
  "urban_village",
  "old_neighborhood",
  "other",
] as const

/** The kind of funder. */
export const FunderKind = ["government", "street_office", "foundation", "enterprise", "other"] as const

/** How an organization is registered or filed. */
export const RegistrationType = ["social_group", "social_service_agency", "foundation", "community_filed", "unregistered"] as const

/** What an organization works on. */
export const OrganizationCategory = [
  "elderly_care",
  "child_youth",
  "disability",
  "community_service",
  "culture_sports",
  "charity",
  "environment",
  "education",
  "health",
  "legal_aid",
  "other",
] as const

/** The kind of incubation milestone. */
export const MilestoneType = [
  "intake_assessment",
  "registration_support",
  "capacity_training",
  "venue_support",
  "seed_funding",
  "governance_established",
  "financial_system_established",
  "first_project_won",
  "independent_office",
  "other",
] as const

/** Where a stage-transition request stands. */
export const TransitionStatus = ["pending", "approved", "rejected", "withdrawn"] as const

/** The order of the transition list: oldest or newest request first. */
export const TransitionSort = ["oldest", "newest"] as const

/** An incubator's portfolio: the organizations it hosts now, or those it hosted before and no longer. */
export const HostedFilter = ["current", "past"] as const

/** Where a project stands: draft -> contracted -> active -> completed, and any but completed -> terminated (SPEC 6.1). */
export const ProjectStatus = ["draft", "contracted", "active", "completed", "terminated"] as const

/** A line of a project budget, and what an expenditure is booked against. */
export const BudgetCategory = ["personnel", "activities", "materials", "venue", "admin", "other"] as const

/** The verdict on a completed project. */
export const EvaluationGrade = ["excellent", "good", "pass", "fail"] as const

/** How a staff member works for an organization. */
export const EmploymentType = ["full_time", "part_time", "volunteer", "seconded"] as const

/** The national social work qualification (助理社会工作师, 社会工作师, 高级社会工作师), lowest first. */
export const Qualification = ["none", "assistant_social_worker", "social_worker", "senior_social_worker"] as const

/** The highest education completed, from secondary school to a doctorate. */
export const Education = ["secondary", "associate", "bachelor", "master", "doctorate"] as const

/** Why a staff member left. */
export const LeaveReason = ["compensation", "career_change", "relocation", "contract_end", "burnout", "other"] as const

/** How the turnover report groups staff. */
export const TurnoverGrouping = ["organization", "incubator", "district", "employment_type"] as const

/** The order of the demand coverage report's communities: a column, or with a leading `-` that column descending. */
export const CoverageSort = [
  "community_name",
  "-community_name",
  "district",
  "-district",
  "surveys",
  "-surveys",
  "latest_survey_on",
  "-latest_survey_on",
  "needs",
  "-needs",
  "needs_covered",
  "-needs_covered",
  "coverage",
  "-coverage",
  "uncovered_high",
  "-uncovered_high",
  "projects",
  "-projects",
  "projects_linked_share",
  "-projects_linked_share",
] as const

/** Which audits of a portfolio to keep: those raising a flag, or any. */
export const AuditFlagFilter = [
  "any",
  "LINE_OVERSPENT",
  "ADMIN_OVER_CAP",
  "SPEND_OUTSIDE_PERIOD",
  "SPEND_EXCEEDS_DISBURSED",
  "DUPLICATE_VOUCHER",
  "MISSING_VOUCHER",
  "UNDERSPEND",
  "TRANCHE_OVERDUE",
] as const

export const SurveyMethod = ["questionnaire", "interview", "deliberation_meeting", "grid_visit", "online"] as const

export const NeedCategory = [
  "elderly_care",
  "child_care",
  "disability_support",
  "environment",
  "culture_sports",
  "neighbor_relations",
  "participation",
  "safety",
  "health",
  "employment",
  "other",
] as const

export const NeedPriority = ["high", "medium", "low"] as const

/** A spreadsheet the survey import reads: an .xlsx workbook or CSV text. */
export const ImportFormat = ["xlsx", "csv"] as const

/** An open-data format of the project list: an OCDS 1.1 release package, 360Giving's flat CSV, or a 360Giving JSON package. */
export const OpenDataFormat = ["ocds", "360giving", "360giving-json"] as const

/** What a list or report answers in. */
export const ExportFormat = ["json", "csv", "xlsx"] as const

/** The language of an export's headers and labels. */
export const ExportLanguage = ["zh-CN", "en"] as const

/** What the project list answers in: a list's formats and open data. */
export const ProjectExportFormat = ["json", "csv", "xlsx", "ocds", "360giving", "360giving-json"] as const

/** What an audit entry records was done. */
export const AuditAction = [
  "create",
  "update",
  "delete",
  "stage_change",
  "status",
  "evaluate",
  "request",
  "approve",
  "reject",
  "withdraw",
  "reverse",
  "revoke",
  "import",
  "bulk_create",
  "export",
  "login",
  "login_failed",
  "login_throttled",
  "logout",
  "change_password",
  "end_session",
  "denied",
  "encrypt",
  "rotate_key",
  "totp_enrol",
  "totp_confirm",
  "totp_disable",
  "totp_reset",
  "totp_recovery_used",
] as const

/** The kind of record an audit entry is about. */
export const AuditEntity = [
  "organization",
  "transition_request",
  "milestone",
  "community",
  "funder",
  "funding_cycle",
  "project",
  "indicator",
  "disbursement",
  "expenditure",
  "staff_member",
  "demand_survey",
  "demand_surveys",
  "project_need",
  "user",
  "session",
  "api_token",
  "setting",
  "request",
  "reference",
  "pipeline",
  "money",
  "staff",
  "surveys",
  "personal_data",
] as const
