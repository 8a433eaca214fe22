import { describe, expect, it } from 'vitest'
import { funnelOption, quarterOption } from './pipelineCharts'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}:${JSON.stringify(values)}` : key)

describe('funnelOption', () => {
  it('draws the four pipeline stages in order, unsorted, with zero for a missing stage', () => {
    const option = funnelOption({ applicant: 5, registered: 12, incubating: 12, dormant: 2 }, t)
    const series = (option.series as { sort: string; data: { name: string; value: number }[] }[])[0]
    expect(series.sort).toBe('none')
    expect(series.data.map((d) => [d.name, d.value])).toEqual([
      ['stage.applicant', 5],
      ['stage.registered', 12],
      ['stage.incubating', 12],
      ['stage.independent', 0],
    ])
  })
})

describe('quarterOption', () => {
  it('groups entered, graduated and ended by quarter, labelled in words', () => {
    const option = quarterOption(
      [
        { quarter: '2025Q4', entered: 2, graduated: 1, ended: 0 },
        { quarter: '2026Q1', entered: 1, graduated: 3, ended: 1 },
      ],
      t,
    )
    expect((option.xAxis as { data: string[] }).data).toEqual([
      'pipeline.quarterLabel:{"year":"2025","q":"4"}',
      'pipeline.quarterLabel:{"year":"2026","q":"1"}',
    ])
    const series = option.series as { name: string; data: number[] }[]
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['pipeline.entered', [2, 1]],
      ['pipeline.graduated', [1, 3]],
      ['pipeline.ended', [0, 1]],
    ])
  })
})
