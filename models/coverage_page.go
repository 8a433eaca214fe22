package models

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// CoverageFilter asks for demand coverage (SPEC 5.5) in one district or
// the whole city, its communities in an order, and, when Limit is set, one
// page of them: a city holds thousands of communities, more than a page
// shows. The headline and the districts always count every community.
type CoverageFilter struct {
	District string
	// Sort is one of CoverageSorts; empty keeps the report's order (by
	// district, street and name).
	Sort string
	// Limit, when above zero, keeps that many communities from Offset.
	Limit, Offset int
}

// CoverageSorts are the orders of the report's communities: a column, or
// with a leading "-" the column descending. No share (or no survey) counts
// as less than any; ties keep the report's order.
var CoverageSorts = sortsBothWays("community_name", "district", "surveys", "latest_survey_on", "needs", "needs_covered",
	"coverage", "uncovered_high", "projects", "projects_linked_share")

// coverageOrders compare two communities by each sortable column.
var coverageOrders = map[string]func(x, y CommunityCoverage) int{
	"community_name":   func(x, y CommunityCoverage) int { return strings.Compare(x.CommunityName, y.CommunityName) },
	"district":         func(x, y CommunityCoverage) int { return strings.Compare(x.District, y.District) },
	"surveys":          func(x, y CommunityCoverage) int { return cmp.Compare(x.Surveys, y.Surveys) },
	"latest_survey_on": func(x, y CommunityCoverage) int { return compareNullable(x.LatestSurveyOn, y.LatestSurveyOn) },
	"needs":            func(x, y CommunityCoverage) int { return cmp.Compare(x.Needs, y.Needs) },
	"needs_covered":    func(x, y CommunityCoverage) int { return cmp.Compare(x.NeedsCovered, y.NeedsCovered) },
	"coverage":         func(x, y CommunityCoverage) int { return compareNullable(x.Coverage, y.Coverage) },
	"uncovered_high":   func(x, y CommunityCoverage) int { return cmp.Compare(x.UncoveredHigh, y.UncoveredHigh) },
	"projects":         func(x, y CommunityCoverage) int { return cmp.Compare(x.Projects, y.Projects) },
	"projects_linked_share": func(x, y CommunityCoverage) int {
		return compareNullable(x.ProjectsLinkedShare, y.ProjectsLinkedShare)
	},
}

// CoveragePage answers demand coverage as f asks. The whole report is made
// once per change (and minute) for every caller who asks for the same
// district, since it is the same for all its readers, and each page is
// cut from it.
func (s *Store) CoveragePage(ctx context.Context, f CoverageFilter) (CoverageReport, error) {
	order, ok := coverageOrders[strings.TrimPrefix(f.Sort, "-")]
	if f.Sort != "" && !ok {
		return CoverageReport{}, Invalid("sort", "oneof", "sort by one of %v", CoverageSorts)
	}
	full, err := sharedFigures(s, ctx, "demand coverage "+f.District, func() (CoverageReport, error) { return s.DemandCoverage(ctx, f.District) })
	if err != nil {
		return full, err
	}
	out := full // the kept report is shared: its communities are copied before they are sorted
	out.Communities = slices.Clone(full.Communities)
	if ok {
		desc := strings.HasPrefix(f.Sort, "-")
		slices.SortStableFunc(out.Communities, func(x, y CommunityCoverage) int {
			if desc {
				return order(y, x)
			}
			return order(x, y)
		})
	}
	out.Communities = pageOf(out.Communities, f.Limit, f.Offset)
	return out, nil
}

// compareNullable orders nil before any value.
func compareNullable[T cmp.Ordered](x, y *T) int {
	switch {
	case x == nil || y == nil:
		return boolOrder(y == nil, x == nil)
	default:
		return cmp.Compare(*x, *y)
	}
}

// sortsBothWays lists each column ascending and then descending.
func sortsBothWays(columns ...string) []string {
	out := make([]string, 0, 2*len(columns))
	for _, c := range columns {
		out = append(out, c, "-"+c)
	}
	return out
}
