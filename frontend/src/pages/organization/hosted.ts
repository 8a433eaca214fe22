/**
 * Whole days from `since` (an RFC 3339 time) to `now`. An organization an
 * incubator hosts is in the incubating stage, so its stage_since is the day
 * it moved in.
 */
export function daysSince(since: string, now = new Date()): number {
  const start = Date.parse(since)
  if (Number.isNaN(start)) return 0
  return Math.max(0, Math.floor((now.getTime() - start) / 86_400_000))
}
