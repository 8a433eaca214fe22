// How ledger rows look: each row carries its entry's id as a class, so a
// link can scroll to it, and is marked when reversed, a reversal, or the
// entry asked for.

interface Entry {
  id: string
  reversed_by: string | null
  reverses_id: string | null
}

export function entryClass(id: string): string {
  return `entry-${id}`
}

export function entryRowClass(entry: Entry, located: string | null): string {
  const classes = [entryClass(entry.id)]
  if (entry.reversed_by) classes.push('is-reversed')
  if (entry.reverses_id) classes.push('is-reversal')
  if (entry.id === located) classes.push('is-located')
  return classes.join(' ')
}
