// Browser smoke test: signs in as each demo account, walks its pages, opens
// an organization, switches language, and (as admin) creates a community
// through the dialog.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/smoke.mjs
//
// Needs a server started in demo mode (accounts with "demo-password") and
// Chromium at /usr/bin/chromium (or HATCHERY_E2E_CHROMIUM). Exits 1 on the
// first failing role, with a screenshot in test-results/.
import { apiGet, baseURL, check, chooseOption, runScenario, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

const everyone = ['home', 'organizations', 'projects', 'funding-cycles', 'surveys', 'surveys-import', 'communities', 'funders']
const incubators = ['home', 'organizations', 'projects', 'funding-cycles', 'turnover', 'surveys', 'surveys-import', 'communities', 'funders']
const funders = ['home', 'organizations', 'projects', 'funding-cycles', 'turnover', 'surveys', 'coverage', 'portfolio', 'communities', 'funders']
const auditors = [
  'home',
  'organizations',
  'projects',
  'funding-cycles',
  'transitions',
  'pipeline',
  'turnover',
  'surveys',
  'coverage',
  'surveys-import',
  'portfolio',
  'communities',
  'funders',
]
// nav: the navigation; reach: pages the role may open (nav plus the review
// queue, which incubators and organization staff reach from an organization,
// and the turnover report, which organization staff open by its address);
// seeded: lists the demo data fills for that role; editsProfile: whether the
// organization page offers its profile form.
const accounts = [
  { username: 'admin', nav: [...auditors, 'users', 'audit'], seeded: ['organizations', 'transitions', 'projects', 'surveys', 'coverage'], editsProfile: true },
  { username: 'reviewer', nav: [...auditors, 'audit'], seeded: ['organizations', 'transitions', 'projects', 'surveys', 'coverage'], editsProfile: false },
  { username: 'incubator', nav: incubators, extra: ['transitions'], seeded: ['organizations'], editsProfile: true },
  { username: 'orgstaff', nav: everyone, extra: ['transitions', 'turnover'], seeded: ['organizations', 'projects', 'surveys'], editsProfile: true },
  { username: 'funder', nav: funders, seeded: ['projects', 'surveys', 'coverage'], editsProfile: false },
]
const allPages = [
  'home',
  'organizations',
  'projects',
  'funding-cycles',
  'transitions',
  'pipeline',
  'turnover',
  'surveys',
  'coverage',
  'surveys-import',
  'portfolio',
  'communities',
  'funders',
  'users',
  'audit',
]
const tables = {
  organizations: 'organizations-table',
  projects: 'projects-table',
  'funding-cycles': 'cycles-table',
  transitions: 'transitions-table',
  communities: 'communities-table',
  funders: 'funders-table',
  turnover: 'turnover-table',
  surveys: 'surveys-table',
  coverage: 'coverage-table',
  users: 'users-table',
  audit: 'audit-table',
}
// Reference lists every role sees filled.
const alwaysSeeded = ['communities', 'funders', 'funding-cycles']

async function checkNavigation(page, expected) {
  await page.locator(sel('nav')).waitFor()
  const shown = await page
    .locator('[data-test^="nav-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-test').slice(4)))
  check(
    JSON.stringify(shown) === JSON.stringify(expected),
    `navigation shows [${shown.join(', ')}], expected [${expected.join(', ')}]`,
  )
}

async function visitPages(page, account) {
  const seeded = new Set([...alwaysSeeded, ...account.seeded])
  for (const name of account.nav) {
    await page.locator(sel(`nav-${name}`)).click()
    await page.waitForURL((url) => url.pathname === `/${name}`)
    await page.locator(sel('page-title')).waitFor()
    if (tables[name]) await waitForTable(page, tables[name], seeded.has(name))
    if (name === 'home') await page.locator('[data-test^="home-card-"]').first().waitFor()
    if (name === 'communities') await page.locator(`${sel('overview-communities')} canvas`).waitFor()
    if (name === 'funders') await page.locator(`${sel('overview-funders')} canvas`).waitFor()
    if (name === 'portfolio') {
      await page.locator(sel('portfolio-figures')).waitFor()
      await page.locator(`${sel('portfolio-status')} canvas`).waitFor()
    }
    if (name === 'coverage') {
      await page.locator(sel('coverage-headline-share')).waitFor()
      await page.locator(`${sel('coverage-chart')} canvas`).waitFor()
    }
    if (name === 'pipeline') {
      await page.locator(`${sel('pipeline-stages')} canvas`).waitFor()
      await page.locator(sel('pipeline-stuck')).waitFor()
    }
  }
  for (const name of account.extra ?? []) {
    await page.goto(`${baseURL}/${name}`)
    await page.locator(sel('page-title')).waitFor()
    if (tables[name]) await waitForTable(page, tables[name], false)
    check((await page.locator(sel(`nav-${name}`)).count()) === 0, `nav-${name} listed for ${account.username}`)
  }
}

/** Opens the first organization of the list: its stage, timeline and, for some, the profile form. */
async function openOrganization(page, account) {
  await page.locator(sel('nav-organizations')).click()
  await waitForTable(page, tables.organizations, true)
  await page.locator(sel('org-link')).first().click()
  await page.waitForURL(/\/organizations\/[^/]+$/)
  await page.locator(sel('org-stage')).waitFor()
  await page.locator(`${sel('org-timeline')} ${sel('timeline-period')}`).first().waitFor()
  await waitForTable(page, 'org-transitions-table', false)
  const saves = await page.locator(sel('org-profile-save')).count()
  check(account.editsProfile ? saves === 1 : saves === 0, `profile save ${saves ? 'shown' : 'hidden'} for ${account.username}`)
}

async function checkForbiddenPages(page, reachable) {
  for (const name of allPages.filter((p) => !reachable.includes(p))) {
    await page.goto(`${baseURL}/${name}`)
    await page.locator(sel('not-found')).waitFor()
    check((await page.locator(sel(`nav-${name}`)).count()) === 0, `nav-${name} shown on its not-found page`)
  }
}

async function checkLanguageSwitch(page) {
  const nav = page.locator(sel('nav-communities'))
  check((await nav.innerText()).trim() === '社区', `nav label is "${await nav.innerText()}", expected 社区`)
  await page.locator(sel('lang-switch')).click()
  await page.waitForFunction((s) => document.querySelector(s)?.textContent?.trim() === 'Communities', sel('nav-communities'))
  check((await page.getAttribute('html', 'lang')) === 'en', '<html lang> is not "en" after switching')
  await page.locator(sel('lang-switch')).click()
  await page.waitForFunction((s) => document.querySelector(s)?.textContent?.trim() === '社区', sel('nav-communities'))
  check((await page.getAttribute('html', 'lang')) === 'zh-CN', '<html lang> is not "zh-CN" after switching back')
}

async function checkWriteButtons(page, isAdmin) {
  for (const [nav, table, button] of [
    ['communities', tables.communities, 'community-create'],
    ['organizations', tables.organizations, 'org-create'],
  ]) {
    await page.locator(sel(`nav-${nav}`)).click()
    await waitForTable(page, table, nav === 'communities')
    const buttons = await page.locator(sel(button)).count()
    check(isAdmin ? buttons === 1 : buttons === 0, `${button} button ${buttons ? 'shown' : 'hidden'} for this role`)
  }
}

async function createCommunity(page) {
  await page.locator(sel('nav-communities')).click()
  await waitForTable(page, tables.communities, true)
  await page.locator(sel('community-create')).click()
  const dialog = page.locator(sel('community-dialog'))
  await dialog.waitFor({ state: 'visible' })

  // Empty form: the server's field errors appear next to the fields.
  await dialog.locator(sel('community-form-submit')).click()
  await dialog.locator(`${sel('community-field-name')} .el-form-item__error`).waitFor({ state: 'visible' })

  const name = `冒烟测试社区 ${Date.now()}`
  await dialog.locator(sel('community-form-name')).fill(name)
  await dialog.locator(sel('community-form-district')).fill('测试区')
  await dialog.locator(sel('community-form-street')).fill('测试街道')
  await chooseOption(page, 'community-form-type', '老旧小区')
  await dialog.locator(`${sel('community-form-households')} input`).fill('320')
  await dialog.locator(`${sel('community-form-population')} input`).fill('900')
  await dialog.locator(sel('community-form-submit')).click()
  await dialog.waitFor({ state: 'hidden' })

  await page.locator(sel('community-filter-q')).fill(name)
  await page.locator(`${sel('communities-table')} .el-table__row`, { hasText: name }).waitFor()
}

/**
 * Sorts the organization list by name from its header, both ways: the
 * table shows the server's order for that sort, and page 2 follows on.
 */
async function sortOrganizations(page) {
  await page.locator(sel('nav-organizations')).click()
  await waitForTable(page, tables.organizations, true)
  const names = () => page.locator(`${sel(tables.organizations)} ${sel('org-link')}`).allTextContents()
  const header = page.locator(`${sel(tables.organizations)} th.el-table__cell`).first()
  for (const [click, sort] of [[() => header.locator('.ascending').click(), 'name'], [() => header.locator('.descending').click(), '-name']]) {
    const answered = page.waitForResponse((r) => r.url().includes('/api/v1/organizations?') && new URL(r.url()).searchParams.get('sort') === sort)
    await click()
    await answered
    await waitForTable(page, tables.organizations, true)
    const want = (await apiGet(page, `/organizations?sort=${encodeURIComponent(sort)}&limit=50`)).items.map((o) => o.name)
    const shown = await names()
    check(JSON.stringify(shown) === JSON.stringify(want), `sorted by ${sort}: shows ${shown.slice(0, 3)}…, the server gives ${want.slice(0, 3)}…`)
  }
  const first = await names()
  check(first.length > 1 && first[0] !== first.at(-1), 'the sorted page has distinct names')
}

async function signOut(page) {
  await page.locator(sel('logout')).click()
  await page.waitForURL(/\/login/)
  await page.locator(sel('login-username')).waitFor()
}

function steps(page, account) {
  const isAdmin = account.username === 'admin'
  return [
    ['sign in', () => signIn(page, account.username)],
    ['navigation', () => checkNavigation(page, account.nav)],
    ['pages', () => visitPages(page, account)],
    ...(account.seeded.includes('organizations') ? [['organization page', () => openOrganization(page, account)]] : []),
    ['write buttons', () => checkWriteButtons(page, isAdmin)],
    ...(isAdmin ? [['create community', () => createCommunity(page)]] : []),
    ...(isAdmin ? [['sort organizations', () => sortOrganizations(page)]] : []),
    ['language switch', () => checkLanguageSwitch(page)],
    ['pages out of reach', () => checkForbiddenPages(page, [...account.nav, ...(account.extra ?? [])])],
    ['sign out', () => signOut(page)],
  ]
}

withBrowser(async (browser) => {
  for (const account of accounts) await runScenario(browser, account.username, (page) => steps(page, account))
})
