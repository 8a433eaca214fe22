import { describe, expect, it } from 'vitest'
import type { Benford } from '@/api/types'
import { benfordOption, flagsOption, moneyOption, statusOption } from './portfolioCharts'

const t = (key: string) => key

describe('statusOption', () => {
  it('counts every status in order, zero for a missing one', () => {
    const option = statusOption({ active: 24, completed: 17, terminated: 1 }, t)
    const data = (option.series as { data: { value: number }[] }[])[0].data.map((d) => d.value)
    expect((option.xAxis as { data: string[] }).data).toEqual([
      'projectStatus.draft',
      'projectStatus.contracted',
      'projectStatus.active',
      'projectStatus.completed',
      'projectStatus.terminated',
    ])
    expect(data).toEqual([0, 0, 24, 17, 1])
  })
})

describe('moneyOption', () => {
  it('draws spend beyond the budget in the warning colour', () => {
    const bars = (totals: { budget_fen: number; disbursed_fen: number; spent_fen: number }) =>
      (moneyOption(totals, t, 'en').series as { data: { value: number; itemStyle: { color: string } }[] }[])[0].data
    expect(bars({ budget_fen: 100, disbursed_fen: 80, spent_fen: 60 })[2].itemStyle.color).toBe('#67c23a')
    expect(bars({ budget_fen: 100, disbursed_fen: 80, spent_fen: 120 })[2].itemStyle.color).toBe('#e6a23c')
  })
})

describe('flagsOption', () => {
  it('lists every code top down with its count', () => {
    const option = flagsOption({ LINE_OVERSPENT: 3, UNDERSPEND: 1 }, ['LINE_OVERSPENT', 'ADMIN_OVER_CAP', 'UNDERSPEND'], t)
    expect((option.yAxis as { data: string[] }).data).toEqual(['auditFlag.UNDERSPEND', 'auditFlag.ADMIN_OVER_CAP', 'auditFlag.LINE_OVERSPENT'])
    expect((option.series as { data: number[] }[])[0].data).toEqual([1, 0, 3])
  })
})

describe('benfordOption', () => {
  it('puts observed and expected shares side by side per digit', () => {
    const benford = {
      digits: [
        { digit: 1, count: 3, observed: 0.3, expected: 0.301 },
        { digit: 2, count: 2, observed: 0.2, expected: 0.176 },
      ],
    } as Benford
    const option = benfordOption(benford, t, 'en')
    expect((option.xAxis as { data: string[] }).data).toEqual(['1', '2'])
    expect((option.series as { name: string; data: number[] }[]).map((s) => [s.name, s.data])).toEqual([
      ['portfolio.observed', [0.3, 0.2]],
      ['portfolio.expected', [0.301, 0.176]],
    ])
  })
})
