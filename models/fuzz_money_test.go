package models

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// amountErr checks that err, when not nil, is one of the amount errors and
// names what was wrong.
func amountErr(t *testing.T, what, in string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if !errors.Is(err, ErrAmountSyntax) && !errors.Is(err, ErrAmountRange) {
		t.Fatalf("%s(%q): error %v is neither ErrAmountSyntax nor ErrAmountRange", what, in, err)
	}
}

// FuzzFenText: every amount in range formats to yuan that parse back to
// it; every amount beyond is refused by JSON and the database alike.
func FuzzFenText(f *testing.F) {
	for _, v := range []int64{0, 1, -1, 5, -5, 99, 100, 123450, -123450, int64(MaxFen), -int64(MaxFen), int64(MaxFen) + 1, -1 << 63, 1<<63 - 1} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, n int64) {
		v := Fen(n)
		js, jerr := v.MarshalJSON()
		_, derr := v.Value()
		if !v.InRange() {
			if jerr == nil || derr == nil || !errors.Is(jerr, ErrAmountRange) {
				t.Fatalf("%d fen beyond ±MaxFen: MarshalJSON %v, Value %v", n, jerr, derr)
			}
			if _, err := ParseYuan(v.Yuan()); !errors.Is(err, ErrAmountRange) {
				t.Fatalf("%d fen formats as %q, which ParseYuan does not refuse as out of range: %v", n, v.Yuan(), err)
			}
			return
		}
		if jerr != nil || derr != nil {
			t.Fatalf("%d fen: MarshalJSON %v, Value %v", n, jerr, derr)
		}
		var back Fen
		if err := back.UnmarshalJSON(js); err != nil || back != v {
			t.Fatalf("%d fen marshals as %s, which unmarshals as %d, %v", n, js, back, err)
		}
		for _, text := range []string{v.Yuan(), v.Grouped()} {
			if got, err := ParseYuan(text); err != nil || got != v {
				t.Fatalf("%d fen formats as %q, which parses as %d, %v", n, text, got, err)
			}
		}
		if s := v.Yuan(); strings.Count(s, ".") != 1 || len(s)-strings.IndexByte(s, '.') != 3 {
			t.Fatalf("%d fen formats as %q, not with exactly two decimals", n, s)
		}
	})
}

// FuzzFenJSON: a JSON amount is a bare integer count of fen; fractions,
// exponents and strings are refused, and what is taken marshals back to the
// same digits.
func FuzzFenJSON(f *testing.F) {
	for _, s := range []string{"0", "123450", "-5", "1.5", "1.0", "1e3", "1E3", `"100"`, "null", "-0", "007",
		"1000000000000", "1000000000001", "-1000000000001", "99999999999999999999", "", "-", "+5", "0x10", " 5", "true", "[1]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v := Fen(42)
		err := v.UnmarshalJSON(data)
		amountErr(t, "UnmarshalJSON", string(data), err)
		text := string(data)
		if err != nil {
			if v != 42 {
				t.Fatalf("UnmarshalJSON(%q) failed but changed the amount to %d", text, v)
			}
			return
		}
		if text == "null" {
			if v != 42 {
				t.Fatalf("null changed the amount to %d", v)
			}
			return
		}
		if strings.ContainsAny(text, `.eE"`) {
			t.Fatalf("UnmarshalJSON(%q) took a fraction, exponent or string as %d", text, v)
		}
		if !v.InRange() {
			t.Fatalf("UnmarshalJSON(%q) = %d, beyond ±MaxFen", text, v)
		}
		js, err := v.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := strconv.ParseInt(text, 10, 64)
		if string(js) != strconv.FormatInt(want, 10) || int64(v) != want {
			t.Fatalf("UnmarshalJSON(%q) = %d, marshalled %s", text, v, js)
		}
	})
}
