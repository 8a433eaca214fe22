package models

import (
	"strconv"
	"strings"

	"gorm.io/gorm"
)

// Page asks for one page of a list: at most Limit items after Cursor.
type Page struct {
	Limit  int
	Cursor string
	// Each, when set, asks for every matching row instead of one page: it
	// is called with the total and each batch of rows ([]T) in the list's
	// order, first before any row is read (with an empty batch when nothing
	// matches). Exports stream through it, so memory stays one batch.
	Each func(total int64, batch any) error
}

// eachBatch is how many rows an export reads at a time.
const eachBatch = 1000

// Limits on a page (SPEC 6).
const (
	DefaultLimit = 50
	MaxLimit     = 200
)

// List is a page of results with the cursor of the next page (nil at the
// end) and the number of rows matching the filters.
type List[T any] struct {
	Items      []T     `json:"items"`
	NextCursor *string `json:"next_cursor"`
	Total      int64   `json:"total"`
}

// listPage runs q newest first by column (a unique key: the UUIDv7 id or the
// audit sequence), counting the rows that match before paging.
func listPage[T any](q *gorm.DB, p Page, column string, key func(T) string) (List[T], error) {
	return listPageCounted(q, q, p, column, key)
}

// listPageCounted is listPage with a separate query for the total, for lists
// whose rows carry joined names the count does not need.
func listPageCounted[T any](q, count *gorm.DB, p Page, column string, key func(T) string) (List[T], error) {
	return listPageOrdered(q, count, p, column, false, key)
}

// listPageOrdered is listPageCounted oldest first when asc is set.
func listPageOrdered[T any](q, count *gorm.DB, p Page, column string, asc bool, key func(T) string) (List[T], error) {
	var total int64
	if err := count.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return List[T]{Items: []T{}}, err
	}
	return listPageOfTotal(q, total, p, column, asc, key)
}

// listPageOfTotal is listPageOrdered for a list that counted its rows
// itself (and chose its query by how many there are).
func listPageOfTotal[T any](q *gorm.DB, total int64, p Page, column string, asc bool, key func(T) string) (List[T], error) {
	out := List[T]{Items: []T{}, Total: total}
	limit := p.Limit
	if limit <= 0 || limit > MaxLimit {
		limit = DefaultLimit
	}
	q = q.Session(&gorm.Session{})
	if p.Each != nil {
		return out, eachRow(q, p.Each, out.Total, column, asc, key)
	}
	signer, err := signerOf(q)
	if err != nil {
		return out, err
	}
	// A cursor belongs to the list of one table in one order.
	list := q.Statement.Table + "|" + column
	op, dir := " < ?", " DESC"
	if asc {
		list += "|asc"
		op, dir = " > ?", " ASC"
	}
	if p.Cursor != "" {
		k, ok, err := signer.decode(list, p.Cursor)
		if err != nil {
			return out, err
		}
		if !ok {
			return out, Invalid("cursor", "cursor", "the cursor is not one this server gave out")
		}
		if column == "seq" {
			n, err := strconv.ParseInt(k, 10, 64)
			if err != nil {
				return out, Invalid("cursor", "cursor", "the cursor is not one this server gave out")
			}
			q = q.Where(column+op, n)
		} else {
			q = q.Where(column+op, k)
		}
	}
	var rows []T
	if err := q.Order(column + dir).Limit(limit + 1).Find(&rows).Error; err != nil {
		return out, err
	}
	if len(rows) > limit {
		rows = rows[:limit]
		next, err := signer.encode(list, key(rows[limit-1]))
		if err != nil {
			return out, err
		}
		out.NextCursor = &next
	}
	out.Items = append(out.Items, rows...)
	return out, nil
}

// eachRow hands every row of q to each in batches, by keyset on column
// so that each batch is one indexed range read.
func eachRow[T any](q *gorm.DB, each func(int64, any) error, total int64, column string, asc bool, key func(T) string) error {
	op, dir := " < ?", " DESC"
	if asc {
		op, dir = " > ?", " ASC"
	}
	if err := each(total, []T{}); err != nil {
		return err
	}
	after := ""
	for {
		page := q.Session(&gorm.Session{})
		if after != "" {
			if column == "seq" {
				n, _ := strconv.ParseInt(after, 10, 64)
				page = page.Where(column+op, n)
			} else {
				page = page.Where(column+op, after)
			}
		}
		var rows []T
		if err := page.Order(column + dir).Limit(eachBatch).Find(&rows).Error; err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		if err := each(total, rows); err != nil {
			return err
		}
		if len(rows) < eachBatch {
			return nil
		}
		after = key(rows[len(rows)-1])
	}
}

// finishRows is p with fix run on every batch Each receives, for lists
// whose rows are completed after reading (masked, converted, joined): the
// list runs fix on its page, and an export gets the same rows.
func finishRows[T any](p Page, fix func([]T) error) Page {
	if p.Each == nil {
		return p
	}
	each := p.Each
	p.Each = func(total int64, batch any) error {
		rows := batch.([]T)
		if err := fix(rows); err != nil {
			return err
		}
		return each(total, rows)
	}
	return p
}

// likePattern escapes q for a LIKE ... ESCAPE '\' match anywhere in the text.
func likePattern(q string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(q) + "%"
}
