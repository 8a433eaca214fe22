// Writes <file>.gz and <file>.br beside every compressible file of dist/
// (scripts, stylesheets, HTML, SVG, JSON and text over 1 KiB), so that the
// server can send them as they are to browsers that accept them. Run by
// `npm run build` after `vite build`.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const compressible = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt'])
const minBytes = 1024

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (entry.isFile()) yield path
  }
}

async function compress(path) {
  const raw = await readFile(path)
  if (raw.length < minBytes) return null
  const [gz, br] = await Promise.all([
    gzipAsync(raw, { level: 9 }),
    brotliAsync(raw, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  ])
  await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)])
  return { raw: raw.length, gz: gz.length, br: br.length }
}

const jobs = []
for await (const path of files(dist)) {
  if (compressible.has(extname(path))) jobs.push(compress(path))
}
const done = (await Promise.all(jobs)).filter((r) => r !== null)
const sum = (key) => done.reduce((total, r) => total + r[key], 0)
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`
console.log(
  `compressed ${done.length} files in ${relative(process.cwd(), dist) || '.'}: ` +
    `${kib(sum('raw'))} -> ${kib(sum('gz'))} gzip, ${kib(sum('br'))} brotli`,
)
