import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router'
import { setPasswordExpiredHandler, setUnauthorizedHandler } from '@/api/client'
import { canDecide, canSee, safeRedirect, type PageKey } from '@/auth/access'
import { forgetSession, passwordExpired, restoreSession, sessionUser } from '@/auth/session'
import { i18n } from '@/i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in. */
    public?: boolean
    /** The page, for role checks and the navigation. */
    page?: PageKey
    /** Catalogue key of the page title. */
    titleKey?: string
    /** The title for users who request but do not decide (the transitions page). */
    requesterTitleKey?: string
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/pages/LoginPage.vue'),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    path: '/',
    component: () => import('@/layouts/AppLayout.vue'),
    children: [
      { path: '', redirect: '/home' },
      {
        path: 'home',
        name: 'home',
        component: () => import('@/pages/home/HomePage.vue'),
        meta: { page: 'home', titleKey: 'home.title' },
      },
      // The overview's charts moved to the communities and funders pages.
      { path: 'overview', redirect: '/home' },
      {
        path: 'organizations',
        name: 'organizations',
        component: () => import('@/pages/organizations/OrganizationsPage.vue'),
        meta: { page: 'organizations', titleKey: 'org.title' },
      },
      {
        path: 'organizations/:id',
        name: 'organization',
        component: () => import('@/pages/organization/OrganizationPage.vue'),
        props: true,
        meta: { page: 'organizations', titleKey: 'org.detailTitle' },
      },
      {
        path: 'projects',
        name: 'projects',
        component: () => import('@/pages/projects/ProjectsPage.vue'),
        meta: { page: 'projects', titleKey: 'project.title' },
      },
      {
        path: 'projects/:id',
        name: 'project',
        component: () => import('@/pages/project/ProjectPage.vue'),
        props: true,
        meta: { page: 'projects', titleKey: 'project.detailTitle' },
      },
      {
        path: 'projects/:id/audit',
        name: 'project-audit',
        component: () => import('@/pages/project-audit/ProjectAuditPage.vue'),
        props: true,
        meta: { page: 'projects', titleKey: 'auditPrint.title' },
      },
      {
        path: 'funding-cycles',
        name: 'funding-cycles',
        component: () => import('@/pages/funding-cycles/FundingCyclesPage.vue'),
        meta: { page: 'funding-cycles', titleKey: 'cycle.title' },
      },
      {
        path: 'portfolio',
        name: 'portfolio',
        component: () => import('@/pages/portfolio/PortfolioPage.vue'),
        meta: { page: 'portfolio', titleKey: 'portfolio.title' },
      },
      {
        path: 'transitions',
        name: 'transitions',
        component: () => import('@/pages/transitions/TransitionsPage.vue'),
        meta: { page: 'transitions', titleKey: 'queue.title', requesterTitleKey: 'queue.myTitle' },
      },
      {
        path: 'pipeline',
        name: 'pipeline',
        component: () => import('@/pages/pipeline/PipelinePage.vue'),
        meta: { page: 'pipeline', titleKey: 'pipeline.title' },
      },
      {
        path: 'turnover',
        name: 'turnover',
        component: () => import('@/pages/turnover/TurnoverPage.vue'),
        meta: { page: 'turnover', titleKey: 'turnover.title' },
      },
      {
        path: 'surveys',
        name: 'surveys',
        component: () => import('@/pages/surveys/SurveysPage.vue'),
        meta: { page: 'surveys', titleKey: 'survey.title' },
      },
      {
        path: 'surveys/:id',
        name: 'survey',
        component: () => import('@/pages/survey/SurveyPage.vue'),
        props: true,
        meta: { page: 'surveys', titleKey: 'survey.detailTitle' },
      },
      {
        path: 'needs',
        name: 'needs',
        component: () => import('@/pages/needs/NeedsBoardPage.vue'),
        meta: { page: 'surveys', titleKey: 'survey.needsBoard' },
      },
      {
        path: 'coverage',
        name: 'coverage',
        component: () => import('@/pages/coverage/CoveragePage.vue'),
        meta: { page: 'coverage', titleKey: 'coverage.title' },
      },
      {
        path: 'surveys-import',
        name: 'surveys-import',
        component: () => import('@/pages/surveys-import/SurveyImportPage.vue'),
        meta: { page: 'surveys-import', titleKey: 'surveyImport.title' },
      },
      {
        path: 'communities',
        name: 'communities',
        component: () => import('@/pages/communities/CommunitiesPage.vue'),
        meta: { page: 'communities', titleKey: 'community.title' },
      },
      {
        path: 'funders',
        name: 'funders',
        component: () => import('@/pages/funders/FundersPage.vue'),
        meta: { page: 'funders', titleKey: 'funder.title' },
      },
      {
        path: 'users',
        name: 'users',
        component: () => import('@/pages/users/UsersPage.vue'),
        meta: { page: 'users', titleKey: 'user.title' },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/pages/audit/AuditPage.vue'),
        meta: { page: 'audit', titleKey: 'audit.title' },
      },
      {
        path: 'account',
        name: 'account',
        component: () => import('@/pages/account/AccountPage.vue'),
        meta: { page: 'account', titleKey: 'account.title' },
      },
      // API tokens live on the account page now.
      { path: 'tokens', redirect: '/account' },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/pages/NotFoundPage.vue'),
        meta: { titleKey: 'pages.notFound' },
      },
    ],
  },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
})

/** The not-found page, keeping the address the user typed. */
function notFound(to: RouteLocationNormalized) {
  return {
    name: 'not-found',
    params: { pathMatch: to.path.substring(1).split('/') },
    query: to.query,
    hash: to.hash,
  }
}

router.beforeEach(async (to) => {
  await restoreSession()
  const user = sessionUser.value
  if (to.meta.public) {
    return user && to.name === 'login' ? safeRedirect(to.query.redirect) : true
  }
  if (!user) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  // An expired password may only be changed, and a role that needs two-step
  // verification sets it up before anything else (the server refuses the rest).
  if ((user.must_change_password || user.must_enrol_totp) && to.name !== 'account') return { name: 'account' }
  // A security auditor's work is the audit trail; their home is there.
  if (user.role === 'security_auditor' && to.name === 'home') return { path: '/audit' }
  if (to.meta.page && !canSee(user.role, to.meta.page)) return notFound(to)
  return true
})

/** Sets the document title from the current route, in the current language. */
export function updateDocumentTitle(): void {
  const { t } = i18n.global
  const { titleKey, requesterTitleKey } = router.currentRoute.value.meta
  const role = sessionUser.value?.role
  const key = requesterTitleKey && role && !canDecide(role) ? requesterTitleKey : titleKey
  document.title = key ? `${t(key)} · ${t('app.name')}` : t('app.name')
}

router.afterEach(() => updateDocumentTitle())

// A 401 from any call but sign-in means the session has ended.
setUnauthorizedHandler(() => {
  forgetSession()
  const here = router.currentRoute.value
  if (here.name === 'login') return
  void router.push({ name: 'login', query: { redirect: here.fullPath } })
})

// A password that expires while the app is open: the server refuses all but
// the change, so the user is taken to the account page's form.
setPasswordExpiredHandler(() => {
  passwordExpired()
  if (router.currentRoute.value.name !== 'account') void router.push({ name: 'account' })
})
