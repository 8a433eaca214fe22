import type { RegistrationType, Stage, TransitionStatus } from '@/api/types'

// Display rules of the organization lifecycle. What is allowed (moves,
// readiness, who decides) is the server's to answer; this file only says how
// its answers look.

/** Element Plus tag types. */
export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

const stageColours: Record<Stage, TagType> = {
  applicant: 'info',
  registered: 'primary',
  incubating: 'warning',
  independent: 'success',
  dormant: 'info',
  dissolved: 'danger',
}

export function stageTagType(stage: Stage): TagType {
  return stageColours[stage] ?? 'info'
}

const statusColours: Record<TransitionStatus, TagType> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  withdrawn: 'info',
}

export function statusTagType(status: TransitionStatus): TagType {
  return statusColours[status] ?? 'info'
}

/** A move out of incubation into independence: the one a readiness checklist decides. */
export function isGraduation(from: Stage, to: Stage): boolean {
  return from === 'incubating' && to === 'independent'
}

/**
 * Whether the form marks the credit code as required (SPEC 2). Only the
 * asterisk: the server decides and answers a field error.
 */
export function creditCodeExpected(type: RegistrationType | ''): boolean {
  return type !== '' && type !== 'community_filed' && type !== 'unregistered'
}

type Translate = (key: string, values?: Record<string, unknown>) => string
type HasKey = (key: string) => boolean

/**
 * The label of a readiness criterion: "days_incubating" from the catalogue's
 * criterion.* keys, "milestone:<type>" as "milestone <type label>"; a key the
 * catalogue does not know is shown as the server sent it.
 */
export function criterionLabel(key: string, t: Translate, te: HasKey): string {
  const [kind, detail] = key.split(':', 2)
  if (kind === 'milestone' && detail) {
    const typeKey = `milestoneType.${detail}`
    return t('criterion.milestone', { type: te(typeKey) ? t(typeKey) : detail })
  }
  const labelKey = `criterion.${key}`
  return te(labelKey) ? t(labelKey) : key
}

/** What a readiness criterion's figures say, as the server counted them. */
export interface CriterionFigures {
  key: string
  met: boolean
  figure: number
  required: number
}

/**
 * The organization's standing on one criterion in words from the catalogue
 * ("412 of 365 days in incubation", "Logged 2 times"); the server's own
 * account is English with raw codes, so the app writes its own. A criterion
 * the catalogue does not know shows its bare figures.
 */
export function criterionDetail(c: CriterionFigures, t: Translate): string {
  const values = { figure: c.figure, required: c.required }
  switch (c.key.split(':', 1)[0]) {
    case 'days_incubating':
      return t('readiness.detail.days', values)
    case 'milestone':
      return c.figure > 0 ? t('readiness.detail.milestoneLogged', values) : t('readiness.detail.milestoneMissing')
    case 'registered':
      return c.met ? t('readiness.detail.registered') : t('readiness.detail.unregistered')
    case 'active_staff':
      return t('readiness.detail.staff', values)
    case 'projects':
      return t('readiness.detail.projects', values)
    default:
      return t('readiness.figure', values)
  }
}

/** "2025Q3" as "2025 Q3" or "2025年第3季度", by the catalogue's quarter message. */
export function quarterLabel(quarter: string, t: Translate): string {
  const match = /^(\d{4})Q([1-4])$/.exec(quarter)
  return match ? t('pipeline.quarterLabel', { year: match[1], q: match[2] }) : quarter
}
