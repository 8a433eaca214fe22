package models_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

func fp(f float64) *float64 { return &f }

func sameRate(got, want *float64) bool {
	if got == nil || want == nil {
		return got == nil && want == nil
	}
	return math.Abs(*got-*want) < 1e-9
}

// TestTurnoverByHand lays down a roster whose figures for 2025 are worked
// out by hand, with joining and leaving on the period's first and last
// days, leaving on the day joined, and a group whose mean headcount is 0.
func TestTurnoverByHand(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		w.clk.Set(time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC))
		a := w.org("槐底一社区老年协会", nil, "community_filed", false, "registered")
		b := w.org("槐底一社区书画社", nil, "community_filed", false, "registered")
		add := func(o models.Organization, name, kind, qual string, joined models.Date, left models.Date, reason string, hours float64) {
			t.Helper()
			m := models.StaffMember{Name: name, EmploymentType: kind, Qualification: qual, Education: "bachelor", JoinedOn: joined, TrainingHours: hours}
			if left != "" {
				r := reason
				m.LeftOn, m.LeaveReason = &left, &r
			}
			if _, err := w.s.AddStaffMember(ctx, w.admin, o.ID, m); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		add(a, "s1", "full_time", "social_worker", "2023-05-01", "", "", 80)
		add(a, "s2", "part_time", "none", "2024-06-01", "2025-01-01", "compensation", 0)
		add(a, "s3", "volunteer", "none", "2025-12-31", "", "", 0)
		add(a, "s4", "part_time", "none", "2025-03-10", "2025-03-10", "burnout", 0)
		add(a, "s5", "full_time", "assistant_social_worker", "2024-01-01", "2025-12-31", "career_change", 10)
		add(a, "s6", "seconded", "senior_social_worker", "2020-01-01", "2024-12-31", "contract_end", 0)
		add(b, "b1", "part_time", "none", "2025-04-01", "2025-04-30", "relocation", 0)

		// The figures hold whether the province's staff are counted in one
		// read or in parts by organization (as at scale).
		for _, split := range []bool{false, true} {
			if split {
				w.s.SplitReports()
			}
			r, err := w.s.Turnover(ctx, w.reviewer, models.TurnoverFilter{From: "2025-01-01", To: "2025-12-31", GroupBy: "organization"})
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]models.TurnoverGroup{
				a.ID: {HeadcountStart: 2, HeadcountEnd: 2, Hires: 2, Separations: 3, TurnoverRate: fp(1.5), MedianTenureDays: fp(214),
					SocialWorkersEnd: 1, HighTurnover: true, SocialWorkers: 1, TenureUnder1Y: 1, Tenure1To3Y: 1, BelowTrainingTarget: 1},
				b.ID: {Hires: 1, Separations: 1, MedianTenureDays: fp(29)},
			}
			if len(r.Groups) != 2 {
				t.Fatalf("groups %+v", r.Groups)
			}
			for _, g := range r.Groups {
				wg := want[g.Key]
				if g.HeadcountStart != wg.HeadcountStart || g.HeadcountEnd != wg.HeadcountEnd || g.Hires != wg.Hires || g.Separations != wg.Separations ||
					!sameRate(g.TurnoverRate, wg.TurnoverRate) || !sameRate(g.MedianTenureDays, wg.MedianTenureDays) || g.SocialWorkersEnd != wg.SocialWorkersEnd ||
					g.HighTurnover != wg.HighTurnover || g.SocialWorkers != wg.SocialWorkers || g.TenureUnder1Y != wg.TenureUnder1Y ||
					g.Tenure1To3Y != wg.Tenure1To3Y || g.BelowTrainingTarget != wg.BelowTrainingTarget {
					t.Errorf("group %s: %+v\nwant %+v", g.Label, g, wg)
				}
			}
			tot := r.Total
			if tot.HeadcountStart != 2 || tot.HeadcountEnd != 2 || tot.Hires != 3 || tot.Separations != 4 || !sameRate(tot.TurnoverRate, fp(2)) ||
				!sameRate(tot.MedianTenureDays, fp(121.5)) {
				t.Errorf("total %+v", tot)
			}
			for reason, n := range map[string]int64{"compensation": 1, "burnout": 1, "career_change": 1, "relocation": 1, "contract_end": 0, "other": 0} {
				if r.LeaveReasons[reason] != n {
					t.Errorf("leave reason %s: %d, want %d", reason, r.LeaveReasons[reason], n)
				}
			}
			trend := []models.TurnoverTrend{
				{Quarter: "2025Q1", Hires: 1, Separations: 2, HeadcountEnd: 2, TurnoverRate: fp(1)},
				{Quarter: "2025Q2", Hires: 1, Separations: 1, HeadcountEnd: 2, TurnoverRate: fp(0.5)},
				{Quarter: "2025Q3", HeadcountEnd: 2, TurnoverRate: fp(0)},
				{Quarter: "2025Q4", Hires: 1, Separations: 1, HeadcountEnd: 2, TurnoverRate: fp(0.5)},
			}
			if len(r.ByQuarter) != len(trend) {
				t.Fatalf("quarters %+v", r.ByQuarter)
			}
			for i, q := range trend {
				g := r.ByQuarter[i]
				if g.Quarter != q.Quarter || g.Hires != q.Hires || g.Separations != q.Separations || g.HeadcountEnd != q.HeadcountEnd || !sameRate(g.TurnoverRate, q.TurnoverRate) {
					t.Errorf("quarter %d: %+v, want %+v", i, g, q)
				}
			}

			// One group to a page, highest turnover first, named; the counts
			// are of every group.
			for offset, want := range []string{a.ID, b.ID, ""} {
				pg, err := w.s.Turnover(ctx, w.reviewer, models.TurnoverFilter{From: "2025-01-01", To: "2025-12-31", GroupBy: "organization", Limit: 1, Offset: offset})
				if err != nil {
					t.Fatal(err)
				}
				got := ""
				if len(pg.Groups) == 1 {
					got = pg.Groups[0].Key
					if pg.Groups[0].Label == "" || pg.Groups[0].Label == got {
						t.Errorf("page %d: the group is not named: %+v", offset, pg.Groups[0])
					}
				}
				if got != want || len(pg.Groups) > 1 || pg.GroupCount != 2 || pg.HighTurnoverCount != 1 || pg.Total.Separations != 4 {
					t.Errorf("page %d: groups %+v (count %d, high %d), want %q", offset, pg.Groups, pg.GroupCount, pg.HighTurnoverCount, want)
				}
			}

			byKind, err := w.s.Turnover(ctx, w.reviewer, models.TurnoverFilter{From: "2025-01-01", To: "2025-12-31", GroupBy: "employment_type"})
			if err != nil {
				t.Fatal(err)
			}
			if bt, ot := byKind.Total, r.Total; bt.HeadcountStart != ot.HeadcountStart || bt.HeadcountEnd != ot.HeadcountEnd ||
				bt.Hires != ot.Hires || bt.Separations != ot.Separations {
				t.Errorf("split %v: by employment type the total is %+v; by organization %+v", split, bt, ot)
			}
			rates := map[string]*float64{"full_time": fp(1 / 1.5), "part_time": nil, "volunteer": fp(0)}
			if len(byKind.Groups) != 3 {
				t.Fatalf("employment groups %+v", byKind.Groups)
			}
			for _, g := range byKind.Groups {
				if !sameRate(g.TurnoverRate, rates[g.Key]) {
					t.Errorf("%s rate %v, want %v", g.Key, g.TurnoverRate, rates[g.Key])
				}
			}
			// Staff of an organization outside the incubator's scope do not count.
			inc, err := w.s.Turnover(ctx, w.incUser, models.TurnoverFilter{From: "2025-01-01", To: "2025-12-31", GroupBy: "district"})
			if err != nil || len(inc.Groups) != 0 {
				t.Fatalf("the incubator sees %+v (%v)", inc.Groups, err)
			}
		}
	})
}

// TestStaffRules covers the roster's refusals and corrections.
func TestStaffRules(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		o := w.org("槐底二社区儿童营", nil, "community_filed", false, "registered")
		staff := w.user("staffx", models.RoleOrgStaff, o.ID)
		var ve *models.ValidationError
		var re *models.RuleError
		cases := map[string]struct {
			m    models.StaffMember
			want string
		}{
			"joining tomorrow":       {models.StaffMember{JoinedOn: "2025-01-03"}, "joined_on"},
			"leaving before joining": {models.StaffMember{JoinedOn: "2024-05-01", LeftOn: datep("2024-04-30"), LeaveReason: strp("other")}, "left_on"},
			"leaving without reason": {models.StaffMember{JoinedOn: "2024-05-01", LeftOn: datep("2024-06-30")}, "leave_reason"},
			"reason without leaving": {models.StaffMember{JoinedOn: "2024-05-01", LeaveReason: strp("other")}, "leave_reason"},
		}
		for name, tc := range cases {
			tc.m.Name, tc.m.EmploymentType, tc.m.Education = "某人", "part_time", "secondary"
			_, err := w.s.AddStaffMember(ctx, staff, o.ID, tc.m)
			field := ""
			if errors.As(err, &ve) {
				field = ve.Fields[0].Field
			} else if errors.As(err, &re) {
				field = re.Field
			}
			if field != tc.want {
				t.Errorf("%s: %v, want a refusal naming %s", name, err, tc.want)
			}
		}
		m, err := w.s.AddStaffMember(ctx, staff, o.ID, models.StaffMember{Name: "王小红", Phone: "13903110000", EmploymentType: "full_time",
			Qualification: "assistant_social_worker", Education: "bachelor", JoinedOn: "2024-03-01"})
		if err != nil {
			t.Fatal(err)
		}
		// Leaving takes both fields; then a correction clears them together.
		_, err = w.s.UpdateStaffMember(ctx, staff, m.ID, m.Version, models.StaffPatch{LeftOn: strp("2024-12-31")})
		if !errors.As(err, &re) || re.Code != models.RuleDepartureIncomplete {
			t.Fatalf("leaving without a reason: %v", err)
		}
		left, err := w.s.UpdateStaffMember(ctx, staff, m.ID, m.Version, models.StaffPatch{LeftOn: strp("2024-12-31"), LeaveReason: strp("compensation")})
		if err != nil || left.LeftOn == nil || *left.LeftOn != "2024-12-31" || *left.LeaveReason != "compensation" || left.Version != 2 {
			t.Fatalf("leaving: %v %+v", err, left)
		}
		back, err := w.s.UpdateStaffMember(ctx, staff, m.ID, left.Version, models.StaffPatch{LeftOn: strp(""), LeaveReason: strp("")})
		if err != nil || back.LeftOn != nil || back.LeaveReason != nil {
			t.Fatalf("clearing a departure: %v %+v", err, back)
		}
		// Someone else's staff neither see nor change the roster.
		other := w.org("别的组织", nil, "community_filed", false, "registered")
		outsider := w.user("staffy", models.RoleOrgStaff, other.ID)
		if _, err := w.s.UpdateStaffMember(ctx, outsider, m.ID, back.Version, models.StaffPatch{Title: strp("x")}); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("an outsider editing: %v", err)
		}
		// Counts toward readiness: one active paid staff member.
		r, _ := w.s.Readiness(ctx, w.admin, o.ID)
		for _, c := range r.Criteria {
			if c.Key == "active_staff" && c.Figure != 1 {
				t.Errorf("active staff %+v", c)
			}
		}
	})
}

// TestPhoneShownInFull proves, role by role, who sees a staff member's
// phone number in full and who sees it masked (first three, last four).
func TestPhoneShownInFull(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		must(t, w.move(w.contractor, "incubating", w.incubator.ID))
		m, err := w.s.AddStaffMember(ctx, w.staff, w.contractor.ID, models.StaffMember{Name: "李秀兰", Phone: "13903110000",
			EmploymentType: "full_time", Education: "associate", JoinedOn: "2024-09-01"})
		if err != nil {
			t.Fatal(err)
		}
		otherInc := w.org("另一孵化器", nil, "community_filed", true, "independent")
		otherIncUser := w.user("inc2", models.RoleIncubator, otherInc.ID)
		for name, tc := range map[string]struct {
			a     models.Actor
			phone string
			err   error
		}{
			"admin":             {w.admin, "13903110000", nil},
			"reviewer":          {w.reviewer, "13903110000", nil},
			"own staff":         {w.staff, "13903110000", nil},
			"current incubator": {w.incUser, "13903110000", nil},
			"funder of it":      {w.funderUser, "139****0000", nil},
			"another funder":    {w.otherFunderUser, "", models.ErrNotFound},
			"another incubator": {otherIncUser, "", models.ErrNotFound},
		} {
			got, err := w.s.GetStaffMember(ctx, tc.a, m.ID)
			if !errors.Is(err, tc.err) || got.Phone != tc.phone {
				t.Errorf("%s: phone %q (%v), want %q (%v)", name, got.Phone, err, tc.phone, tc.err)
			}
			list, err := w.s.ListStaff(ctx, tc.a, w.contractor.ID, models.StaffFilter{})
			if tc.err == nil && (err != nil || len(list.Items) != 1 || list.Items[0].Phone != tc.phone) {
				t.Errorf("%s listing: %v %+v", name, err, list.Items)
			}
		}
		// An incubator's users keep their own organization's roster too.
		own, err := w.s.AddStaffMember(ctx, w.incUser, w.incubator.ID, models.StaffMember{Name: "王敏", Phone: "13803110001",
			EmploymentType: "full_time", Qualification: "social_worker", Education: "master", JoinedOn: "2023-09-01"})
		if err != nil || own.Phone != "13803110001" {
			t.Fatalf("the incubator keeping its own roster: %v %+v", err, own)
		}
		if got, err := w.s.GetStaffMember(ctx, w.funderUser, own.ID); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("a funder of someone else reading the incubator's staff: %+v %v", got, err)
		}
		// The audit trail keeps the number masked.
		entries, err := w.s.ListAudit(ctx, models.AuditFilter{Entity: "staff_member", Page: models.Page{Limit: 5}})
		if err != nil || len(entries.Items) == 0 {
			t.Fatal(err)
		}
		for _, e := range entries.Items {
			if string(e.After) != "" && strings.Contains(string(e.After), "13903110000") {
				t.Errorf("the audit trail holds the phone number: %s", e.After)
			}
		}
	})
}

func datep(s string) *models.Date { d := models.Date(s); return &d }
func strp(s string) *string       { return &s }
