package seeds

import (
	"fmt"
	"math/rand/v2"
	"time"

	"hatchery/models"
)

// Per district of the synthetic data set: demand surveys over three years
// with three to seven needs each (about 114 and 5, so one unit of scale
// holds about 10,000 surveys and 50,000 needs over 5,500 communities, some
// never surveyed), and the share of projects linked to needs of the
// community they serve.
const (
	surveysPerDistrict  = 114
	linkedProjectsShare = 0.6
)

// syntheticSurveys makes one district's surveys and needs, run by one of
// the district's organizations or by nobody named, and links projects to
// up to two needs of the community they serve.
func syntheticSurveys(rng *rand.Rand, coms []models.Community, orgs []models.Organization, money models.MoneyBatch, now time.Time) models.SurveyBatch {
	var b models.SurveyBatch
	stamp := models.NewTime(now)
	day := 24 * time.Hour
	needsOf := map[string][]string{}
	for i := 0; i < surveysPerDistrict; i++ {
		com := coms[rng.IntN(len(coms))]
		respondents := int64(20 + rng.IntN(280))
		on := now.Add(-time.Duration(rng.IntN(3*365)) * day)
		v := models.DemandSurvey{ID: models.NewID(), CommunityID: com.ID, Title: fmt.Sprintf("%s居民需求调研%d", com.Name, i+1),
			Method: models.SurveyMethods[rng.IntN(len(models.SurveyMethods))], ConductedOn: date(on), Respondents: respondents,
			Stamps: models.Stamps{CreatedAt: stamp, UpdatedAt: stamp, Version: 1}}
		if len(orgs) > 0 && rng.IntN(10) < 6 {
			v.ConductedByOrgID = &orgs[rng.IntN(len(orgs))].ID
		}
		b.Surveys = append(b.Surveys, v)
		count := int64(3 + rng.IntN(5))
		for k := int64(1); k <= count; k++ {
			n := models.Need{ID: models.NewID(), SurveyID: v.ID, CommunityID: com.ID, Seq: k,
				Category: models.NeedCategories[rng.IntN(len(models.NeedCategories))], Title: fmt.Sprintf("需求%d", k),
				Mentions: rng.Int64N(respondents + 1), Priority: models.NeedPriorities[rng.IntN(len(models.NeedPriorities))], CreatedAt: stamp}
			b.Needs = append(b.Needs, n)
			needsOf[com.ID] = append(needsOf[com.ID], n.ID)
		}
	}
	for _, pc := range money.Communities {
		needs := needsOf[pc[1]]
		if len(needs) == 0 || rng.Float64() >= linkedProjectsShare {
			continue
		}
		first := rng.IntN(len(needs))
		b.Links = append(b.Links, models.ProjectNeed{ProjectID: pc[0], NeedID: needs[first], Note: "合成关联", CreatedAt: stamp})
		if second := rng.IntN(len(needs)); second != first && rng.IntN(2) == 0 {
			b.Links = append(b.Links, models.ProjectNeed{ProjectID: pc[0], NeedID: needs[second], Note: "合成关联", CreatedAt: stamp})
		}
	}
	return b
}
