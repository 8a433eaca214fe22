import type { Role } from '@/api/types'

// Which role sees which page. The server enforces the same rules; the app
// uses them only to hide what would be refused.

export type PageKey = 'overview' | 'communities' | 'funders' | 'users' | 'audit' | 'tokens'

/** Pages in the order the side navigation lists them. */
export const pageOrder: readonly PageKey[] = ['overview', 'communities', 'funders', 'users', 'audit', 'tokens']

const restricted: Partial<Record<PageKey, readonly Role[]>> = {
  users: ['admin'],
  audit: ['admin', 'reviewer'],
}

export function canSee(role: Role, page: PageKey): boolean {
  const allowed = restricted[page]
  return !allowed || allowed.includes(role)
}

export function visiblePages(role: Role): PageKey[] {
  return pageOrder.filter((page) => canSee(role, page))
}

/** Creating and editing reference data (communities, funders) is for admins. */
export function canEditReferenceData(role: Role): boolean {
  return role === 'admin'
}

/**
 * The in-app path to return to after sign-in. Anything that is not a plain
 * local path (another origin, "//host", a scheme) is replaced by the default.
 */
export function safeRedirect(target: unknown, fallback = '/communities'): string {
  if (typeof target !== 'string') return fallback
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback
  if (target === '/login' || target.startsWith('/login?')) return fallback
  return target
}
