package models

import (
	"strings"

	"gorm.io/gorm"
)

// Page asks for one page of a list: at most Limit items after Cursor.
type Page struct {
	Limit  int
	Cursor string
	// Sort orders the list by one of the columns it offers, descending
	// with a leading "-" ("name", "-stage_since"); empty keeps its order.
	Sort string
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
	return listPageSorted(q, count, p, column, asc, key, nil)
}

// listPageSorted is listPageOrdered for a list that may also be ordered by
// one of sorts (Page.Sort), ties broken by column.
func listPageSorted[T any](q, count *gorm.DB, p Page, column string, asc bool, key func(T) string, sorts sortColumns[T]) (List[T], error) {
	var total int64
	if _, err := keysetOf(p, sorts, column, asc, key); err != nil {
		return List[T]{Items: []T{}}, err
	}
	if err := count.Session(&gorm.Session{}).Count(&total).Error; err != nil {
		return List[T]{Items: []T{}}, err
	}
	return listPageOfTotal(q, total, p, column, asc, key, sorts)
}

// listPageOfTotal is listPageSorted for a list that counted its rows
// itself (and chose its query by how many there are).
func listPageOfTotal[T any](q *gorm.DB, total int64, p Page, column string, asc bool, key func(T) string, sorts sortColumns[T]) (List[T], error) {
	out := List[T]{Items: []T{}, Total: total}
	order, err := keysetOf(p, sorts, column, asc, key)
	if err != nil {
		return out, err
	}
	limit := p.Limit
	if limit <= 0 || limit > MaxLimit {
		limit = DefaultLimit
	}
	q = q.Session(&gorm.Session{})
	if p.Each != nil {
		return out, eachRow(q, p.Each, out.Total, order)
	}
	signer, err := signerOf(q)
	if err != nil {
		return out, err
	}
	// A cursor belongs to the list of one table in one order.
	list := order.list(q.Statement.Table)
	if p.Cursor != "" {
		k, ok, err := signer.decode(list, p.Cursor)
		if err != nil {
			return out, err
		}
		if q, ok = order.after(q, k); !ok || k == "" {
			return out, Invalid("cursor", "cursor", "the cursor is not one this server gave out")
		}
	}
	var rows []T
	if err := order.order(q).Limit(limit + 1).Find(&rows).Error; err != nil {
		return out, err
	}
	if len(rows) > limit {
		rows = rows[:limit]
		next, err := signer.encode(list, order.keyOf(rows[limit-1]))
		if err != nil {
			return out, err
		}
		out.NextCursor = &next
	}
	out.Items = append(out.Items, rows...)
	return out, nil
}

// eachRow hands every row of q to each in batches, by keyset in order so
// that each batch is one range read.
func eachRow[T any](q *gorm.DB, each func(int64, any) error, total int64, order keyset[T]) error {
	if err := each(total, []T{}); err != nil {
		return err
	}
	after := ""
	for {
		page := q.Session(&gorm.Session{})
		if after != "" {
			page, _ = order.after(page, after)
		}
		var rows []T
		if err := order.order(page).Limit(eachBatch).Find(&rows).Error; err != nil {
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
		after = order.keyOf(rows[len(rows)-1])
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

// pageOf answers limit items of xs from offset (all of them when limit is
// not above zero), sharing xs's backing array.
func pageOf[T any](xs []T, limit, offset int) []T {
	if limit <= 0 {
		return xs
	}
	from := min(offset, len(xs))
	return xs[from:min(from+limit, len(xs))]
}
