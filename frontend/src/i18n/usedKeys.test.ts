import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { chinese as zhCN } from './catalogues'

// Every message the source names outright, t('section.key'), is in the
// catalogue (en.ts has the same keys, catalogue.test.ts checks that).
const srcDir = fileURLToPath(new URL('..', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(vue|ts)$/.test(entry.name) && !/\.(test|gen|d)\.ts$/.test(entry.name) ? [path] : []
  })
}

function has(catalogue: unknown, key: string): boolean {
  const value = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], catalogue)
  return typeof value === 'string'
}

describe('messages named in the source', () => {
  it('are all in the catalogue', () => {
    const missing: string[] = []
    let seen = 0
    for (const file of sources(srcDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bte?\('([\w.-]+)'/g)) {
        seen++
        if (!has(zhCN, match[1])) missing.push(`${match[1]} (${file.slice(srcDir.length)})`)
      }
    }
    expect(seen).toBeGreaterThan(300)
    expect(missing).toEqual([])
  })
})
