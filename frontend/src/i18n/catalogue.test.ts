import { describe, expect, it } from 'vitest'
import * as enums from '@/api/enums.gen'
import { chinese as zhCN, english } from './catalogues'

const en = await english()

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix]
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function lookup(catalogue: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogue)
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
}

describe('i18n catalogues', () => {
  it('have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })

  it('have no empty messages', () => {
    for (const catalogue of [zhCN, en]) {
      for (const key of keys(catalogue)) {
        const value = lookup(catalogue, key)
        expect(typeof value === 'string' && value.trim() !== '', key).toBe(true)
      }
    }
  })

  it('use the same placeholders in both languages', () => {
    for (const key of keys(zhCN)) {
      expect(placeholders(lookup(en, key) as string), key).toEqual(placeholders(lookup(zhCN, key) as string))
    }
  })

  it('avoid characters that the message syntax treats as special', () => {
    for (const catalogue of [zhCN, en]) {
      for (const key of keys(catalogue)) {
        expect(/[@|$]/.test(lookup(catalogue, key) as string), key).toBe(false)
      }
    }
  })

  it('label every value of every enumeration in the OpenAPI document', () => {
    // Stage's values are labelled stage.<value>, OrganizationCategory's organizationCategory.<value>.
    for (const [lang, catalogue] of Object.entries({ 'zh-CN': zhCN, en })) {
      const present = new Set(keys(catalogue))
      for (const [schema, values] of Object.entries(enums)) {
        const section = schema[0].toLowerCase() + schema.slice(1)
        const missing = values.map((v) => `${section}.${v}`).filter((key) => !present.has(key))
        expect(missing, `${lang} lacks labels for ${schema}`).toEqual([])
      }
    }
  })
})
