import type { CommunityType, FunderKind, Role } from '@/api/types'

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
