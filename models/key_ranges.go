package models

import (
	"gorm.io/gorm"
)

// reportParts is how many parts a province-wide report reads its largest
// table in, at once through the reader pool: with the other reads it runs
// beside them, enough to keep two cores busy.
const reportParts = 4

// keyRange is a part of a table by one text key column: from lo (none:
// the start) up to but not including hi (none: the end).
type keyRange struct{ lo, hi *string }

// partRows is the fewest rows a table has for each part before a report
// reads it in parts.
const partRows = 1000

// keyRanges cuts the ids of table into n ranges holding about as many
// rows each, reading the ids at the cuts by their primary key index; it
// cuts fewer when a part would hold under partRows rows, and none (one
// range of everything) when fewer than two would be left.
func (s *Store) keyRanges(db *gorm.DB, table string, n int) ([]keyRange, error) {
	all := []keyRange{{}}
	if n < 2 {
		return all, nil
	}
	var count int64
	if err := db.Table(table).Count(&count).Error; err != nil {
		return nil, err
	}
	if n = int(min(int64(n), count/int64(s.partRows))); n < 2 {
		return all, nil
	}
	var cuts []string
	for i := 1; i < n; i++ {
		var id []string
		if err := db.Table(table).Order("id").Offset(int(count*int64(i)/int64(n))).Limit(1).Pluck("id", &id).Error; err != nil {
			return nil, err
		}
		if len(id) == 1 && (len(cuts) == 0 || cuts[len(cuts)-1] != id[0]) {
			cuts = append(cuts, id[0])
		}
	}
	out := make([]keyRange, 0, len(cuts)+1)
	var lo *string
	for i := range cuts {
		out = append(out, keyRange{lo: lo, hi: &cuts[i]})
		lo = &cuts[i]
	}
	return append(out, keyRange{lo: lo}), nil
}

// where narrows q to the rows whose col falls in the range.
func (r keyRange) where(q *gorm.DB, col string) *gorm.DB {
	if r.lo != nil {
		q = q.Where(col+" >= ?", *r.lo)
	}
	if r.hi != nil {
		q = q.Where(col+" < ?", *r.hi)
	}
	return q
}
