import { describe, expect, it } from 'vitest'
import type { TurnoverGroup, TurnoverReport } from '@/api/types'
import { rateOption, reasonsOption, trendOption } from './turnoverCharts'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}:${JSON.stringify(values)}` : key)

function group(key: string, rate: number | null): TurnoverGroup {
  return { key, label: key, turnover_rate: rate, high_turnover: rate !== null && rate > 0.3 } as TurnoverGroup
}

type Loose = any

describe('rateOption', () => {
  it('draws the top groups with a rate, highest at the top, red when flagged, with the 30% line', () => {
    const option = rateOption([group('a', 0.5), group('b', 0.2), group('c', 0.1), group('d', null)], 2, (g) => g.label, t) as Loose
    expect(option.yAxis.data).toEqual(['b', 'a'])
    expect(option.series[0].data.map((d: Loose) => d.value)).toEqual([0.2, 0.5])
    expect(option.series[0].data[1].itemStyle.color).toBe('#f56c6c')
    expect(option.series[0].markLine.data).toEqual([{ xAxis: 0.3 }])
  })
})

describe('trendOption', () => {
  it('puts hires and separations on bars and the rate on a second axis', () => {
    const option = trendOption(
      [
        { quarter: '2025Q3', hires: 2, separations: 1, headcount_end: 10, turnover_rate: 0.1 },
        { quarter: '2025Q4', hires: 0, separations: 0, headcount_end: 0, turnover_rate: null },
      ],
      t,
    ) as Loose
    expect(option.xAxis.data).toEqual(['pipeline.quarterLabel:{"year":"2025","q":"3"}', 'pipeline.quarterLabel:{"year":"2025","q":"4"}'])
    expect(option.series.map((s: Loose) => s.type)).toEqual(['bar', 'bar', 'line'])
    expect(option.series[2].yAxisIndex).toBe(1)
    expect(option.series[2].data).toEqual([0.1, null])
  })
})

describe('reasonsOption', () => {
  it('keeps the reasons that occurred, in the enumeration order', () => {
    const reasons = { compensation: 3, career_change: 0, relocation: 1, contract_end: 0, burnout: 2, other: 0 } as TurnoverReport['leave_reasons']
    const option = reasonsOption(reasons, t) as Loose
    expect(option.series[0].data).toEqual([
      { name: 'leaveReason.compensation', value: 3 },
      { name: 'leaveReason.relocation', value: 1 },
      { name: 'leaveReason.burnout', value: 2 },
    ])
  })
})
