// A survey older than a year is stale (SPEC 5.5). The server says so where
// it answers `stale`; this is the same rule for a list that does not.
export const staleSurveyDays = 365

export function isStale(conductedOn: string, stale?: boolean, now = new Date()): boolean {
  if (typeof stale === 'boolean') return stale
  const at = Date.parse(`${conductedOn}T00:00:00Z`)
  return !Number.isNaN(at) && now.getTime() - at > staleSurveyDays * 24 * 3600 * 1000
}
