// Screenshots of the account page for a look at how it fits: zh-CN and en,
// wide and phone width, into SHOTS_DIR (default /tmp/acct-shots). Signs in
// as the demo org_staff user (bound to an organization) and changes nothing.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 SHOTS_DIR=/tmp/acct-shots node e2e/account-shots.mjs
import { mkdirSync } from 'node:fs'
import { baseURL, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

const dir = (process.env.SHOTS_DIR || '/tmp/acct-shots').replace(/\/$/, '')
mkdirSync(dir, { recursive: true })

withBrowser(async (browser) => {
  for (const lang of ['zh-CN', 'en']) {
    for (const width of [1366, 390]) {
      // Tall enough for the whole page: the layout scrolls inside its main area.
      const context = await browser.newContext({ viewport: { width, height: width > 767 ? 1400 : 2600 } })
      await context.addInitScript((l) => localStorage.setItem('hatchery.lang', l), lang)
      const page = await context.newPage()
      await signIn(page, 'orgstaff')
      await page.locator(sel('current-user')).click()
      await page.locator(sel('menu-account')).waitFor({ state: 'visible' })
      await page.waitForTimeout(300)
      await page.screenshot({ path: `${dir}/menu-${lang}-${width}.png`, clip: { x: 0, y: 0, width, height: 300 } })
      await page.locator(sel('menu-account')).click()
      await page.waitForURL((url) => url.pathname === '/account')
      await waitForTable(page, 'sessions-table', true)
      await waitForTable(page, 'tokens-table', false)
      await page.locator(sel('profile-bound')).locator('a').waitFor()
      // A refusal beside its field, as a user would meet it.
      await page.locator(sel('password-current')).fill('not-the-password')
      await page.locator(sel('password-new')).fill('a-new-passphrase-1')
      await page.locator(sel('password-repeat')).fill('a-new-passphrase-2')
      await page.locator(sel('password-submit')).click()
      await page.locator('.el-form-item__error').first().waitFor()
      await page.waitForTimeout(400)
      await page.screenshot({ path: `${dir}/account-${lang}-${width}.png` })
      await context.close()
    }
  }
})
