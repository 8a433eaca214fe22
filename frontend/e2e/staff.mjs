// Browser test of the staff roster against the turnover report, on the demo
// data set:
//   1. the incubator opens the turnover page (grouped by organization, its
//      natural view) and reads the separations and end headcount of one of
//      the organizations it hosts now that has someone working there;
//   2. it follows the row to that organization's roster, is told beside the
//      field that a departure needs a reason, then records one for a current
//      member with today's date: the member leaves the current list and
//      shows under past staff with the date and the reason;
//   3. back on the turnover page the same row has one separation more and
//      one person fewer at the end.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/staff.mjs
//
// Needs a server started with --demo and Chromium as for smoke.mjs; it
// changes a roster, so a fresh database per full run keeps the demo as
// shipped. Exits 1 on the first failure, with a screenshot in test-results/.
import { apiGet, check, chooseOption, runScenario, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

const reasonCode = 'burnout'
const reasonLabel = '职业倦怠'

const state = { orgId: '', separations: 0, headcountEnd: 0, memberId: '', memberName: '' }

const groupRow = (page, id) => page.locator(`${sel('turnover-table')} tr.group-${id}`)
const figure = async (row, name) => Number((await row.locator(sel(name)).first().textContent()).trim())

async function openTurnover(page) {
  await page.locator(sel('nav-turnover')).click()
  await page.waitForURL((url) => url.pathname === '/turnover')
  await waitForTable(page, 'turnover-table', true)
  await page.locator(`${sel('turnover-rates')} canvas`).waitFor()
}

/** An organization the incubator hosts now with someone on its roster now. */
async function pickIncubatee(page) {
  const me = await apiGet(page, '/auth/me')
  const hosted = await apiGet(page, `/organizations?incubator_id=${me.organization_id}&limit=50`)
  for (const org of hosted.items) {
    if (org.incubator_id !== me.organization_id) continue
    const staff = await apiGet(page, `/organizations/${org.id}/staff?active=true&limit=1`)
    if (staff.items.length > 0) return org.id
  }
  throw new Error('the incubator hosts no organization with current staff')
}

function scenario(page) {
  return [
    ['sign in', () => signIn(page, 'incubator')],
    [
      'read the turnover of an incubatee',
      async () => {
        const asked = page.waitForResponse((r) => r.url().includes('/reports/turnover'))
        await openTurnover(page)
        // Its groups come a page at a time, from the first.
        const url = (await asked).url()
        check(url.includes('limit=50') && url.includes('offset=0'), `the turnover was asked as ${url}`)
        const groupBy = (await page.locator(sel('turnover-group-by')).innerText()).trim()
        check(groupBy === '按组织', `the incubator's turnover starts grouped by "${groupBy}"`)
        state.orgId = await pickIncubatee(page)
        const row = groupRow(page, state.orgId)
        await row.waitFor()
        state.separations = await figure(row, 'turnover-separations')
        state.headcountEnd = await figure(row, 'turnover-headcount-end')
        check(state.headcountEnd > 0, `the incubatee's end headcount is ${state.headcountEnd}`)
      },
    ],
    [
      "open the incubatee's roster",
      async () => {
        await groupRow(page, state.orgId).locator(sel('turnover-org-link')).click()
        await page.waitForURL((url) => url.pathname === `/organizations/${state.orgId}`)
        await waitForTable(page, 'staff-table', true)
        const first = page.locator(`${sel('staff-table')} .el-table__body tr.el-table__row`).first()
        state.memberId = (await first.getAttribute('class')).match(/staff-([\w-]+)/)[1]
        state.memberName = (await first.locator(sel('staff-name')).first().textContent()).trim()
        check((await page.locator(sel('staff-add')).count()) === 1, 'the hosting incubator is not offered "add staff"')
      },
    ],
    [
      'a departure needs a reason',
      async () => {
        const row = page.locator(`${sel('staff-table')} tr.staff-${state.memberId}`).last()
        await row.locator(sel('staff-depart')).click()
        const dialog = page.locator(sel('departure-dialog'))
        await dialog.waitFor()
        await page.locator(sel('departure-form-submit')).click()
        await page.locator(`${sel('departure-field-leave_reason')} .el-form-item__error`).waitFor()
      },
    ],
    [
      'record the departure',
      async () => {
        await chooseOption(page, 'departure-form-leave_reason', reasonLabel)
        await page.locator(sel('departure-form-submit')).click()
        await page.locator(sel('departure-dialog')).waitFor({ state: 'hidden' })
        await page.locator(`${sel('staff-table')} tr.staff-${state.memberId}`).first().waitFor({ state: 'detached' })
        await page.locator(sel('staff-tab-past')).click()
        const row = page.locator(`${sel('staff-table')} tr.staff-${state.memberId}`).first()
        await row.waitFor()
        const reason = (await row.locator(sel('staff-leave-reason')).textContent()).trim()
        check(reason === reasonLabel, `the past member shows the reason "${reason}"`)
        const stored = await apiGet(page, `/staff/${state.memberId}`)
        check(stored.leave_reason === reasonCode && !!stored.left_on, `stored departure ${stored.left_on} ${stored.leave_reason}`)
      },
    ],
    [
      'see the turnover change',
      async () => {
        await openTurnover(page)
        const row = groupRow(page, state.orgId)
        await row.waitFor()
        const separations = await figure(row, 'turnover-separations')
        const headcountEnd = await figure(row, 'turnover-headcount-end')
        check(separations === state.separations + 1, `separations ${state.separations} -> ${separations}, expected one more`)
        check(headcountEnd === state.headcountEnd - 1, `end headcount ${state.headcountEnd} -> ${headcountEnd}, expected one fewer`)
      },
    ],
  ]
}

withBrowser(async (browser) => {
  await runScenario(browser, 'staff departure moves the turnover', scenario)
})
