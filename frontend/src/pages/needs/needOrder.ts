import type { Need } from '@/api/surveys'

const rank = { high: 0, medium: 1, low: 2 } as const

/** The board's order: unanswered before answered, then by priority, then by mentions. */
export function boardOrder(needs: readonly Need[]): Need[] {
  return [...needs].sort(
    (a, b) =>
      Number(a.covered) - Number(b.covered) || rank[a.priority] - rank[b.priority] || b.mentions - a.mentions,
  )
}
