// Browser test of demand coverage on the demo data set:
//   1. the reviewer opens the coverage page and finds a community with
//      surveyed needs that no project answers, served by a project the
//      demo funder pays for; the headline counts it; sorting by needs asks
//      the server and shows the community with the most first;
//   2. the funder opens that project, is offered only needs inside its
//      service area, and links one of that community's needs;
//   3. the reviewer sees the community answered and the headline one
//      community lower.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/surveys.mjs
//
// Needs a server started with --demo and Chromium as for smoke.mjs; it adds
// a link, so a fresh database per full run keeps the demo as shipped.
// Exits 1 on the first failure, with a screenshot in test-results/.
import { apiGet, baseURL, check, runScenario, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

const state = { communityId: '', communityName: '', projectId: '', without: 0, share: 0, needTitle: '' }

const communityRow = (page) => page.locator(`${sel('coverage-table')} tr.community-${state.communityId}`).first()

async function openCoverage(page) {
  await page.locator(sel('nav-coverage')).click()
  await page.waitForURL((url) => url.pathname === '/coverage')
  await waitForTable(page, 'coverage-table', true)
  await page.locator(`${sel('coverage-chart')} canvas`).waitFor()
}

async function headline(page) {
  const share = Number(await page.locator(sel('coverage-headline-share')).getAttribute('data-value'))
  const count = (await page.locator(sel('coverage-headline-count')).innerText()).trim()
  return { share, count }
}

function reviewerBefore(page) {
  return [
    ['sign in', () => signIn(page, 'reviewer')],
    [
      'find an unanswered community',
      async () => {
        await openCoverage(page)
        const report = await apiGet(page, '/reports/demand-coverage')
        const funders = await apiGet(page, `/funders?q=${encodeURIComponent('石家庄市民政局')}&limit=5`)
        const bureau = funders.items.find((f) => f.name === '石家庄市民政局')
        check(!!bureau, 'the demo funder 石家庄市民政局 is missing')
        for (const c of report.communities) {
          if (c.needs === 0 || c.needs_covered > 0) continue
          const projects = await apiGet(page, `/projects?community_id=${c.community_id}&funder_id=${bureau.id}&status=active&limit=5`)
          if (projects.items.length === 0) continue
          Object.assign(state, { communityId: c.community_id, communityName: c.community_name, projectId: projects.items[0].id })
          break
        }
        check(!!state.projectId, 'no unanswered community served by an active project of the demo funder')
        const row = communityRow(page)
        await row.waitFor()
        check((await row.locator(sel('coverage-no-answer')).count()) === 1, `${state.communityName} is not marked as without an answer`)
        const h = await headline(page)
        state.share = h.share
        state.without = report.communities_without_answer
        check(h.count.includes(String(report.communities_without_answer)), `the headline "${h.count}" does not count ${report.communities_without_answer}`)
        check(state.share > 0.8, `the demo's headline share is ${state.share}`)
      },
    ],
    [
      'the server sorts the communities',
      async () => {
        // The fifth column counts the needs; its lower caret sorts most first.
        const want = await apiGet(page, '/reports/demand-coverage?sort=-needs&limit=1')
        const answered = page.waitForResponse((r) => r.url().includes('/reports/demand-coverage') && r.url().includes('sort=-needs'))
        await page.locator(`${sel('coverage-table')} thead th:nth-child(5) .sort-caret.descending`).first().click()
        const res = await answered
        check(res.url().includes('limit=50') && res.url().includes('offset=0'), `the sorted page was asked as ${res.url()}`)
        const first = page.locator(`${sel('coverage-table')} tbody tr`).first()
        await page.waitForFunction(
          ([s, id]) => document.querySelector(s)?.className.includes(`community-${id}`),
          [`[data-test="coverage-table"] tbody tr`, want.communities[0].community_id],
        )
        check((await first.getAttribute('class')).includes(want.communities[0].community_id), 'the first row is not the community with the most needs')
      },
    ],
  ]
}

function funderLinks(page) {
  return [
    ['sign in', () => signIn(page, 'funder')],
    [
      'link a need to its project',
      async () => {
        await page.goto(`${baseURL}/projects/${state.projectId}`)
        await page.locator(sel('project-needs')).waitFor()
        await page.locator(sel('project-needs-link')).click()
        await page.locator(sel('project-needs-dialog')).waitFor()
        const offered = await apiGet(page, `/needs?project_id=${state.projectId}&limit=200`)
        check(offered.items.length > 0, 'no need offered for the project')
        const project = await apiGet(page, `/projects/${state.projectId}`)
        const outside = offered.items.filter((n) => !project.community_ids.includes(n.community_id))
        check(outside.length === 0, `${outside.length} needs offered outside the service area`)
        const need = offered.items.find((n) => n.community_id === state.communityId)
        check(!!need, `no need of ${state.communityName} offered`)
        state.needTitle = need.title
        await page.locator(sel('project-needs-select')).click()
        await page.locator('.el-select-dropdown__item:visible', { hasText: need.title }).first().click()
        await page.locator(sel('project-needs-note')).fill('项目活动按这项需求调整')
        await page.locator(sel('project-needs-submit')).click()
        await page.locator(sel('project-needs-dialog')).waitFor({ state: 'hidden' })
        await page.locator(sel('project-need-title'), { hasText: need.title }).first().waitFor()
      },
    ],
  ]
}

function reviewerAfter(page) {
  return [
    ['sign in', () => signIn(page, 'reviewer')],
    [
      'see the community answered and the headline lower',
      async () => {
        await openCoverage(page)
        const row = communityRow(page)
        await row.waitFor()
        check((await row.locator(sel('coverage-no-answer')).count()) === 0, `${state.communityName} is still without an answer`)
        const share = (await row.locator(sel('coverage-share')).innerText()).trim()
        check(share !== '0%' && share !== '–', `${state.communityName} shows coverage ${share}`)
        const h = await headline(page)
        check(h.share < state.share, `headline share ${state.share} -> ${h.share}, expected lower`)
        check(h.count.includes(String(state.without - 1)), `the headline "${h.count}" should count ${state.without - 1}`)
      },
    ],
  ]
}

withBrowser(async (browser) => {
  await runScenario(browser, 'reviewer finds an unanswered community', reviewerBefore)
  await runScenario(browser, 'funder links a need to its project', funderLinks)
  await runScenario(browser, 'reviewer sees the coverage change', reviewerAfter)
})
