package models

import (
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// turnoverLeaver is someone who left within the report's period.
type turnoverLeaver struct {
	Key      string
	JoinedOn Date
	LeftOn   Date
	Reason   string
}

// turnoverLeavers reads the leavers q selects (key, joined_on, left_on,
// leave_reason) column by column: a province has tens of thousands.
func turnoverLeavers(q *gorm.DB) ([]turnoverLeaver, error) {
	rows, err := q.Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []turnoverLeaver
	for rows.Next() {
		var l turnoverLeaver
		var reason *string
		if err := rows.Scan(&l.Key, &l.JoinedOn, &l.LeftOn, &reason); err != nil {
			return nil, err
		}
		if reason != nil {
			l.Reason = *reason
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// quarterCounts are the hires and separations of each quarter of the
// period, and those joining or leaving on its first day, whom the start
// headcount already counts.
type quarterCounts struct {
	hires, separations     []int64
	joinedFirst, leftFirst int64
}

// turnoverHires counts the hires by quarter in one grouped query over the
// staff q reads (the report's scope); countLeavers adds the separations.
func turnoverHires(q *gorm.DB, f TurnoverFilter, quarters []quarterSpan) (quarterCounts, error) {
	c := quarterCounts{hires: make([]int64, len(quarters)), separations: make([]int64, len(quarters))}
	if len(quarters) == 0 {
		return c, nil
	}
	var which strings.Builder
	var args []any
	which.WriteString("CASE")
	for i, qs := range quarters[:len(quarters)-1] {
		fmt.Fprintf(&which, " WHEN s.joined_on <= ? THEN %d", i)
		args = append(args, qs.end)
	}
	fmt.Fprintf(&which, " ELSE %d END", len(quarters)-1)
	rows, err := q.Select(which.String()+" AS q, COUNT(*) AS n, SUM(CASE WHEN s.joined_on = ? THEN 1 ELSE 0 END) AS first",
		append(args, f.From)...).
		Where("s.joined_on >= ? AND s.joined_on <= ?", f.From, f.To).Group("q").Rows()
	if err != nil {
		return c, err
	}
	defer rows.Close()
	for rows.Next() {
		var i int
		var n, first int64
		if err := rows.Scan(&i, &n, &first); err != nil {
			return c, err
		}
		c.hires[i], c.joinedFirst = n, c.joinedFirst+first
	}
	return c, rows.Err()
}

// countLeavers counts the period's leavers, already read, by the quarter
// they left in.
func (c *quarterCounts) countLeavers(f TurnoverFilter, quarters []quarterSpan, leavers []turnoverLeaver) {
	for _, l := range leavers {
		for i, qs := range quarters {
			if l.LeftOn >= qs.start && l.LeftOn <= qs.end {
				c.separations[i]++
				break
			}
		}
		if l.LeftOn == f.From {
			c.leftFirst++
		}
	}
}

// levels walks the quarters from the start headcount: each quarter's
// end headcount and its rate against the mean of the previous quarter's
// end (the period's start for the first) and its own.
func (c quarterCounts) levels(quarters []quarterSpan, start int64) []TurnoverTrend {
	out := []TurnoverTrend{}
	prevEnd, level := start, start
	for i, q := range quarters {
		h, l := c.hires[i], c.separations[i]
		if i == 0 {
			level += (h - c.joinedFirst) - (l - c.leftFirst)
		} else {
			level += h - l
		}
		out = append(out, TurnoverTrend{Quarter: q.name, Hires: h, Separations: l, HeadcountEnd: level,
			TurnoverRate: turnoverRate(l, prevEnd, level)})
		prevEnd = level
	}
	return out
}
