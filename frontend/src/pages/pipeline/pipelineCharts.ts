import type { QuarterOutcome, Stage } from '@/api/types'
import type { ChartOption } from '@/charts/echarts'
import { stages } from '@/domain/enums'
import { quarterLabel } from '@/domain/lifecycle'

// Chart options of the pipeline report. They take the translator so that a
// language switch recomputes them (the page wraps them in computed()).

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Element Plus's palette, matching the stage tags. */
const stageColours: Record<Stage, string> = {
  applicant: '#909399',
  registered: '#409eff',
  incubating: '#e6a23c',
  independent: '#67c23a',
  dormant: '#b1b3b8',
  dissolved: '#f56c6c',
}

/** A bar's count beside it; an empty bar stays unlabelled. */
function countLabel(position: 'top' | 'right') {
  return { show: true, position, formatter: ({ value }: { value: unknown }) => (value ? String(value) : '') }
}

/**
 * How many organizations are in each stage today, one bar per stage in
 * lifecycle order from the top. These are counts now, not a flow through
 * the period: the report has no figure for organizations registered in the
 * period, so a funnel would misread. The bars lie flat so that the stage
 * names have room in either language.
 */
export function stageCountOption(byStage: Partial<Record<Stage, number>>, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: { type: 'category', inverse: true, data: stages.map((stage) => t(`stage.${stage}`)) },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: t('pipeline.byStageCount'),
        barMaxWidth: 24,
        label: countLabel('right'),
        data: stages.map((stage) => ({ value: byStage[stage] ?? 0, itemStyle: { color: stageColours[stage] } })),
      },
    ],
  }
}

/** Entries, graduations and ends per quarter, as grouped bars. */
export function quarterOption(quarters: readonly QuarterOutcome[], t: Translate): ChartOption {
  const series = (['entered', 'graduated', 'ended'] as const).map((key) => ({
    type: 'bar' as const,
    name: t(`pipeline.${key}`),
    data: quarters.map((q) => q[key]),
    barMaxWidth: 28,
    label: countLabel('top'),
  }))
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    color: ['#e6a23c', '#67c23a', '#909399'],
    grid: { left: 8, right: 16, top: 24, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: quarters.map((q) => quarterLabel(q.quarter, t)) },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  }
}
