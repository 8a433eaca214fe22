// Demand surveys, their needs, project-need links, the coverage report and
// the survey import (SPEC 2, 5.5), all through http in client.ts.
import { apiBase, http, problemFromResponse } from './client'
import type { NeedCategory, NeedPriority, SurveyMethod } from './enums.gen'
import type { Page, PageQuery, ProjectStatus } from './types'

export type SurveyMethodValue = (typeof SurveyMethod)[number]
export type NeedCategoryValue = (typeof NeedCategory)[number]
export type NeedPriorityValue = (typeof NeedPriority)[number]

export interface NeedProject {
  project_id: string
  code: string
  title: string
  status: ProjectStatus
  note: string
}

export interface Need {
  id: string
  survey_id: string
  community_id: string
  community_name?: string
  category: NeedCategoryValue
  title: string
  description: string
  mentions: number
  priority: NeedPriorityValue
  created_at: string
  projects: NeedProject[]
  covered: boolean
}

export interface Survey {
  id: string
  community_id: string
  community_name?: string
  district?: string
  title: string
  method: SurveyMethodValue
  conducted_by_org_id: string | null
  conducted_by_org_name?: string | null
  conducted_on: string
  respondents: number
  stale?: boolean
  needs_count?: number
  needs: Need[]
  created_at: string
  updated_at: string
  version: number
}

export interface NeedInput {
  id?: string
  category: string
  title: string
  description: string
  mentions: number
  priority: string
}

export interface SurveyInput {
  community_id: string
  title: string
  method: string
  conducted_by_org_id: string | null
  conducted_on: string
  respondents: number
  needs: NeedInput[]
}

export interface SurveyFilter {
  district?: string
  community_id?: string
  method?: string
}

export interface NeedFilter {
  community_id?: string
  district?: string
  category?: string
  priority?: string
  survey_id?: string
  project_id?: string
  uncovered?: string
}

export interface CommunityCoverage {
  community_id: string
  community_name: string
  street: string
  district: string
  surveys: number
  latest_survey_on: string | null
  stale: boolean
  needs: number
  needs_covered: number
  coverage: number | null
  uncovered_high: number
  projects: number
  projects_linked_share: number | null
}

export interface DistrictCoverage {
  district: string
  communities?: number
  communities_without_answer?: number
  communities_without_answer_share?: number | null
  needs?: number
  needs_covered?: number
  coverage?: number | null
}

export interface DemandCoverage {
  communities: CommunityCoverage[]
  districts: DistrictCoverage[]
  communities_without_answer_share: number | null
  communities_without_answer: number
  communities_without_survey: number
  communities_total: number
}

/** One problem of an import file, as the preview and the refusal list them. */
export interface ImportRowError {
  row: number
  column: string
  code: string
  message: string
}

export interface ImportPreview {
  surveys?: number
  needs?: number
  rows?: number
  errors: ImportRowError[]
  [key: string]: unknown
}

const seg = encodeURIComponent

export const surveysApi = {
  list: (filter: SurveyFilter, page: PageQuery) => http.get<Page<Survey>>('/surveys', { query: { ...filter, ...page } }),
  get: (id: string) => http.get<Survey>(`/surveys/${seg(id)}`),
  create: (input: SurveyInput) => http.post<Survey>('/surveys', input),
  update: (id: string, version: number, changes: Partial<SurveyInput>) =>
    http.patch<Survey>(`/surveys/${seg(id)}`, { version, ...changes }),
}

export const needsApi = {
  list: (filter: NeedFilter, page: PageQuery) => http.get<Page<Need>>('/needs', { query: { ...filter, ...page } }),
  ofProject: (projectId: string) => http.get<Page<Need> | Need[]>(`/projects/${seg(projectId)}/needs`),
  link: (projectId: string, needId: string, note: string) =>
    http.post<unknown>(`/projects/${seg(projectId)}/needs`, { need_id: needId, note }),
  unlink: (projectId: string, needId: string) => http.del(`/projects/${seg(projectId)}/needs/${seg(needId)}`),
}

export const coverageApi = {
  report: (district: string) => http.get<DemandCoverage>('/reports/demand-coverage', { query: { district } }),
}

/** The template's address, for a plain download link. */
export function importTemplateUrl(format: 'xlsx' | 'csv'): string {
  return `${apiBase}/surveys/import/template?format=${format}`
}

/**
 * Sends an import file as multipart: a dry run answers the preview; the
 * real import answers 201, or 422 with the same row errors.
 */
export async function importSurveys(file: File, dryRun: boolean): Promise<ImportPreview> {
  const body = new FormData()
  body.append('file', file)
  const res = await fetch(`${apiBase}/surveys/import${dryRun ? '?dry_run=true' : ''}`, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
  if (res.status === 422) {
    const clone = res.clone()
    const problem = (await clone.json().catch(() => ({}))) as { errors?: ImportRowError[] }
    if (Array.isArray(problem.errors) && problem.errors.some((e) => typeof e.row === 'number')) {
      return { errors: problem.errors }
    }
  }
  if (!res.ok) throw await problemFromResponse(res)
  const answer = (await res.json()) as ImportPreview
  return { ...answer, errors: answer.errors ?? [] }
}

/** A list answer or a bare array, as items. */
export function itemsOf<T>(answer: Page<T> | T[]): T[] {
  return Array.isArray(answer) ? answer : answer.items
}
