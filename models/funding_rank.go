package models

import (
	"cmp"
	"slices"

	"gorm.io/gorm"
)

// portfolioRank is what the funding report orders an organization by,
// summed in SQL: its awarded total, its largest funder's part, how many
// funders it has and whether it faces a funding cliff.
type portfolioRank struct {
	organizationID string
	awarded        Fen
	largest        Fen
	funders        int
	cliff          bool
}

// rankPortfolio sums the awarded projects q selects by organization and
// funder, then by organization, and answers the organizations most at
// risk first: a funding cliff, then the largest share held by one funder,
// then the largest award, then by id. These are the figures and the order
// continuity gives each organization, without reading its projects.
func rankPortfolio(db *gorm.DB, q *gorm.DB, today, cliffLine Date) ([]portfolioRank, error) {
	// An organization's funding reaches as far as the latest end of its
	// projects not yet completed and not yet over.
	byFunder := q.Select("projects.organization_id, projects.funder_id, SUM(projects.budget_fen) AS amt, "+
		"MAX(CASE WHEN projects.status <> ? AND projects.end_on >= ? THEN projects.end_on END) AS until",
		ProjectCompleted, today).
		Group("projects.organization_id, projects.funder_id")
	rows, err := db.Table("(?) AS pf", byFunder).
		Select("organization_id, SUM(amt), MAX(amt), COUNT(*), MAX(until)").
		Group("organization_id").Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []portfolioRank
	for rows.Next() {
		var r portfolioRank
		var until *Date
		if err := rows.Scan(&r.organizationID, &r.awarded, &r.largest, &r.funders, &until); err != nil {
			return nil, err
		}
		r.cliff = until == nil || *until == "" || *until < cliffLine
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(x, y portfolioRank) int {
		if x.cliff != y.cliff {
			if x.cliff {
				return -1
			}
			return 1
		}
		// The share as continuity computes it, in the same arithmetic.
		if xs, ys := float64(x.largest)/float64(x.awarded), float64(y.largest)/float64(y.awarded); xs != ys {
			if xs > ys {
				return -1
			}
			return 1
		}
		if x.awarded != y.awarded {
			return cmp.Compare(y.awarded, x.awarded)
		}
		return cmp.Compare(x.organizationID, y.organizationID)
	})
	return out, nil
}
