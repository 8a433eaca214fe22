import type { QuarterOutcome } from '@/api/types'
import type { ChartOption } from '@/charts/echarts'
import { quarterLabel } from '@/domain/lifecycle'
import { formatFen, formatFenShort } from '@/format/money'

// Chart options of the home page. They take the translator so that a
// language switch recomputes them (the components wrap them in computed()).

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Entries against graduations per quarter, the current quarter last. */
export function outcomesOption(quarters: readonly QuarterOutcome[], t: Translate): ChartOption {
  const bars = (key: 'entered' | 'graduated', name: string) => ({
    type: 'bar' as const,
    name,
    data: quarters.map((q) => q[key]),
    barMaxWidth: 18,
    label: { show: true, position: 'top' as const, formatter: ({ value }: { value: unknown }) => (value ? String(value) : '') },
  })
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    color: ['#e6a23c', '#67c23a'],
    grid: { left: 8, right: 8, top: 20, bottom: 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: quarters.map((q) => quarterLabel(q.quarter, t)), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [bars('entered', t('pipeline.entered')), bars('graduated', t('pipeline.graduated'))],
  }
}

/** A funder's budget, disbursed and spent as three flat bars. */
export function moneyOption(money: { budget: number; disbursed: number; spent: number }, t: Translate, lang: string): ChartOption {
  const rows = [
    { name: t('home.budgetTotal'), value: money.budget, color: '#409eff' },
    { name: t('home.disbursed'), value: money.disbursed, color: '#e6a23c' },
    { name: t('home.spentTotal'), value: money.spent, color: '#67c23a' },
  ]
  return {
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => formatFen(Number(v)) },
    grid: { left: 8, right: 72, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFenShort(v, lang), hideOverlap: true } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: ({ value }: { value: unknown }) => formatFenShort(Number(value), lang) },
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: r.color } })),
      },
    ],
  }
}
