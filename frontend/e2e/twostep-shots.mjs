// Screenshots of the account page's two-step card while setting it up, in
// both languages at 1366, 1440 and 390 pixels. Confirms nothing, so the
// auditor's second factor stays off.
//   HATCHERY_E2E_URL=... SHOTS=/tmp/shots node e2e/twostep-shots.mjs
import { mkdirSync } from 'node:fs'
import { baseURL, sel, signIn, withBrowser } from './harness.mjs'

const dir = process.env.SHOTS || 'test-results/twostep-shots'
mkdirSync(dir, { recursive: true })

withBrowser(async (browser) => {
  for (const lang of ['zh-CN', 'en']) {
    for (const width of [1366, 1440, 390]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } })
      await ctx.addInitScript((l) => localStorage.setItem('hatchery.lang', l), lang)
      const page = await ctx.newPage()
      await signIn(page, 'auditor')
      await page.goto(`${baseURL}/account`)
      await page.locator(sel('two-step-enrol-start')).click()
      await page.locator(`${sel('two-step-qr')} svg`).waitFor()
      await page.locator(sel('account-two-step')).screenshot({ path: `${dir}/account-${lang}-${width}.png` })
      await ctx.close()
    }
  }
})
