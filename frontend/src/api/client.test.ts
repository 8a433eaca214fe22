import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  buildQuery,
  http,
  parseRetryAfter,
  passwordExpiredType,
  problemFromResponse,
  setPasswordExpiredHandler,
  setUnauthorizedHandler,
} from './client'

function problem(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

describe('problemFromResponse', () => {
  it('reads title, detail and field errors from problem+json', async () => {
    const err = await problemFromResponse(
      problem(422, {
        type: 'https://hatchery.example/problems/validation',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'invalid input',
        errors: [
          { field: 'name', code: 'required', message: 'name is required' },
          { field: 'households', code: 'gte', message: 'households must be 0 or more' },
        ],
      }),
    )
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(422)
    expect(err.title).toBe('Unprocessable Entity')
    expect(err.detail).toBe('invalid input')
    expect(err.errors).toEqual([
      { field: 'name', code: 'required', message: 'name is required' },
      { field: 'households', code: 'gte', message: 'households must be 0 or more' },
    ])
  })

  it('survives a body that is not JSON', async () => {
    const err = await problemFromResponse(
      new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }),
    )
    expect(err.status).toBe(502)
    expect(err.title).toBe('Bad Gateway')
    expect(err.errors).toEqual([])
  })

  it('ignores malformed error entries', async () => {
    const err = await problemFromResponse(problem(400, { title: 'Bad Request', errors: [null, 'x', { field: 1, code: 'type' }] }))
    expect(err.errors).toEqual([{ field: '', code: 'type', message: '' }])
  })

  it('keeps the allowed targets of an illegal move and the unmet criteria of a graduation', async () => {
    const move = await problemFromResponse(
      problem(422, { type: 'urn:hatchery:problem:transition-not-allowed', allowed_targets: ['registered', 'dissolved', 7] }),
    )
    expect(move.code).toBe('transition-not-allowed')
    expect(move.allowedTargets).toEqual(['registered', 'dissolved'])
    expect(move.unmet).toEqual([])
    const notReady = await problemFromResponse(
      problem(422, { type: 'urn:hatchery:problem:not-ready', unmet: ['active_staff', 'milestone:governance_established'] }),
    )
    expect(notReady.code).toBe('not-ready')
    expect(notReady.unmet).toEqual(['active_staff', 'milestone:governance_established'])
  })

  it('takes Retry-After for a 429', async () => {
    const err = await problemFromResponse(problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '42' }))
    expect(err.retryAfter).toBe(42)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z')
    expect(parseRetryAfter('30', now)).toBe(30)
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', now)).toBe(60)
    expect(parseRetryAfter(null, now)).toBeNull()
    expect(parseRetryAfter('soon', now)).toBeNull()
  })
})

describe('buildQuery', () => {
  it('leaves out empty filters', () => {
    expect(buildQuery({ q: '', district: undefined, type: 'urban_village', limit: 50, cursor: null })).toBe(
      '?type=urban_village&limit=50',
    )
    expect(buildQuery({})).toBe('')
  })

  it('encodes values', () => {
    expect(buildQuery({ q: '幸福 里&1' })).toBe('?q=%E5%B9%B8%E7%A6%8F+%E9%87%8C%261')
  })
})

describe('http', () => {
  const fetchMock = vi.fn()
  beforeEach(() => {
    fetchMock.mockReset()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    setUnauthorizedHandler(null)
    setPasswordExpiredHandler(null)
  })

  it('sends JSON with the session cookie on writes, even with an empty body', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await http.post('/auth/logout')
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/auth/logout')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('same-origin')
    expect(init.headers['Content-Type']).toBe('application/json')
    expect(init.body).toBe('{}')
  })

  it('sends the extra headers asked for', async () => {
    fetchMock.mockResolvedValue(new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } }))
    await http.post('/projects/p1/expenditures', { amount_fen: 1 }, { headers: { 'Idempotency-Key': 'k-1' } })
    const [, init] = fetchMock.mock.calls[0]
    expect(init.headers['Idempotency-Key']).toBe('k-1')
    expect(init.headers['Content-Type']).toBe('application/json')
  })

  it('sends no body on GET and parses the answer', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ items: [], next_cursor: null, total: 0 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    const page = await http.get('/communities', { query: { limit: 50 } })
    expect(page).toEqual({ items: [], next_cursor: null, total: 0 })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/communities?limit=50')
    expect(init.body).toBeUndefined()
    expect(init.headers['Content-Type']).toBeUndefined()
  })

  it('throws ApiError and reports an ended session on 401', async () => {
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    fetchMock.mockResolvedValue(problem(401, { title: 'Unauthorized', status: 401 }))
    await expect(http.get('/communities')).rejects.toMatchObject({ status: 401 })
    expect(handler).toHaveBeenCalledOnce()
  })

  it('does not report a 401 that is the answer itself', async () => {
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    fetchMock.mockResolvedValue(problem(401, { title: 'Unauthorized', status: 401 }))
    await expect(http.post('/auth/login', {}, { redirectOn401: false })).rejects.toBeInstanceOf(ApiError)
    expect(handler).not.toHaveBeenCalled()
  })

  it('reports an expired password on its 403, and no other 403', async () => {
    const handler = vi.fn()
    setPasswordExpiredHandler(handler)
    fetchMock.mockResolvedValueOnce(problem(403, { type: 'urn:hatchery:problem:forbidden', title: 'Forbidden', status: 403 }))
    await expect(http.get('/users')).rejects.toMatchObject({ status: 403 })
    expect(handler).not.toHaveBeenCalled()
    fetchMock.mockResolvedValueOnce(problem(403, { type: passwordExpiredType, title: 'Password expired', status: 403 }))
    await expect(http.get('/organizations')).rejects.toMatchObject({ status: 403, type: passwordExpiredType })
    expect(handler).toHaveBeenCalledOnce()
  })

  it('turns a network failure into ApiError with status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await expect(http.get('/auth/me')).rejects.toMatchObject({ status: 0 })
  })
})
