// Browser test of exports and the printable audit against the demo data set:
//   1. as funder, the projects list's Export menu offers the portfolio
//      ledger; its Excel file downloads under the server's name (.xlsx) and
//      is a workbook (a zip: it starts with "PK");
//   2. a workbook the server refuses (too many rows) says why, in Chinese
//      and in the server's words; the list itself as CSV downloads (the
//      browser streams it);
//   3. the printable audit of a project with flags shows every flag in its
//      table and the entries they name, and on paper (print media) the app's
//      header and navigation and the print button are gone.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/exports.mjs
//
// Needs a server started with --demo and Chromium as for smoke.mjs; it
// changes nothing. Exits 1 on the first failure, with a screenshot in
// test-results/.
import { readFile } from 'node:fs/promises'
import { apiGet, baseURL, check, runScenario, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

/** Opens the projects list's Export menu and picks an entry; answers the download it starts. */
async function exportFromProjects(page, item) {
  await page.locator(sel('projects-export-button')).click()
  const entry = page.locator(`${sel(`projects-export-${item}`)}:visible`)
  await entry.waitFor()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), entry.click()])
  const failure = await download.failure()
  check(failure === null, `the ${item} download failed: ${failure}`)
  return download
}

function exportsAndAudit(page) {
  return [
    ['sign in', () => signIn(page, 'funder')],
    [
      'open the projects list',
      async () => {
        await page.locator(sel('nav-projects')).click()
        await page.waitForURL((url) => url.pathname === '/projects')
        await waitForTable(page, 'projects-table', true)
      },
    ],
    [
      'export the portfolio ledger as Excel',
      async () => {
        const download = await exportFromProjects(page, 'ledger-xlsx')
        const name = download.suggestedFilename()
        check(name.endsWith('.xlsx'), `the ledger downloads as "${name}", not an .xlsx file`)
        const bytes = await readFile(await download.path())
        check(bytes.length > 4 && bytes.subarray(0, 2).toString('latin1') === 'PK', `"${name}" is not a workbook (no zip header)`)
        await page.locator(`${sel('projects-export-button')}:not(.is-loading)`).waitFor()
      },
    ],
    [
      'see why a workbook is refused',
      async () => {
        // The demo set is far below the row limit: the refusal is the server's
        // answer to a larger set, played back here.
        const detail = 'the export has 250000 rows; XLSX holds at most 200000, so export it as CSV (format=csv), which has no limit'
        const refuse = (route) =>
          route.fulfill({
            status: 422,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'urn:hatchery:problem:export_too_large', title: 'Unprocessable Entity', status: 422, detail }),
          })
        await page.route(/\/api\/v1\/projects\?.*format=xlsx/, refuse)
        await page.locator(sel('projects-export-button')).click()
        await page.locator(`${sel('projects-export-xlsx')}:visible`).click()
        const message = page.locator('.el-message--error', { hasText: detail })
        await message.waitFor()
        check((await message.innerText()).includes('改用 CSV'), 'the refusal does not say to export as CSV in Chinese')
        await page.unroute(/\/api\/v1\/projects\?.*format=xlsx/, refuse)
        await message.locator('.el-message__closeBtn').click()
      },
    ],
    [
      'export the projects list as CSV',
      async () => {
        const download = await exportFromProjects(page, 'csv')
        const name = download.suggestedFilename()
        check(name.endsWith('.csv'), `the list downloads as "${name}", not a .csv file`)
        const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
        check(text.trim().split(/\r?\n/).length >= 2, `"${name}" holds no rows below its header`)
      },
    ],
    [
      'print the audit of a project with flags',
      async () => {
        const portfolio = await apiGet(page, '/reports/spend-audit')
        const flagged = portfolio.audits.find((a) => a.flags.length > 0)
        check(flagged, 'no project of the demo funder has a spend-audit flag')
        await page.goto(`${baseURL}/projects/${flagged.project_id}`)
        await page.locator(sel('project-audit-link')).click()
        await page.waitForURL((url) => url.pathname === `/projects/${flagged.project_id}/audit`)
        await page.locator(sel('audit-report')).waitFor()
        const rows = page.locator(`${sel('audit-flags')} ${sel('audit-flag-row')}`)
        await rows.first().waitFor()
        check((await rows.count()) === flagged.flags.length, `the audit lists ${await rows.count()} flags, the server ${flagged.flags.length}`)
        const named = new Set(flagged.flags.flatMap((f) => f.entry_ids))
        if (named.size > 0) {
          const entries = await page.locator(`${sel('audit-entries')} ${sel('audit-entry-row')}`).count()
          check(entries === Math.min(named.size, 500), `the audit lists ${entries} flagged entries, the flags name ${named.size}`)
        }
      },
    ],
    [
      'leave the app off the paper',
      async () => {
        check(await page.locator('.layout-aside').isVisible(), 'the navigation is not shown on screen')
        await page.emulateMedia({ media: 'print' })
        check(!(await page.locator('.layout-aside').isVisible()), 'the navigation is printed')
        check(!(await page.locator('.layout-header').isVisible()), 'the header is printed')
        check(!(await page.locator(sel('audit-print')).isVisible()), 'the print button is printed')
        check(await page.locator(sel('audit-flags')).isVisible(), 'the flags are not printed')
        await page.emulateMedia({ media: 'screen' })
      },
    ],
  ]
}

withBrowser(async (browser) => {
  await runScenario(browser, 'funder exports the portfolio and prints an audit', exportsAndAudit)
})
