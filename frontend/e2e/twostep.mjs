// Browser test of two-step verification, as the demo's security auditor
// (whose role needs no second factor in demo mode, so it may turn it off
// again and leaves the demo as it found it):
//   1. the auditor lands on the audit trail, opens the account page, sets
//      up two-step verification from the QR code's secret with a code this
//      test computes itself (RFC 6238), and is shown ten recovery codes;
//   2. signed out, the password alone is not enough: the page asks for the
//      code, refuses a wrong one, and lets one recovery code in;
//   3. the same recovery code does not sign in twice, another one does;
//   4. the auditor turns two-step verification off with the password.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/twostep.mjs
import { createHmac } from 'node:crypto'
import { baseURL, check, password, runScenario, sel, signIn, withBrowser } from './harness.mjs'

/** The TOTP code of a base32 secret at time t (SHA-1, 30 s, 6 digits). */
function totp(secret, t = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0')
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(t / 1000 / 30)))
  const mac = createHmac('sha1', key).update(counter).digest()
  const offset = mac[mac.length - 1] & 0x0f
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

async function enrol(page, state) {
  await page.waitForURL(/\/audit/)
  await page.goto(`${baseURL}/account`)
  await page.locator(sel('two-step-enrol-start')).click()
  await page.locator(`${sel('two-step-qr')} svg`).waitFor()
  const secret = (await page.locator(sel('two-step-secret')).innerText()).replace(/\s+/g, '')
  await page.locator(sel('two-step-code')).fill(totp(secret))
  await page.locator(sel('two-step-confirm')).click()
  const codes = await page.locator(`${sel('two-step-recovery-codes')} li`).allInnerTexts()
  check(codes.length === 10, `ten recovery codes, got ${codes.length}`)
  state.codes = codes.map((c) => c.trim())
  await page.locator(sel('two-step-done')).click()
  check((await page.locator(sel('two-step-off')).count()) === 1, 'two-step verification is on')
}

async function signOut(page) {
  await page.locator(sel('logout')).click()
  await page.waitForURL(/\/login/)
}

async function passwordFirst(page) {
  await page.locator(sel('login-username')).fill('auditor')
  await page.locator(sel('login-password')).fill(password)
  await page.locator(sel('login-submit')).click()
  await page.locator(sel('login-code-intro')).waitFor()
}

async function codeNeeded(page, state) {
  await signOut(page)
  await passwordFirst(page)
  await page.locator(sel('login-code')).fill('000000')
  await page.locator(sel('login-submit')).click()
  await page.locator(sel('login-error')).waitFor()
  check(page.url().includes('/login'), 'a wrong code signed in')
  await page.locator(sel('login-use-recovery')).click()
  await page.locator(sel('login-code')).fill(state.codes[0])
  await page.locator(sel('login-submit')).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  await page.locator(sel('page-title')).waitFor()
}

async function recoveryOnce(page, state) {
  await signOut(page)
  await passwordFirst(page)
  await page.locator(sel('login-use-recovery')).click()
  await page.locator(sel('login-code')).fill(state.codes[0])
  await page.locator(sel('login-submit')).click()
  await page.locator(sel('login-error')).waitFor()
  check(page.url().includes('/login'), 'a spent recovery code signed in again')
  await page.locator(sel('login-code')).fill(state.codes[1])
  await page.locator(sel('login-submit')).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  await page.locator(sel('page-title')).waitFor()
}

async function turnOff(page) {
  await page.goto(`${baseURL}/account`)
  await page.locator(sel('two-step-off')).click()
  await page.locator('.el-message-box__input input').fill(password)
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await page.locator(sel('two-step-enrol-start')).waitFor()
}

withBrowser(async (browser) => {
  const state = {}
  await runScenario(browser, 'two-step verification', (page) => [
    ['sign in', () => signIn(page, 'auditor')],
    ['enrol', () => enrol(page, state)],
    ['a code is needed', () => codeNeeded(page, state)],
    ['a recovery code works once', () => recoveryOnce(page, state)],
    ['turn it off', () => turnOff(page)],
  ])
})
