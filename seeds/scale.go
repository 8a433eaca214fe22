package seeds

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"hatchery/models"
)

// ScaleCounts says what Scale added.
type ScaleCounts struct {
	Communities   int
	Funders       int
	Organizations int
	Requests      int
	Projects      int
	Expenditures  int
	Staff         int
	Surveys       int
	Needs         int
	NeedLinks     int
}

// Per unit of scale, about one province: its cities, districts, streets and
// urban communities, and the bureaus, street offices and others that fund.
const (
	citiesPerUnit      = 11
	districtsPerCity   = 8
	streetsPerDistrict = 9
	communitiesPerStr  = 7
	fundersPerDistrict = 3
	orgsPerDistrict    = 250
)

// Scale adds n units of synthetic reference data in batches, reporting
// progress on out: a bar on a terminal, a line every tenth of the way
// otherwise. It is deterministic for a given n.
func Scale(ctx context.Context, s *models.Store, n int, out io.Writer) (counts ScaleCounts, err error) {
	err = s.Loading(ctx, func() error {
		counts, err = scale(ctx, s, n, out)
		return err
	})
	return counts, err
}

func scale(ctx context.Context, s *models.Store, n int, out io.Writer) (ScaleCounts, error) {
	rng := rand.New(rand.NewPCG(uint64(n), 2026))
	districts := n * citiesPerUnit * districtsPerCity
	prog := newProgress(out, districts*orgsPerDistrict, "organizations")
	var counts ScaleCounts
	a := models.System("seed-scale")
	clerk, err := s.CreateUser(ctx, a, models.NewUser{
		Username: fmt.Sprintf("scale-clerk-%d", rng.IntN(1_000_000)), DisplayName: "synthetic data clerk",
		Role: models.RoleReviewer, Password: models.GeneratePassword(),
	})
	if err != nil {
		return counts, err
	}
	disabled := true
	if _, err := s.UpdateUser(ctx, a, clerk.ID, clerk.Version, models.UserPatch{Disabled: &disabled}); err != nil {
		return counts, err
	}
	now := s.Now()
	provincial := models.Funder{Name: fmt.Sprintf("合成省民政厅%d", rng.IntN(1_000_000)), Kind: "government"}
	if provincial, err = s.CreateFunder(ctx, a, provincial); err != nil {
		return counts, err
	}
	counts.Funders++
	for d := 0; d < districts; d++ {
		district := fmt.Sprintf("合成%03d市%02d区", d/districtsPerCity+1, d%districtsPerCity+1)
		var coms []models.Community
		for st := 0; st < streetsPerDistrict; st++ {
			street := fmt.Sprintf("%s第%d街道", district, st+1)
			for c := 0; c < communitiesPerStr; c++ {
				hh := 800 + rng.Int64N(4000)
				coms = append(coms, models.Community{
					Name: fmt.Sprintf("%s%d社区", street, c+1), Street: street, District: district,
					Type: models.CommunityTypes[rng.IntN(len(models.CommunityTypes))], Households: hh, Population: hh * (25 + rng.Int64N(10)) / 10,
				})
			}
		}
		funders := make([]models.Funder, fundersPerDistrict)
		for i := range funders {
			funders[i] = models.Funder{Name: fmt.Sprintf("%s资助方%d", district, i+1), Kind: models.FunderKinds[rng.IntN(len(models.FunderKinds))]}
		}
		if err := s.BulkInsertReference(ctx, a, coms, funders); err != nil {
			return counts, err
		}
		orgs, reqs := syntheticPipeline(rng, coms, clerk.ID, now)
		if err := s.BulkInsertPipeline(ctx, a, orgs, reqs); err != nil {
			return counts, err
		}
		money := syntheticMoney(rng, d, orgs, coms, funders, provincial.ID, clerk.ID, now)
		if err := s.BulkInsertMoney(ctx, a, money); err != nil {
			return counts, err
		}
		counts.Projects += len(money.Projects)
		counts.Expenditures += len(money.Expenditures)
		surveys := syntheticSurveys(rng, coms, orgs, money, now)
		if err := s.BulkInsertSurveys(ctx, a, surveys); err != nil {
			return counts, err
		}
		counts.Surveys += len(surveys.Surveys)
		counts.Needs += len(surveys.Needs)
		counts.NeedLinks += len(surveys.Links)
		var staff []models.StaffMember
		for _, o := range orgs {
			if o.Stage == models.StageApplicant && rng.IntN(2) == 0 {
				continue
			}
			for _, st := range roster(rng, communityPosts[:2+rng.IntN(2)], now) {
				m := st.member
				m.OrganizationID = o.ID
				if !st.left.IsZero() {
					left := date(st.left)
					m.LeftOn = &left
				}
				staff = append(staff, m)
			}
		}
		if err := s.BulkInsertStaff(ctx, a, staff); err != nil {
			return counts, err
		}
		counts.Staff += len(staff)
		counts.Communities += len(coms)
		counts.Funders += len(funders)
		counts.Organizations += len(orgs)
		counts.Requests += len(reqs)
		prog.add(len(orgs))
	}
	prog.finish()
	return counts, s.Analyze(ctx)
}

// syntheticPipeline makes one district's organizations: two incubators and
// the rest spread over the stages with the approved requests that put them
// there (registration, entering incubation, graduation) over three years.
func syntheticPipeline(rng *rand.Rand, coms []models.Community, clerk string, now time.Time) ([]models.Organization, []models.TransitionRequest) {
	orgs := make([]models.Organization, 0, orgsPerDistrict)
	var reqs []models.TransitionRequest
	day := 24 * time.Hour
	var incubators []string
	for i := 0; i < orgsPerDistrict; i++ {
		com := coms[rng.IntN(len(coms))]
		o := models.Organization{
			ID: models.NewID(), Name: fmt.Sprintf("%s第%d社会组织", com.Name, i+1), RegistrationType: "community_filed",
			Category: models.OrganizationCategories[rng.IntN(len(models.OrganizationCategories))], CommunityID: &com.ID,
			Stage: models.StageApplicant,
		}
		born := now.Add(-time.Duration(30+rng.IntN(1095)) * day)
		o.StageSince = models.NewTime(born)
		approve := func(from, to models.Stage, after time.Time, inc *string) time.Time {
			at := after.Add(time.Duration(10+rng.IntN(200)) * day)
			if at.After(now) {
				return time.Time{}
			}
			dec, decAt := clerk, models.NewTime(at)
			reqs = append(reqs, models.TransitionRequest{
				ID: models.NewID(), OrganizationID: o.ID, FromStage: from, ToStage: to, IncubatorID: inc, Status: models.StatusApproved,
				RequestedBy: clerk, RequestedAt: models.NewTime(at.Add(-3 * day)), DecidedBy: &dec, DecidedAt: &decAt, DecisionNote: "synthetic",
			})
			o.Stage, o.StageSince = to, decAt
			return at
		}
		if i < 2 {
			o.IsIncubator, o.Stage = true, models.StageIndependent
			incubators = append(incubators, o.ID)
			orgs = append(orgs, o)
			continue
		}
		if t := approve(models.StageApplicant, models.StageRegistered, born, nil); !t.IsZero() && rng.IntN(3) > 0 {
			inc := incubators[rng.IntN(len(incubators))]
			if t2 := approve(models.StageRegistered, models.StageIncubating, t, &inc); !t2.IsZero() {
				o.IncubatorID = &inc
				if rng.IntN(2) == 0 {
					if t3 := approve(models.StageIncubating, models.StageIndependent, t2.Add(150*day), &inc); !t3.IsZero() {
						o.IncubatorID = nil
					}
				}
			}
		}
		if o.Stage != models.StageIncubating {
			o.IncubatorID = nil
		}
		orgs = append(orgs, o)
	}
	return orgs, reqs
}
