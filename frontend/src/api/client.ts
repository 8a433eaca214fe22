// The one way the app talks to the server: JSON over fetch with the session
// cookie, errors as RFC 9457 problem details turned into ApiError.

import type { components } from './openapi.gen'

export const apiBase = '/api/v1'

export type FieldError = components['schemas']['FieldError']

/** A request the server refused or could not answer (status 0: no answer at all). */
export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  readonly errors: FieldError[]
  /** Seconds to wait before trying again, from Retry-After (429, 503). */
  readonly retryAfter: number | null
  /** For an illegal stage move: the stages the organization may move to instead. */
  readonly allowedTargets: string[]
  /** For a graduation that is not ready: the keys of the unmet criteria. */
  readonly unmet: string[]

  constructor(init: {
    status: number
    type?: string
    title?: string
    detail?: string
    errors?: FieldError[]
    retryAfter?: number | null
    allowedTargets?: string[]
    unmet?: string[]
  }) {
    super(init.detail || init.title || `HTTP ${init.status}`)
    this.name = 'ApiError'
    this.status = init.status
    this.type = init.type ?? 'about:blank'
    this.title = init.title ?? ''
    this.detail = init.detail ?? ''
    this.errors = init.errors ?? []
    this.retryAfter = init.retryAfter ?? null
    this.allowedTargets = init.allowedTargets ?? []
    this.unmet = init.unmet ?? []
  }

  /** The last segment of the problem type, e.g. "not-ready" for "urn:hatchery:problem:not-ready". */
  get code(): string {
    return this.type.slice(this.type.lastIndexOf(':') + 1)
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError
}

/** Reads Retry-After as delay-seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return null
  return Math.max(0, Math.ceil((at - now) / 1000))
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return []
  return value
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({
      field: typeof e.field === 'string' ? e.field : '',
      code: typeof e.code === 'string' ? e.code : '',
      message: typeof e.message === 'string' ? e.message : '',
    }))
}

/** Builds the ApiError for a failed response, whatever its body holds. */
export async function problemFromResponse(res: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(res.headers.get('Retry-After'))
  let body: Record<string, unknown> = {}
  const contentType = res.headers.get('Content-Type') ?? ''
  if (contentType.includes('json')) {
    try {
      const parsed: unknown = await res.json()
      if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>
    } catch {
      // A broken body still leaves the status to go by.
    }
  }
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined)
  return new ApiError({
    status: res.status,
    type: text('type'),
    title: text('title') ?? res.statusText,
    detail: text('detail'),
    errors: asFieldErrors(body.errors),
    retryAfter,
    allowedTargets: asStrings(body.allowed_targets),
    unmet: asStrings(body.unmet),
  })
}

export type QueryValue = string | number | boolean | null | undefined

/** Joins query parameters, leaving out empty ones so that "no filter" sends nothing. */
export function buildQuery(query?: Record<string, QueryValue>): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export interface RequestOptions {
  query?: Record<string, QueryValue>
  body?: unknown
  /** False for calls whose 401 is an answer, not an expired session (login, me). */
  redirectOn401?: boolean
  signal?: AbortSignal
  /** Extra request headers, such as Idempotency-Key on a money POST. */
  headers?: Record<string, string>
}

let onUnauthorized: (() => void) | null = null

/** Registers what to do when the session has ended (the router sends the user to sign in). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler
}

let onPasswordExpired: (() => void) | null = null

/** The problem type of a session whose password has passed the maximum age. */
export const passwordExpiredType = 'urn:hatchery:problem:password_expired'

/** Registers what to do when the server says the password must be changed first. */
export function setPasswordExpiredHandler(handler: (() => void) | null): void {
  onPasswordExpired = handler
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' }
  let body: string | undefined
  if (method !== 'GET' && method !== 'HEAD') {
    // The server answers 415 to a write without a JSON content type, even an empty one.
    headers['Content-Type'] = 'application/json'
    if (method !== 'DELETE' || options.body !== undefined) body = JSON.stringify(options.body ?? {})
  }
  let res: Response
  try {
    res = await fetch(apiBase + path + buildQuery(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err
    throw new ApiError({ status: 0, title: 'network', detail: String(err) })
  }
  if (!res.ok) {
    const problem = await problemFromResponse(res)
    if (problem.status === 401 && options.redirectOn401 !== false) onUnauthorized?.()
    if (problem.status === 403 && problem.type === passwordExpiredType) onPasswordExpired?.()
    throw problem
  }
  if (res.status === 204) return undefined as T
  const contentType = res.headers.get('Content-Type') ?? ''
  if (!contentType.includes('json')) return undefined as T
  return (await res.json()) as T
}

export const http = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body: unknown = {}, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  del: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
}

/**
 * The file name a Content-Disposition header gives: the RFC 5987
 * `filename*=UTF-8''...` when present (the server sends Chinese names so),
 * otherwise the plain `filename`.
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)
  if (extended) {
    const value = extended[1].trim().replace(/^"(.*)"$/, '$1')
    // charset'language'percent-encoded-name
    const parts = /^[^']*'[^']*'(.*)$/.exec(value)
    try {
      return decodeURIComponent(parts ? parts[1] : value)
    } catch {
      // A broken encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header)
  if (!plain) return null
  const name = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1].trim()
  return name || null
}

/** The address of a GET, for the browser to fetch itself (a streamed download). */
export function fileUrl(path: string, query?: Record<string, QueryValue>): string {
  return apiBase + path + buildQuery(query)
}

/** A file the server answered: its contents and the name it gave. */
export interface DownloadedFile {
  blob: Blob
  filename: string | null
}

/**
 * Fetches a file (an export, a report) with the session cookie; a refusal
 * becomes the same ApiError as any other call.
 */
export async function downloadFile(
  path: string,
  query?: Record<string, QueryValue>,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  let res: Response
  try {
    res = await fetch(fileUrl(path, query), { credentials: 'same-origin', signal })
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err
    throw new ApiError({ status: 0, title: 'network', detail: String(err) })
  }
  if (!res.ok) {
    const problem = await problemFromResponse(res)
    if (problem.status === 401) onUnauthorized?.()
    throw problem
  }
  return { blob: await res.blob(), filename: filenameFromDisposition(res.headers.get('Content-Disposition')) }
}
