import type { ChartOption } from '@/charts/echarts'
import type { DemandCoverage } from '@/api/surveys'

export interface DistrictShare {
  district: string
  without: number
  total: number
  share: number
}

/**
 * Each district's share of communities without an answer, from the
 * report's district counts (or its communities, were those left out).
 */
export function districtShares(report: DemandCoverage): DistrictShare[] {
  const counted = new Map<string, { without: number; total: number }>()
  for (const c of report.communities) {
    const d = counted.get(c.district) ?? { without: 0, total: 0 }
    d.total++
    if (c.needs_covered === 0) d.without++
    counted.set(c.district, d)
  }
  const names = report.districts?.length ? report.districts.map((d) => d.district) : [...counted.keys()]
  return names.map((district) => {
    const row = report.districts?.find((d) => d.district === district)
    const c = counted.get(district) ?? { without: 0, total: 0 }
    const total = row?.communities ?? c.total
    const without = row?.communities_without_answer ?? c.without
    const share = total ? without / total : 0
    return { district, without, total, share }
  })
}

/** How many districts the chart shows side by side and still reads. */
export const chartedDistrictCount = 15

/**
 * The districts the chart shows: all of them, or, where a province has more
 * than fit, those with the largest shares without an answer, largest first.
 */
export function chartedDistricts(rows: DistrictShare[], n = chartedDistrictCount): DistrictShare[] {
  if (rows.length <= n) return rows
  return [...rows].sort((a, b) => b.share - a.share || a.district.localeCompare(b.district)).slice(0, n)
}

/** Bars of the share per district, with the paper's 91% as a line. */
export function districtOption(rows: DistrictShare[]): ChartOption {
  const crowded = rows.length > 5
  return {
    grid: { left: 8, right: 40, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${Math.round(Number(v) * 100)}%` },
    xAxis: { type: 'category', data: rows.map((r) => r.district), axisLabel: { interval: 0, rotate: crowded ? 30 : 0 } },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: rows.map((r) => r.share),
        label: { show: true, position: 'top', formatter: (p) => `${Math.round(Number(p.value) * 100)}%` },
        itemStyle: { color: '#c45656' },
        markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#909399' }, label: { formatter: '91%' }, data: [{ yAxis: 0.91 }] },
      },
    ],
  }
}
