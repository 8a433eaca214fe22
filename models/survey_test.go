package models_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// surveyWorld is a project world with a clock on 2026-01-15.
type surveyWorld struct {
	*projectWorld
}

func newSurveyWorld(t *testing.T, d models.Dialect) surveyWorld {
	w := surveyWorld{newProjectWorld(t, d)}
	w.clk.Set(time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC))
	return w
}

func (w surveyWorld) community(name, district string) models.Community {
	w.t.Helper()
	c, err := w.s.CreateCommunity(context.Background(), models.System("test"), models.Community{
		Name: name, Street: "东风街道", District: district, Type: "old_neighborhood", Households: 900, Population: 2500})
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

// survey records a survey of 100 respondents with needs given as
// priority letters (h, m, l), each mentioned 10 times.
func (w surveyWorld) survey(c models.Community, on models.Date, priorities ...string) models.DemandSurvey {
	w.t.Helper()
	full := map[string]string{"h": "high", "m": "medium", "l": "low"}
	in := models.NewSurvey{CommunityID: c.ID, Title: "居民需求调研 " + string(on), Method: "questionnaire", ConductedOn: on, Respondents: 100}
	for _, p := range priorities {
		in.Needs = append(in.Needs, models.NewNeed{Category: "elderly_care", Title: "助餐 " + p, Mentions: 10, Priority: full[p]})
	}
	v, err := w.s.CreateSurvey(context.Background(), w.admin, in)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// project makes a project of the world's funder serving cs, moved to status.
func (w surveyWorld) project(code string, status models.ProjectStatus, cs ...models.Community) models.ProjectView {
	w.t.Helper()
	ids := []string{}
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	p, err := w.s.CreateProject(context.Background(), w.funderUser, models.ProjectInput{
		Code: code, Title: "社区服务 " + code, OrganizationID: w.contractor.ID, Category: "community_service",
		BudgetFen: 100_000, StartOn: "2025-01-01", EndOn: "2025-12-31", CommunityIDs: ids,
		BudgetLines: []models.BudgetLine{{Category: "personnel", AmountFen: 100_000}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	path := map[models.ProjectStatus][]models.ProjectStatus{
		models.ProjectDraft: nil, models.ProjectActive: {models.ProjectContracted, models.ProjectActive},
		models.ProjectCompleted:  {models.ProjectContracted, models.ProjectActive, models.ProjectCompleted},
		models.ProjectTerminated: {models.ProjectTerminated},
	}[status]
	w.moveProject(p.ID, path...)
	return p
}

func (w surveyWorld) link(p models.ProjectView, n models.Need) {
	w.t.Helper()
	if _, err := w.s.LinkNeed(context.Background(), w.funderUser, p.ID, n.ID, "回应"); err != nil {
		w.t.Fatal(err)
	}
}

func share(f float64) *float64 { return &f }

// TestDemandCoverageByHand lays down a small city whose coverage report is
// worked out by hand: a covered community, an uncovered one, one covered
// only by a draft and a terminated project, one without a survey, and one
// whose latest survey is stale (today is 2026-01-15, so before 2025-01-15).
func TestDemandCoverageByHand(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newSurveyWorld(t, d)
		ctx := context.Background()
		const district = "新华区"
		a, b, c := w.community("A 覆盖社区", district), w.community("B 未覆盖社区", district), w.community("C 草稿社区", district)
		dd, e := w.community("D 无调研社区", district), w.community("E 过期社区", district)

		sa := w.survey(a, "2025-10-01", "h", "m", "h")
		sb := w.survey(b, "2025-09-01", "h", "l")
		sc := w.survey(c, "2025-08-01", "h")
		w.survey(e, "2024-06-01", "l")
		se := w.survey(e, "2024-12-01", "m")

		p1 := w.project("P1", models.ProjectActive, a, b)
		w.link(p1, sa.Needs[0])
		draft := w.project("PD", models.ProjectDraft, c)
		w.link(draft, sc.Needs[0])
		term := w.project("PT", models.ProjectDraft, c)
		w.link(term, sc.Needs[0])
		w.moveProject(term.ID, models.ProjectTerminated)
		p2 := w.project("P2", models.ProjectCompleted, dd, e)
		w.link(p2, se.Needs[0])
		_ = sb

		r, err := w.s.DemandCoverage(ctx, district)
		if err != nil {
			t.Fatal(err)
		}
		date := func(s models.Date) *models.Date { return &s }
		want := map[string]models.CommunityCoverage{
			a.ID: {Surveys: 1, LatestSurveyOn: date("2025-10-01"), Needs: 3, NeedsCovered: 1, Coverage: share(1.0 / 3), UncoveredHigh: 1,
				Projects: 1, ProjectsLinked: 1, ProjectsLinkedShare: share(1)},
			b.ID: {Surveys: 1, LatestSurveyOn: date("2025-09-01"), Needs: 2, Coverage: share(0), UncoveredHigh: 1,
				Projects: 1, ProjectsLinkedShare: share(0)},
			c.ID:  {Surveys: 1, LatestSurveyOn: date("2025-08-01"), Needs: 1, Coverage: share(0), UncoveredHigh: 1},
			dd.ID: {Projects: 1, ProjectsLinkedShare: share(0)},
			e.ID: {Surveys: 2, LatestSurveyOn: date("2024-12-01"), Stale: true, Needs: 2, NeedsCovered: 1, Coverage: share(0.5),
				Projects: 1, ProjectsLinked: 1, ProjectsLinkedShare: share(1)},
		}
		if len(r.Communities) != len(want) {
			t.Fatalf("%d communities, want %d: %+v", len(r.Communities), len(want), r.Communities)
		}
		for _, got := range r.Communities {
			w, ok := want[got.CommunityID]
			if !ok {
				t.Fatalf("unexpected community %s", got.CommunityName)
			}
			if got.District != district || got.Street != "东风街道" || got.CommunityName == "" {
				t.Errorf("%s: names %+v", got.CommunityName, got)
			}
			sameDate := (got.LatestSurveyOn == nil) == (w.LatestSurveyOn == nil) && (got.LatestSurveyOn == nil || *got.LatestSurveyOn == *w.LatestSurveyOn)
			if got.Surveys != w.Surveys || !sameDate || got.Stale != w.Stale || got.Needs != w.Needs ||
				got.NeedsCovered != w.NeedsCovered || !sameRate(got.Coverage, w.Coverage) || got.UncoveredHigh != w.UncoveredHigh ||
				got.Projects != w.Projects || got.ProjectsLinked != w.ProjectsLinked || !sameRate(got.ProjectsLinkedShare, w.ProjectsLinkedShare) {
				t.Errorf("%s:\n got %+v\nwant %+v", got.CommunityName, got, w)
			}
		}
		if r.CommunitiesTotal != 5 || r.CommunitiesWithoutAnswer != 3 || r.CommunitiesWithoutSurvey != 1 || r.StaleSurveys != 1 ||
			!sameRate(r.CommunitiesWithoutAnswerShare, share(0.6)) {
			t.Errorf("headline %+v", r)
		}
		if len(r.Districts) != 1 || r.Districts[0] != (models.DistrictCoverage{District: district, Communities: 5, CommunitiesWithoutAnswer: 3,
			CommunitiesWithoutSurvey: 1, Needs: 8, NeedsCovered: 2, Coverage: r.Districts[0].Coverage}) || !sameRate(r.Districts[0].Coverage, share(0.25)) {
			t.Errorf("districts %+v", r.Districts)
		}

		// Sorted and paged: the page is cut from the whole, whose headline
		// and districts still count every community.
		names := map[string]string{a.ID: "A", b.ID: "B", c.ID: "C", dd.ID: "D", e.ID: "E"}
		for _, tc := range []struct {
			f    models.CoverageFilter
			want string
		}{
			{models.CoverageFilter{}, "ABCDE"},
			{models.CoverageFilter{Sort: "coverage"}, "DBCAE"}, // no share first; B and C tie at 0 and keep their order
			{models.CoverageFilter{Sort: "coverage", Limit: 2, Offset: 1}, "BC"},
			{models.CoverageFilter{Sort: "-coverage", Limit: 2}, "EA"},
			{models.CoverageFilter{Sort: "-latest_survey_on"}, "ABCED"},
			{models.CoverageFilter{Sort: "-needs", Limit: 3}, "ABE"},
			{models.CoverageFilter{Limit: 2, Offset: 4}, "E"},
			{models.CoverageFilter{Limit: 2, Offset: 9}, ""},
		} {
			tc.f.District = district
			p, err := w.s.CoveragePage(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, x := range p.Communities {
				got += names[x.CommunityID]
			}
			if got != tc.want || p.CommunitiesTotal != 5 || p.CommunitiesWithoutAnswer != 3 || len(p.Districts) != 1 {
				t.Errorf("%+v: communities %q (want %q), total %d, without answer %d", tc.f, got, tc.want, p.CommunitiesTotal, p.CommunitiesWithoutAnswer)
			}
		}
		var bad *models.ValidationError
		if _, err := w.s.CoveragePage(ctx, models.CoverageFilter{Sort: "name"}); !errors.As(err, &bad) || bad.Fields[0].Field != "sort" {
			t.Errorf("an unknown sort: %v", err)
		}

		// The whole city adds the world's own community, served only by a
		// draft and surveyed never.
		all, err := w.s.DemandCoverage(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if all.CommunitiesTotal != 6 || all.CommunitiesWithoutAnswer != 4 || all.CommunitiesWithoutSurvey != 2 ||
			!sameRate(all.CommunitiesWithoutAnswerShare, share(4.0/6)) || len(all.Districts) != 2 {
			t.Errorf("whole city %+v", all)
		}
		// The bureau's home counts the same from the headline alone.
		fig, err := w.s.BureauFigures(ctx, w.reviewer)
		if ev := fig.Evidence; err != nil || ev.CommunitiesTotal != 6 || ev.CommunitiesWithoutAnswer != 4 || !sameRate(ev.CommunitiesWithoutAnswerShare, share(4.0/6)) {
			t.Errorf("the bureau's home counts %d of %d communities without an answer (%v)", ev.CommunitiesWithoutAnswer, ev.CommunitiesTotal, err)
		}

		// Needs list: uncovered needs of the district, and the picker of P1.
		l, err := w.s.ListNeeds(ctx, w.reviewer, models.NeedFilter{District: district, Uncovered: true, Page: models.Page{Limit: 200}})
		if err != nil {
			t.Fatal(err)
		}
		if l.Total != 6 || len(l.Items) != 6 {
			t.Errorf("%d uncovered needs, want 6", l.Total)
		}
		for _, n := range l.Items {
			if n.Covered || n.SurveyTitle == "" || n.CommunityName == "" || n.District != district {
				t.Errorf("uncovered need %+v", n)
			}
			if n.ID == sc.Needs[0].ID && len(n.Projects) != 2 {
				t.Errorf("C's need lists %+v, want the draft and the terminated project", n.Projects)
			}
		}
		l, err = w.s.ListNeeds(ctx, w.funderUser, models.NeedFilter{ProjectID: p1.ID, Page: models.Page{Limit: 200}})
		if err != nil {
			t.Fatal(err)
		}
		if l.Total != 5 {
			t.Errorf("P1 may be linked to %d needs, want A's 3 and B's 2", l.Total)
		}
	})
}

// TestSurveyRules checks the rules of recording, correcting and linking.
func TestSurveyRules(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newSurveyWorld(t, d)
		ctx := context.Background()
		c := w.community("东风社区", "新华区")
		base := func() models.NewSurvey {
			return models.NewSurvey{CommunityID: c.ID, Title: "调研", Method: "interview", ConductedOn: "2025-12-01", Respondents: 20,
				Needs: []models.NewNeed{{Category: "safety", Title: "路灯", Mentions: 20, Priority: "high"}}}
		}
		over := base()
		over.Needs[0].Mentions = 21
		_, err := w.s.CreateSurvey(ctx, w.admin, over)
		wantRule(t, err, models.RuleMentionsOverRespondents)
		future := base()
		future.ConductedOn = "2026-02-01"
		_, err = w.s.CreateSurvey(ctx, w.admin, future)
		wantRule(t, err, models.RuleSurveyInFuture)
		empty := base()
		empty.Needs = nil
		_, err = w.s.CreateSurvey(ctx, w.admin, empty)
		wantRule(t, err, models.RuleSurveyWithoutNeeds)
		other := base()
		other.ConductedByOrgID = &w.incubator.ID
		if _, err = w.s.CreateSurvey(ctx, w.staff, other); !errors.Is(err, models.ErrForbidden) {
			t.Errorf("staff recording another organization's survey: %v", err)
		}
		if l, _ := w.s.ListSurveys(ctx, w.admin, models.SurveyFilter{}); l.Total != 0 {
			t.Fatalf("refused surveys were stored: %d", l.Total)
		}

		// Staff default to their own organization.
		v, err := w.s.CreateSurvey(ctx, w.staff, base())
		if err != nil {
			t.Fatal(err)
		}
		if v.ConductedByOrgID == nil || *v.ConductedByOrgID != w.contractor.ID || v.Version != 1 || len(v.Needs) != 1 || v.NeedsCount != 1 {
			t.Fatalf("recorded %+v", v)
		}

		// Links: outside the service area, then twice.
		p := w.project("P9", models.ProjectActive, w.com)
		_, err = w.s.LinkNeed(ctx, w.funderUser, p.ID, v.Needs[0].ID, "")
		wantRule(t, err, models.RuleNeedOutsideServiceArea)
		q := w.project("P10", models.ProjectActive, c)
		if _, err = w.s.LinkNeed(ctx, w.staff, q.ID, v.Needs[0].ID, "路灯改造"); err != nil {
			t.Fatal(err)
		}
		var ce *models.ConflictError
		if _, err = w.s.LinkNeed(ctx, w.funderUser, q.ID, v.Needs[0].ID, ""); !errors.As(err, &ce) || ce.Code != models.ConflictAlreadyLinked {
			t.Errorf("linking twice: %v", err)
		}

		// Corrections: a linked need cannot be dropped; a new one is added
		// and the linked one corrected; respondents below mentions refused.
		_, err = w.s.UpdateSurvey(ctx, w.staff, v.ID, 1, models.SurveyPatch{Needs: []models.NewNeed{{Category: "health", Title: "义诊", Priority: "low"}}})
		if !errors.As(err, &ce) || ce.Code != models.ConflictNeedLinked {
			t.Errorf("dropping a linked need: %v", err)
		}
		fewer := int64(5)
		_, err = w.s.UpdateSurvey(ctx, w.staff, v.ID, 1, models.SurveyPatch{Respondents: &fewer})
		wantRule(t, err, models.RuleMentionsOverRespondents)
		got, err := w.s.UpdateSurvey(ctx, w.staff, v.ID, 1, models.SurveyPatch{Needs: []models.NewNeed{
			{Category: "health", Title: "义诊", Mentions: 3, Priority: "low"},
			{ID: v.Needs[0].ID, Category: "safety", Title: "路灯和监控", Mentions: 18, Priority: "high"},
		}})
		if err != nil {
			t.Fatal(err)
		}
		if got.Version != 2 || len(got.Needs) != 2 || got.Needs[0].Title != "义诊" || got.Needs[1].ID != v.Needs[0].ID ||
			got.Needs[1].Title != "路灯和监控" || !got.Needs[1].Covered || len(got.Needs[1].Projects) != 1 || got.NeedsCovered != 1 {
			t.Errorf("after the correction %+v", got)
		}
		if _, err = w.s.UpdateSurvey(ctx, w.staff, v.ID, 1, models.SurveyPatch{Title: &v.Title}); !errors.Is(err, models.ErrStale) {
			t.Errorf("stale version: %v", err)
		}
		// Unlinked, the need may go.
		if err := w.s.UnlinkNeed(ctx, w.funderUser, q.ID, v.Needs[0].ID); err != nil {
			t.Fatal(err)
		}
		got, err = w.s.UpdateSurvey(ctx, w.admin, v.ID, 2, models.SurveyPatch{Needs: []models.NewNeed{{ID: got.Needs[0].ID, Category: "health", Title: "义诊", Priority: "low"}}})
		if err != nil || len(got.Needs) != 1 || got.Version != 3 {
			t.Errorf("dropping an unlinked need: %v %+v", err, got)
		}
	})
}
