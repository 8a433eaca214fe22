import { beforeAll, describe, expect, it } from 'vitest'
import { formatCount, formatDate, formatDateTime, formatDateTimeSeconds, formatDecimal, formatShare, todayISO } from './datetime'

beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai'
})

describe('formatDateTime', () => {
  it('shows UTC times in local time', () => {
    expect(formatDateTime('2025-03-01T18:05:09Z')).toBe('2025-03-02 02:05')
    expect(formatDateTimeSeconds('2025-03-01T18:05:09Z')).toBe('2025-03-02 02:05:09')
  })

  it('handles missing and unreadable values', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime('')).toBe('')
    expect(formatDateTime('not a time')).toBe('not a time')
  })
})

describe('formatCount', () => {
  it('groups digits', () => {
    expect(formatCount(12345, 'en')).toBe('12,345')
    expect(formatCount(0, 'zh-CN')).toBe('0')
    expect(formatCount(null, 'en')).toBe('')
  })
})

describe('formatDate', () => {
  it('shows the local day of a time and keeps plain dates', () => {
    expect(formatDate('2025-03-01T18:05:09Z')).toBe('2025-03-02')
    expect(formatDate('2025-03-01')).toBe('2025-03-01')
    expect(formatDate(null)).toBe('')
    expect(formatDate('soon')).toBe('soon')
  })
})

describe('formatDecimal and formatShare', () => {
  it('keeps one decimal and shows shares as percentages', () => {
    expect(formatDecimal(41.25, 'en')).toBe('41.3')
    expect(formatDecimal(41, 'zh-CN')).toBe('41')
    expect(formatDecimal(null, 'en')).toBe('')
    expect(formatShare(0.425, 'en')).toBe('42.5%')
    expect(formatShare(0, 'zh-CN')).toBe('0%')
    expect(formatShare(null, 'en')).toBe('')
  })
})

describe('todayISO', () => {
  it('formats the local day', () => {
    expect(todayISO(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
