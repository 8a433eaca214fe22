// Screenshots of an incubator's organization list and own page, a profile
// as a reviewer reads it, and the 404 page, in zh-CN and en at 1366 px, into
// SHOTS_DIR (default /tmp/prof-shots). Changes nothing.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 SHOTS_DIR=/tmp/prof-shots node e2e/incubator-shots.mjs
import { mkdirSync } from 'node:fs'
import { apiGet, baseURL, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

const dir = (process.env.SHOTS_DIR || '/tmp/prof-shots').replace(/\/$/, '')
mkdirSync(dir, { recursive: true })

async function open(browser, lang, username) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 1000 } })
  await context.addInitScript((l) => localStorage.setItem('hatchery.lang', l), lang)
  const page = await context.newPage()
  await signIn(page, username)
  return { context, page }
}

withBrowser(async (browser) => {
  for (const lang of ['zh-CN', 'en']) {
    const { context, page } = await open(browser, lang, 'incubator')
    const me = await apiGet(page, '/auth/me')
    await page.goto(`${baseURL}/organizations`)
    await waitForTable(page, 'organizations-table', true)
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${dir}/org-list-${lang}.png` })
    await page.goto(`${baseURL}/organizations/${me.organization_id}`)
    await waitForTable(page, 'org-hosted-table', true)
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${dir}/own-page-${lang}.png` })
    // The layout scrolls inside its main area: bring the hosted card into view.
    await page.locator(sel('org-hosted-panel')).scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${dir}/own-page-hosted-${lang}.png` })
    await page.goto(`${baseURL}/no-such-page`)
    await page.locator(sel('not-found-result')).waitFor()
    await page.screenshot({ path: `${dir}/not-found-${lang}.png` })
    await context.close()

    const reviewer = await open(browser, lang, 'reviewer')
    const list = await apiGet(reviewer.page, '/organizations?limit=1')
    await reviewer.page.goto(`${baseURL}/organizations/${list.items[0].id}`)
    await reviewer.page.locator(sel('org-profile-read')).waitFor()
    await reviewer.page.waitForTimeout(300)
    await reviewer.page.screenshot({ path: `${dir}/read-only-${lang}.png` })
    await reviewer.context.close()
  }
})
