package models

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"gorm.io/gorm"
)

// maxSearchGrams is how many of q's pairs of characters a search weighs
// (the first, the last and some between).
const maxSearchGrams = 6

// textSearch is a search of the organizations' names, the projects' codes
// and titles or the surveys' titles by any fragment. Each has a table of
// grams kept by triggers (schema version 11): every distinct lower-cased
// substring of one and of two characters of the searched columns, with the
// row's id.
type textSearch struct {
	// grams is that table, key its column holding the row's id.
	grams, key string
}

var (
	organizationSearch = textSearch{grams: "organization_grams", key: "organization_id"}
	projectSearch      = textSearch{grams: "project_grams", key: "project_id"}
	surveySearch       = textSearch{grams: "demand_survey_grams", key: "survey_id"}
)

// searchGrams answers the grams of q a search may look up: its distinct pairs
// of consecutive characters (the first, the last and those between, up to
// maxSearchGrams), or q itself when it is one character. It answers none
// when q is not valid UTF-8 (the database would count its characters
// otherwise).
func searchGrams(q string) []string {
	if q == "" || !utf8.ValidString(q) {
		return nil
	}
	var starts []int
	for i := range q {
		starts = append(starts, i)
	}
	if len(starts) == 1 {
		return []string{q}
	}
	seen := map[string]bool{}
	var pairs []string
	for i := 0; i+1 < len(starts); i++ {
		end := len(q)
		if i+2 < len(starts) {
			end = starts[i+2]
		}
		if p := q[starts[i]:end]; !seen[p] {
			seen[p] = true
			pairs = append(pairs, p)
		}
	}
	if len(pairs) <= maxSearchGrams {
		return pairs
	}
	picked := make([]string, 0, maxSearchGrams)
	for i := range maxSearchGrams {
		picked = append(picked, pairs[i*(len(pairs)-1)/(maxSearchGrams-1)])
	}
	return picked
}

// rareEnough and rareSecond are the counts of rows from which a gram no
// longer narrows a search. Counting a gram's rows costs time too, so all of
// q's are counted up to rareEnough, and only when none is that rare again up
// to rareSecond: checking that many rows one by one still costs a fraction
// of the LIKE scan of a large table, which a search of more common grams
// does instead.
const (
	rareEnough = 200
	rareSecond = 1000
)

// ids answers a subquery of the ids of the rows holding the rarest of q's
// grams (lower-cased by the database, as the triggers did), and its
// arguments. The rows it answers hold that pair of characters, not
// necessarily q: the caller keeps its LIKE check, which this only narrows,
// unless exact says that q is one or two characters, when the rows are
// exactly those containing q. ok is false when no gram of q is rare (see
// rareSecond) or q has none: the caller's LIKE scan alone is then the
// faster way. db runs the count that finds the rarest gram (its failure
// means a scan).
func (t textSearch) ids(db *gorm.DB, q string) (sql string, args []any, exact, ok bool) {
	grams := searchGrams(q)
	if len(grams) == 0 {
		return "", nil, false, false
	}
	gram, ok := t.rarest(db, grams)
	if !ok {
		return "", nil, false, false
	}
	exact = utf8.RuneCountInString(q) <= 2
	return "SELECT " + t.key + " FROM " + t.grams + " WHERE gram = lower(?)", []any{gram}, exact, true
}

// rarest answers the one of grams held by the fewest rows, counting each up
// to rareEnough and then rareSecond; ok is false when each is held by
// rareSecond rows or more.
func (t textSearch) rarest(db *gorm.DB, grams []string) (gram string, ok bool) {
	if gram, ok = t.rarestUpTo(db, grams, rareEnough); ok {
		return gram, true
	}
	return t.rarestUpTo(db, grams, rareSecond)
}

// rarestUpTo is rarest counting each gram's rows up to limit.
func (t textSearch) rarestUpTo(db *gorm.DB, grams []string, limit int) (gram string, ok bool) {
	parts := make([]string, len(grams))
	args := make([]any, 0, 2*len(grams))
	for i, g := range grams {
		parts[i] = "SELECT ? AS gram, (SELECT count(*) FROM (SELECT 1 FROM " + t.grams + " WHERE gram = lower(?) LIMIT " +
			strconv.Itoa(limit) + ") AS f) AS rows"
		args = append(args, g, g)
	}
	var counts []struct {
		Gram string
		Rows int64
	}
	err := db.Session(&gorm.Session{NewDB: true}).Raw(strings.Join(parts, " UNION ALL "), args...).Scan(&counts).Error
	if err != nil || len(counts) == 0 {
		return "", false
	}
	best := counts[0]
	for _, c := range counts[1:] {
		if c.Rows < best.Rows {
			best = c
		}
	}
	return best.Gram, best.Rows < int64(limit)
}

// wholeTotal answers how many rows hold q, counted from the gram table's
// index alone, when that is exactly the list's total: q is one or two
// characters, so that its gram's rows are exactly the rows holding it, and
// whole says the caller sees every row and asked for nothing else. An
// organization's credit code matches too when equal to q: codeOf names
// that column of table, and the rows matching by it alone are added. ok is
// false when the total must be counted by the list's own query.
func (t textSearch) wholeTotal(db *gorm.DB, q string, whole bool, table, codeOf string) (n int64, ok bool, err error) {
	if !whole || q == "" || !utf8.ValidString(q) || utf8.RuneCountInString(q) > 2 {
		return 0, false, nil
	}
	sql := "SELECT count(*) FROM " + t.grams + " WHERE gram = lower(?)"
	args := []any{q}
	if codeOf != "" {
		sql = "SELECT (" + sql + ") + (SELECT count(*) FROM " + table + " x WHERE x." + codeOf + " = ? AND NOT EXISTS (SELECT 1 FROM " +
			t.grams + " g WHERE g.gram = lower(?) AND g." + t.key + " = x.id))"
		args = append(args, q, q)
	}
	if err := db.Session(&gorm.Session{NewDB: true}).Raw(sql, args...).Scan(&n).Error; err != nil {
		return 0, false, err
	}
	return n, true, nil
}
