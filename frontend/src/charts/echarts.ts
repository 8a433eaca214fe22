// ECharts with only what the app draws: bars, pies and the pipeline funnel,
// on canvas.
import { init, use, type ComposeOption } from 'echarts/core'
import {
  BarChart,
  FunnelChart,
  PieChart,
  type BarSeriesOption,
  type FunnelSeriesOption,
  type PieSeriesOption,
} from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, FunnelChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

export { init }
