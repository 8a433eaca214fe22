package models

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
)

// TurnoverGroupings are the ways the turnover report groups staff.
var TurnoverGroupings = []string{"organization", "incubator", "district", "employment_type"}

// HighTurnoverRate flags a group whose separations exceed 30% of its mean
// headcount (SPEC 5.4).
const HighTurnoverRate = 0.30

// TurnoverFilter asks for a period and a grouping.
type TurnoverFilter struct {
	From, To Date
	GroupBy  string
	District string
	// Limit caps the groups listed, highest turnover first (default 500),
	// from Offset: one page of a province's thousands of organizations.
	Limit, Offset int
}

// TurnoverReport is SPEC 5.4 (shape in 6.1), with the period's leave
// reasons, its quarterly trend and the paper's retention figures.
type TurnoverReport struct {
	From           Date             `json:"from"`
	To             Date             `json:"to"`
	GroupBy        string           `json:"group_by"`
	Groups         []TurnoverGroup  `json:"groups"`
	GroupCount     int              `json:"group_count"`
	Total          TurnoverGroup    `json:"total"`
	LeaveReasons   map[string]int64 `json:"leave_reasons"`
	ByQuarter      []TurnoverTrend  `json:"by_quarter"`
	TrainingTarget float64          `json:"training_target_hours"`
	// HighTurnoverCount counts the flagged groups, listed or not (the
	// home page's figure).
	HighTurnoverCount int `json:"-"`
}

// TurnoverGroup is one group's figures. A person counts on day D when
// joined_on <= D and left_on is empty or after D.
type TurnoverGroup struct {
	Key              string   `json:"key"`
	Label            string   `json:"label"`
	HeadcountStart   int64    `json:"headcount_start" gorm:"column:headcount_start"`
	HeadcountEnd     int64    `json:"headcount_end" gorm:"column:headcount_end"`
	Hires            int64    `json:"hires" gorm:"column:hires"`
	Separations      int64    `json:"separations" gorm:"column:separations"`
	TurnoverRate     *float64 `json:"turnover_rate"`
	MedianTenureDays *float64 `json:"median_tenure_days"`
	SocialWorkersEnd int64    `json:"social_workers_end" gorm:"column:social_workers_end"`
	HighTurnover     bool     `json:"high_turnover"`
	// Retention at the period's end: social workers by level, tenure
	// bands, and those below the yearly training target.
	AssistantSocialWorkers int64 `json:"assistant_social_workers" gorm:"column:assistant_social_workers"`
	SocialWorkers          int64 `json:"social_workers" gorm:"column:social_workers"`
	SeniorSocialWorkers    int64 `json:"senior_social_workers" gorm:"column:senior_social_workers"`
	TenureUnder1Y          int64 `json:"tenure_under_1y" gorm:"column:tenure_under_1y"`
	Tenure1To3Y            int64 `json:"tenure_1_to_3y" gorm:"column:tenure_1_to_3y"`
	Tenure3To5Y            int64 `json:"tenure_3_to_5y" gorm:"column:tenure_3_to_5y"`
	TenureOver5Y           int64 `json:"tenure_over_5y" gorm:"column:tenure_over_5y"`
	BelowTrainingTarget    int64 `json:"below_training_target" gorm:"column:below_training_target"`
}

// TurnoverTrend is one quarter of the period: its hires and separations,
// the headcount at its end, and the rate against the mean of the previous
// quarter's end (the period's start for the first) and its own.
type TurnoverTrend struct {
	Quarter      string   `json:"quarter"`
	Hires        int64    `json:"hires"`
	Separations  int64    `json:"separations"`
	HeadcountEnd int64    `json:"headcount_end"`
	TurnoverRate *float64 `json:"turnover_rate"`
}

// turnoverKey is each grouping's key and label expressions. Organizations
// and incubators are named after the groups are chosen (see nameGroups).
var turnoverKey = map[string][2]string{
	"organization": {"s.organization_id", "''"},
	"incubator":    {"COALESCE(o.incubator_id, '')", "''"},
	// Districts are grouped by community and gathered up afterwards (see
	// byDistrict): one join per row fewer.
	"district":        {"COALESCE(o.community_id, '')", "''"},
	"employment_type": {"s.employment_type", "s.employment_type"},
}

// Turnover answers SPEC 5.4 over the staff of the organizations a may see,
// one page of its groups. Admins and reviewers see every organization, so
// for them the whole report is made once per change (and minute) for the
// period, grouping and district, and each page is cut from it.
func (s *Store) Turnover(ctx context.Context, a Actor, f TurnoverFilter) (TurnoverReport, error) {
	if _, ok := turnoverKey[f.GroupBy]; !ok {
		return TurnoverReport{}, Invalid("group_by", "oneof", "group by one of %v", TurnoverGroupings)
	}
	whole := func() (TurnoverReport, error) { return s.turnoverWhole(ctx, a, f) }
	var (
		out TurnoverReport
		err error
	)
	if a.Role == RoleAdmin || a.Role == RoleReviewer {
		out, err = sharedFigures(s, ctx, fmt.Sprintf("turnover %s %s %s %q", f.From, f.To, f.GroupBy, f.District), whole)
	} else {
		out, err = whole()
	}
	if err != nil {
		return out, err
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 500
	}
	// A copy: the whole report may be shared, and naming writes labels.
	out.Groups = slices.Clone(pageOf(out.Groups, limit, f.Offset))
	if f.GroupBy == "organization" || f.GroupBy == "incubator" {
		if err := nameGroups(s.read.WithContext(ctx), out.Groups); err != nil {
			return out, err
		}
	}
	return out, nil
}

// turnoverWhole computes the report with every group, highest turnover
// first, unnamed.
func (s *Store) turnoverWhole(ctx context.Context, a Actor, f TurnoverFilter) (TurnoverReport, error) {
	db := s.read.WithContext(ctx)
	key := turnoverKey[f.GroupBy]
	ts, err := trainingSettings(db)
	if err != nil {
		return TurnoverReport{}, err
	}
	out := TurnoverReport{From: f.From, To: f.To, GroupBy: f.GroupBy, Groups: []TurnoverGroup{}, LeaveReasons: map[string]int64{},
		ByQuarter: []TurnoverTrend{}, TrainingTarget: ts.HoursPerYear}
	for _, r := range LeaveReasons {
		out.LeaveReasons[r] = 0
	}
	to := f.To.Time()
	years := func(n int) Date { return Date(to.AddDate(-n, 0, 0).Format(DateLayout)) }
	// Staff whose time touches the period, in organizations a may see,
	// joined only to what the grouping and filters need.
	base := func() *gorm.DB {
		q := db.Table("staff_members s")
		if f.GroupBy == "incubator" || f.GroupBy == "district" || f.District != "" {
			q = q.Joins("JOIN organizations o ON o.id = s.organization_id")
		}
		if f.District != "" {
			q = q.Joins("LEFT JOIN communities c ON c.id = o.community_id")
		}
		if a.Role != RoleAdmin && a.Role != RoleReviewer {
			q = q.Where("s.organization_id IN (?)", orgScope(db.Session(&gorm.Session{NewDB: true}).Table("organizations").Select("organizations.id"), a))
		}
		if f.District != "" {
			q = q.Where("c.district = ?", f.District)
		}
		return q
	}
	onAt := func(d string) string {
		return "s.joined_on <= " + d + " AND (s.left_on IS NULL OR s.left_on > " + d + ")"
	}
	// Every row read has joined by the period's end (see the WHERE below),
	// so being on the roster at its end is only a matter of not having left.
	endNow := "(s.left_on IS NULL OR s.left_on > @to)"
	sum := func(cond, name string) string { return "SUM(CASE WHEN " + cond + " THEN 1 ELSE 0 END) AS " + name }
	cols := []string{
		key[0] + " AS key", "MAX(" + key[1] + ") AS label",
		sum(onAt("@from"), "headcount_start"), sum(endNow, "headcount_end"),
		sum("s.joined_on >= @from", "hires"), sum("s.left_on IS NOT NULL AND s.left_on <= @to", "separations"),
		sum(endNow+" AND s.qualification <> 'none'", "social_workers_end"),
		sum(endNow+" AND s.qualification = 'assistant_social_worker'", "assistant_social_workers"),
		sum(endNow+" AND s.qualification = 'social_worker'", "social_workers"),
		sum(endNow+" AND s.qualification = 'senior_social_worker'", "senior_social_workers"),
		sum(endNow+" AND s.joined_on > @y1", "tenure_under_1y"),
		sum(endNow+" AND s.joined_on <= @y1 AND s.joined_on > @y3", "tenure_1_to_3y"),
		sum(endNow+" AND s.joined_on <= @y3 AND s.joined_on > @y5", "tenure_3_to_5y"),
		sum(endNow+" AND s.joined_on <= @y5", "tenure_over_5y"),
		sum(endNow+" AND s.training_hours < @target", "below_training_target"),
	}
	values := map[string]any{"from": f.From, "to": f.To, "y1": years(1), "y3": years(3), "y5": years(5), "target": ts.HoursPerYear}
	sel, args := bindNamed(strings.Join(cols, ", "), values)
	// A province's staff are counted in parts by organization at once,
	// beside the leavers and the hires by quarter.
	parts := []keyRange{{}}
	if a.Role == RoleAdmin || a.Role == RoleReviewer {
		if parts, err = s.keyRanges(db, "organizations", reportParts); err != nil {
			return out, err
		}
	}
	counted := make([][]TurnoverGroup, len(parts))
	var (
		leavers []turnoverLeaver
		trend   quarterCounts
	)
	quarters := quarterSpans(f.From.Time(), to)
	reads := []func() error{
		func() (err error) {
			// Tenure of those who left in the period, for the medians and
			// the quarterly trend (read from the leavers' index alone).
			leavers, err = turnoverLeavers(base().Select(key[0]+" AS key, s.joined_on, s.left_on, s.leave_reason").
				Where("s.left_on >= ? AND s.left_on <= ?", f.From, f.To))
			return err
		},
		func() (err error) { trend, err = turnoverHires(base(), f, quarters); return err },
	}
	for i, part := range parts {
		reads = append(reads, func() (err error) {
			q := part.where(base().Select(sel, args...), "s.organization_id").
				Where("s.joined_on <= ? AND (s.left_on IS NULL OR s.left_on >= ?)", f.To, f.From).Group(key[0])
			counted[i], err = turnoverCounts(q)
			return err
		})
	}
	if err := together(reads...); err != nil {
		return out, err
	}
	groups := mergeTurnoverGroups(counted)
	trend.countLeavers(f, quarters, leavers)
	if f.GroupBy == "district" {
		district, err := communityDistricts(db)
		if err != nil {
			return out, err
		}
		groups = byDistrict(groups, district)
		for i := range leavers {
			leavers[i].Key = district[leavers[i].Key]
		}
	}
	tenures, all := map[string][]float64{}, []float64{}
	for _, l := range leavers {
		days := float64(daysBetweenDates(l.JoinedOn, l.LeftOn))
		tenures[l.Key] = append(tenures[l.Key], days)
		all = append(all, days)
		out.LeaveReasons[l.Reason]++
	}
	total := TurnoverGroup{Key: "all", Label: "all"}
	for i := range groups {
		g := &groups[i]
		g.MedianTenureDays = median(tenures[g.Key])
		g.finish()
		total.add(*g)
		if g.HighTurnover {
			out.HighTurnoverCount++
		}
	}
	if groups != nil {
		out.Groups = groups
	}
	total.MedianTenureDays = median(all)
	total.finish()
	out.Total = total
	out.GroupCount = len(out.Groups)
	slices.SortStableFunc(out.Groups, func(x, y TurnoverGroup) int {
		switch {
		case x.TurnoverRate == nil || y.TurnoverRate == nil:
			return boolOrder(x.TurnoverRate == nil, y.TurnoverRate == nil)
		case *x.TurnoverRate > *y.TurnoverRate:
			return -1
		case *x.TurnoverRate < *y.TurnoverRate:
			return 1
		}
		return 0
	})
	out.ByQuarter = trend.levels(quarters, total.HeadcountStart)
	return out, nil
}

// communityDistricts maps each community to its district.
func communityDistricts(db *gorm.DB) (map[string]string, error) {
	var rows []struct{ ID, District string }
	if err := db.Table("communities").Select("id, district").Scan(&rows).Error; err != nil {
		return nil, err
	}
	out := make(map[string]string, len(rows))
	for _, r := range rows {
		out[r.ID] = r.District
	}
	return out, nil
}

// byDistrict gathers groups keyed by community into groups keyed and
// labelled by district, in key order.
func byDistrict(groups []TurnoverGroup, district map[string]string) []TurnoverGroup {
	sums := map[string]*TurnoverGroup{}
	var keys []string
	for _, g := range groups {
		d := district[g.Key]
		sum := sums[d]
		if sum == nil {
			sum = &TurnoverGroup{Key: d, Label: d}
			sums[d] = sum
			keys = append(keys, d)
		}
		sum.add(g)
	}
	slices.Sort(keys)
	out := make([]TurnoverGroup, len(keys))
	for i, k := range keys {
		out[i] = *sums[k]
	}
	return out
}

// nameGroups labels groups keyed by organization id with the
// organization's name ("" stays "": not incubated).
func nameGroups(db *gorm.DB, groups []TurnoverGroup) error {
	ids := make([]string, 0, len(groups))
	for _, g := range groups {
		if g.Key != "" {
			ids = append(ids, g.Key)
		}
	}
	names := map[string]string{}
	for chunk := range slices.Chunk(ids, 500) {
		var rows []struct{ ID, Name string }
		if err := db.Table("organizations").Select("id, name").Where("id IN ?", chunk).Scan(&rows).Error; err != nil {
			return err
		}
		for _, r := range rows {
			names[r.ID] = r.Name
		}
	}
	for i := range groups {
		groups[i].Label = names[groups[i].Key]
	}
	return nil
}

// boolOrder puts false before true.
func boolOrder(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// add sums g's counts into t.
func (t *TurnoverGroup) add(g TurnoverGroup) {
	t.HeadcountStart += g.HeadcountStart
	t.HeadcountEnd += g.HeadcountEnd
	t.Hires += g.Hires
	t.Separations += g.Separations
	t.SocialWorkersEnd += g.SocialWorkersEnd
	t.AssistantSocialWorkers += g.AssistantSocialWorkers
	t.SocialWorkers += g.SocialWorkers
	t.SeniorSocialWorkers += g.SeniorSocialWorkers
	t.TenureUnder1Y += g.TenureUnder1Y
	t.Tenure1To3Y += g.Tenure1To3Y
	t.Tenure3To5Y += g.Tenure3To5Y
	t.TenureOver5Y += g.TenureOver5Y
	t.BelowTrainingTarget += g.BelowTrainingTarget
}

// finish computes the rate (null when the mean headcount is 0) and the flag.
func (t *TurnoverGroup) finish() {
	t.TurnoverRate = turnoverRate(t.Separations, t.HeadcountStart, t.HeadcountEnd)
	t.HighTurnover = t.TurnoverRate != nil && *t.TurnoverRate > HighTurnoverRate
}

func turnoverRate(separations, start, end int64) *float64 {
	mean := float64(start+end) / 2
	if mean == 0 {
		return nil
	}
	r := float64(separations) / mean
	return &r
}

// quarterSpan is a calendar quarter clipped to the period.
type quarterSpan struct {
	name       string
	start, end Date
}

// quarterSpans cuts the period from a to b into calendar quarters: "2026Q3".
func quarterSpans(a, b time.Time) []quarterSpan {
	var out []quarterSpan
	for t := time.Date(a.Year(), time.Month((int(a.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC); !t.After(b); t = t.AddDate(0, 3, 0) {
		q := quarterSpan{name: fmt.Sprintf("%dQ%d", t.Year(), (int(t.Month())-1)/3+1), start: Date(t.Format(DateLayout)),
			end: Date(t.AddDate(0, 3, -1).Format(DateLayout))}
		if t.Before(a) {
			q.start = Date(a.Format(DateLayout))
		}
		if t.AddDate(0, 3, -1).After(b) {
			q.end = Date(b.Format(DateLayout))
		}
		out = append(out, q)
	}
	return out
}

// bindNamed turns each @name in sql into a placeholder and answers the
// values in order.
func bindNamed(sql string, values map[string]any) (string, []any) {
	var b strings.Builder
	var args []any
	for i := 0; i < len(sql); i++ {
		if sql[i] != '@' {
			b.WriteByte(sql[i])
			continue
		}
		j := i + 1
		for j < len(sql) && (sql[j] == '_' || sql[j] >= 'a' && sql[j] <= 'z' || sql[j] >= '0' && sql[j] <= '9') {
			j++
		}
		v, ok := values[sql[i+1:j]]
		if !ok {
			panic("bindNamed: no value for " + sql[i:j])
		}
		b.WriteByte('?')
		args = append(args, v)
		i = j - 1
	}
	return b.String(), args
}
