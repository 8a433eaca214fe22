import * as api from '@/api/enums.gen'
import type { Role } from '@/api/types'

// The enumerations the server accepts, in the order of the OpenAPI document,
// which the forms keep. Their labels live in the i18n catalogue under each
// schema's name in lowerCamelCase (Stage: stage.applicant).

export const communityTypes = api.CommunityType
export const funderKinds = api.FunderKind
export const roles = api.Role
export const stages = api.Stage
export const registrationTypes = api.RegistrationType
export const orgCategories = api.OrganizationCategory
export const milestoneTypes = api.MilestoneType
export const transitionStatuses = api.TransitionStatus
export const transitionSorts = api.TransitionSort
export const hostedFilters = api.HostedFilter
export const projectStatuses = api.ProjectStatus
export const budgetCategories = api.BudgetCategory
export const evaluationGrades = api.EvaluationGrade
export const employmentTypes = api.EmploymentType
export const qualifications = api.Qualification
export const educations = api.Education
export const leaveReasons = api.LeaveReason
export const turnoverGroupings = api.TurnoverGrouping

/** Roles whose users act for one organization and so need its id. */
export const organizationRoles: readonly Role[] = ['incubator', 'org_staff']
