package models

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Time is a UTC instant at microsecond precision that reads back the same
// from SQLite and PostgreSQL and marshals as RFC 3339 in UTC.
type Time struct{ time.Time }

// NewTime wraps t in UTC at microsecond precision.
func NewTime(t time.Time) Time { return Time{t.UTC().Truncate(time.Microsecond)} }

// Value implements driver.Valuer.
func (t Time) Value() (driver.Value, error) { return t.Time.UTC(), nil }

// Scan implements sql.Scanner.
func (t *Time) Scan(v any) error {
	switch x := v.(type) {
	case time.Time:
		t.Time = x.UTC()
	case string:
		return t.parse(x)
	case []byte:
		return t.parse(string(x))
	case nil:
		t.Time = time.Time{}
	default:
		return fmt.Errorf("cannot scan %T into Time", v)
	}
	return nil
}

func (t *Time) parse(s string) error {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05.999999999"} {
		if p, err := time.Parse(layout, s); err == nil {
			t.Time = p.UTC()
			return nil
		}
	}
	return fmt.Errorf("cannot parse time %q", s)
}

// MarshalJSON writes RFC 3339 in UTC.
func (t Time) MarshalJSON() ([]byte, error) {
	return []byte(`"` + t.Time.UTC().Format(time.RFC3339Nano) + `"`), nil
}

// Date is a calendar day, "YYYY-MM-DD" in JSON and in both databases
// (TEXT in SQLite, DATE in PostgreSQL).
type Date string

// DateLayout is the one date format of the API (SPEC 6).
const DateLayout = "2006-01-02"

// ParseDate checks s is a real calendar day.
func ParseDate(s string) (Date, bool) {
	t, err := time.Parse(DateLayout, s)
	if err != nil || t.Format(DateLayout) != s {
		return "", false
	}
	return Date(s), true
}

// Time is the start of the day in UTC.
func (d Date) Time() time.Time {
	t, _ := time.Parse(DateLayout, string(d))
	return t
}

// Value implements driver.Valuer.
func (d Date) Value() (driver.Value, error) { return string(d), nil }

// Scan implements sql.Scanner.
func (d *Date) Scan(v any) error {
	switch x := v.(type) {
	case time.Time:
		*d = Date(x.UTC().Format(DateLayout))
	case string:
		*d = Date(firstN(x, 10))
	case []byte:
		*d = Date(firstN(string(x), 10))
	case nil:
		*d = ""
	default:
		return fmt.Errorf("cannot scan %T into Date", v)
	}
	return nil
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
