import { describe, expect, it } from 'vitest'
import type { Organization, User } from '@/api/types'
import {
  canDecide,
  canEvaluate,
  canManageProjects,
  canSpendOn,
  canEditReferenceData,
  canEditSettings,
  canKeepRoster,
  canLogMilestone,
  canEditProfile,
  canRequestMove,
  canSee,
  safeRedirect,
  visiblePages,
} from './access'

function user(role: User['role'], organizationId: string | null = null): User {
  return {
    id: `u-${role}`,
    username: role,
    display_name: role,
    role,
    organization_id: organizationId,
    funder_id: null,
    password_changed_at: '',
    disabled: false,
    totp_enabled: false,
    created_at: '',
    updated_at: '',
    version: 1,
  }
}

function org(id: string, incubatorId: string | null): Organization {
  return { id, incubator_id: incubatorId, stage: incubatorId ? 'incubating' : 'registered' } as Organization
}

describe('visiblePages', () => {
  it('gives each role its pages', () => {
    expect(visiblePages('admin')).toEqual([
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
    ])
    expect(visiblePages('reviewer')).toEqual([
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
      'audit',
    ])
    expect(visiblePages('incubator')).toEqual([
      'home',
      'organizations',
      'projects',
      'funding-cycles',
      'turnover',
      'surveys',
      'surveys-import',
      'communities',
      'funders',
    ])
    expect(visiblePages('org_staff')).toEqual([
      'home',
      'organizations',
      'projects',
      'funding-cycles',
      'surveys',
      'surveys-import',
      'communities',
      'funders',
    ])
    expect(visiblePages('funder')).toEqual([
      'home',
      'organizations',
      'projects',
      'funding-cycles',
      'turnover',
      'surveys',
      'coverage',
      'portfolio',
      'communities',
      'funders',
    ])
  })

  it('opens the account page to every role without listing it (the header menu leads there)', () => {
    for (const role of ['admin', 'reviewer', 'incubator', 'org_staff', 'funder', 'security_auditor'] as const) {
      expect(canSee(role, 'account')).toBe(true)
      expect(visiblePages(role)).not.toContain('account')
    }
  })

  it('shows a security auditor the audit trail and their account only', () => {
    expect(visiblePages('security_auditor')).toEqual(['audit'])
    for (const page of ['home', 'organizations', 'projects', 'users', 'communities', 'funders', 'surveys', 'portfolio'] as const) {
      expect(canSee('security_auditor', page)).toBe(false)
    }
    expect(canSee('security_auditor', 'audit')).toBe(true)
  })

  it('keeps users, audit and the pipeline from those without the role', () => {
    expect(canSee('reviewer', 'users')).toBe(false)
    expect(canSee('funder', 'audit')).toBe(false)
    expect(canSee('incubator', 'pipeline')).toBe(false)
  })

  it('opens the queue, unlisted, to those who request moves', () => {
    expect(canSee('incubator', 'transitions')).toBe(true)
    expect(canSee('org_staff', 'transitions')).toBe(true)
    expect(canSee('funder', 'transitions')).toBe(false)
  })

  it('lets only admins edit reference data and settings', () => {
    expect(canEditReferenceData('admin')).toBe(true)
    expect(canEditReferenceData('reviewer')).toBe(false)
    expect(canEditSettings('admin')).toBe(true)
    expect(canEditSettings('reviewer')).toBe(false)
  })
})

describe('organization actions', () => {
  const hosted = org('o1', 'inc1')

  it('offers the profile form to admins, the hosting incubator and the own staff', () => {
    expect(canEditProfile(user('admin'), hosted)).toBe(true)
    expect(canEditProfile(user('incubator', 'inc1'), hosted)).toBe(true)
    expect(canEditProfile(user('incubator', 'inc1'), org('inc1', null))).toBe(true)
    expect(canEditProfile(user('incubator', 'inc2'), hosted)).toBe(false)
    expect(canEditProfile(user('org_staff', 'o1'), hosted)).toBe(true)
    expect(canEditProfile(user('org_staff', 'o2'), hosted)).toBe(false)
    expect(canEditProfile(user('reviewer'), hosted)).toBe(false)
    expect(canEditProfile(user('funder'), hosted)).toBe(false)
  })

  it('lets the hosting incubator log milestones, not another one nor the staff', () => {
    expect(canLogMilestone(user('incubator', 'inc1'), hosted)).toBe(true)
    expect(canLogMilestone(user('incubator', 'inc2'), hosted)).toBe(false)
    expect(canLogMilestone(user('org_staff', 'o1'), hosted)).toBe(false)
    expect(canLogMilestone(user('reviewer'), hosted)).toBe(true)
    expect(canLogMilestone(user('incubator', 'inc1'), org('o2', null))).toBe(false)
  })

  it('lets the incubator, the own staff and the bureau request moves', () => {
    expect(canRequestMove(user('incubator', 'inc1'), hosted)).toBe(true)
    expect(canRequestMove(user('org_staff', 'o1'), hosted)).toBe(true)
    expect(canRequestMove(user('org_staff', 'o9'), hosted)).toBe(false)
    expect(canRequestMove(user('incubator', 'inc2'), hosted)).toBe(false)
    expect(canRequestMove(user('admin'), hosted)).toBe(true)
    expect(canRequestMove(user('reviewer'), hosted)).toBe(true)
    expect(canRequestMove(user('funder'), hosted)).toBe(false)
  })

  it('lets admins and reviewers decide', () => {
    expect(canDecide('reviewer')).toBe(true)
    expect(canDecide('admin')).toBe(true)
    expect(canDecide('incubator')).toBe(false)
  })
})

describe('project actions', () => {
  const project = { organization_id: 'o1' }

  it('lets admins and funders manage projects', () => {
    expect(canManageProjects('admin')).toBe(true)
    expect(canManageProjects('funder')).toBe(true)
    expect(canManageProjects('reviewer')).toBe(false)
    expect(canManageProjects('org_staff')).toBe(false)
  })

  it("lets the contractor's own staff and admins spend", () => {
    expect(canSpendOn(user('org_staff', 'o1'), project)).toBe(true)
    expect(canSpendOn(user('org_staff', 'o2'), project)).toBe(false)
    expect(canSpendOn(user('incubator', 'o1'), project)).toBe(false)
    expect(canSpendOn(user('admin'), project)).toBe(true)
    expect(canSpendOn(user('funder'), project)).toBe(false)
  })

  it('lets funders, reviewers and admins evaluate', () => {
    expect(canEvaluate('funder')).toBe(true)
    expect(canEvaluate('reviewer')).toBe(true)
    expect(canEvaluate('admin')).toBe(true)
    expect(canEvaluate('org_staff')).toBe(false)
  })
})

describe('safeRedirect', () => {
  it('keeps local paths', () => {
    expect(safeRedirect('/funders?q=x')).toBe('/funders?q=x')
  })

  it('refuses other origins and odd values', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/home')
    expect(safeRedirect('https://evil.example')).toBe('/home')
    expect(safeRedirect('/\\evil.example')).toBe('/home')
    expect(safeRedirect(['/a'])).toBe('/home')
    expect(safeRedirect(undefined)).toBe('/home')
    expect(safeRedirect('/login')).toBe('/home')
  })
})

describe('the staff pages', () => {
  it('lets admins, the own staff and the hosting incubator keep a roster', () => {
    const hosted = org('o1', 'inc1')
    expect(canKeepRoster(user('admin'), hosted)).toBe(true)
    expect(canKeepRoster(user('org_staff', 'o1'), hosted)).toBe(true)
    expect(canKeepRoster(user('org_staff', 'o2'), hosted)).toBe(false)
    expect(canKeepRoster(user('incubator', 'inc1'), hosted)).toBe(true)
    expect(canKeepRoster(user('incubator', 'inc2'), hosted)).toBe(false)
    expect(canKeepRoster(user('incubator', 'inc1'), org('o3', null))).toBe(false)
    expect(canKeepRoster(user('reviewer'), hosted)).toBe(false)
    expect(canKeepRoster(user('funder'), hosted)).toBe(false)
  })

  it('opens the turnover page to everyone, unlisted for organization staff', () => {
    expect(canSee('org_staff', 'turnover')).toBe(true)
  })
})
