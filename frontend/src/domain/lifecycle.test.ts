import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'
import { creditCodeExpected, criterionDetail, criterionLabel, isGraduation, quarterLabel, stageTagType } from './lifecycle'

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

describe('criterionDetail', () => {
  it('says each figure in words, with no raw codes', () => {
    i18n.global.locale.value = 'en'
    expect(criterionDetail({ key: 'milestone:governance_established', met: true, figure: 1, required: 1 }, t)).toBe('Times logged: 1')
    expect(criterionDetail({ key: 'milestone:governance_established', met: false, figure: 0, required: 1 }, t)).toBe('Not logged yet')
    expect(criterionDetail({ key: 'registered', met: true, figure: 1, required: 1 }, t)).toBe('Has a credit code or is community-filed')
    expect(criterionDetail({ key: 'days_incubating', met: false, figure: 200, required: 365 }, t)).toBe('200 days in incubation; 365 required')
    i18n.global.locale.value = 'zh-CN'
    expect(criterionDetail({ key: 'active_staff', met: true, figure: 3, required: 2 }, t)).toBe('在职专职人员 3 人，要求 2 人')
    expect(criterionDetail({ key: 'volunteer_hours', met: true, figure: 40, required: 20 }, t)).toBe('现有 40，要求 20')
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
