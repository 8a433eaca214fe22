import type { Benford, ProjectStatus } from '@/api/types'
import type { ChartOption } from '@/charts/echarts'
import { projectStatuses } from '@/domain/enums'
import { moneyColours, projectStatusColours } from '@/domain/money'
import { formatFen, formatFenShort } from '@/format/money'

// The charts of a funder's portfolio. They take the translator and the
// language so that a switch recomputes them (the page wraps them in
// computed()). Amounts stay in fen; only labels turn them into yuan.

type Translate = (key: string, values?: Record<string, unknown>) => string

const grid = { left: 8, right: 16, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const

/** Projects per status, in the order a project passes them, coloured as the tags. */
export function statusOption(byStatus: Partial<Record<ProjectStatus, number>>, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid,
    xAxis: {
      type: 'category',
      data: projectStatuses.map((s) => t(`projectStatus.${s}`)),
      // Every status named in full, slanted so long words do not run into each other.
      axisLabel: { interval: 0, rotate: 30 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('portfolio.projects'),
        barMaxWidth: 36,
        label: { show: true, position: 'top' },
        data: projectStatuses.map((s) => ({ value: byStatus[s] ?? 0, itemStyle: { color: projectStatusColours[s] } })),
      },
    ],
  }
}

/** Budget, disbursed and spent across the portfolio, as three bars. */
export function moneyOption(totals: { budget_fen: number; disbursed_fen: number; spent_fen: number }, t: Translate, lang: string): ChartOption {
  const bars = [
    { name: t('project.budget'), value: totals.budget_fen, color: moneyColours.budget },
    { name: t('project.disbursed'), value: totals.disbursed_fen, color: moneyColours.disbursed },
    { name: t('project.spent'), value: totals.spent_fen, color: totals.spent_fen > totals.budget_fen ? moneyColours.over : moneyColours.spent },
  ]
  return {
    tooltip: {
      trigger: 'item',
      formatter: ((p: { dataIndex: number }) => `${bars[p.dataIndex].name}: ${formatFen(bars[p.dataIndex].value)}`) as never,
    },
    grid,
    xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFenShort(v, lang) } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top', formatter: ((p: { value: number }) => formatFenShort(p.value, lang)) as never },
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color } })),
      },
    ],
  }
}

/** Flags per code, as horizontal bars in the audit's order, top down. */
export function flagsOption(flagsByCode: Record<string, number>, codes: readonly string[], t: Translate): ChartOption {
  const rows = [...codes].reverse()
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { ...grid, right: 32 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((c) => t(`auditFlag.${c}`)) },
    series: [
      {
        type: 'bar',
        name: t('portfolio.flagCount'),
        barMaxWidth: 16,
        label: { show: true, position: 'right' },
        itemStyle: { color: moneyColours.over },
        data: rows.map((c) => flagsByCode[c] ?? 0),
      },
    ],
  }
}

/** The share of amounts by first digit, observed against Benford's expected share. */
export function benfordOption(benford: Benford, t: Translate, lang: string): ChartOption {
  const percent = (v: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v)
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: ((v: number) => percent(v)) as never },
    legend: { bottom: 0 },
    grid: { ...grid, bottom: 32 },
    xAxis: { type: 'category', data: benford.digits.map((d) => String(d.digit)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => percent(v) } },
    series: [
      { type: 'bar', name: t('portfolio.observed'), data: benford.digits.map((d) => d.observed), itemStyle: { color: moneyColours.disbursed }, barMaxWidth: 18 },
      { type: 'bar', name: t('portfolio.expected'), data: benford.digits.map((d) => d.expected), itemStyle: { color: moneyColours.expected }, barMaxWidth: 18 },
    ],
  }
}
