package models

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// sortKind says how a sort column's value travels in a cursor and binds
// back into SQL.
type sortKind int

const (
	sortText sortKind = iota // a string column
	sortInt                  // an integer column (counts, fen)
	sortDate                 // a Date column, "YYYY-MM-DD" in both databases
	sortTime                 // a Time column
)

// sortColumn is one NOT NULL column a list may be ordered by: its SQL
// expression, the kind of its values and how to read it off a row.
type sortColumn[T any] struct {
	expr  string
	kind  sortKind
	value func(T) any
}

// sortColumns are the columns a list may be ordered by, by the name
// clients give in ?sort= (the JSON field of the column).
type sortColumns[T any] map[string]sortColumn[T]

// names answers the sort names a list takes, for error messages.
func (s sortColumns[T]) names() string {
	return strings.Join(slices.Sorted(maps.Keys(s)), ", ")
}

// keyset is the order of one list page: by a sort column (ties broken by
// the unique key in the same direction) or by the unique key alone.
type keyset[T any] struct {
	unique string // the unique key column: an id or the audit seq
	idOf   func(T) string
	asc    bool           // the direction of the order
	by     *sortColumn[T] // nil: by the unique key alone
	name   string         // the sort's name, part of the cursor's list
}

// keysetOf answers the order p asks for among sorts, or a 422 naming the
// sorts the list takes. A sort is a column name, descending with a leading
// "-"; without one the list keeps its own order (asc on its key).
func keysetOf[T any](p Page, sorts sortColumns[T], unique string, asc bool, idOf func(T) string) (keyset[T], error) {
	k := keyset[T]{unique: unique, idOf: idOf, asc: asc}
	if p.Sort == "" {
		return k, nil
	}
	name, desc := strings.CutPrefix(p.Sort, "-")
	col, ok := sorts[name]
	if !ok {
		if len(sorts) == 0 {
			return k, Invalid("sort", "sort", "this list cannot be sorted")
		}
		return k, Invalid("sort", "sort", "sort by one of %s (a leading - for descending)", sorts.names())
	}
	k.by, k.asc, k.name = &col, !desc, p.Sort
	return k, nil
}

// list names the cursors of this order on table: a cursor from another
// list or order does not decode.
func (k keyset[T]) list(table string) string {
	l := table + "|" + k.unique
	if k.by != nil {
		return l + "|sort=" + k.name
	}
	if k.asc {
		l += "|asc"
	}
	return l
}

func (k keyset[T]) dir() (op, dir string) {
	if k.asc {
		return " > ?", " ASC"
	}
	return " < ?", " DESC"
}

// order applies the order to q.
func (k keyset[T]) order(q *gorm.DB) *gorm.DB {
	_, dir := k.dir()
	if k.by != nil {
		q = q.Order(k.by.expr + dir)
	}
	return q.Order(k.unique + dir)
}

// keyOf answers the cursor key of row: its unique key, with the sort
// column's value before it when sorted.
func (k keyset[T]) keyOf(row T) string {
	if k.by == nil {
		return k.idOf(row)
	}
	var v string
	switch x := k.by.value(row).(type) {
	case string:
		v = x
	case Date:
		v = string(x)
	case int64:
		v = strconv.FormatInt(x, 10)
	case Fen:
		v = strconv.FormatInt(int64(x), 10)
	case int:
		v = strconv.Itoa(x)
	case Time:
		v = x.UTC().Format(time.RFC3339Nano)
	}
	b, _ := json.Marshal([2]string{v, k.idOf(row)})
	return string(b)
}

// after narrows q to the rows after the one whose key is key; ok is false
// for a key that is not one keyOf made.
func (k keyset[T]) after(q *gorm.DB, key string) (*gorm.DB, bool) {
	op, _ := k.dir()
	if k.by == nil {
		if k.unique == "seq" {
			n, err := strconv.ParseInt(key, 10, 64)
			if err != nil {
				return q, false
			}
			return q.Where(k.unique+op, n), true
		}
		return q.Where(k.unique+op, key), true
	}
	var pair [2]string
	if json.Unmarshal([]byte(key), &pair) != nil {
		return q, false
	}
	var v any = pair[0]
	switch k.by.kind {
	case sortInt:
		n, err := strconv.ParseInt(pair[0], 10, 64)
		if err != nil {
			return q, false
		}
		v = n
	case sortTime:
		t, err := time.Parse(time.RFC3339Nano, pair[0])
		if err != nil {
			return q, false
		}
		v = NewTime(t)
	}
	c := k.by.expr
	return q.Where("("+c+op+" OR ("+c+" = ? AND "+k.unique+op+"))", v, v, pair[1]), true
}
