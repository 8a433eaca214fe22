import type { Organization, Project, Role, User } from '@/api/types'

// Which role sees which page and which actions. The server enforces the same
// rules; the app uses them only to hide what would be refused.

export type PageKey =
  | 'home'
  | 'organizations'
  | 'projects'
  | 'funding-cycles'
  | 'transitions'
  | 'portfolio'
  | 'pipeline'
  | 'turnover'
  | 'surveys'
  | 'coverage'
  | 'surveys-import'
  | 'communities'
  | 'funders'
  | 'users'
  | 'audit'
  | 'account'

/** Pages in the order the side navigation lists them. */
export const pageOrder: readonly PageKey[] = [
  'home',
  'organizations',
  'projects',
  'funding-cycles',
  'transitions',
  'pipeline',
  'turnover',
  'surveys',
  'coverage',
  'surveys-import',
  'portfolio',
  'communities',
  'funders',
  'users',
  'audit',
]

/** Pages only some roles may open. */
const restricted: Partial<Record<PageKey, readonly Role[]>> = {
  // Incubators and organization staff follow their own requests there
  // (the server scopes the list); funders have none.
  transitions: ['admin', 'reviewer', 'incubator', 'org_staff'],
  pipeline: ['admin', 'reviewer'],
  // A funder's users audit their own portfolio; the bureau and admins pick one.
  portfolio: ['admin', 'reviewer', 'funder'],
  users: ['admin'],
  audit: ['admin', 'reviewer', 'security_auditor'],
  // Recording surveys in bulk is the bureau's and the organizations' work;
  // funders read the coverage of what they pay for.
  'surveys-import': ['admin', 'reviewer', 'incubator', 'org_staff'],
  // The report holds counts for the whole city: the bureau and funders.
  coverage: ['admin', 'reviewer', 'funder'],
}

/** Pages listed in the navigation for fewer roles than may open them. */
const listedFor: Partial<Record<PageKey, readonly Role[]>> = {
  transitions: ['admin', 'reviewer'],
  // Organization staff read their own organization's turnover from the
  // address; the others compare organizations there.
  turnover: ['admin', 'reviewer', 'incubator', 'funder'],
}

/**
 * A security auditor reads the audit trail and nothing else that is
 * personal; their own account stays theirs.
 */
const securityAuditorPages: readonly PageKey[] = ['audit', 'account']

export function canSee(role: Role, page: PageKey): boolean {
  if (role === 'security_auditor') return securityAuditorPages.includes(page)
  const allowed = restricted[page]
  return !allowed || allowed.includes(role)
}

/** The navigation of a role. */
export function visiblePages(role: Role): PageKey[] {
  return pageOrder.filter((page) => canSee(role, page) && (listedFor[page]?.includes(role) ?? true))
}

/**
 * Recording and correcting surveys: everyone but funders (the server keeps
 * organization staff to the surveys their organization ran).
 */
export function canRecordSurveys(role: Role): boolean {
  return role !== 'funder'
}

/** Linking a project to needs: admins and the project's funder. */
export function canLinkNeeds(role: Role): boolean {
  return role === 'admin' || role === 'funder'
}

/** Creating and editing reference data (communities, funders) and organizations is for admins. */
export function canEditReferenceData(role: Role): boolean {
  return role === 'admin'
}

/**
 * Editing an organization's profile, as the server allows it: admins, an
 * incubator for itself and those it hosts now, staff for their own.
 * Everyone else reads it.
 */
export function canEditProfile(user: User, org: Organization): boolean {
  if (user.role === 'admin') return true
  if (!user.organization_id) return false
  if (org.id === user.organization_id) return user.role === 'incubator' || user.role === 'org_staff'
  return user.role === 'incubator' && org.incubator_id === user.organization_id
}

/** Logging milestones: admins, reviewers, and the incubator hosting the organization now. */
export function canLogMilestone(user: User, org: Organization): boolean {
  if (user.role === 'admin' || user.role === 'reviewer') return true
  return user.role === 'incubator' && !!org.incubator_id && org.incubator_id === user.organization_id
}

/**
 * Keeping an organization's roster (adding, editing, recording departures):
 * admins, the organization's own staff and the incubator hosting it now.
 */
export function canKeepRoster(user: User, org: Organization): boolean {
  if (user.role === 'admin') return true
  if (!user.organization_id) return false
  if (user.role === 'org_staff') return org.id === user.organization_id
  return user.role === 'incubator' && org.incubator_id === user.organization_id
}

/**
 * Requesting a stage move: admins, reviewers, the incubator hosting the
 * organization, and the organization's own staff (an incubator's users are
 * its staff).
 */
export function canRequestMove(user: User, org: Organization): boolean {
  if (user.role === 'admin' || user.role === 'reviewer') return true
  if (user.role !== 'incubator' && user.role !== 'org_staff') return false
  if (!user.organization_id) return false
  if (org.id === user.organization_id) return true
  return user.role === 'incubator' && org.incubator_id === user.organization_id
}

/**
 * Creating projects and funding cycles, moving a project's status and
 * recording disbursements: admins and funders (the server keeps a funder's
 * users to their own funder's projects, the only ones they see).
 */
export function canManageProjects(role: Role): boolean {
  return role === 'admin' || role === 'funder'
}

/** Recording expenditures and indicator actuals: admins and the contractor's own staff. */
export function canSpendOn(user: User, project: Pick<Project, 'organization_id'>): boolean {
  return user.role === 'admin' || (user.role === 'org_staff' && !!user.organization_id && user.organization_id === project.organization_id)
}

/** Evaluating a completed project: the funder, the bureau and admins. */
export function canEvaluate(role: Role): boolean {
  return role === 'admin' || role === 'reviewer' || role === 'funder'
}

/** Approving and rejecting requests (never one's own: the server refuses that). */
export function canDecide(role: Role): boolean {
  return role === 'admin' || role === 'reviewer'
}

/** Changing the graduation criteria. */
export function canEditSettings(role: Role): boolean {
  return role === 'admin'
}

/**
 * The in-app path to return to after sign-in. Anything that is not a plain
 * local path (another origin, "//host", a scheme) is replaced by the default.
 */
export function safeRedirect(target: unknown, fallback = '/home'): string {
  if (typeof target !== 'string') return fallback
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback
  if (target === '/login' || target.startsWith('/login?')) return fallback
  return target
}
