// Browser test of how the pages fit. In English at 1366 pixels nothing on a
// list or report page may be cut off: tags, table headers, shown
// placeholders, buttons and the page title keep their whole text; so they
// do in English at 1440 and in Chinese at 1366. At 390 pixels, in both
// languages, no page is wider than the window (wide tables scroll in their
// own box), the title does not stand one character per line, and
// placeholders and selects still show their whole text. A filter row's
// Reset and Export buttons stay in its row at the wide sizes.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/layout.mjs
import { mkdirSync } from 'node:fs'
import { apiGet, baseURL, check, runScenario, sel, signIn, withBrowser } from './harness.mjs'

/** Pages each account visits; `:org`, `:project` and `:survey` are filled from the API. */
const adminPages = [
  '/home',
  '/organizations',
  '/organizations/:org',
  '/projects',
  '/projects/:project',
  '/projects/:project/audit',
  '/funding-cycles',
  '/transitions',
  '/pipeline',
  '/turnover',
  '/surveys',
  '/surveys/:survey',
  '/needs',
  '/coverage',
  '/surveys-import',
  '/portfolio',
  '/communities',
  '/funders',
  '/users',
  '/audit',
  '/account',
]
// A funder's own pages: the home, its portfolio and what it pays for.
const funderPages = ['/home', '/portfolio', '/coverage', '/projects', '/turnover']

async function pathsFor(page, pages) {
  const ids = {}
  const first = async (path) => (await apiGet(page, path)).items?.[0]?.id
  if (pages.some((p) => p.includes(':org'))) ids.org = await first('/organizations?limit=1&stage=incubating')
  if (pages.some((p) => p.includes(':project'))) ids.project = await first('/projects?limit=1')
  if (pages.some((p) => p.includes(':survey'))) ids.survey = await first('/surveys?limit=1')
  return pages.map((p) =>
    p.replace(/:(org|project|survey)/, (_, k) => {
      check(ids[k], `no ${k} in the demo data for ${p}`)
      return ids[k]
    }),
  )
}

/** Opens a page and waits until its tables, charts and lists have loaded. */
async function open(page, path) {
  await page.goto(`${baseURL}${path}`)
  await page.locator(sel('page-title')).waitFor()
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.el-loading-mask')].every((m) => getComputedStyle(m).display === 'none'),
  )
  await page.waitForTimeout(250)
}

/** What is cut off on the page: one line per element, with its text. */
function truncated(page) {
  return page.evaluate(() => {
    const out = []
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    const label = (el) => (el.innerText || el.value || el.placeholder || '').trim().replace(/\s+/g, ' ').slice(0, 60)
    const over = (el) => el.scrollWidth > el.clientWidth + 1
    const inDialog = (el) => el.closest('.el-overlay, .el-popper, .el-drawer')
    const add = (kind, el, detail) => out.push(`${kind} "${label(el) || detail}"${detail && label(el) ? ` (${detail})` : ''}`)

    // Cut off by a box around it that hides what overflows (a table cell, a card);
    // a box that scrolls is fine.
    const clipped = (el) => {
      const rect = el.getBoundingClientRect()
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(box)
        if (/auto|scroll/.test(overflowX) || box.classList.contains('el-scrollbar__wrap')) return false
        if (overflowX === 'visible' && overflowY === 'visible') continue
        const outer = box.getBoundingClientRect()
        if (rect.right > outer.right + 1 || rect.left < outer.left - 1) return true
        if (/hidden|clip/.test(overflowY) && rect.bottom > outer.bottom + 1) return true
      }
      return false
    }
    for (const el of document.querySelectorAll('.el-tag, .stage-move')) {
      if (!visible(el) || inDialog(el)) continue
      const content = el.querySelector('.el-tag__content') || el
      // A cell that cuts its text with an ellipsis cuts the tags in it too.
      const cell = el.closest('.el-table .cell')
      if (over(el) || over(content) || clipped(el) || (cell && over(cell))) add(el.classList.contains('el-tag') ? 'tag' : 'stage move', el)
    }
    // A table's last row hidden under its edge.
    for (const el of document.querySelectorAll('.el-table__body tr.el-table__row:last-child td:first-child .cell')) {
      if (visible(el) && !inDialog(el) && clipped(el)) add('last table row', el)
    }
    for (const el of document.querySelectorAll('.el-table th .cell')) {
      if (visible(el) && !inDialog(el) && over(el)) add('table header', el)
    }
    for (const el of document.querySelectorAll('.el-button')) {
      if (visible(el) && !inDialog(el) && over(el)) add('button', el)
    }
    for (const el of document.querySelectorAll('[data-test="page-title"]')) {
      if (visible(el) && over(el)) add('page title', el)
    }
    // An input shows its placeholder while empty: the text must fit the box.
    const canvas = document.createElement('canvas').getContext('2d')
    for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      if (!visible(el) || inDialog(el) || el.value !== '' || !el.placeholder) continue
      const style = getComputedStyle(el)
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      const width = canvas.measureText(el.placeholder).width
      if (width > room + 1) add('placeholder', el, `${Math.ceil(width)}px text in ${Math.floor(room)}px`)
    }
    // Element Plus selects show their placeholder (or choice) in a span of their own.
    for (const el of document.querySelectorAll('.el-select__selected-item')) {
      if (visible(el) && !inDialog(el) && over(el)) add('select text', el)
    }
    return out
  })
}

/** A filter row whose buttons (Reset, Export) sit on a line of their own. */
function resetAlone(page) {
  return page.evaluate(() => {
    const out = []
    const isField = (item) => item.querySelector('input, .el-select, .el-date-editor')
    for (const form of document.querySelectorAll('.filters')) {
      const items = [...form.querySelectorAll('.el-form-item')].filter((i) => i.getClientRects().length)
      const buttons = items.filter((i) => !isField(i) && i.querySelector('button'))
      if (buttons.length === 0 || buttons.length === items.length) continue
      const top = buttons[0].getBoundingClientRect().top
      const line = items.filter((i) => Math.abs(i.getBoundingClientRect().top - top) < 4)
      if (!line.some(isField)) {
        out.push(`filter row: "${buttons.map((b) => b.innerText.trim()).join(' / ')}" on a line of its own`)
      }
    }
    return out
  })
}

/** Sideways scrolling of the document or the layout's scrolling box, and a title one character wide. */
function sideways(page) {
  return page.evaluate(() => {
    const out = []
    const doc = document.documentElement
    if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth}px wide in ${doc.clientWidth}px`)
    const main = document.querySelector('.layout-main')
    if (main && main.scrollWidth > main.clientWidth + 1) out.push(`content ${main.scrollWidth}px wide in ${main.clientWidth}px`)
    const title = document.querySelector('[data-test="page-title"]')
    if (title) {
      const lines = title.getBoundingClientRect().height / (parseFloat(getComputedStyle(title).fontSize) * 1.25)
      if (lines > 3.2) out.push(`title "${title.innerText}" ${title.clientWidth}px wide over ${Math.round(lines)} lines`)
    }
    return out
  })
}

async function context(browser, lang, width) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } })
  await ctx.addInitScript((l) => localStorage.setItem('hatchery.lang', l), lang)
  ctx.setDefaultTimeout(20000)
  return ctx
}

// LAYOUT_SHOTS=<dir> keeps a screenshot of every page visited.
if (process.env.LAYOUT_SHOTS) mkdirSync(process.env.LAYOUT_SHOTS, { recursive: true })

withBrowser(async (browser) => {
  const offenders = []
  const accounts = [
    ['admin', adminPages],
    ['funder', funderPages],
  ]
  const runs = [
    ['en', 1366],
    ['en', 1440],
    ['zh-CN', 1366],
    ['en', 390],
    ['zh-CN', 390],
  ]
  for (const [user, pages] of accounts) {
    for (const [lang, width] of runs) {
      // runScenario's own context is Chinese at 1366; this one sets language and width.
      const ctx = await context(browser, lang, width)
      const page = await ctx.newPage()
      try {
        await signIn(page, user)
        for (const path of await pathsFor(page, pages)) {
          await open(page, path)
          if (process.env.LAYOUT_SHOTS) {
            await page.screenshot({ path: `${process.env.LAYOUT_SHOTS}/${user}-${lang}-${width}${path.replace(/[0-9a-f-]{36}/, 'id').replace(/\//g, '_')}.png`, fullPage: true })
          }
          // Narrow, only what the user must read whole: placeholders and
          // select texts (tables scroll, tags may wrap).
          const found =
            width > 600
              ? [...(await truncated(page)), ...(await resetAlone(page))]
              : [...(await sideways(page)), ...(await truncated(page)).filter((f) => /^(placeholder|select text) /.test(f))]
          for (const f of found) offenders.push(`${user} ${lang} ${width}px ${path.replace(/[0-9a-f-]{36}/, ':id')}: ${f}`)
        }
      } finally {
        await ctx.close()
      }
    }
  }
  await runScenario(browser, 'layout: nothing cut off, nothing wider than the window', () => [
    ['offenders', async () => check(offenders.length === 0, `${offenders.length} offenders:\n  ${offenders.join('\n  ')}`)],
  ])
})
