import type {
  CommunityType,
  FunderKind,
  MilestoneType,
  OrgCategory,
  RegistrationType,
  Role,
  Stage,
  TransitionStatus,
} from '@/api/types'

// The enumerations the server accepts, in the order the forms list them.
// Their labels live in the i18n catalogue under the same names.

export const communityTypes: readonly CommunityType[] = [
  'commodity_housing',
  'shantytown_renovation',
  'village_to_residence',
  'urban_village',
  'old_neighborhood',
  'other',
]

export const funderKinds: readonly FunderKind[] = [
  'government',
  'street_office',
  'foundation',
  'enterprise',
  'other',
]

export const roles: readonly Role[] = ['admin', 'reviewer', 'incubator', 'org_staff', 'funder']

/** Roles whose users act for one organization and so need its id. */
export const organizationRoles: readonly Role[] = ['incubator', 'org_staff']

/** Stages in pipeline order (SPEC 3). */
export const stages: readonly Stage[] = ['applicant', 'registered', 'incubating', 'independent', 'dormant', 'dissolved']

/** The stages an organization passes through on its way to hatching, as the funnel draws them. */
export const pipelineStages: readonly Stage[] = ['applicant', 'registered', 'incubating', 'independent']

export const registrationTypes: readonly RegistrationType[] = [
  'social_group',
  'social_service_agency',
  'foundation',
  'community_filed',
  'unregistered',
]

export const orgCategories: readonly OrgCategory[] = [
  'elderly_care',
  'child_youth',
  'disability',
  'community_service',
  'culture_sports',
  'charity',
  'environment',
  'education',
  'health',
  'legal_aid',
  'other',
]

export const milestoneTypes: readonly MilestoneType[] = [
  'intake_assessment',
  'registration_support',
  'capacity_training',
  'venue_support',
  'seed_funding',
  'governance_established',
  'financial_system_established',
  'first_project_won',
  'independent_office',
  'other',
]

export const transitionStatuses: readonly TransitionStatus[] = ['pending', 'approved', 'rejected', 'withdrawn']
