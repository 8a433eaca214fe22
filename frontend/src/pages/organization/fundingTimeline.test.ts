import { describe, expect, it } from 'vitest'
import type { FundingPeriod } from '@/api/types'
import { fundingGaps, timelineOption } from './fundingTimeline'

const period = (code: string, start_on: string, end_on: string): FundingPeriod => ({
  project_id: code,
  code,
  funder_id: 'f1',
  funder_name: '市民政局',
  start_on,
  end_on,
  status: 'completed',
  budget_fen: 100,
})

describe('fundingGaps', () => {
  it('finds the days between the end of everything before and the next start', () => {
    const gaps = fundingGaps([
      period('A', '2024-01-01', '2024-06-30'),
      period('B', '2024-03-01', '2024-08-31'), // overlaps A
      period('C', '2024-09-01', '2024-12-31'), // follows at once
      period('D', '2025-05-01', '2025-12-31'), // 120 days later
    ])
    expect(gaps).toEqual([{ from: '2025-01-01', to: '2025-04-30', days: 120 }])
  })

  it('finds none for one period or none', () => {
    expect(fundingGaps([])).toEqual([])
    expect(fundingGaps([period('A', '2024-01-01', '2024-06-30')])).toEqual([])
  })
})

describe('timelineOption', () => {
  it('draws a row per period, marks the gaps and today', () => {
    const t = (key: string, v?: Record<string, unknown>) => (v ? `${key}:${JSON.stringify(v)}` : key)
    const option = timelineOption(
      [period('A', '2024-01-01', '2024-06-30'), { ...period('', '2024-09-01', '2024-12-31') }],
      '2024-10-01',
      t,
      'en',
    )
    expect((option.yAxis as { data: string[] }).data).toEqual(['A', 'funding.hidden'])
    const series = (option.series as { markArea: { data: { name?: string }[][] }; markLine: { data: unknown[] } }[])[0]
    expect(series.markArea.data.map((pair) => pair[0].name)).toEqual(['funding.gap:{"days":62}'])
    expect(series.markLine.data).toHaveLength(1)
  })
})
