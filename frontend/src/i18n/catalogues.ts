// The interface's messages: the main catalogue with the areas that keep
// their own files (staff, surveys, account, home, audit) merged in, section by
// section. The app, and every test of the catalogues, reads them here.
import accountZhCN from './account.zh-CN'
import auditZhCN from './audit.zh-CN'
import homeZhCN from './home.zh-CN'
import { mergeCatalogue } from './merge'
import staffZhCN from './staff.zh-CN'
import surveyZhCN from './survey.zh-CN'
import zhCN, { type Catalogue } from './zh-CN'

/** The Chinese catalogue, loaded with the app. */
export const chinese: Catalogue = [staffZhCN, surveyZhCN, accountZhCN, homeZhCN, auditZhCN].reduce<Catalogue>(mergeCatalogue, zhCN)

/** The English catalogue, fetched only when asked for. */
export async function english(): Promise<Catalogue> {
  const [main, ...areas] = await Promise.all([
    import('./en'),
    import('./staff.en'),
    import('./survey.en'),
    import('./account.en'),
    import('./home.en'),
    import('./audit.en'),
  ])
  return areas.reduce<Catalogue>((merged, area) => mergeCatalogue(merged, area.default), main.default as Catalogue)
}
