import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, filenameFromDisposition } from './client'
import { exportQuery, exportsApi } from './resources'

describe('filenameFromDisposition', () => {
  it.each([
    ['RFC 5987 name before the plain one', `attachment; filename="export.xlsx"; filename*=UTF-8''%E7%A4%BE%E4%BC%9A%E7%BB%84%E7%BB%87_2026-11-27.xlsx`, '社会组织_2026-11-27.xlsx'],
    ['plain quoted name', 'attachment; filename="projects_2026-11-27.csv"', 'projects_2026-11-27.csv'],
    ['plain bare name', 'attachment; filename=ledger.csv', 'ledger.csv'],
    ['escaped quote', 'attachment; filename="a\\"b.csv"', 'a"b.csv'],
    ['extended name with a language', `attachment; filename*=utf-8'zh-CN'%E9%A1%B9%E7%9B%AE.json`, '项目.json'],
    ['broken encoding falls back', `attachment; filename="x.csv"; filename*=UTF-8''%E7%A4`, 'x.csv'],
  ])('%s', (_, header, name) => {
    expect(filenameFromDisposition(header)).toBe(name)
  })

  it('has nothing to go by without a header or a name', () => {
    expect(filenameFromDisposition(null)).toBeNull()
    expect(filenameFromDisposition('attachment')).toBeNull()
  })
})

describe('exportQuery', () => {
  it('keeps the filters, drops paging and adds format and language', () => {
    expect(exportQuery({ q: '绿', status: '', limit: 50, cursor: 'abc' }, 'xlsx', 'en')).toEqual({
      q: '绿',
      status: '',
      format: 'xlsx',
      lang: 'en',
    })
  })
})

describe('exportsApi', () => {
  const fetchMock = vi.fn()
  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
  })

  it('leaves empty filters out of the address', () => {
    expect(exportsApi.url('/projects', { q: '', year: '2026' }, 'csv', 'zh-CN')).toBe(
      '/api/v1/projects?year=2026&format=csv&lang=zh-CN',
    )
  })

  it('answers the file and the name the server gave', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockResolvedValue(
      new Response('PK\u0003\u0004', {
        status: 200,
        headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E9%A1%B9%E7%9B%AE.xlsx` },
      }),
    )
    const file = await exportsApi.fetch('/expenditures', { funder_id: 'f1' }, 'xlsx', 'zh-CN')
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/expenditures?funder_id=f1&format=xlsx&lang=zh-CN')
    expect(file.filename).toBe('项目.xlsx')
    expect(await file.blob.text()).toBe('PK\u0003\u0004')
  })

  it('turns a refusal into ApiError with the server detail', async () => {
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({ type: 'urn:hatchery:problem:export_too_large', status: 422, detail: 'over 100000 rows: use CSV' }),
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    )
    const err = await exportsApi.fetch('/projects', {}, 'xlsx', 'en').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).code).toBe('export_too_large')
    expect((err as ApiError).detail).toBe('over 100000 rows: use CSV')
  })
})
