import { describe, expect, it } from 'vitest'
import type { CommunityCoverage, DemandCoverage } from '@/api/surveys'
import { chartedDistricts, districtShares, type DistrictShare } from './coverageChart'

const com = (district: string, covered: number): CommunityCoverage => ({
  community_id: `${district}${covered}${Math.random()}`,
  community_name: '',
  street: '',
  district,
  surveys: 1,
  latest_survey_on: null,
  stale: false,
  needs: 3,
  needs_covered: covered,
  coverage: covered / 3,
  uncovered_high: 0,
  projects: 1,
  projects_linked: 0,
  projects_linked_share: null,
})

const report = (districts: DemandCoverage['districts']): DemandCoverage => ({
  communities: [com('长安区', 0), com('长安区', 2), com('桥西区', 0)],
  districts,
  communities_without_answer_share: 2 / 3,
  communities_without_answer: 2,
  communities_without_survey: 0,
  communities_total: 3,
  stale_surveys: 0,
})

describe('districtShares', () => {
  it('takes the districts the report answers', () => {
    const got = districtShares(report([
        { district: '桥西区', communities: 4, communities_without_answer: 3, communities_without_survey: 1, needs: 9, needs_covered: 0, coverage: 0 },
      ]))
    expect(got).toEqual([{ district: '桥西区', without: 3, total: 4, share: 0.75 }])
  })
  it('counts the communities where the report has no districts', () => {
    const got = districtShares(report([]))
    expect(got).toEqual([
      { district: '长安区', without: 1, total: 2, share: 0.5 },
      { district: '桥西区', without: 1, total: 1, share: 1 },
    ])
  })
})

describe('chartedDistricts', () => {
  const row = (district: string, share: number): DistrictShare => ({ district, without: share * 10, total: 10, share })
  it('keeps every district when they fit, in their order', () => {
    const rows = [row('长安区', 0.2), row('桥西区', 0.9)]
    expect(chartedDistricts(rows, 3)).toEqual(rows)
  })
  it('keeps the largest shares first when there are more than fit', () => {
    const rows = [row('长安区', 0.2), row('桥西区', 0.9), row('新华区', 0.4), row('裕华区', 0.5), row('藁城区', 0.1)]
    expect(chartedDistricts(rows, 3).map((r) => r.district)).toEqual(['桥西区', '裕华区', '新华区'])
  })
})
