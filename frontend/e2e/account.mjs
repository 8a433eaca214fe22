// Browser test of the account page, with an account of its own so that no
// other suite's sign-in is touched:
//   1. the demo admin creates a reviewer for this run through the API;
//   2. the reviewer signs in on two browsers, opens the account page from
//      the header's user menu, reads the profile and sees both sessions,
//      this one tagged, and the API tokens (no longer in the navigation);
//   3. a wrong current password and a repeat that differs are told beside
//      their fields; then the password is changed: the other browser is
//      signed out, the old password no longer signs in, the new one does;
//   4. the second browser's new session is ended from the table, and at
//      last the current one, which signs out.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/account.mjs
//
// Needs a server started with --demo and Chromium as for smoke.mjs. Exits 1
// on the first failure, with a screenshot in test-results/.
import { apiGet, baseURL, check, runScenario, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

const username = `e2e_account_${Date.now().toString(36)}`
const firstPassword = 'first-passphrase-of-e2e'
const secondPassword = 'second-passphrase-of-e2e'

async function signInAs(page, password) {
  await page.goto(`${baseURL}/login`)
  await page.locator(sel('login-username')).fill(username)
  await page.locator(sel('login-password')).fill(password)
  await page.locator(sel('login-submit')).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  await page.locator(sel('page-title')).waitFor()
}

/** Whether a sign-in with password is accepted, asked of the API from a signed-out page. */
async function passwordWorks(page, password) {
  return page.evaluate(
    async ([u, p]) => {
      const res = await fetch('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: u, password: p }),
        credentials: 'omit',
      })
      return res.status === 200
    },
    [username, password],
  )
}

async function createAccount(page) {
  await signIn(page, 'admin')
  const status = await page.evaluate(
    async ([u, p]) => {
      const res = await fetch('/api/v1/users', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: u, password: p, role: 'reviewer', display_name: '账号页测试员' }),
      })
      return res.status
    },
    [username, firstPassword],
  )
  check(status === 201, `creating the test account answered ${status}`)
}

async function sessionRows(page) {
  await waitForTable(page, 'sessions-table', true)
  return page.locator(`${sel('sessions-table')} .el-table__body tr.el-table__row`)
}

/** Waits until the sessions table shows n rows. */
async function expectSessions(page, n) {
  const rows = await sessionRows(page)
  await page.waitForFunction(
    ([s, want]) => document.querySelectorAll(`${s} .el-table__body tr.el-table__row`).length === want,
    [sel('sessions-table'), n],
  )
  return rows
}

async function fieldError(page, field) {
  const item = page.locator('.el-form-item', { has: page.locator(sel(field)) })
  const error = item.locator('.el-form-item__error')
  await error.waitFor({ state: 'visible' })
  return (await error.innerText()).trim()
}

async function fillPassword(page, current, next, repeat) {
  await page.locator(sel('password-current')).fill(current)
  await page.locator(sel('password-new')).fill(next)
  await page.locator(sel('password-repeat')).fill(repeat)
  await page.locator(sel('password-submit')).click()
}

async function confirmBox(page) {
  await page.locator('.el-message-box__btns .el-button--primary').click()
}

function scenario(page, browser) {
  let other = null // the second browser's context and page
  const otherPage = () => other.page
  return [
    [
      'an account for this run',
      async () => {
        const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
        const admin = await context.newPage()
        await createAccount(admin)
        await context.close()
      },
    ],
    [
      'signed in on two browsers',
      async () => {
        const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
        other = { context, page: await context.newPage() }
        await signInAs(otherPage(), firstPassword)
        await signInAs(page, firstPassword)
      },
    ],
    [
      'the account page from the user menu',
      async () => {
        check((await page.locator(sel('nav-tokens')).count()) === 0, 'API tokens are still in the navigation')
        await page.locator(sel('current-user')).click()
        await page.locator(sel('menu-account')).click()
        await page.waitForURL((url) => url.pathname === '/account')
        check((await page.locator(sel('page-title')).innerText()).trim() === '我的账号', 'account page title')
        check((await page.locator(sel('profile-username')).innerText()).trim() === username, 'profile shows another username')
        check((await page.locator(sel('profile-role')).innerText()).trim() === '审核员（民政部门）', 'profile role')
        const rows = await expectSessions(page, 2)
        check((await rows.locator(sel('session-current')).count()) === 1, 'not exactly one session is tagged as this device')
        const listed = await apiGet(page, '/auth/sessions')
        check(!JSON.stringify(listed).includes('token'), 'the sessions answer mentions a token')
        await waitForTable(page, 'tokens-table', false)
      },
    ],
    [
      'refusals beside their fields',
      async () => {
        await fillPassword(page, 'not-my-password', secondPassword, secondPassword)
        const wrong = await fieldError(page, 'password-current')
        check(wrong === '当前密码不正确', `wrong current password says "${wrong}"`)
        await fillPassword(page, firstPassword, secondPassword, `${secondPassword}x`)
        const differs = await fieldError(page, 'password-repeat')
        check(differs === '两次输入的新密码不一致', `a different repeat says "${differs}"`)
        await fillPassword(page, firstPassword, 'aaaaaaaaaa', 'aaaaaaaaaa')
        const weak = await fieldError(page, 'password-new')
        check(weak === '密码不能由同一个字符重复组成', `a weak password says "${weak}"`)
        check((await passwordWorks(page, firstPassword)) === true, 'a refused change changed the password')
      },
    ],
    [
      'change the password',
      async () => {
        await fillPassword(page, firstPassword, secondPassword, secondPassword)
        await page.locator('.el-message--success').waitFor()
        // Every other session ended: the other browser's and the checks' sign-ins.
        await expectSessions(page, 1)
        check((await page.locator(sel('password-current')).inputValue()) === '', 'the form keeps the old password')
        check((await passwordWorks(page, firstPassword)) === false, 'the old password still signs in')
        check((await passwordWorks(page, secondPassword)) === true, 'the new password does not sign in')
      },
    ],
    [
      'the other browser was signed out',
      async () => {
        await otherPage().reload()
        await otherPage().waitForURL(/\/login/)
        await signInAs(otherPage(), secondPassword)
      },
    ],
    [
      'end the other browser’s session',
      async () => {
        await page.reload()
        const rows = await sessionRows(page)
        const others = rows.filter({ hasNot: page.locator(sel('session-current')) })
        check((await others.count()) >= 1, 'the other browser’s session is not listed')
        // The other browser's, and the one the check of the new password made.
        while ((await others.count()) > 0) {
          const n = await rows.count()
          await others.first().locator(sel('session-end')).click()
          await confirmBox(page)
          await expectSessions(page, n - 1)
        }
        await otherPage().reload()
        await otherPage().waitForURL(/\/login/)
      },
    ],
    [
      'end this session',
      async () => {
        const rows = await expectSessions(page, 1)
        await rows.first().locator(sel('session-end')).click()
        await confirmBox(page)
        await page.waitForURL(/\/login/)
        await other.context.close()
      },
    ],
  ]
}

withBrowser(async (browser) => {
  await runScenario(browser, 'account', (page) => scenario(page, browser))
})
