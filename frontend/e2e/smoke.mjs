// Browser smoke test: signs in as each demo account, walks its pages, switches
// language, and (as admin) creates a community through the dialog.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/smoke.mjs
//
// Needs a server started in demo mode (accounts with "demo-password") and
// Chromium at /usr/bin/chromium (or HATCHERY_E2E_CHROMIUM). Exits 1 on the
// first failing role, with a screenshot in test-results/.
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const baseURL = (process.env.HATCHERY_E2E_URL || 'http://127.0.0.1:8080').replace(/\/$/, '')
const executablePath = process.env.HATCHERY_E2E_CHROMIUM || '/usr/bin/chromium'
const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url))
const password = 'demo-password'

const everyone = ['overview', 'communities', 'funders', 'tokens']
const accounts = [
  { username: 'admin', pages: ['overview', 'communities', 'funders', 'users', 'audit', 'tokens'] },
  { username: 'reviewer', pages: ['overview', 'communities', 'funders', 'audit', 'tokens'] },
  { username: 'incubator', pages: everyone },
  { username: 'orgstaff', pages: everyone },
  { username: 'funder', pages: everyone },
]
const allPages = ['overview', 'communities', 'funders', 'users', 'audit', 'tokens']
const tables = { communities: 'communities-table', funders: 'funders-table', users: 'users-table', audit: 'audit-table', tokens: 'tokens-table' }
// Lists that the demo data set fills: they must show at least one row.
const seeded = new Set(['communities', 'funders'])

const sel = (name) => `[data-test="${name}"]`

class StepError extends Error {}

function check(condition, message) {
  if (!condition) throw new StepError(message)
}

/** Collects what must not happen while a role is signed in. */
function watchProblems(page) {
  const problems = []
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    // A 4xx answer from the API is part of normal flows (401 from /auth/me
    // before sign-in, 422 from an empty form); the browser logs it as an
    // error. 5xx answers are caught below.
    const url = msg.location()?.url || ''
    if (/status of 4\d\d/.test(msg.text()) && url.includes('/api/')) return
    problems.push(`console error: ${msg.text()} ${url}`)
  })
  page.on('response', (res) => {
    if (res.url().includes('/api/') && res.status() >= 500) {
      problems.push(`server error: ${res.status()} ${res.request().method()} ${res.url()}`)
    }
  })
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText || ''
    if (req.url().includes('/api/') && !error.includes('ERR_ABORTED')) {
      problems.push(`request failed: ${req.method()} ${req.url()} ${error}`)
    }
  })
  return problems
}

async function waitForTable(page, name, needRows) {
  const table = page.locator(sel(name))
  await table.waitFor({ state: 'visible' })
  await page.waitForFunction(
    (s) => !document.querySelector(`${s} .el-loading-mask`) || getComputedStyle(document.querySelector(`${s} .el-loading-mask`)).display === 'none',
    sel(name),
  )
  if (needRows) {
    await table.locator('.el-table__body tr.el-table__row').first().waitFor({ state: 'visible' })
  }
}

async function signIn(page, username) {
  await page.goto(`${baseURL}/`)
  await page.waitForURL(/\/login/)
  await page.locator(sel('login-username')).fill(username)
  await page.locator(sel('login-password')).fill(password)
  await page.locator(sel('login-submit')).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  await page.locator(sel('page-title')).waitFor()
}

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

async function visitPages(page, pages) {
  for (const name of pages) {
    await page.locator(sel(`nav-${name}`)).click()
    await page.waitForURL((url) => url.pathname === `/${name}`)
    await page.locator(sel('page-title')).waitFor()
    if (tables[name]) await waitForTable(page, tables[name], seeded.has(name))
    if (name === 'overview') {
      await page.locator(`${sel('overview-communities')} canvas`).waitFor()
      await page.locator(`${sel('overview-funders')} canvas`).waitFor()
    }
  }
}

async function checkForbiddenPages(page, allowed) {
  for (const name of allPages.filter((p) => !allowed.includes(p))) {
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
  await page.locator(sel('nav-communities')).click()
  await waitForTable(page, tables.communities, true)
  const buttons = await page.locator(sel('community-create')).count()
  check(isAdmin ? buttons === 1 : buttons === 0, `create-community button ${buttons ? 'shown' : 'hidden'} for this role`)
}

async function chooseOption(page, selectTestId, optionText) {
  await page.locator(sel(selectTestId)).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: optionText }).first().click()
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

async function signOut(page) {
  await page.locator(sel('logout')).click()
  await page.waitForURL(/\/login/)
  await page.locator(sel('login-username')).waitFor()
}

async function runAccount(browser, account) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  context.setDefaultTimeout(15000)
  const page = await context.newPage()
  const problems = watchProblems(page)
  let step = 'start'
  const steps = [
    ['sign in', () => signIn(page, account.username)],
    ['navigation', () => checkNavigation(page, account.pages)],
    ['pages', () => visitPages(page, account.pages)],
    ['write buttons', () => checkWriteButtons(page, account.username === 'admin')],
    ...(account.username === 'admin' ? [['create community', () => createCommunity(page)]] : []),
    ['language switch', () => checkLanguageSwitch(page)],
    ['pages out of reach', () => checkForbiddenPages(page, account.pages)],
    ['sign out', () => signOut(page)],
  ]
  try {
    for (const [name, run] of steps) {
      step = name
      await run()
      check(problems.length === 0, problems.join('\n  '))
    }
    console.log(`PASS ${account.username}`)
  } catch (err) {
    mkdirSync(resultsDir, { recursive: true })
    const shot = `${resultsDir}${account.username}-failure.png`
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {})
    const detail = err instanceof StepError ? err.message : String(err?.message || err).split('\n')[0]
    throw new Error(`FAIL ${account.username} at "${step}": ${detail}\n  screenshot: ${shot}\n  url: ${page.url()}`)
  } finally {
    await context.close()
  }
}

async function main() {
  if (!existsSync(executablePath)) {
    throw new Error(`no browser at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set HATCHERY_E2E_CHROMIUM`)
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  })
  try {
    for (const account of accounts) await runAccount(browser, account)
  } finally {
    await browser.close()
  }
}

main().catch((err) => {
  console.error(err.message || err)
  process.exit(1)
})
