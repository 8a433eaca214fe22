import { describe, expect, it } from 'vitest'
import { budgetOption } from './projectCharts'

const t = (key: string) => key

describe('budgetOption', () => {
  const option = budgetOption(
    [
      { category: 'personnel', budget_fen: 1000, spent_fen: 1200, remaining_fen: -200, spent_share: 1.2 },
      { category: 'admin', budget_fen: 500, spent_fen: 100, remaining_fen: 400, spent_share: 0.2 },
      { category: 'other', budget_fen: 0, spent_fen: 50, remaining_fen: -50, spent_share: null },
    ],
    t,
    'zh-CN',
  )
  const series = option.series as { name: string; data: number[] }[]

  it('lists the lines top down', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['budgetCategory.other', 'budgetCategory.admin', 'budgetCategory.personnel'])
  })

  it('splits spend into what the line covers and what runs over it', () => {
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['project.budget', [0, 500, 1000]],
      ['project.spent', [0, 100, 1000]],
      ['spendAudit.overLine', [50, 0, 200]],
    ])
  })
})
