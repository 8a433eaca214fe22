// Browser test of an incubator's own view: its organization list opens on
// the organizations it hosts now and switches to those it hosted before and
// to everything it may see; its own page lists whom it hosts instead of
// milestones; its requests page is "my requests". Also: a reviewer reads a
// profile as a description list, and an unknown address shows the 404 page
// with a way home.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/incubator.mjs
//
// Needs a server started in demo mode; reads only.
import { apiGet, baseURL, check, runScenario, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

/** The organizations the list's rows link to, and the total its pager says. */
async function listed(page) {
  await waitForTable(page, 'organizations-table', false)
  const ids = await page
    .locator(`${sel('organizations-table')} ${sel('org-link')}`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('href').split('/').pop()))
  const total = await page.locator(`${sel('pager')} .el-pagination__total`).innerText()
  return { ids, total: Number(total.replace(/\D/g, '')) }
}

/** Clicks a segment of the portfolio filter and waits for the list it asks for. */
async function pick(page, segment, query) {
  const answer = page.waitForResponse((res) => res.url().includes('/api/v1/organizations?') && res.url().includes(query))
  await page.locator(sel(`org-hosted-${segment}`)).click()
  await answer
  await page.waitForTimeout(100)
}

function sameIds(got, want, what) {
  const a = [...got].sort().join(',')
  const b = [...want].sort().join(',')
  check(a === b, `${what}: the list shows ${got.length} rows, the API ${want.length}`)
}

withBrowser(async (browser) => {
  await runScenario(browser, 'incubator portfolio', (page) => {
    let me
    return [
      ['sign in as the incubator', async () => {
        await signIn(page, 'incubator')
        me = await apiGet(page, '/auth/me')
        check(!!me.organization_id, 'the demo incubator user has no organization')
      }],
      ['the list opens on the organizations hosted now', async () => {
        await page.locator(sel('nav-organizations')).click()
        await page.locator(sel('org-hosted')).waitFor()
        const shown = await listed(page)
        const api = await apiGet(page, '/organizations?hosted=current&limit=50')
        check(api.total > 0, 'the demo incubator hosts no organization now')
        check(shown.total === api.total, `pager total ${shown.total}, API ${api.total}`)
        sameIds(shown.ids, api.items.map((o) => o.id), 'hosted now')
        check(api.items.every((o) => o.incubator_id === me.organization_id), 'a row hosted elsewhere')
        check(!shown.ids.includes(me.organization_id), 'the incubator lists itself among those it hosts')
      }],
      ['hosted before, then all it can see', async () => {
        await pick(page, 'past', 'hosted=past')
        const past = await listed(page)
        const api = await apiGet(page, '/organizations?hosted=past&limit=50')
        sameIds(past.ids, api.items.map((o) => o.id), 'hosted before')
        check(api.items.every((o) => o.incubator_id !== me.organization_id), 'a current incubatee among the past ones')
        await pick(page, 'all', 'limit=')
        const all = await listed(page)
        const every = await apiGet(page, '/organizations?limit=1')
        check(all.total === every.total, `all: pager total ${all.total}, API ${every.total}`)
      }],
      ['its own page lists whom it hosts, not milestones', async () => {
        await page.goto(`${baseURL}/organizations/${me.organization_id}`)
        await page.locator(sel('org-stage')).waitFor()
        await waitForTable(page, 'org-hosted-table', true)
        const own = await apiGet(page, `/organizations/${me.organization_id}`)
        const hosted = await apiGet(page, `/organizations?incubator_id=${me.organization_id}&limit=10`)
        const rows = await page.locator(`${sel('org-hosted-table')} ${sel('org-hosted-link')}`).count()
        check(rows === hosted.items.length, `hosted card shows ${rows} rows, the API ${hosted.items.length}`)
        const days = await page.locator(sel('org-hosted-days')).first().innerText()
        check(/\d+\s*天/.test(days), `days incubating reads "${days}"`)
        if (!own.incubator_id) {
          check((await page.locator(sel('org-milestones')).count()) === 0, 'an empty milestones card on the incubator page')
        }
      }],
      ['its requests page is "my requests"', async () => {
        await page.goto(`${baseURL}/transitions`)
        const title = (await page.locator(sel('page-title')).innerText()).trim()
        check(title === '我的申请', `the transitions page is titled "${title}"`)
      }],
      ['an unknown address shows the 404 page with a way home', async () => {
        await page.goto(`${baseURL}/no-such-page`)
        await page.locator(sel('not-found-result')).waitFor()
        const title = (await page.locator(sel('page-title')).innerText()).trim()
        check(title === '页面不存在', `the 404 title is "${title}"`)
        check((await page.locator(sel('not-found-path')).innerText()).includes('/no-such-page'), 'the 404 page does not name the address')
        await page.locator(sel('not-found-home')).click()
        await page.waitForURL((url) => url.pathname === '/home')
      }],
    ]
  })

  await runScenario(browser, 'read-only profile', (page) => [
    ['a reviewer reads a profile as a description list', async () => {
      await signIn(page, 'reviewer')
      const list = await apiGet(page, '/organizations?limit=1')
      await page.goto(`${baseURL}/organizations/${list.items[0].id}`)
      await page.locator(sel('org-profile-read')).waitFor()
      check((await page.locator(sel('org-form-name')).count()) === 0, 'a form beside the description list')
      const founded = (await page.locator(sel('org-read-founded_on')).innerText()).trim()
      check(/^(\d{4}-\d{2}-\d{2}|—)$/.test(founded), `founded on reads "${founded}"`)
    }],
  ])
})
