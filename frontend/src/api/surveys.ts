// Demand surveys, their needs, project-need links, the coverage report and
// the survey import (SPEC 2, 5.5), all through http in client.ts.
import { ApiError, apiBase, http, problemFromResponse } from './client'
import type { NeedCategory, NeedPriority, SurveyMethod } from './enums.gen'
import type { components } from './openapi.gen'
import type { Page, PageQuery } from './types'

export type SurveyMethodValue = (typeof SurveyMethod)[number]
export type NeedCategoryValue = (typeof NeedCategory)[number]
export type NeedPriorityValue = (typeof NeedPriority)[number]

type Schemas = components['schemas']

export type NeedProject = Schemas['NeedProject']
export type Need = Schemas['Need']
export type Survey = Schemas['DemandSurvey']

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

export type CommunityCoverage = Schemas['CommunityCoverage']
export type DistrictCoverage = Schemas['DistrictCoverage']
export type DemandCoverage = Schemas['CoverageReport']

/** One problem of an import file, as the preview and the refusal list them. */
export type ImportRowError = Schemas['ImportRowError']
export type ImportCounts = Schemas['ImportCounts']
export type ImportedSurvey = Schemas['ImportedSurvey']

/** What a dry run or an import answers: the file's counts, its surveys and its errors. */
export interface ImportResult {
  errors: ImportRowError[]
  counts: ImportCounts | null
  surveys: ImportedSurvey[]
  dryRun: boolean
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
  ofProject: (projectId: string) => http.get<Page<Need>>(`/projects/${seg(projectId)}/needs`, { query: { limit: 200 } }),
  link: (projectId: string, needId: string, note: string) =>
    http.post<unknown>(`/projects/${seg(projectId)}/needs`, { need_id: needId, note }),
  unlink: (projectId: string, needId: string) => http.del(`/projects/${seg(projectId)}/needs/${seg(needId)}`),
}

/** The report's communities in an order (a column, "-" before it for descending), one page of them. */
export interface CoveragePage {
  sort: string
  limit: number
  offset: number
}

export const coverageApi = {
  report: (district: string, page: CoveragePage) =>
    http.get<DemandCoverage>('/reports/demand-coverage', { query: { district, ...page } }),
}

/** The template's address, for a plain download link. */
export function importTemplateUrl(format: 'xlsx' | 'csv'): string {
  return `${apiBase}/surveys/import/template?format=${format}`
}

/**
 * Sends an import file as multipart: a dry run answers the preview; the
 * real import answers 201, or 422 with the same row errors (the refusal's
 * row_errors), which come back as a result too.
 */
export async function importSurveys(file: File, dryRun: boolean): Promise<ImportResult> {
  const body = new FormData()
  body.append('file', file)
  let res: Response
  try {
    res = await fetch(`${apiBase}/surveys/import${dryRun ? '?dry_run=true' : ''}`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    })
  } catch (err) {
    throw new ApiError({ status: 0, title: 'network', detail: String(err) })
  }
  if (res.status === 422) {
    const problem = (await res.clone().json().catch(() => ({}))) as { row_errors?: ImportRowError[]; counts?: ImportCounts }
    if (Array.isArray(problem.row_errors) && problem.row_errors.length > 0) {
      return { errors: problem.row_errors, counts: problem.counts ?? null, surveys: [], dryRun }
    }
  }
  if (!res.ok) throw await problemFromResponse(res)
  const answer = (await res.json()) as Schemas['SurveyImport']
  return { errors: answer.errors ?? [], counts: answer.counts, surveys: answer.surveys ?? [], dryRun: answer.dry_run }
}
