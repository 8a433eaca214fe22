import { describe, expect, it } from 'vitest'
import { fenToYuanText, formatFen, formatFenShort, parseYuan, sumFen, type YuanParse } from './money'

const fen = (n: number): YuanParse => ({ ok: true, fen: n })
const refused = (error: string): YuanParse => ({ ok: false, error } as YuanParse)

describe('parseYuan', () => {
  it.each([
    ['0.01', 1],
    ['0.1', 10],
    ['0.2', 20],
    ['0', 0],
    ['-0', 0],
    ['12', 1200],
    ['12.3', 1230],
    ['12.30', 1230],
    ['1,234.50', 123450],
    ['1,234,567.89', 123456789],
    ['¥12.30', 1230],
    ['￥12.30', 1230],
    ['-¥12.30', -1230],
    ['¥-12.30', -1230],
    ['+5', 500],
    ['  7.05  ', 705],
    ['１２３．４５', 12345],
    ['１，２３４．５６', 123456],
    ['－１２．３', -1230],
    ['0012.5', 1250],
    ['10000000000', 1_000_000_000_000],
    ['10,000,000,000.00', 1_000_000_000_000],
    ['-10,000,000,000.00', -1_000_000_000_000],
    ['9999999999.99', 999_999_999_999],
  ])('reads %j as %d fen', (text, expected) => {
    expect(parseYuan(text)).toEqual(fen(expected))
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1.234', 'decimals'],
    ['0.001', 'decimals'],
    ['.5', 'point'],
    ['5.', 'point'],
    ['12,34.5', 'separator'],
    ['1,2345', 'separator'],
    [',123', 'separator'],
    ['1e3', 'syntax'],
    ['1 234', 'syntax'],
    ['12元', 'syntax'],
    ['abc', 'syntax'],
    ['1.2.3', 'syntax'],
    ['--5', 'syntax'],
    ['¥¥5', 'syntax'],
    ['10000000000.01', 'range'],
    ['-10000000000.01', 'range'],
    ['99999999999999999999', 'range'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseYuan(text)).toEqual(refused(error))
  })

  it('adds 0.1 and 0.2 yuan to exactly 0.30', () => {
    const a = parseYuan('0.1')
    const b = parseYuan('0.2')
    if (!a.ok || !b.ok) throw new Error('unreadable')
    expect(formatFen(sumFen([a.fen, b.fen]))).toBe('¥0.30')
  })
})

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [10, '¥0.10'],
    [123450, '¥1,234.50'],
    [100, '¥1.00'],
    [-1230, '-¥12.30'],
    [-5, '-¥0.05'],
    [1_000_000_000_000, '¥10,000,000,000.00'],
    [-1_000_000_000_000, '-¥10,000,000,000.00'],
  ])('prints %d fen as %s', (amount, text) => {
    expect(formatFen(amount)).toBe(text)
  })

  it('prints BigInt totals beyond Number as exactly', () => {
    expect(formatFen(2n ** 64n)).toBe('¥184,467,440,737,095,516.16')
  })

  it('refuses fractions of a fen', () => {
    expect(() => formatFen(0.5)).toThrow(RangeError)
  })

  it('reads back what it prints', () => {
    for (const amount of [0, 1, 99, 100, 123456789, -4321, 1_000_000_000_000]) {
      expect(parseYuan(formatFen(amount))).toEqual(fen(amount))
      expect(parseYuan(fenToYuanText(amount))).toEqual(fen(amount))
    }
  })
})

describe('fenToYuanText', () => {
  it('has no sign or separators', () => {
    expect(fenToYuanText(123450)).toBe('1234.50')
    expect(fenToYuanText(-5)).toBe('-0.05')
  })
})

describe('formatFenShort', () => {
  it.each([
    [0, 'zh-CN', '¥0'],
    [99_900, 'zh-CN', '¥999'],
    [1_234_500, 'zh-CN', '¥1.23万'],
    [27_500_000, 'zh-CN', '¥27.5万'],
    [891_500_000, 'zh-CN', '¥892万'],
    [12_500_000_000, 'zh-CN', '¥1.25亿'],
    [1_234_500, 'en', '¥12.3K'],
    [27_500_000, 'en', '¥275K'],
    [891_500_000, 'en', '¥8.92M'],
    [-1_000_000, 'en', '-¥10K'],
    [1_000_000_000_000, 'en', '¥10B'],
  ])('shortens %d fen in %s to %s', (amount, lang, text) => {
    expect(formatFenShort(amount, lang)).toBe(text)
  })
})
