import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { command, generate } from '../../scripts/gen-api.mjs'

describe('files generated from api/openapi.json', () => {
  it('are what the generator makes of the document now', async () => {
    const stale = []
    for (const { path, text } of await generate()) {
      if (readFileSync(path, 'utf8') !== text) stale.push(relative(process.cwd(), path))
    }
    expect(stale, `out of date with api/openapi.json; run \`${command}\` in frontend/ and commit the result`).toEqual([])
  })
})
