import { isApiError } from '@/api/client'

/**
 * What a refused decision means for the queue: "four-eyes" when the user made
 * the request (a reviewer or admin is otherwise allowed to decide, so a 403
 * here is that rule), "stale" when it was decided meanwhile or the
 * organization moved (409), null for anything the form shows itself.
 */
export function decisionRefusal(err: unknown): 'four-eyes' | 'stale' | null {
  if (!isApiError(err)) return null
  if (err.status === 403) return 'four-eyes'
  if (err.status === 409) return 'stale'
  return null
}
