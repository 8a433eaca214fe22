import type { FundingPeriod } from '@/api/types'
import type { ChartOption } from '@/charts/echarts'
import { projectStatusColours } from '@/domain/money'
import { formatFen } from '@/format/money'

// The timeline of an organization's funded project periods (SPEC 5.2),
// one row per project, with the gaps between them shaded and today marked.

type Translate = (key: string, values?: Record<string, unknown>) => string

const day = 24 * 60 * 60 * 1000

/** A "YYYY-MM-DD" date as the UTC midnight it starts, in ms. */
function at(date: string): number {
  return Date.parse(`${date}T00:00:00Z`)
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export interface Gap {
  from: string
  to: string
  days: number
}

/**
 * Where the gaps lie: the days after everything before a project has ended
 * and before it starts. The server answers their lengths (gaps_days); the
 * timeline needs their dates, found the same way from the same periods.
 */
export function fundingGaps(periods: readonly FundingPeriod[]): Gap[] {
  const sorted = [...periods].sort((a, b) => a.start_on.localeCompare(b.start_on))
  const gaps: Gap[] = []
  let coveredTo = ''
  for (const p of sorted) {
    if (coveredTo && p.start_on > coveredTo) {
      const days = Math.round((at(p.start_on) - at(coveredTo)) / day) - 1
      if (days > 0) gaps.push({ from: iso(at(coveredTo) + day), to: iso(at(p.start_on) - day), days })
    }
    if (p.end_on > coveredTo) coveredTo = p.end_on
  }
  return gaps
}

interface RenderApi {
  value: (dim: number) => number
  coord: (point: [number, number]) => [number, number]
  size: (value: [number, number]) => [number, number]
  style: () => Record<string, unknown>
}

interface RenderParams {
  dataIndex: number
  coordSys: { x: number; y: number; width: number; height: number }
}

export function timelineOption(periods: readonly FundingPeriod[], today: string, t: Translate, lang: string): ChartOption {
  const rows = periods.map((p) => (p.code ? p.code : t('funding.hidden')))
  const gaps = fundingGaps(periods)
  const data = periods.map((p, i) => ({
    value: [i, at(p.start_on), at(p.end_on) + day],
    itemStyle: { color: projectStatusColours[p.status] },
  }))
  const renderItem = (params: RenderParams, api: RenderApi) => {
    const [x0, y] = api.coord([api.value(1), api.value(0)])
    const [x1] = api.coord([api.value(2), api.value(0)])
    const h = api.size([0, 1])[1] * 0.56
    const { x, width } = params.coordSys
    const left = Math.max(x0, x)
    const right = Math.min(x1, x + width)
    if (right <= left) return undefined
    return { type: 'rect', shape: { x: left, y: y - h / 2, width: right - left, height: h, r: 3 }, style: api.style() }
  }
  const tooltip = (p: { dataIndex: number }) => {
    const period = periods[p.dataIndex]
    const head = period.code ? `<b>${period.code}</b> · ${period.funder_name}` : `<b>${t('funding.hidden')}</b>`
    return [head, `${period.start_on} – ${period.end_on}`, t(`projectStatus.${period.status}`), formatFen(period.budget_fen)].join('<br>')
  }
  const dateLabel = (ms: number) =>
    new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(ms))
  return {
    tooltip: { trigger: 'item', formatter: tooltip as never },
    grid: { left: 8, right: 24, top: 24, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'time', axisLabel: { formatter: dateLabel as never, hideOverlap: true }, splitLine: { show: true } },
    yAxis: { type: 'category', data: rows, inverse: true, axisTick: { show: false } },
    series: [
      {
        type: 'custom',
        renderItem: renderItem as never,
        encode: { x: [1, 2], y: 0 },
        data,
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(245, 108, 108, 0.12)' },
          label: { color: '#c45656', fontSize: 11, position: 'insideTop' },
          data: gaps.map((g) => [{ xAxis: at(g.from), name: t('funding.gap', { days: g.days }) }, { xAxis: at(g.to) + day }]),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#409eff', type: 'dashed' },
          label: { formatter: t('funding.today'), position: 'start', color: '#409eff' },
          data: [{ xAxis: at(today) }],
        },
      },
    ],
  }
}
