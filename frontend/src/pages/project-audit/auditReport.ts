import { ledgerApi, projectsApi } from '@/api/resources'
import type { AuditFlag, Disbursement, Expenditure, Page, PageQuery, Project, SpendAudit } from '@/api/types'
import { flagLedger } from '@/domain/money'

// What the printable audit of one project reads: the project, its spend
// audit, its payments, and the ledger entries its flags name.

/** The largest page the server gives. */
const pageSize = 200
/** Pages of expenditures read looking for the flagged ones (10,000 entries). */
const maxExpenditurePages = 50
/** Pages of disbursements read (a project has a handful). */
const maxDisbursementPages = 5
/** Entries printed under the flags; a flag naming more lists the first ones. */
export const maxFlaggedEntries = 500

/** Reads pages until `enough` holds, there are no more, or `maxPages` were read. */
export async function collectPages<T>(
  fetchPage: (page: PageQuery) => Promise<Page<T>>,
  maxPages: number,
  enough: (items: T[]) => boolean = () => false,
): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  for (let n = 0; n < maxPages; n++) {
    const page = await fetchPage({ limit: pageSize, cursor })
    items.push(...page.items)
    if (!page.next_cursor || enough(items)) break
    cursor = page.next_cursor
  }
  return items
}

/** A ledger entry a flag names, with every flag that names it. */
export type FlaggedEntry =
  | { id: string; kind: 'expenditure'; codes: string[]; entry: Expenditure | null }
  | { id: string; kind: 'disbursement'; codes: string[]; entry: Disbursement | null }

/**
 * The entries the flags name, once each, in the flags' order, with the
 * entry itself where it was read (null where it was not).
 */
export function flaggedEntries(
  flags: readonly AuditFlag[],
  expenditures: readonly Expenditure[],
  disbursements: readonly Disbursement[],
): FlaggedEntry[] {
  const spend = new Map(expenditures.map((e) => [e.id, e]))
  const pay = new Map(disbursements.map((d) => [d.id, d]))
  const rows = new Map<string, FlaggedEntry>()
  for (const flag of flags) {
    const kind = flagLedger(flag.code) === 'disbursements' ? 'disbursement' : 'expenditure'
    for (const id of flag.entry_ids) {
      const row = rows.get(id)
      if (row) {
        if (!row.codes.includes(flag.code)) row.codes.push(flag.code)
        continue
      }
      rows.set(
        id,
        kind === 'expenditure'
          ? { id, kind, codes: [flag.code], entry: spend.get(id) ?? null }
          : { id, kind, codes: [flag.code], entry: pay.get(id) ?? null },
      )
    }
  }
  return [...rows.values()]
}

/** The ids of expenditures the flags name. */
export function flaggedExpenditureIds(flags: readonly AuditFlag[]): Set<string> {
  return new Set(flags.filter((f) => flagLedger(f.code) === 'expenditures').flatMap((f) => f.entry_ids))
}

export interface AuditReport {
  project: Project
  audit: SpendAudit
  disbursements: Disbursement[]
  entries: FlaggedEntry[]
}

/** Reads everything the printed audit shows. */
export async function loadAuditReport(id: string): Promise<AuditReport> {
  const [project, audit, disbursements] = await Promise.all([
    projectsApi.get(id),
    projectsApi.spendAudit(id),
    collectPages((page) => ledgerApi.disbursements(id, page), maxDisbursementPages),
  ])
  const wanted = flaggedExpenditureIds(audit.flags)
  const expenditures =
    wanted.size === 0
      ? []
      : await collectPages((page) => ledgerApi.expenditures(id, page), maxExpenditurePages, (items) => {
          const seen = new Set(items.map((e) => e.id))
          return [...wanted].every((w) => seen.has(w))
        })
  return { project, audit, disbursements, entries: flaggedEntries(audit.flags, expenditures, disbursements) }
}
