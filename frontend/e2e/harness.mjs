// What the browser tests share: the browser, the sign-in, and the watch for
// anything that must not happen (page errors, console errors, 5xx answers,
// failed API requests).
//
// HATCHERY_E2E_URL points at a server started with --demo (accounts with
// "demo-password"); HATCHERY_E2E_CHROMIUM at a Chromium other than Debian's.
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const baseURL = (process.env.HATCHERY_E2E_URL || 'http://127.0.0.1:8080').replace(/\/$/, '')
const executablePath = process.env.HATCHERY_E2E_CHROMIUM || '/usr/bin/chromium'
const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url))
export const password = 'demo-password'

export const sel = (name) => `[data-test="${name}"]`

export class StepError extends Error {}

export function check(condition, message) {
  if (!condition) throw new StepError(message)
}

/** Collects what must not happen while a page is open. */
export function watchProblems(page) {
  const problems = []
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    // A 4xx answer from the API is part of normal flows (401 from /auth/me
    // before sign-in, 422 from an empty form, 403 for a request one made);
    // the browser logs it as an error. 5xx answers are caught below.
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

/** Waits for a table to finish loading and, if asked, to show a row. */
export async function waitForTable(page, name, needRows) {
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

export async function signIn(page, username) {
  await page.goto(`${baseURL}/`)
  await page.waitForURL(/\/login/)
  await page.locator(sel('login-username')).fill(username)
  await page.locator(sel('login-password')).fill(password)
  await page.locator(sel('login-submit')).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  await page.locator(sel('page-title')).waitFor()
}

/** A GET of the API with the page's session, as the app itself would call it. */
export async function apiGet(page, path) {
  return page.evaluate(async (p) => {
    const res = await fetch(`/api/v1${p}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    if (!res.ok) throw new Error(`GET ${p}: ${res.status}`)
    return res.json()
  }, path)
}

/** Picks an option of an Element Plus select by its visible text. */
export async function chooseOption(page, selectTestId, optionText) {
  await page.locator(sel(selectTestId)).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: optionText }).first().click()
}

/**
 * Runs named steps in a fresh browser context; after each step nothing must
 * have gone wrong. A failure leaves a screenshot in test-results/. The
 * browser asks for Chinese: until one is picked the interface follows the
 * browser's language, and the tests expect Chinese first.
 */
export async function runScenario(browser, name, build) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  context.setDefaultTimeout(15000)
  const page = await context.newPage()
  const problems = watchProblems(page)
  let step = 'start'
  try {
    for (const [stepName, run] of build(page)) {
      step = stepName
      await run()
      check(problems.length === 0, problems.join('\n  '))
    }
    console.log(`PASS ${name}`)
  } catch (err) {
    mkdirSync(resultsDir, { recursive: true })
    const shot = `${resultsDir}${name.replace(/\W+/g, '-')}-failure.png`
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {})
    const detail = err instanceof StepError ? err.message : String(err?.message || err).split('\n')[0]
    throw new Error(`FAIL ${name} at "${step}": ${detail}\n  screenshot: ${shot}\n  url: ${page.url()}`)
  } finally {
    await context.close()
  }
}

/** Starts Chromium, runs `body` with it, and exits 1 on any failure. */
export function withBrowser(body) {
  const run = async () => {
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
      await body(browser)
    } finally {
      await browser.close()
    }
  }
  run().catch((err) => {
    console.error(err.message || err)
    process.exit(1)
  })
}
