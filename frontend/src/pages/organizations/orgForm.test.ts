import { describe, expect, it } from 'vitest'
import type { Organization } from '@/api/types'
import { blankOrgForm, createInput, orgToForm, updateInput } from './orgForm'

const stored: Organization = {
  id: 'o1',
  name: '邻里互助会',
  credit_code: null,
  registration_type: 'community_filed',
  category: 'elderly_care',
  community_id: 'c1',
  is_incubator: false,
  incubator_id: null,
  stage: 'registered',
  stage_since: '2025-01-01T00:00:00Z',
  founded_on: '2020-05-04',
  contact_name: '张桂芳',
  contact_phone: '13903110370',
  description: '',
  created_at: '',
  updated_at: '',
  version: 4,
}

describe('createInput', () => {
  it('sends the required fields and only the optional ones that were filled', () => {
    const form = { ...blankOrgForm(), name: '书香读书会', registration_type: 'unregistered' as const, category: 'education' as const }
    form.contact_name = ' 李明 '
    expect(createInput(form)).toEqual({
      name: '书香读书会',
      registration_type: 'unregistered',
      category: 'education',
      is_incubator: false,
      contact_name: '李明',
    })
  })
})

describe('updateInput', () => {
  it('sends nothing when nothing changed', () => {
    expect(updateInput(orgToForm(stored), stored, true)).toEqual({})
  })

  it('sends the changes, clearing emptied values with ""', () => {
    const form = { ...orgToForm(stored), contact_phone: '0311-86012345', community_id: '', founded_on: '' }
    expect(updateInput(form, stored, false)).toEqual({ contact_phone: '0311-86012345', community_id: '', founded_on: '' })
  })

  it('leaves is_incubator out unless the user may change it', () => {
    const form = { ...orgToForm(stored), is_incubator: true }
    expect(updateInput(form, stored, false)).toEqual({})
    expect(updateInput(form, stored, true)).toEqual({ is_incubator: true })
  })
})
