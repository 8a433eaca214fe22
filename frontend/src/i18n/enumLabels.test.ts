import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as enums from '@/api/enums.gen'
import { chinese as zhCN, english } from './catalogues'

// The server writes enum values in exports with the labels the pages show.
// It reads them from handlers/enum_labels.json, made from these catalogues:
// `npm run gen:labels` writes it, and this test fails while it is stale.
const file = fileURLToPath(new URL('../../../handlers/enum_labels.json', import.meta.url))

const en = await english()

function labels(catalogue: Record<string, unknown>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  for (const [schema, values] of Object.entries(enums)) {
    const section = catalogue[schema[0].toLowerCase() + schema.slice(1)] as Record<string, string>
    out[schema] = Object.fromEntries(values.map((v) => [v, section[v]]))
  }
  return out
}

describe('the server copy of the enum labels', () => {
  it('is made from the catalogues', () => {
    const want = JSON.stringify({ 'zh-CN': labels(zhCN), en: labels(en) }, null, 2) + '\n'
    if (process.env.GEN_LABELS) writeFileSync(file, want)
    expect(readFileSync(file, 'utf8'), 'handlers/enum_labels.json is stale: run `npm run gen:labels`').toBe(want)
  })
})
