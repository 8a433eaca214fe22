import type { QuarterOutcome, Stage } from '@/api/types'
import type { ChartOption } from '@/charts/echarts'
import { pipelineStages } from '@/domain/enums'
import { quarterLabel } from '@/domain/lifecycle'

// Chart options of the pipeline report. They take the translator so that a
// language switch recomputes them (the page wraps them in computed()).

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Element Plus's palette, matching the stage tags. */
const stageColours: Partial<Record<Stage, string>> = {
  applicant: '#909399',
  registered: '#409eff',
  incubating: '#e6a23c',
  independent: '#67c23a',
}

/**
 * The funnel from applicant to independent, in pipeline order (not sorted
 * by size: a stage can hold more organizations than the one before it).
 */
export function funnelOption(byStage: Partial<Record<Stage, number>>, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        name: t('pipeline.funnel'),
        sort: 'none',
        left: '10%',
        width: '80%',
        top: 8,
        bottom: 8,
        minSize: '25%',
        gap: 2,
        label: { show: true, position: 'inside', formatter: '{b}  {c}' },
        data: pipelineStages.map((stage) => ({
          name: t(`stage.${stage}`),
          value: byStage[stage] ?? 0,
          itemStyle: { color: stageColours[stage] },
        })),
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
  }))
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    color: ['#e6a23c', '#67c23a', '#909399'],
    grid: { left: 8, right: 16, top: 16, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: quarters.map((q) => quarterLabel(q.quarter, t)) },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  }
}
