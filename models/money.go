package models

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Fen is an amount of renminbi in fen, the smallest unit: 100 fen make one
// yuan. It is an integer so that sums are exact (0.10 + 0.20 yuan is 30
// fen, not 0.30000000000000004); no amount ever passes through a float.
//
// It marshals to JSON as an integer count of fen and is stored as BIGINT.
// Every amount lies within ±MaxFen.
type Fen int64

// MaxFen bounds every amount either way: ten billion yuan (10^12 fen), far
// above any grant or budget Hatchery records, and far below where int64
// arithmetic could overflow.
const MaxFen Fen = 1_000_000_000_000

// maxYuan is MaxFen in whole yuan.
const maxYuan = int64(MaxFen / 100)

// Errors of parsing and arithmetic; every error wraps one of them and names
// the input and what is wrong with it.
var (
	// ErrAmountSyntax means the text or JSON is not an amount.
	ErrAmountSyntax = errors.New("invalid amount")
	// ErrAmountRange means the amount lies beyond ±MaxFen.
	ErrAmountRange = errors.New("amount out of range")
)

// ParseYuan reads an amount in yuan, as people write it:
//
//   - digits with at most two decimal places: "1234.5", "1234.50", "0.01";
//     a third decimal is refused, not rounded ("1.234"), and the point needs
//     digits on both sides (".5" and "5." are refused);
//   - thousands separators are optional but, when present, must group the
//     whole yuan in threes ("1,234,567.89"; "12,34.5" is refused);
//   - a leading minus for refunds and corrections ("-12.30"); "-0" is zero
//     and prints as "0.00"; a leading plus is allowed and means nothing;
//   - a yuan sign, ¥ or ￥, before or after the sign ("¥1,234.50",
//     "-¥12.30");
//   - full-width forms, as a Chinese input method types them, are
//     normalized: "１２３．４５" is 123.45 yuan, and "，", "－", "＋" count as
//     their ASCII forms;
//   - spaces around the amount are ignored; spaces inside it, exponents
//     ("1e3"), a trailing "元" and every other character are refused.
//
// The result must lie within ±MaxFen (ten billion yuan).
func ParseYuan(s string) (Fen, error) {
	neg, body, err := cutSigns(s)
	if err != nil {
		return 0, err
	}
	whole, frac, point := strings.Cut(body, ".")
	switch {
	case point && whole == "":
		return 0, syntaxError(s, "write a digit before the decimal point (0.50, not .50)")
	case point && frac == "":
		return 0, syntaxError(s, "write digits after the decimal point (5.00 or 5, not 5.)")
	}
	if err := checkDigits(s, frac); err != nil {
		return 0, err
	}
	if len(frac) > 2 {
		return 0, syntaxError(s, "more than two decimal places; 0.01 yuan (one fen) is the smallest amount")
	}
	if err := checkGroups(s, whole); err != nil {
		return 0, err
	}
	yuan, err := digitsValue(s, strings.ReplaceAll(whole, ",", ""), maxYuan)
	if err != nil {
		return 0, err
	}
	fen, err := digitsValue(s, (frac + "00")[:2], 99)
	if err != nil {
		return 0, err
	}
	f := Fen(yuan*100 + fen)
	if f > MaxFen {
		return 0, rangeError(s)
	}
	if neg {
		f = -f
	}
	return f, nil
}

// ParseFen reads a whole number of fen such as "123450" (1,234.50 yuan),
// with an optional sign and full-width digits normalized as in ParseYuan;
// separators, points and yuan signs are refused.
func ParseFen(s string) (Fen, error) {
	body := normalizeAmount(s)
	if body == "" {
		return 0, syntaxError(s, "empty; write a whole number of fen such as 123450")
	}
	neg, body := cutSign(body)
	v, err := digitsValue(s, body, int64(MaxFen))
	if err != nil {
		return 0, err
	}
	if neg {
		v = -v
	}
	return Fen(v), nil
}

// Yuan formats f in yuan with two decimals and no separators:
// Fen(123450).Yuan() is "1234.50", Fen(-5).Yuan() is "-0.05".
func (f Fen) Yuan() string { return f.format(false) }

// Grouped formats f in yuan with two decimals and thousands separators:
// Fen(123450).Grouped() is "1,234.50".
func (f Fen) Grouped() string { return f.format(true) }

func (f Fen) format(group bool) string {
	u := uint64(f)
	if f < 0 {
		u = -u // also right for the smallest int64
	}
	whole := strconv.FormatUint(u/100, 10)
	var b strings.Builder
	if f < 0 {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if group && i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	fmt.Fprintf(&b, ".%02d", u%100)
	return b.String()
}

// InRange reports whether f lies within ±MaxFen.
func (f Fen) InRange() bool { return -MaxFen <= f && f <= MaxFen }

// Add answers f + g, refusing a sum beyond ±MaxFen.
func (f Fen) Add(g Fen) (Fen, error) { return Sum(f, g) }

// Sum adds amounts, refusing any amount or total beyond ±MaxFen. Only the
// total is bounded, so the order of the amounts does not matter.
func Sum(amounts ...Fen) (Fen, error) {
	var total int64
	for _, a := range amounts {
		if !a.InRange() {
			return 0, fmt.Errorf("%w: %d fen lies beyond ±%d", ErrAmountRange, int64(a), int64(MaxFen))
		}
		next := total + int64(a)
		if (a > 0 && next < total) || (a < 0 && next > total) {
			return 0, fmt.Errorf("%w: the sum overflows", ErrAmountRange)
		}
		total = next
	}
	if !Fen(total).InRange() {
		return 0, fmt.Errorf("%w: the sum, %d fen, lies beyond ±%d", ErrAmountRange, total, int64(MaxFen))
	}
	return Fen(total), nil
}

// MarshalJSON writes f as an integer count of fen.
func (f Fen) MarshalJSON() ([]byte, error) {
	if !f.InRange() {
		return nil, fmt.Errorf("%w: %d fen lies beyond ±%d", ErrAmountRange, int64(f), int64(MaxFen))
	}
	return strconv.AppendInt(nil, int64(f), 10), nil
}

// UnmarshalJSON reads a JSON integer count of fen. Fractions (1.5), even
// whole ones (1.0), exponents (1e3) and strings are refused, so that a
// client sending yuan where fen are meant fails instead of paying a
// hundredth. JSON null leaves f as it was.
func (f *Fen) UnmarshalJSON(data []byte) error {
	text := string(data)
	switch {
	case text == "null":
		return nil
	case strings.HasPrefix(text, `"`):
		return fmt.Errorf("%w %s: a string; send a JSON integer count of fen, such as 123450 for 1,234.50 yuan", ErrAmountSyntax, text)
	case strings.ContainsAny(text, ".eE") && strings.Trim(text, "-+.0123456789eE") == "":
		return fmt.Errorf("%w %s: a fraction or exponent; send a JSON integer count of fen, such as 150 for 1.50 yuan", ErrAmountSyntax, text)
	}
	neg, body := false, text
	if strings.HasPrefix(body, "-") {
		neg, body = true, body[1:]
	}
	if !onlyDigits(body) {
		return fmt.Errorf("%w %s: not a JSON integer; send a count of fen, such as 123450 for 1,234.50 yuan", ErrAmountSyntax, text)
	}
	v, err := digitsValue(text, body, int64(MaxFen))
	if err != nil {
		return err
	}
	if neg {
		v = -v
	}
	*f = Fen(v)
	return nil
}

// Value stores f as a BIGINT.
func (f Fen) Value() (driver.Value, error) {
	if !f.InRange() {
		return nil, fmt.Errorf("%w: %d fen lies beyond ±%d", ErrAmountRange, int64(f), int64(MaxFen))
	}
	return int64(f), nil
}

// Scan reads a BIGINT (SQLite may hand over its text) into f. NULL is
// refused: a column that may be empty scans into *Fen.
func (f *Fen) Scan(v any) error {
	switch x := v.(type) {
	case int64:
		if !Fen(x).InRange() {
			return fmt.Errorf("%w: the database holds %d fen, beyond ±%d", ErrAmountRange, x, int64(MaxFen))
		}
		*f = Fen(x)
		return nil
	case []byte:
		return f.scanText(string(x))
	case string:
		return f.scanText(x)
	case nil:
		return fmt.Errorf("%w: NULL; scan a column that may be empty into *Fen", ErrAmountSyntax)
	default:
		return fmt.Errorf("%w: cannot scan %T into Fen", ErrAmountSyntax, v)
	}
}

func (f *Fen) scanText(s string) error {
	v, err := ParseFen(s)
	if err == nil {
		*f = v
	}
	return err
}

// normalizeAmount trims surrounding space and maps full-width digits,
// comma, full stop, plus and minus to ASCII.
func normalizeAmount(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '，':
			return ','
		case r == '．':
			return '.'
		case r == '＋':
			return '+'
		case r == '－':
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
}

// cutSigns normalizes s and takes off its sign and yuan sign, in either
// order, answering whether it was negative and what follows.
func cutSigns(s string) (neg bool, body string, err error) {
	body = normalizeAmount(s)
	if body == "" {
		return false, "", syntaxError(s, "empty; write an amount such as 12.30")
	}
	body, yuanFirst := cutYuanSign(body)
	neg, body = cutSign(body)
	if !yuanFirst {
		body, _ = cutYuanSign(body)
	}
	return neg, body, nil
}

func cutYuanSign(s string) (string, bool) {
	for _, sign := range []string{"¥", "￥"} {
		if rest, ok := strings.CutPrefix(s, sign); ok {
			return rest, true
		}
	}
	return s, false
}

// cutSign takes a leading + or - off s.
func cutSign(s string) (neg bool, rest string) {
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		return true, rest
	}
	return false, strings.TrimPrefix(s, "+")
}

// checkGroups checks that separators, if any, group the whole yuan in
// threes.
func checkGroups(orig, whole string) error {
	if !strings.Contains(whole, ",") {
		return nil
	}
	groups := strings.Split(whole, ",")
	for i, g := range groups {
		if g != "" && !onlyDigits(g) {
			continue // digitsValue names the stray character
		}
		if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
			return syntaxError(orig, "misplaced thousands separator; group the yuan in threes, as in 1,234,567.89")
		}
	}
	return nil
}

// digitsValue reads ASCII digits (commas already removed) as a number no
// larger than limit.
func digitsValue(orig, digits string, limit int64) (int64, error) {
	if digits == "" {
		return 0, syntaxError(orig, "no digits")
	}
	if err := checkDigits(orig, digits); err != nil {
		return 0, err
	}
	var v int64
	for _, r := range digits {
		if v = v*10 + int64(r-'0'); v > limit {
			return 0, rangeError(orig)
		}
	}
	return v, nil
}

// checkDigits names the first character of s that is not an ASCII digit.
func checkDigits(orig, s string) error {
	for _, r := range s {
		if r < '0' || r > '9' {
			return syntaxError(orig, fmt.Sprintf("%q is not a digit; write digits with at most one decimal point, as in 1234.50", r))
		}
	}
	return nil
}

func onlyDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func syntaxError(s, why string) error {
	return fmt.Errorf("%w %q: %s", ErrAmountSyntax, s, why)
}

func rangeError(s string) error {
	return fmt.Errorf("%w %q: amounts lie within ±%s yuan", ErrAmountRange, s, MaxFen.Grouped())
}
