// Browser test of each role's home: sign-in lands there, in Chinese and in
// English its cards show figures (the ones the API answers), and a card
// leads to the list behind it, already filtered.
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 node e2e/home.mjs
//
// Needs a server started in demo mode; reads only.
import { apiGet, baseURL, check, runScenario, sel, signIn, waitForTable, withBrowser } from './harness.mjs'

const titles = { 'zh-CN': '工作台', en: 'Home' }

// Per account: the cards its home shows, one whose figure is checked
// against the API, and the card followed to its filtered list.
const accounts = [
  {
    username: 'admin',
    cards: ['pending', 'entered', 'graduated', 'stuck', 'without-answer', 'cliff', 'turnover', 'flagged'],
    figure: ['stuck', (h) => h.bureau.stuck.count],
    // The bureau's figures come after its lists, from GET /home/figures.
    figures: ['graduated', (f) => f.quarters[f.quarters.length - 1].graduated],
    follow: {
      card: 'turnover',
      path: '/turnover',
      query: { group_by: 'organization' },
      table: 'turnover-table',
    },
    charts: ['home-outcomes'],
  },
  {
    username: 'reviewer',
    cards: ['pending', 'entered', 'graduated', 'stuck', 'without-answer', 'cliff', 'turnover', 'flagged'],
    figure: ['pending', (h) => h.bureau.pending.count],
    figures: ['entered', (f) => f.quarters[f.quarters.length - 1].entered],
    follow: { card: 'pending', path: '/transitions', query: { status: 'pending', sort: 'oldest' }, table: 'transitions-table' },
    charts: ['home-outcomes'],
  },
  {
    username: 'incubator',
    cards: ['incubatees', 'ready', 'pending', 'turnover'],
    figure: ['ready', (h) => h.incubator.ready],
    follow: {
      card: 'incubatees',
      path: '/organizations',
      query: (h) => ({ incubator_id: h.incubator.incubator_id, stage: 'incubating' }),
      table: 'organizations-table',
      // Every organization listed is incubating.
      rows: async (page) => {
        const stages = await page.locator(`${sel('organizations-table')} [data-stage]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-stage')))
        check(stages.length > 0 && stages.every((s) => s === 'incubating'), `the filtered list shows stages ${stages.join(', ')}`)
      },
    },
  },
  {
    username: 'orgstaff',
    cards: ['stage', 'criteria', 'tranche', 'staff'],
    figure: ['staff', (h) => h.organization.active_staff],
    follow: {
      card: 'tranche',
      path: (h) => `/projects/${h.organization.next_tranche.project_id}`,
      query: {},
    },
  },
  {
    username: 'funder',
    cards: ['projects', 'money', 'overdue', 'cliff'],
    figure: ['projects', (h) => h.funder.projects],
    follow: { card: 'projects', path: '/projects', query: {}, table: 'projects-table' },
    charts: ['home-money'],
  },
]

async function checkCards(page, account, home, figures) {
  await page.waitForURL((url) => url.pathname === '/home')
  for (const card of account.cards) {
    const value = page.locator(`${sel(`home-card-${card}`)} ${sel('home-card-value')}`)
    await value.waitFor()
    const text = (await value.innerText()).trim()
    check(text !== '', `card ${card} shows no figure`)
  }
  const [card, figure] = account.figure
  const shown = (await page.locator(`${sel(`home-card-${card}`)} ${sel('home-card-value')}`).innerText()).trim()
  check(shown === String(figure(home)), `card ${card} shows ${shown}, the API answers ${figure(home)}`)
  if (account.figures) {
    const [card, figure] = account.figures
    const shown = (await page.locator(`${sel(`home-card-${card}`)} ${sel('home-card-value')}`).innerText()).trim()
    check(shown === String(figure(figures)), `card ${card} shows ${shown}, the figures answer ${figure(figures)}`)
  }
  for (const chart of account.charts ?? []) await page.locator(`${sel(chart)} canvas`).waitFor()
}

async function switchTo(page, lang) {
  const title = page.locator(sel('page-title'))
  if ((await title.innerText()).trim() !== titles[lang]) await page.locator(sel('lang-switch')).click()
  await page.waitForFunction(([s, want]) => document.querySelector(s)?.textContent?.trim() === want, [sel('page-title'), titles[lang]])
}

async function followCard(page, account, home) {
  const f = account.follow
  await page.locator(sel(`home-card-${f.card}`)).click()
  const path = typeof f.path === 'function' ? f.path(home) : f.path
  const query = typeof f.query === 'function' ? f.query(home) : f.query
  await page.waitForURL((url) => url.pathname === path)
  const url = new URL(page.url())
  for (const [key, value] of Object.entries(query)) {
    check(url.searchParams.get(key) === value, `${key}=${url.searchParams.get(key)} in ${url}, expected ${value}`)
  }
  await page.locator(sel('page-title')).waitFor()
  if (f.table) await waitForTable(page, f.table, true)
  if (f.rows) await f.rows(page)
}

withBrowser(async (browser) => {
  for (const account of accounts) {
    await runScenario(browser, `home: ${account.username}`, (page) => {
      let home, figures
      return [
        ['sign in lands on the home', () => signIn(page, account.username)],
        ['the answer', async () => {
          home = await apiGet(page, '/home')
          if (account.figures) figures = await apiGet(page, '/home/figures')
        }],
        ['cards in Chinese', async () => {
          await switchTo(page, 'zh-CN')
          await checkCards(page, account, home, figures)
        }],
        ['cards in English', async () => {
          await switchTo(page, 'en')
          await checkCards(page, account, home, figures)
        }],
        ['a card leads to its filtered list', () => followCard(page, account, home)],
        ['back to Chinese', async () => {
          await page.goto(`${baseURL}/`)
          await switchTo(page, 'zh-CN')
        }],
      ]
    })
  }
})
