// Gzipped size of what the built index.html makes the browser fetch before
// the app starts: the page itself, its entry script, its stylesheets and its
// modulepreloads. Run after `npm run build`: `node scripts/first-load-size.mjs`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'))
const refs = [...html.toString().matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+)"/g)].map((m) => m[1])

const gz = (buf) => gzipSync(buf, { level: 9 }).length
const rows = [['index.html', html.length, gz(html)]]
for (const ref of refs) {
  if (ref.startsWith('data:')) continue
  const buf = readFileSync(join(dist, ref))
  rows.push([ref, buf.length, gz(buf)])
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KiB'
let raw = 0
let zipped = 0
for (const [name, size, gzSize] of rows) {
  raw += size
  zipped += gzSize
  console.log(`${kb(size)} ${kb(gzSize)} gz  ${name}`)
}
console.log(`${kb(raw)} ${kb(zipped)} gz  total first load (${rows.length} files)`)
