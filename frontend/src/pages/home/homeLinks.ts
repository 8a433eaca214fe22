import type { RouteLocationRaw } from 'vue-router'

// Where each home card leads: the list behind its figure, already filtered
// by the query parameters the list pages read.

export const homeLinks = {
  pendingQueue: (): RouteLocationRaw => ({ path: '/transitions', query: { status: 'pending', sort: 'oldest' } }),
  pipeline: (): RouteLocationRaw => ({ path: '/pipeline' }),
  coverage: (): RouteLocationRaw => ({ path: '/coverage' }),
  portfolio: (): RouteLocationRaw => ({ path: '/portfolio' }),
  turnoverByOrganization: (): RouteLocationRaw => ({ path: '/turnover', query: { group_by: 'organization' } }),
  incubatees: (incubatorId: string): RouteLocationRaw => ({
    path: '/organizations',
    query: { incubator_id: incubatorId, stage: 'incubating' },
  }),
  graduationRequests: (): RouteLocationRaw => ({ path: '/transitions', query: { status: 'pending', to_stage: 'independent' } }),
  organization: (id: string): RouteLocationRaw => ({ path: `/organizations/${id}` }),
  projectsOf: (organizationId: string): RouteLocationRaw => ({ path: '/projects', query: { organization_id: organizationId } }),
  projectsIn: (status: string): RouteLocationRaw => ({ path: '/projects', query: status ? { status } : {} }),
  project: (id: string): RouteLocationRaw => ({ path: `/projects/${id}` }),
}

/** The quarter's figure and the one before it, from quarters oldest first. */
export function lastTwo<T>(quarters: readonly T[]): { current: T | undefined; previous: T | undefined } {
  return { current: quarters[quarters.length - 1], previous: quarters[quarters.length - 2] }
}
