import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { creditCodeExpected, criterionLabel, isGraduation, quarterLabel, stageTagType } from './lifecycle'

const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN, en } })
const { t, te } = i18n.global

describe('criterionLabel', () => {
  it('translates plain and milestone criteria, in either language', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(criterionLabel('days_incubating', t, te)).toBe('孵化时长')
    expect(criterionLabel('milestone:governance_established', t, te)).toBe('里程碑：建立法人治理结构')
    i18n.global.locale.value = 'en'
    expect(criterionLabel('milestone:financial_system_established', t, te)).toBe('Milestone: Financial system established')
    expect(criterionLabel('active_staff', t, te)).toBe('Active paid staff')
  })

  it('shows keys it does not know as the server sent them', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(criterionLabel('volunteer_hours', t, te)).toBe('volunteer_hours')
    expect(criterionLabel('milestone:new_kind', t, te)).toBe('里程碑：new_kind')
  })
})

describe('quarterLabel', () => {
  it('writes quarters in words and leaves odd values alone', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(quarterLabel('2026Q3', t)).toBe('2026年第3季度')
    i18n.global.locale.value = 'en'
    expect(quarterLabel('2026Q3', t)).toBe('2026 Q3')
    expect(quarterLabel('2026-Q3', t)).toBe('2026-Q3')
  })
})

describe('stage display', () => {
  it('colours stages and recognises a graduation', () => {
    expect(stageTagType('independent')).toBe('success')
    expect(stageTagType('dissolved')).toBe('danger')
    expect(isGraduation('incubating', 'independent')).toBe(true)
    expect(isGraduation('registered', 'independent')).toBe(false)
  })

  it('expects a credit code except for community-filed and unregistered organizations', () => {
    expect(creditCodeExpected('social_group')).toBe(true)
    expect(creditCodeExpected('community_filed')).toBe(false)
    expect(creditCodeExpected('unregistered')).toBe(false)
    expect(creditCodeExpected('')).toBe(false)
  })
})
