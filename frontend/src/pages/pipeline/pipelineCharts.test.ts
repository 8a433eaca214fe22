import { describe, expect, it } from 'vitest'
import { quarterOption, stageCountOption } from './pipelineCharts'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}:${JSON.stringify(values)}` : key)

type LabelledBars = { type: string; name: string; data: ({ value: number } | number)[]; label: { show: boolean; formatter: (p: { value: unknown }) => string } }

describe('stageCountOption', () => {
  it('draws one bar per stage in lifecycle order, zero for a missing stage, not a funnel', () => {
    const option = stageCountOption({ applicant: 5, registered: 12, incubating: 12, dormant: 2 }, t)
    expect((option.yAxis as { data: string[] }).data).toEqual([
      'stage.applicant',
      'stage.registered',
      'stage.incubating',
      'stage.independent',
      'stage.dormant',
      'stage.dissolved',
    ])
    const series = (option.series as LabelledBars[])[0]
    expect(series.type).toBe('bar')
    expect(series.data.map((d) => (typeof d === 'number' ? d : d.value))).toEqual([5, 12, 12, 0, 2, 0])
  })

  it('labels each bar with its count and leaves an empty bar unlabelled', () => {
    const series = (stageCountOption({ applicant: 5 }, t).series as LabelledBars[])[0]
    expect(series.label.show).toBe(true)
    expect(series.label.formatter({ value: 5 })).toBe('5')
    expect(series.label.formatter({ value: 0 })).toBe('')
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
    const series = option.series as LabelledBars[]
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['pipeline.entered', [2, 1]],
      ['pipeline.graduated', [1, 3]],
      ['pipeline.ended', [0, 1]],
    ])
    expect(series.every((s) => s.label.show)).toBe(true)
  })
})
