import type { LeaveReason, TurnoverGroup, TurnoverReport, TurnoverTrend } from '@/api/types'
import type { ChartOption } from '@/charts/echarts'
import { leaveReasons } from '@/domain/enums'
import { quarterLabel } from '@/domain/lifecycle'

// Chart options of the turnover report. They take the translator so that a
// language switch recomputes them (the page wraps them in computed()).

type Translate = (key: string, values?: Record<string, unknown>) => string

/** SPEC 5.4's flag: turnover over 30% of the mean headcount. */
export const highTurnoverRate = 0.3

const percent = (value: number) => `${Math.round(value * 100)}%`

/**
 * The groups with the highest rates as horizontal bars (the first at the
 * top), red where flagged, with the 30% line. Groups without a rate (no
 * headcount) are left out. `label` names a group as the table does.
 */
export function rateOption(groups: readonly TurnoverGroup[], top: number, label: (g: TurnoverGroup) => string, t: Translate): ChartOption {
  const shown = groups.filter((g) => g.turnover_rate !== null).slice(0, top).reverse()
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => percent(Number(v)) },
    grid: { left: 8, right: 24, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => percent(v) }, max: (e: { max: number }) => Math.ceil(Math.max(e.max, 0.4) * 10) / 10 },
    yAxis: {
      type: 'category',
      data: shown.map(label),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('turnover.rate'),
        barMaxWidth: 18,
        data: shown.map((g) => ({
          value: g.turnover_rate ?? 0,
          itemStyle: { color: g.high_turnover ? '#f56c6c' : '#409eff' },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#f56c6c', type: 'dashed' },
          label: { formatter: t('turnover.threshold'), position: 'end', color: '#f56c6c' },
          data: [{ xAxis: highTurnoverRate }],
        },
      },
    ],
  }
}

/** Hires and separations per quarter as bars, the quarter's rate as a line on a second axis. */
export function trendOption(quarters: readonly TurnoverTrend[], t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    color: ['#67c23a', '#e6a23c', '#f56c6c'],
    grid: { left: 8, right: 8, top: 24, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: quarters.map((q) => quarterLabel(q.quarter, t)) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', axisLabel: { formatter: (v: number) => percent(v) }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: t('turnover.hires'), data: quarters.map((q) => q.hires), barMaxWidth: 24 },
      { type: 'bar', name: t('turnover.separations'), data: quarters.map((q) => q.separations), barMaxWidth: 24 },
      {
        type: 'line',
        name: t('turnover.rate'),
        yAxisIndex: 1,
        data: quarters.map((q) => q.turnover_rate),
        connectNulls: false,
        tooltip: { valueFormatter: (v) => (v === null || v === undefined ? '–' : percent(Number(v))) },
      },
    ],
  }
}

/** Departures by reason as a ring, every reason in the enumeration's order, empty ones left out. */
export function reasonsOption(reasons: TurnoverReport['leave_reasons'], t: Translate): ChartOption {
  const data = leaveReasons
    .map((r: LeaveReason) => ({ name: t(`leaveReason.${r}`), value: reasons[r] ?? 0 }))
    .filter((d) => d.value > 0)
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        name: t('turnover.leaveReasons'),
        radius: ['30%', '54%'],
        center: ['50%', '40%'],
        // The legend names the reasons; beside the ring only the counts, which fit a phone.
        label: { formatter: '{c}' },
        data,
      },
    ],
  }
}
