// Browser test of a project's money against the demo data set:
//   1. as funder, the portfolio's net spend is read before anything changes;
//   2. as organization staff, an expenditure typed in yuan ("1,234.56")
//      shows the fen-exact amount before it is sent, is booked once however
//      often the button is clicked, and appears in the ledger with exactly
//      that amount and in the spent total;
//   3. the reversal asks for a reason (refused without one), then strikes
//      the entry through with a link to its reversal, which the link finds,
//      and the spent total is back where it was;
//   4. as funder, the same project shows the spent total as before and the
//      reversal with its reason in the ledger, and the portfolio's net spend
//      is what it was.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/money.mjs
//
// Needs a server started with --demo and Chromium as for smoke.mjs; it
// books entries, so a fresh database per full run keeps the demo as shipped.
// Exits 1 on the first failure, with a screenshot in test-results/.
import { apiGet, baseURL, check, chooseOption, runScenario, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

const typed = '1,234.56'
const fen = 123456
const shown = '¥1,234.56'
const reason = '金额录入错误，浏览器测试冲销'

/** What the test carries from one role to the next. */
const state = { projectId: '', spentBefore: 0, portfolioSpent: 0, entryId: '' }

const fenOf = async (locator) => Number(await locator.getAttribute('data-fen'))

async function openPortfolio(page) {
  await page.locator(sel('nav-portfolio')).click()
  await page.waitForURL((url) => url.pathname === '/portfolio')
  await page.locator(sel('portfolio-spent')).waitFor()
  await page.locator(`${sel('portfolio-benford')} canvas`).waitFor()
  return fenOf(page.locator(sel('portfolio-spent')))
}

async function openProject(page, id) {
  await page.goto(`${baseURL}/projects/${id}`)
  await page.locator(sel('project-spent')).waitFor()
  await waitForTable(page, 'expenditures-table', true)
}

/** The ledger row of one entry. */
const row = (page, id) => page.locator(`${sel('expenditures-table')} tr.entry-${id}`)

function funderBefore(page) {
  return [
    ['sign in', () => signIn(page, 'funder')],
    [
      'read the portfolio',
      async () => {
        const asked = page.waitForResponse((r) => r.url().includes('/reports/spend-audit') && r.url().includes('flag=any'))
        state.portfolioSpent = await openPortfolio(page)
        const audit = await apiGet(page, '/reports/spend-audit')
        check(state.portfolioSpent === audit.spent_fen, `portfolio shows ${state.portfolioSpent} fen spent, the server ${audit.spent_fen}`)
        // The flagged projects come a page at a time; the tag counts them all.
        const url = (await asked).url()
        check(url.includes('limit=20') && url.includes('offset=0'), `the flagged projects were asked as ${url}`)
        const flagged = audit.audits.filter((a) => a.flags.length > 0).length
        const tag = (await page.locator(sel('portfolio-flagged-total')).innerText()).trim()
        check(tag === String(flagged), `the flagged projects' tag says ${tag}, the audit flags ${flagged}`)
        const rows = await page.locator(`${sel('portfolio-flagged')} ${sel('flagged-project')}`).count()
        check(rows === Math.min(flagged, 20), `${rows} flagged projects listed, want ${Math.min(flagged, 20)}`)
      },
    ],
  ]
}

function spendAndReverse(page) {
  const dialog = page.locator(sel('expenditure-dialog'))
  const reverse = page.locator(sel('reverse-dialog'))
  return [
    ['sign in', () => signIn(page, 'orgstaff')],
    [
      'open an active project of the organization',
      async () => {
        await page.locator(sel('nav-projects')).click()
        await waitForTable(page, 'projects-table', true)
        await chooseOption(page, 'project-filter-status', '执行中')
        await page.waitForFunction(
          (s) => [...document.querySelectorAll(s)].every((el) => el.getAttribute('data-status') === 'active'),
          `${sel('projects-table')} ${sel('project-row-status')}`,
        )
        await waitForTable(page, 'projects-table', true)
        await page.locator(sel('project-link')).first().click()
        await page.waitForURL(/\/projects\/[^/]+$/)
        state.projectId = page.url().split('/').pop()
        await openProject(page, state.projectId)
        const me = await apiGet(page, '/auth/me')
        const project = await apiGet(page, `/projects/${state.projectId}`)
        check(project.organization_id === me.organization_id, 'the project is not the organization’s own')
        check(project.status === 'active', `the project is ${project.status}, not active`)
        state.spentBefore = await fenOf(page.locator(sel('project-spent')))
      },
    ],
    [
      'record an expenditure in yuan, clicking twice',
      async () => {
        const before = (await apiGet(page, `/projects/${state.projectId}/expenditures?limit=1`)).total
        await page.locator(sel('expenditure-record')).click()
        await dialog.waitFor({ state: 'visible' })
        await dialog.locator(sel('expenditure-form-amount')).fill(typed)
        const read = dialog.locator(sel('expenditure-form-amount-read'))
        await read.waitFor()
        check((await fenOf(read)) === fen, `"${typed}" reads as ${await read.getAttribute('data-fen')} fen`)
        check((await read.innerText()).includes(shown), `the form shows "${await read.innerText()}", not ${shown}`)
        await dialog.locator(sel('expenditure-form-payee')).fill('浏览器测试供应商')
        await dialog.locator(sel('expenditure-form-voucher_no')).fill('E2E-0001')
        await dialog.locator(sel('expenditure-form-submit')).dblclick()
        await dialog.waitFor({ state: 'hidden' })
        const after = await apiGet(page, `/projects/${state.projectId}/expenditures?limit=5`)
        check(after.total === before + 1, `${after.total - before} expenditures booked by one form, expected 1`)
        state.entryId = after.items[0].id
        check(after.items[0].amount_fen === fen, `booked ${after.items[0].amount_fen} fen, expected ${fen}`)
      },
    ],
    [
      'see it in the ledger and the total',
      async () => {
        const entry = row(page, state.entryId)
        await entry.waitFor()
        check(await entry.evaluate((el) => el.classList.contains('is-located')), 'the new entry is not marked in the ledger')
        const amount = entry.locator(sel('entry-amount'))
        check((await amount.innerText()).trim() === shown, `the ledger shows "${await amount.innerText()}", expected ${shown}`)
        await page.waitForFunction(
          ([s, v]) => Number(document.querySelector(s)?.getAttribute('data-fen')) === v,
          [sel('project-spent'), state.spentBefore + fen],
        )
      },
    ],
    [
      'reversing needs a reason',
      async () => {
        await row(page, state.entryId).locator(sel('entry-reverse')).click()
        await reverse.waitFor({ state: 'visible' })
        check((await reverse.locator(sel('reverse-amount')).innerText()).trim() === `-${shown}`, 'the dialog does not show the negated amount')
        await reverse.locator(sel('reverse-form-submit')).click()
        await reverse.locator(`${sel('reverse-field-reason')} .el-form-item__error`).waitFor()
        check(await reverse.isVisible(), 'the dialog closed without a reason')
      },
    ],
    [
      'reverse it with a reason',
      async () => {
        await reverse.locator(sel('reverse-form-reason')).fill(reason)
        await reverse.locator(sel('reverse-form-submit')).click()
        await reverse.waitFor({ state: 'hidden' })
        const entry = row(page, state.entryId)
        await entry.locator(sel('entry-reversed-by')).waitFor()
        check(await entry.evaluate((el) => el.classList.contains('is-reversed')), 'the reversed entry is not marked reversed')
        const decoration = await entry.locator(sel('entry-amount')).evaluate((el) => getComputedStyle(el).textDecorationLine)
        check(decoration.includes('line-through'), `the reversed amount is drawn with "${decoration}", not struck through`)
        await page.waitForFunction(
          ([s, v]) => Number(document.querySelector(s)?.getAttribute('data-fen')) === v,
          [sel('project-spent'), state.spentBefore],
        )
      },
    ],
    [
      'follow the link to the reversal',
      async () => {
        await row(page, state.entryId).locator(sel('entry-reversed-by')).click()
        const reversal = page.locator(`${sel('expenditures-table')} tr.is-located`)
        await reversal.locator(sel('entry-reversal')).waitFor()
        check((await fenOf(reversal.locator(sel('entry-amount')))) === -fen, 'the marked entry is not the reversal')
        check((await reversal.locator(sel('entry-reason')).innerText()).trim() === reason, 'the reversal does not show its reason')
      },
    ],
  ]
}

function funderAfter(page) {
  return [
    ['sign in', () => signIn(page, 'funder')],
    [
      'see the project as it was, with the reversal',
      async () => {
        await openProject(page, state.projectId)
        const spent = await fenOf(page.locator(sel('project-spent')))
        check(spent === state.spentBefore, `the funder sees ${spent} fen spent, expected ${state.spentBefore} as before`)
        const reversed = row(page, state.entryId)
        await reversed.locator(sel('entry-reversed-by')).waitFor()
        await page.locator(`${sel('expenditures-table')} ${sel('entry-reason')}`, { hasText: reason }).first().waitFor()
        check((await page.locator(`${sel('expenditures-table')} ${sel('entry-reverse')}`).count()) === 0, 'the funder is offered to reverse an expenditure')
      },
    ],
    [
      'see the portfolio as it was',
      async () => {
        const spent = await openPortfolio(page)
        check(spent === state.portfolioSpent, `the portfolio shows ${spent} fen spent, expected ${state.portfolioSpent} as before`)
      },
    ],
  ]
}

withBrowser(async (browser) => {
  await runScenario(browser, 'funder reads the portfolio', funderBefore)
  await runScenario(browser, 'organization staff records and reverses an expenditure', spendAndReverse)
  await runScenario(browser, 'funder sees the reversal', funderAfter)
})
