package handlers

import (
	"time"

	"hatchery/models"
)

// label is a text in both of the interface's languages.
type label struct{ zh, en string }

func (l label) in(lang string) string {
	if lang == langEN {
		return l.en
	}
	return l.zh
}

// column is one column of an exported table: its header, and the value a
// row gives it. Values are typed (models.Date, models.Fen, enumValue, ...);
// the writer turns each type into the right cell for CSV or XLSX.
type column[T any] struct {
	header label
	value  func(T) any
}

// table is how a list or a report section is exported: its name (the
// file's, and the sheet's in XLSX) and its columns.
type table[T any] struct {
	name    label
	columns []column[T]
}

// enumValue is a code of one of the closed lists (models.Enums), written
// as its label in the reader's language.
type enumValue struct{ enum, code string }

// percent is a share from 0 to 1, written as a percentage.
type percent float64

// localTime is a moment written in China Standard Time, where every user
// of a bureau's deployment reads it.
var localTime = time.FixedZone("CST", 8*3600)

func col[T any](zh, en string, value func(T) any) column[T] {
	return column[T]{header: label{zh, en}, value: value}
}

// enumCols are an enum's two columns: its label in the reader's language,
// and its code for machines.
func enumCols[T any](zh, en, enum string, code func(T) string) []column[T] {
	return []column[T]{
		col(zh, en, func(r T) any { return enumValue{enum, code(r)} }),
		col(zh+"代码", en+" code", func(r T) any { return code(r) }),
	}
}

// columns joins single columns and enum pairs into one list.
func columns[T any](parts ...any) []column[T] {
	var out []column[T]
	for _, p := range parts {
		switch p := p.(type) {
		case column[T]:
			out = append(out, p)
		case []column[T]:
			out = append(out, p...)
		default:
			panic("columns: not a column")
		}
	}
	return out
}

func (t table[T]) headers(lang string) []string {
	out := make([]string, len(t.columns))
	for i, c := range t.columns {
		out[i] = c.header.in(lang)
	}
	return out
}

// values are one row's cells, localized.
func (t table[T]) values(r T, lang string, dst []any) []any {
	dst = dst[:0]
	for _, c := range t.columns {
		dst = append(dst, localize(c.value(r), lang))
	}
	return dst
}

// localize settles what depends on the reader's language (enum labels,
// yes and no) and unwraps pointers, so writers see plain values.
func localize(v any, lang string) any {
	switch v := v.(type) {
	case enumValue:
		return enumLabel(lang, v.enum, v.code)
	case label:
		return v.in(lang)
	case bool:
		if v {
			return label{"是", "Yes"}.in(lang)
		}
		return label{"否", "No"}.in(lang)
	case *string:
		if v == nil {
			return nil
		}
		return *v
	case *models.Date:
		if v == nil || *v == "" {
			return nil
		}
		return *v
	case models.Date:
		if v == "" {
			return nil
		}
		return v
	case *models.Time:
		if v == nil {
			return nil
		}
		return *v
	case *int:
		if v == nil {
			return nil
		}
		return *v
	case *int64:
		if v == nil {
			return nil
		}
		return *v
	case *float64:
		if v == nil {
			return nil
		}
		return *v
	case *percent:
		if v == nil {
			return nil
		}
		return *v
	case *models.Fen:
		if v == nil {
			return nil
		}
		return *v
	}
	return v
}

// neutralized keeps a text cell from being read as a formula: a leading
// =, +, -, @, tab or carriage return gets an apostrophe before it (the
// OWASP advice on CSV injection), in CSV and XLSX alike.
func neutralized(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
