import { describe, expect, it } from 'vitest'
import { moneyOption, outcomesOption } from './homeCharts'
import { homeLinks, lastTwo } from './homeLinks'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}:${JSON.stringify(values)}` : key)

type Bars = { name: string; data: (number | { value: number })[] }

describe('outcomesOption', () => {
  it('draws entries against graduations, one bar pair per quarter, oldest first', () => {
    const option = outcomesOption(
      [
        { quarter: '2026Q2', entered: 3, graduated: 1, ended: 0 },
        { quarter: '2026Q3', entered: 0, graduated: 2, ended: 1 },
      ],
      t,
    )
    const series = option.series as Bars[]
    expect(series.map((s) => s.name)).toEqual(['pipeline.entered', 'pipeline.graduated'])
    expect(series[0].data).toEqual([3, 0])
    expect(series[1].data).toEqual([1, 2])
    expect((option.xAxis as { data: string[] }).data[1]).toBe('pipeline.quarterLabel:{"year":"2026","q":"3"}')
  })
})

describe('moneyOption', () => {
  it('draws budget, disbursed and spent in that order', () => {
    const series = (moneyOption({ budget: 300, disbursed: 200, spent: 100 }, t, 'en').series as Bars[])[0]
    expect(series.data.map((d) => (typeof d === 'number' ? d : d.value))).toEqual([300, 200, 100])
  })
})

describe('homeLinks', () => {
  it('open the lists behind the cards already filtered', () => {
    expect(homeLinks.incubatees('inc1')).toEqual({ path: '/organizations', query: { incubator_id: 'inc1', stage: 'incubating' } })
    expect(homeLinks.pendingQueue()).toEqual({ path: '/transitions', query: { status: 'pending', sort: 'oldest' } })
    expect(homeLinks.projectsOf('o1')).toEqual({ path: '/projects', query: { organization_id: 'o1' } })
    expect(homeLinks.turnoverByOrganization()).toEqual({ path: '/turnover', query: { group_by: 'organization' } })
  })

  it('reads the current and the previous quarter', () => {
    expect(lastTwo([1, 2, 3])).toEqual({ current: 3, previous: 2 })
    expect(lastTwo([])).toEqual({ current: undefined, previous: undefined })
  })
})
