// Derives the frontend's view of the API from the server's OpenAPI document
// (api/openapi.json at the repository root), so that no shape or enumeration
// is copied by hand:
//
//   src/api/openapi.gen.ts  the TypeScript types of every path and schema (openapi-typescript)
//   src/api/enums.gen.ts    the values of every component schema that is an enum, in the document's order
//
// `npm run gen:api` writes both; src/api/generated.test.ts fails while either
// differs from what this produces.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

export const command = 'npm run gen:api'

const documentURL = new URL('../../api/openapi.json', import.meta.url)
const typesURL = new URL('../src/api/openapi.gen.ts', import.meta.url)
const enumsURL = new URL('../src/api/enums.gen.ts', import.meta.url)

const header = `// Generated from api/openapi.json by \`${command}\`. Do not edit.\n`

async function typesFile(document) {
  // Request bodies give defaults to optional fields (households: 0); those
  // fields stay optional rather than becoming required.
  const ast = await openapiTS(document, { defaultNonNullable: false })
  return `${header}\n${astToString(ast)}`
}

function arrayLiteral(values) {
  const items = values.map((v) => JSON.stringify(v))
  const line = `[${items.join(', ')}]`
  return line.length <= 100 ? line : `[\n${items.map((i) => `  ${i},`).join('\n')}\n]`
}

function enumsFile(document) {
  const blocks = []
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    if (!Array.isArray(schema.enum)) continue
    const doc = schema.description ? `/** ${schema.description} */\n` : ''
    blocks.push(`${doc}export const ${name} = ${arrayLiteral(schema.enum)} as const\n`)
  }
  return `${header}// Each list names its type in src/api/types.ts; the i18n catalogue labels\n// every value under the list's name in lowerCamelCase.\n\n${blocks.join('\n')}`
}

/** What each generated file should hold now, by path. */
export async function generate() {
  const document = JSON.parse(await readFile(documentURL, 'utf8'))
  return [
    { path: fileURLToPath(typesURL), text: await typesFile(structuredClone(document)) },
    { path: fileURLToPath(enumsURL), text: enumsFile(document) },
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { path, text } of await generate()) {
    await writeFile(path, text)
    console.log(`wrote ${path}`)
  }
}
