// Screenshots of the survey pages for a look at how they fit: each role,
// language and width asked for, into SHOTS_DIR (default /tmp/shots).
//
//   HATCHERY_E2E_URL=http://127.0.0.1:8080 SHOTS_DIR=/tmp/shots node e2e/survey-shots.mjs
import { mkdirSync, writeFileSync } from 'node:fs'
import { apiGet, baseURL, sel, signIn, withBrowser } from './harness.mjs'

const dir = (process.env.SHOTS_DIR || '/tmp/shots').replace(/\/$/, '')
mkdirSync(dir, { recursive: true })
// A file with a mistake in each of two rows, for the import preview.
const badFile = `${dir}/bad-import.csv`
writeFileSync(
  badFile,
  '社区,调研标题,调研方式,调研日期,受访人数,需求类别,需求标题,需求描述,提及人数,优先级\n' +
    '谈固东社区,2026年秋季需求问卷,问卷调查,2026-10-08,120,养老服务,助餐点不够,,150,高\n' +
    '不存在社区,2026年秋季需求问卷,问卷调查,2026-13-08,120,未知类别,晚上路灯少,,20,高\n',
)

const plans = [
  { user: 'reviewer', langs: ['zh-CN', 'en'], widths: [1366, 1440, 390], pages: ['coverage', 'surveys', 'survey', 'needs', 'import'] },
  { user: 'funder', langs: ['zh-CN', 'en'], widths: [1366, 390], pages: ['coverage', 'project', 'link'] },
  { user: 'orgstaff', langs: ['zh-CN', 'en'], widths: [1366, 390], pages: ['surveys', 'survey', 'form', 'import'] },
]

async function settle(page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(400)
}

withBrowser(async (browser) => {
  for (const plan of plans) {
    for (const lang of plan.langs) {
      for (const width of plan.widths) {
        const context = await browser.newContext({ viewport: { width, height: 900 } })
        await context.addInitScript((l) => localStorage.setItem('hatchery.lang', l), lang)
        const page = await context.newPage()
        await signIn(page, plan.user)
        const surveys = await apiGet(page, '/surveys?limit=5')
        const survey = surveys.items[0]
        const needs = await apiGet(page, '/needs?uncovered=true&limit=1').catch(() => ({ items: [] }))
        const projects = await apiGet(page, '/projects?status=active&limit=1')
        const urls = {
          coverage: '/coverage',
          surveys: '/surveys',
          survey: survey ? `/surveys/${survey.id}` : '/surveys',
          needs: `/needs?community_id=${needs.items[0]?.community_id ?? survey?.community_id ?? ''}`,
          import: '/surveys-import',
          project: projects.items[0] ? `/projects/${projects.items[0].id}` : '/projects',
          link: projects.items[0] ? `/projects/${projects.items[0].id}` : '/projects',
          form: survey ? `/surveys/${survey.id}` : '/surveys',
        }
        for (const name of plan.pages) {
          await page.goto(`${baseURL}${urls[name]}`)
          await page.locator(sel('page-title')).waitFor()
          await settle(page)
          if (name === 'link') {
            await page.locator(sel('project-needs')).scrollIntoViewIfNeeded()
            await page.locator(sel('project-needs-link')).click()
            await page.locator(sel('project-needs-select')).click()
            await settle(page)
          }
          if (name === 'import' && plan.user === 'reviewer') {
            await page.locator(sel('import-file')).setInputFiles(badFile)
            await page.locator(sel('import-preview')).click()
            await page.locator(sel('import-errors')).waitFor()
            await settle(page)
          }
          if (name === 'form') {
            const edit = page.locator(sel('survey-edit'))
            if ((await edit.count()) === 0) continue
            await edit.click()
            await settle(page)
          }
          const file = `${dir}/${plan.user}-${lang}-${width}-${name}.png`
          await page.screenshot({ path: file, fullPage: name !== 'link' && name !== 'form' })
          console.log(file)
        }
        await context.close()
      }
    }
  }
})
