import type { AuditLine } from '@/api/types'
import type { ChartOption } from '@/charts/echarts'
import { moneyColours } from '@/domain/money'
import { formatFen, formatFenShort } from '@/format/money'

// The charts of a project page. They take the translator and the language
// so that a switch recomputes them (the page wraps them in computed()).
// Values stay in fen; only labels turn them into yuan.

type Translate = (key: string, values?: Record<string, unknown>) => string

interface TooltipParam {
  dataIndex: number
}

/**
 * Budget against net spend per budget line, as horizontal bars: spend up to
 * the line in green, spend beyond it in the warning colour, stacked.
 */
export function budgetOption(lines: readonly AuditLine[], t: Translate, lang: string): ChartOption {
  const rows = [...lines].reverse() // the first line on top
  const within = rows.map((l) => Math.max(0, Math.min(l.spent_fen, l.budget_fen)))
  const over = rows.map((l) => Math.max(0, l.spent_fen - Math.max(l.budget_fen, 0)))
  const tooltip = (params: TooltipParam[] | TooltipParam) => {
    const line = rows[(Array.isArray(params) ? params[0] : params).dataIndex]
    const parts = [
      `<b>${t(`budgetCategory.${line.category}`)}</b>`,
      `${t('project.budget')}: ${formatFen(line.budget_fen)}`,
      `${t('project.spent')}: ${formatFen(line.spent_fen)}`,
      line.remaining_fen < 0
        ? `${t('spendAudit.overLine')}: ${formatFen(-line.remaining_fen)}`
        : `${t('spendAudit.remaining')}: ${formatFen(line.remaining_fen)}`,
    ]
    return parts.join('<br>')
  }
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip as never },
    legend: { bottom: 0, data: [t('project.budget'), t('project.spent'), t('spendAudit.overLine')] },
    grid: { left: 8, right: 24, top: 8, bottom: 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFenShort(v, lang), hideOverlap: true } },
    yAxis: { type: 'category', data: rows.map((l) => t(`budgetCategory.${l.category}`)) },
    series: [
      {
        type: 'bar',
        name: t('project.budget'),
        data: rows.map((l) => l.budget_fen),
        itemStyle: { color: moneyColours.budget },
        barMaxWidth: 14,
        barGap: '10%',
      },
      {
        type: 'bar',
        name: t('project.spent'),
        stack: 'spent',
        data: within,
        itemStyle: { color: moneyColours.spent },
        barMaxWidth: 14,
      },
      {
        type: 'bar',
        name: t('spendAudit.overLine'),
        stack: 'spent',
        data: over,
        itemStyle: { color: moneyColours.over },
        barMaxWidth: 14,
      },
    ],
  }
}
