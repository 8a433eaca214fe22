import type { OrganizationInput } from '@/api/resources'
import type { OrgCategory, Organization, RegistrationType } from '@/api/types'
import { changedFields } from '@/composables/changes'

/** The organization profile as the form edits it: empty strings for no value. */
export interface OrgForm {
  name: string
  registration_type: RegistrationType | ''
  category: OrgCategory | ''
  credit_code: string
  community_id: string
  is_incubator: boolean
  founded_on: string
  contact_name: string
  contact_phone: string
  description: string
}

/** The fields the form shows, by their JSON names (for field errors). */
export const orgFormFields = [
  'name',
  'registration_type',
  'category',
  'credit_code',
  'community_id',
  'is_incubator',
  'founded_on',
  'contact_name',
  'contact_phone',
  'description',
] as const

export function blankOrgForm(): OrgForm {
  return {
    name: '',
    registration_type: '',
    category: '',
    credit_code: '',
    community_id: '',
    is_incubator: false,
    founded_on: '',
    contact_name: '',
    contact_phone: '',
    description: '',
  }
}

export function orgToForm(org: Organization): OrgForm {
  return {
    name: org.name,
    registration_type: org.registration_type,
    category: org.category,
    credit_code: org.credit_code ?? '',
    community_id: org.community_id ?? '',
    is_incubator: org.is_incubator,
    founded_on: org.founded_on ?? '',
    contact_name: org.contact_name,
    contact_phone: org.contact_phone,
    description: org.description,
  }
}

/** A create sends what was typed, leaving out empty optional fields. */
export function createInput(form: OrgForm): OrganizationInput {
  const input: OrganizationInput = {
    name: form.name,
    registration_type: form.registration_type,
    category: form.category,
    is_incubator: form.is_incubator,
  }
  for (const key of ['credit_code', 'community_id', 'founded_on', 'contact_name', 'contact_phone', 'description'] as const) {
    const value = (form[key] ?? '').trim()
    if (value) input[key] = value
  }
  return input
}

/**
 * An update sends only what changed; an emptied credit code, community or
 * founding date is sent as "" (the server clears it). is_incubator goes only
 * when the user may change it.
 */
export function updateInput(form: OrgForm, org: Organization, includeIncubator: boolean): Partial<OrgForm> {
  const keys = orgFormFields.filter((k) => includeIncubator || k !== 'is_incubator')
  const trimmed = { ...form, credit_code: form.credit_code.trim(), founded_on: form.founded_on ?? '' }
  return changedFields(trimmed, orgToForm(org), keys)
}
