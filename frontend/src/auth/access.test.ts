import { describe, expect, it } from 'vitest'
import { canEditReferenceData, canSee, safeRedirect, visiblePages } from './access'

describe('visiblePages', () => {
  it('gives each role its pages', () => {
    expect(visiblePages('admin')).toEqual(['overview', 'communities', 'funders', 'users', 'audit', 'tokens'])
    expect(visiblePages('reviewer')).toEqual(['overview', 'communities', 'funders', 'audit', 'tokens'])
    for (const role of ['incubator', 'org_staff', 'funder'] as const) {
      expect(visiblePages(role)).toEqual(['overview', 'communities', 'funders', 'tokens'])
    }
  })

  it('keeps users and audit from those without the role', () => {
    expect(canSee('reviewer', 'users')).toBe(false)
    expect(canSee('funder', 'audit')).toBe(false)
  })

  it('lets only admins edit reference data', () => {
    expect(canEditReferenceData('admin')).toBe(true)
    expect(canEditReferenceData('reviewer')).toBe(false)
  })
})

describe('safeRedirect', () => {
  it('keeps local paths', () => {
    expect(safeRedirect('/funders?q=x')).toBe('/funders?q=x')
  })

  it('refuses other origins and odd values', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/communities')
    expect(safeRedirect('https://evil.example')).toBe('/communities')
    expect(safeRedirect('/\\evil.example')).toBe('/communities')
    expect(safeRedirect(['/a'])).toBe('/communities')
    expect(safeRedirect(undefined)).toBe('/communities')
    expect(safeRedirect('/login')).toBe('/communities')
  })
})
