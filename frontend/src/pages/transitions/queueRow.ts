import type { TransitionView } from '@/api/types'

/** How far a graduation's organization meets the criteria, as the server counted them; null for other moves. */
export interface ReadinessHint {
  met: number
  total: number
  complete: boolean
}

export function readinessHint(row: Pick<TransitionView, 'criteria_met' | 'criteria_total'>): ReadinessHint | null {
  if (row.criteria_met == null || row.criteria_total == null) return null
  return { met: row.criteria_met, total: row.criteria_total, complete: row.criteria_met >= row.criteria_total }
}

/**
 * What the actions column offers on a row: the decision buttons when the
 * server says the user may decide, the four-eyes note on a pending request
 * the user made themselves, nothing otherwise.
 */
export function decisionOffer(
  row: Pick<TransitionView, 'status' | 'can_decide' | 'requested_by'>,
  userId: string | undefined,
): 'decide' | 'another-reviewer' | 'none' {
  if (row.status !== 'pending') return 'none'
  if (row.can_decide) return 'decide'
  return userId !== undefined && row.requested_by === userId ? 'another-reviewer' : 'none'
}
