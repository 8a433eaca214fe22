// ECharts with only what the app draws: bars, pies, the pipeline funnel and
// the funding timeline (a custom series with marked gaps and today), on
// canvas.
import { init, use, type ComposeOption } from 'echarts/core'
import {
  BarChart,
  CustomChart,
  FunnelChart,
  PieChart,
  type BarSeriesOption,
  type CustomSeriesOption,
  type FunnelSeriesOption,
  type PieSeriesOption,
} from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([
  BarChart,
  CustomChart,
  FunnelChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
])

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | CustomSeriesOption
  | FunnelSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>

export { init }
