package models_test

import (
	"context"
	"reflect"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestPipelineReportByHand builds a pipeline whose figures were worked out
// by hand:
//
//	2025-01-01  A, B, C, D enter incubation (4 entered, 2025Q1)
//	2025-04-11  A graduates after 100 days (2025Q2)
//	2025-07-20  B graduates after 200 days (2025Q3)
//	2025-09-08  C's incubation ends, back to registered (2025Q3)
//	D is still incubating on 2026-07-01: 546 days > 540, so stuck.
//	E and F are applicants with requests pending since 2026-06-21 (10 days)
//	and 2026-06-29 (2 days): median age 6, oldest 10.
//
// Over 2025: entered 4, graduated 2, ended 1, median days to graduate
// (100 + 200) / 2 = 150. By stage: applicant 2 (E, F), registered 1 (C),
// incubating 1 (D), independent 3 (the incubator, A, B). Hatched: A and B.
func TestPipelineReportByHand(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		orgs := map[string]models.Organization{}
		for _, n := range []string{"A", "B", "C", "D"} {
			orgs[n] = w.org("机构"+n, nil, "community_filed", false, "registered")
			if err := w.move(orgs[n], "incubating", w.incubator.ID); err != nil {
				t.Fatal(err)
			}
		}
		w.clk.Add(100 * day)
		must(t, w.move(orgs["A"], "independent", ""))
		w.clk.Add(100 * day)
		must(t, w.move(orgs["B"], "independent", ""))
		w.clk.Add(50 * day)
		must(t, w.move(orgs["C"], "registered", ""))
		// 2025-09-08 + 286 days = 2026-06-21.
		w.clk.Add(286 * day)
		e := w.org("机构E", nil, "community_filed", false, "applicant")
		if _, err := w.s.RequestTransition(ctx, w.reviewer, e.ID, models.TransitionInput{ToStage: "registered"}); err != nil {
			t.Fatal(err)
		}
		w.clk.Add(8 * day)
		f := w.org("机构F", nil, "community_filed", false, "applicant")
		if _, err := w.s.RequestTransition(ctx, w.reviewer, f.ID, models.TransitionInput{ToStage: "registered"}); err != nil {
			t.Fatal(err)
		}
		w.clk.Add(2 * day) // 2026-07-01

		r, err := w.s.Pipeline(ctx, models.PipelineFilter{From: "2025-01-01", To: "2025-12-31"})
		if err != nil {
			t.Fatal(err)
		}
		wantStages := map[models.Stage]int64{"applicant": 2, "registered": 1, "incubating": 1, "independent": 3, "dormant": 0, "dissolved": 0}
		if !reflect.DeepEqual(r.ByStage, wantStages) {
			t.Errorf("by stage = %v, want %v", r.ByStage, wantStages)
		}
		inc := r.Incubation
		if inc.Entered != 4 || inc.Graduated != 2 || inc.Ended != 1 || inc.MedianDaysToGraduate == nil || *inc.MedianDaysToGraduate != 150 {
			t.Errorf("incubation = %+v (median %v), want 4/2/1 and 150", inc, deref(inc.MedianDaysToGraduate))
		}
		wantQ := []models.QuarterOutcome{{Quarter: "2025Q1", Entered: 4}, {Quarter: "2025Q2", Graduated: 1}, {Quarter: "2025Q3", Graduated: 1, Ended: 1}}
		if !reflect.DeepEqual(inc.ByQuarter, wantQ) {
			t.Errorf("by quarter = %+v, want %+v", inc.ByQuarter, wantQ)
		}
		if r.Stuck.Count != 1 || len(r.Stuck.Items) != 1 || r.Stuck.Items[0].ID != orgs["D"].ID || r.Stuck.Items[0].Days != 546 {
			t.Errorf("stuck = %+v, want D at 546 days", r.Stuck)
		}
		if r.Pending.Count != 2 || deref(r.Pending.MedianAgeDays) != 6 || r.Pending.OldestAgeDays == nil || *r.Pending.OldestAgeDays != 10 {
			t.Errorf("pending = %+v", r.Pending)
		}
		if r.Survival.Hatched != 2 || r.Survival.Alive != 0 || r.Survival.Share == nil || *r.Survival.Share != 0 {
			t.Errorf("survival = %+v", r.Survival)
		}

		// A period that holds only the second half of 2025.
		r2, _ := w.s.Pipeline(ctx, models.PipelineFilter{From: "2025-07-01", To: "2025-12-31"})
		if r2.Incubation.Entered != 0 || r2.Incubation.Graduated != 1 || r2.Incubation.Ended != 1 || deref(r2.Incubation.MedianDaysToGraduate) != 200 {
			t.Errorf("second half = %+v", r2.Incubation)
		}
		// Filters: a district with nothing, and the incubator's own outcomes.
		r3, _ := w.s.Pipeline(ctx, models.PipelineFilter{District: "无此区", From: "2025-01-01", To: "2025-12-31"})
		if r3.ByStage["independent"] != 0 || r3.Incubation.Entered != 0 || r3.Pending.Count != 0 || r3.Stuck.Count != 0 {
			t.Errorf("empty district = %+v", r3)
		}
		r4, _ := w.s.Pipeline(ctx, models.PipelineFilter{IncubatorID: w.incubator.ID, From: "2025-01-01", To: "2025-12-31"})
		if r4.Incubation.Entered != 4 || r4.Incubation.Graduated != 2 || r4.Incubation.Ended != 1 || r4.ByStage["incubating"] != 1 || r4.Survival.Hatched != 2 {
			t.Errorf("incubator filter = %+v %+v", r4.Incubation, r4.ByStage)
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func deref(p *float64) float64 {
	if p == nil {
		return -1
	}
	return *p
}
