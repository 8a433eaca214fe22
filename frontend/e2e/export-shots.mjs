// Screenshots of the Export menu and the printable audit for a look at how
// they fit: each language and width, into SHOTS_DIR (default /tmp/fe-shots).
// The audit is also printed to PDF, as a browser would on A4.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 SHOTS_DIR=/tmp/fe-shots node e2e/export-shots.mjs
import { mkdirSync } from 'node:fs'
import { apiGet, baseURL, sel, signIn, withBrowser } from './harness.mjs'

const dir = (process.env.SHOTS_DIR || '/tmp/fe-shots').replace(/\/$/, '')
mkdirSync(dir, { recursive: true })

const plans = [
  { user: 'funder', widths: [1366, 390] },
  { user: 'admin', widths: [1366, 390] },
]

async function settle(page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(400)
}

withBrowser(async (browser) => {
  for (const plan of plans) {
    for (const lang of ['zh-CN', 'en']) {
      for (const width of plan.widths) {
        const context = await browser.newContext({ viewport: { width, height: 900 } })
        await context.addInitScript((l) => localStorage.setItem('hatchery.lang', l), lang)
        const page = await context.newPage()
        await signIn(page, plan.user)
        const name = (what) => `${dir}/${what}-${plan.user}-${lang}-${width}.png`

        await page.goto(`${baseURL}/projects`)
        await page.locator(sel('page-title')).waitFor()
        await settle(page)
        await page.locator(sel('projects-export-button')).click()
        await page.locator(`${sel('projects-export-ledger-xlsx')}:visible`).waitFor()
        await page.waitForTimeout(300)
        await page.screenshot({ path: name('projects-export'), fullPage: width < 800 })
        await page.keyboard.press('Escape')

        const portfolio = await apiGet(page, '/reports/spend-audit').catch(() => null)
        const projects = await apiGet(page, '/projects?limit=1')
        const id = portfolio?.audits.find((a) => a.flags.length > 0)?.project_id ?? projects.items[0]?.id
        if (!id) continue

        await page.goto(`${baseURL}/projects/${id}`)
        await page.locator(sel('project-figures')).waitFor()
        await settle(page)
        await page.screenshot({ path: name('project'), fullPage: true })

        if (plan.user === 'funder' && width === 1366) {
          await page.goto(`${baseURL}/organizations`)
          await page.locator(sel('page-title')).waitFor()
          await settle(page)
          await page.screenshot({ path: name('organizations') })
        }

        await page.goto(`${baseURL}/projects/${id}/audit`)
        await page.locator(sel('audit-report')).waitFor()
        await settle(page)
        await page.screenshot({ path: name('audit-screen'), fullPage: true })
        await page.emulateMedia({ media: 'print' })
        await page.screenshot({ path: name('audit-print'), fullPage: true })
        if (width === 1366) await page.pdf({ path: `${dir}/audit-${plan.user}-${lang}.pdf`, format: 'A4', preferCSSPageSize: true })
        await context.close()
      }
    }
  }
  console.log(`screenshots in ${dir}`)
})
