// Screenshots of each role's home for a look at how it fits: every demo
// account, both languages, 1440, 1366 and 390 pixels wide, into SHOTS_DIR
// (default /tmp/home-shots).
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 SHOTS_DIR=/tmp/home-shots node e2e/home-shots.mjs
import { mkdirSync } from 'node:fs'
import { sel, signIn, withBrowser } from './harness.mjs'

const dir = (process.env.SHOTS_DIR || '/tmp/home-shots').replace(/\/$/, '')
mkdirSync(dir, { recursive: true })

withBrowser(async (browser) => {
  for (const user of ['reviewer', 'admin', 'incubator', 'orgstaff', 'funder']) {
    for (const lang of ['zh-CN', 'en']) {
      for (const width of [1440, 1366, 390]) {
        // Tall enough for the whole home: the layout scrolls inside, not the page.
        const context = await browser.newContext({ viewport: { width, height: width < 600 ? 2600 : 1500 } })
        await context.addInitScript((l) => localStorage.setItem('hatchery.lang', l), lang)
        const page = await context.newPage()
        await signIn(page, user)
        await page.locator('[data-test^="home-card-"]').first().waitFor()
        await page.waitForLoadState('networkidle')
        await page.waitForTimeout(600)
        const path = `${dir}/${user}-${lang}-${width}.png`
        await page.screenshot({ path, fullPage: true })
        // Anything wider than the window scrolls the page sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        console.log(`${path}${overflow > 0 ? `  (overflows by ${overflow}px)` : ''}`)
        await page.locator(sel('page-title')).waitFor()
        await context.close()
      }
    }
  }
  // The bureau's home while its figures are still being made: the lists
  // are there, the figures' cards and chart hold placeholders.
  for (const lang of ['zh-CN', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 1500 } })
    await context.addInitScript((l) => localStorage.setItem('hatchery.lang', l), lang)
    const page = await context.newPage()
    let release
    const held = new Promise((resolve) => (release = resolve))
    await page.route('**/api/v1/home/figures', async (route) => {
      await held
      await route.continue()
    })
    await signIn(page, 'reviewer')
    await page.locator(sel('home-card-loading')).first().waitFor()
    await page.locator(sel('home-stuck-list')).waitFor()
    const path = `${dir}/reviewer-${lang}-1366-figures-waiting.png`
    await page.screenshot({ path, fullPage: true })
    console.log(path)
    release()
    await context.close()
  }
})
