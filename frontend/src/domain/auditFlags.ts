import type { AuditFlag } from '@/api/types'
import { parseYuan } from '@/format/money'

// The spend audit answers each flag's evidence as an English sentence
// (models/spend_audit.go). To say it in the reader's language the app reads
// the figures back out of the sentences it knows; a sentence it does not
// know is shown as the server wrote it.

export interface Evidence {
  /** The catalogue key under flagDetail. */
  key: string
  values: Record<string, string | number>
}

const amount = '([\\d,]+\\.\\d{2})'

/** The yuan of a server sentence ("1,234.50") as fen, or null. */
function fen(text: string): number | null {
  const read = parseYuan(text)
  return read.ok ? read.fen : null
}

type Reader = (m: RegExpMatchArray) => Record<string, string | number> | null

const sentences: Record<string, [RegExp, Reader]> = {
  LINE_OVERSPENT: [
    new RegExp(`^(\\w+): ${amount} yuan spent against a line of ${amount} yuan, more than (\\d+)% over$`),
    (m) => ({ category: m[1], spent: fen(m[2]) ?? '', line: fen(m[3]) ?? '', percent: m[4] }),
  ],
  ADMIN_OVER_CAP: [
    new RegExp(`^admin is ${amount} yuan of ${amount} yuan net spend \\(([\\d.]+)%\\), over the (\\d+)% cap$`),
    (m) => ({ admin: fen(m[1]) ?? '', spent: fen(m[2]) ?? '', share: m[3], cap: m[4] }),
  ],
  SPEND_OUTSIDE_PERIOD: [
    /^(\d+) entries dated outside the project period (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/,
    (m) => ({ n: Number(m[1]), from: m[2], to: m[3] }),
  ],
  SPEND_EXCEEDS_DISBURSED: [
    new RegExp(`^${amount} yuan spent, ${amount} yuan disbursed: ${amount} yuan paid ahead by the organization$`),
    (m) => ({ spent: fen(m[1]) ?? '', disbursed: fen(m[2]) ?? '', ahead: fen(m[3]) ?? '' }),
  ],
  DUPLICATE_VOUCHER: [/^voucher (.+) is booked (\d+) times$/, (m) => ({ voucher: m[1], n: Number(m[2]) })],
  MISSING_VOUCHER: [
    new RegExp(`^(\\d+) entries of ${amount} yuan or more have no voucher$`),
    (m) => ({ n: Number(m[1]), threshold: fen(m[2]) ?? '' }),
  ],
  UNDERSPEND: [/^(\d+)% of the period gone, (\d+)% of the budget spent$/, (m) => ({ time: m[1], spent: m[2] })],
  TRANCHE_OVERDUE: [
    new RegExp(`^tranche (\\d+) of ${amount} yuan was due on (\\d{4}-\\d{2}-\\d{2}); ${amount} yuan paid$`),
    (m) => ({ seq: Number(m[1]), amount: fen(m[2]) ?? '', due: m[3], paid: fen(m[4]) ?? '' }),
  ],
}

/**
 * The figures of a flag's evidence under flagDetail.<code>, amounts in fen
 * (the caller formats them), or null for a sentence the app does not know.
 */
export function flagEvidence(flag: Pick<AuditFlag, 'code' | 'detail'>): Evidence | null {
  const known = sentences[flag.code]
  if (!known) return null
  const match = flag.detail.match(known[0])
  const values = match && known[1](match)
  if (!values || Object.values(values).some((v) => v === '')) return null
  return { key: `flagDetail.${flag.code}`, values }
}
