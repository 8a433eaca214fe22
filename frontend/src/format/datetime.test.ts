import { beforeAll, describe, expect, it } from 'vitest'
import { formatCount, formatDateTime, formatDateTimeSeconds } from './datetime'

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
