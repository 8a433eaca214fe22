import type { Disbursement, ProjectStatus, Tranche } from '@/api/types'
import type { TagType } from './lifecycle'

// Display rules of projects and their money. What may happen (moves, who
// records what) is the server's to answer; this file only says how its
// answers look.

const statusColours: Record<ProjectStatus, TagType> = {
  draft: 'info',
  contracted: 'primary',
  active: 'warning',
  completed: 'success',
  terminated: 'danger',
}

export function projectStatusTagType(status: ProjectStatus): TagType {
  return statusColours[status] ?? 'info'
}

/** Chart colours by status, matching the tags (Element Plus's palette). */
export const projectStatusColours: Record<ProjectStatus, string> = {
  draft: '#909399',
  contracted: '#409eff',
  active: '#e6a23c',
  completed: '#67c23a',
  terminated: '#f56c6c',
}

/** Colours of the money charts: budget, disbursed, spent, and spent beyond the budget. */
export const moneyColours = { budget: '#a0cfff', disbursed: '#409eff', spent: '#67c23a', over: '#e6a23c', expected: '#c0c4cc' }

/** The statuses in which money moves (SPEC 4.2), so a tranche can fall overdue. */
const moneyMoves: readonly ProjectStatus[] = ['contracted', 'active', 'completed']

export type TrancheState = 'paid' | 'partly_paid' | 'due' | 'overdue'

export interface TrancheRow extends Tranche {
  paid_fen: number
  state: TrancheState
}

/**
 * Each planned tranche with what was paid against it (reversals net out, as
 * they carry the tranche of the entry they reverse) and its state: paid in
 * full; overdue once its day has passed unpaid on a project where money
 * moves (the spend audit's TRANCHE_OVERDUE); otherwise partly paid or due.
 */
export function trancheRows(
  tranches: readonly Tranche[],
  disbursements: readonly Disbursement[],
  status: ProjectStatus,
  today: string,
): TrancheRow[] {
  const paid = new Map<number, number>()
  for (const d of disbursements) {
    if (d.tranche_seq !== null) paid.set(d.tranche_seq, (paid.get(d.tranche_seq) ?? 0) + d.amount_fen)
  }
  return tranches.map((t) => {
    const paidFen = paid.get(t.seq) ?? 0
    let state: TrancheState
    if (paidFen >= t.amount_fen) state = 'paid'
    else if (t.due_on < today && moneyMoves.includes(status)) state = 'overdue'
    else state = paidFen > 0 ? 'partly_paid' : 'due'
    return { ...t, paid_fen: paidFen, state }
  })
}

export const trancheStateTag: Record<TrancheState, TagType> = {
  paid: 'success',
  partly_paid: 'primary',
  due: 'info',
  overdue: 'danger',
}

/** The spend audit's flags whose entries are disbursements; the others name expenditures. */
export function flagLedger(code: string): 'disbursements' | 'expenditures' {
  return code === 'TRANCHE_OVERDUE' ? 'disbursements' : 'expenditures'
}

/** The last characters of an entry's id: enough to tell entries apart, short enough to list. */
export function shortId(id: string): string {
  return id.length > 8 ? `…${id.slice(-8)}` : id
}

/** The spend audit's flags in the order SPEC 5.3 lists them (the server's too). */
const auditFlagOrder = [
  'LINE_OVERSPENT',
  'ADMIN_OVER_CAP',
  'SPEND_OUTSIDE_PERIOD',
  'SPEND_EXCEEDS_DISBURSED',
  'DUPLICATE_VOUCHER',
  'MISSING_VOUCHER',
  'UNDERSPEND',
  'TRANCHE_OVERDUE',
]

/** The codes the server answered, in the audit's order; a code new to the app goes last. */
export function orderedFlagCodes(codes: Iterable<string>): string[] {
  const rank = (c: string) => (auditFlagOrder.includes(c) ? auditFlagOrder.indexOf(c) : auditFlagOrder.length)
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}
