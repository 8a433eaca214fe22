package models

import (
	"maps"
	"slices"
	"strings"

	"gorm.io/gorm"
)

// turnoverCounts reads the groups q counts (the report's columns, in
// order), column by column.
func turnoverCounts(q *gorm.DB) ([]TurnoverGroup, error) {
	rows, err := q.Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var groups []TurnoverGroup
	for rows.Next() {
		var g TurnoverGroup
		if err := rows.Scan(&g.Key, &g.Label, &g.HeadcountStart, &g.HeadcountEnd, &g.Hires, &g.Separations, &g.SocialWorkersEnd,
			&g.AssistantSocialWorkers, &g.SocialWorkers, &g.SeniorSocialWorkers, &g.TenureUnder1Y, &g.Tenure1To3Y, &g.Tenure3To5Y,
			&g.TenureOver5Y, &g.BelowTrainingTarget); err != nil {
			return nil, err
		}
		groups = append(groups, g)
	}
	return groups, rows.Err()
}

// mergeTurnoverGroups sums the groups counted in parts (a group such as a
// district or an employment type spans several) and answers them in key
// order.
func mergeTurnoverGroups(parts [][]TurnoverGroup) []TurnoverGroup {
	if len(parts) == 1 {
		slices.SortFunc(parts[0], func(x, y TurnoverGroup) int { return strings.Compare(x.Key, y.Key) })
		return parts[0]
	}
	by := map[string]*TurnoverGroup{}
	for _, part := range parts {
		for _, g := range part {
			if sum := by[g.Key]; sum != nil {
				sum.add(g)
				continue
			}
			by[g.Key] = &g
		}
	}
	out := make([]TurnoverGroup, 0, len(by))
	for _, k := range slices.SortedFunc(maps.Keys(by), strings.Compare) {
		out = append(out, *by[k])
	}
	return out
}
