package models_test

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"gorm.io/gorm"

	"hatchery/models"
	"hatchery/models/storetest"
)

func TestParseYuan(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		in   string
		want models.Fen
		err  error  // nil when the text is an amount
		says string // part of the error message
	}{
		{"one fen", "0.01", 1, nil, ""},
		{"grouped", "1,234.50", 123450, nil, ""},
		{"plain", "1234.50", 123450, nil, ""},
		{"one decimal", "1234.5", 123450, nil, ""},
		{"whole yuan", "1234", 123400, nil, ""},
		{"zero", "0", 0, nil, ""},
		{"point three", "0.3", 30, nil, ""},
		{"leading zeros", "007.05", 705, nil, ""},
		{"well-placed separators", "1,234,567.89", 123456789, nil, ""},
		{"the bound", "10,000,000,000.00", models.MaxFen, nil, ""},
		{"minus the bound", "-10,000,000,000.00", -models.MaxFen, nil, ""},
		{"one fen beyond the bound", "10,000,000,000.01", 0, models.ErrAmountRange, "within"},
		{"one yuan beyond the bound", "10000000001", 0, models.ErrAmountRange, ""},
		{"far beyond int64", "99999999999999999999999999", 0, models.ErrAmountRange, ""},
		{"negative", "-12.30", -1230, nil, ""},
		{"negative fen", "-0.05", -5, nil, ""},
		{"minus zero", "-0", 0, nil, ""},
		{"minus zero with decimals", "-0.00", 0, nil, ""},
		{"plus", "+5", 500, nil, ""},
		{"yuan sign", "¥1,234.50", 123450, nil, ""},
		{"full-width yuan sign", "￥12", 1200, nil, ""},
		{"minus before yuan sign", "-¥12.30", -1230, nil, ""},
		{"yuan sign before minus", "¥-12.30", -1230, nil, ""},
		{"full-width digits", "１２３．４５", 12345, nil, ""},
		{"full-width separator and minus", "－１，２３４．５０", -123450, nil, ""},
		{"surrounding spaces", "  12.30\t", 1230, nil, ""},
		{"surrounding ideographic space", "\u300012.30\u3000", 1230, nil, ""},
		{"empty", "", 0, models.ErrAmountSyntax, "empty"},
		{"only spaces", "   ", 0, models.ErrAmountSyntax, "empty"},
		{"only a sign", "-", 0, models.ErrAmountSyntax, "no digits"},
		{"only a yuan sign", "¥", 0, models.ErrAmountSyntax, "no digits"},
		{"space inside", "1 234.50", 0, models.ErrAmountSyntax, `' ' is not a digit`},
		{"space after the sign", "- 5", 0, models.ErrAmountSyntax, "not a digit"},
		{"exponent", "1e3", 0, models.ErrAmountSyntax, `'e' is not a digit`},
		{"exponent after a point", "1.0e3", 0, models.ErrAmountSyntax, "not a digit"},
		{"three decimals", "1.234", 0, models.ErrAmountSyntax, "more than two decimal places"},
		{"three zero decimals", "1.000", 0, models.ErrAmountSyntax, "more than two decimal places"},
		{"stray letter in the fen", "1.2x", 0, models.ErrAmountSyntax, `'x' is not a digit`},
		{"misplaced separators", "12,34.5", 0, models.ErrAmountSyntax, "thousands separator"},
		{"long first group", "1234,567", 0, models.ErrAmountSyntax, "thousands separator"},
		{"leading separator", ",123", 0, models.ErrAmountSyntax, "thousands separator"},
		{"trailing separator", "123,", 0, models.ErrAmountSyntax, "thousands separator"},
		{"double separator", "1,,234", 0, models.ErrAmountSyntax, "thousands separator"},
		{"separator among the fen", "1.2,3", 0, models.ErrAmountSyntax, "not a digit"},
		{"no digit before the point", ".5", 0, models.ErrAmountSyntax, "before the decimal point"},
		{"no digit after the point", "5.", 0, models.ErrAmountSyntax, "after the decimal point"},
		{"two points", "1.2.3", 0, models.ErrAmountSyntax, `'.' is not a digit`},
		{"two signs", "--5", 0, models.ErrAmountSyntax, "not a digit"},
		{"yuan character", "12元", 0, models.ErrAmountSyntax, "not a digit"},
		{"ideographic full stop", "12。30", 0, models.ErrAmountSyntax, "not a digit"},
		{"Arabic-Indic digits", "١٢", 0, models.ErrAmountSyntax, "not a digit"},
		{"hexadecimal", "0x10", 0, models.ErrAmountSyntax, "not a digit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := models.ParseYuan(c.in)
			if c.err == nil {
				if err != nil || got != c.want {
					t.Fatalf("ParseYuan(%q) = %d, %v; want %d", c.in, got, err, c.want)
				}
				return
			}
			if !errors.Is(err, c.err) || !strings.Contains(err.Error(), c.says) || !strings.Contains(err.Error(), strconv.Quote(c.in)) {
				t.Fatalf("ParseYuan(%q) = %d, %v; want %v saying %q and naming the input", c.in, got, err, c.err, c.says)
			}
		})
	}
}

func TestFenArithmeticIsExact(t *testing.T) {
	t.Parallel()
	sum, err := models.Fen(10).Add(models.Fen(20))
	if err != nil || sum != 30 {
		t.Fatalf("0.10 + 0.20 yuan = %d, %v; want 30 fen", sum, err)
	}
	if p, err := models.ParseYuan("0.3"); err != nil || p != sum {
		t.Fatalf(`ParseYuan("0.3") = %d, %v; want the sum %d`, p, err, sum)
	}
}

func TestSum(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		amounts []models.Fen
		want    models.Fen
		err     error
	}{
		{"nothing", nil, 0, nil},
		{"ten and twenty fen", []models.Fen{10, 20}, 30, nil},
		{"up to the bound", []models.Fen{models.MaxFen - 1, 1}, models.MaxFen, nil},
		{"down to the bound", []models.Fen{-models.MaxFen + 1, -1}, -models.MaxFen, nil},
		{"one fen beyond", []models.Fen{models.MaxFen, 1}, 0, models.ErrAmountRange},
		{"one fen below", []models.Fen{-models.MaxFen, -1}, 0, models.ErrAmountRange},
		{"beyond on the way, back within", []models.Fen{models.MaxFen, 1, -1}, models.MaxFen, nil},
		{"an amount beyond the bound", []models.Fen{models.MaxFen + 1, -2}, 0, models.ErrAmountRange},
		{"an amount near int64", []models.Fen{1 << 62, 1 << 62}, 0, models.ErrAmountRange},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := models.Sum(c.amounts...)
			if !errors.Is(err, c.err) || (c.err == nil && got != c.want) {
				t.Fatalf("Sum(%v) = %d, %v; want %d, %v", c.amounts, got, err, c.want, c.err)
			}
		})
	}
}

func TestFenFormats(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name          string
		f             models.Fen
		yuan, grouped string
	}{
		{"zero", 0, "0.00", "0.00"},
		{"one fen", 1, "0.01", "0.01"},
		{"ten fen", 10, "0.10", "0.10"},
		{"hundreds", 99999, "999.99", "999.99"},
		{"thousands", 123450, "1234.50", "1,234.50"},
		{"millions", 123456789, "1234567.89", "1,234,567.89"},
		{"the bound", models.MaxFen, "10000000000.00", "10,000,000,000.00"},
		{"negative", -1230, "-12.30", "-12.30"},
		{"negative fen", -5, "-0.05", "-0.05"},
		{"negative thousands", -123450, "-1234.50", "-1,234.50"},
		{"smallest int64", models.Fen(-1 << 63), "-92233720368547758.08", "-92,233,720,368,547,758.08"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if got := c.f.Yuan(); got != c.yuan {
				t.Errorf("Fen(%d).Yuan() = %q, want %q", int64(c.f), got, c.yuan)
			}
			if got := c.f.Grouped(); got != c.grouped {
				t.Errorf("Fen(%d).Grouped() = %q, want %q", int64(c.f), got, c.grouped)
			}
		})
	}
}

func TestParseFen(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		in   string
		want models.Fen
		err  error
	}{
		{"fen", "123450", 123450, nil},
		{"negative", "-5", -5, nil},
		{"full-width", "１２３", 123, nil},
		{"the bound", "1000000000000", models.MaxFen, nil},
		{"beyond the bound", "1000000000001", 0, models.ErrAmountRange},
		{"yuan text", "1234.50", 0, models.ErrAmountSyntax},
		{"separators", "1,234", 0, models.ErrAmountSyntax},
		{"empty", "", 0, models.ErrAmountSyntax},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := models.ParseFen(c.in)
			if !errors.Is(err, c.err) || (c.err == nil && got != c.want) {
				t.Fatalf("ParseFen(%q) = %d, %v; want %d, %v", c.in, got, err, c.want, c.err)
			}
		})
	}
}

func TestFenJSON(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		json string
		want models.Fen
		err  error
		says string
	}{
		{"fen", `123450`, 123450, nil, ""},
		{"zero", `0`, 0, nil, ""},
		{"negative", `-1230`, -1230, nil, ""},
		{"the bound", `1000000000000`, models.MaxFen, nil, ""},
		{"minus the bound", `-1000000000000`, -models.MaxFen, nil, ""},
		{"beyond the bound", `1000000000001`, 0, models.ErrAmountRange, "within"},
		{"beyond int64", `100000000000000000000`, 0, models.ErrAmountRange, ""},
		{"fraction", `1.5`, 0, models.ErrAmountSyntax, "fraction"},
		{"whole fraction", `1.0`, 0, models.ErrAmountSyntax, "fraction"},
		{"exponent", `1e3`, 0, models.ErrAmountSyntax, "exponent"},
		{"upper-case exponent", `1E3`, 0, models.ErrAmountSyntax, "exponent"},
		{"string", `"1234.50"`, 0, models.ErrAmountSyntax, "a string"},
		{"string of fen", `"123450"`, 0, models.ErrAmountSyntax, "a string"},
		{"boolean", `true`, 0, models.ErrAmountSyntax, "not a JSON integer"},
		{"object", `{}`, 0, models.ErrAmountSyntax, "not a JSON integer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var got struct {
				Amount models.Fen `json:"amount"`
			}
			err := json.Unmarshal([]byte(`{"amount":`+c.json+`}`), &got)
			if c.err == nil {
				if err != nil || got.Amount != c.want {
					t.Fatalf("unmarshal %s = %d, %v; want %d", c.json, got.Amount, err, c.want)
				}
				back, err := json.Marshal(got)
				if err != nil || string(back) != `{"amount":`+c.json+`}` {
					t.Fatalf("marshal %d = %s, %v; want the integer back", got.Amount, back, err)
				}
				return
			}
			if !errors.Is(err, c.err) || !strings.Contains(err.Error(), c.says) {
				t.Fatalf("unmarshal %s = %d, %v; want %v saying %q", c.json, got.Amount, err, c.err, c.says)
			}
		})
	}
	t.Run("null leaves the amount", func(t *testing.T) {
		t.Parallel()
		f := models.Fen(7)
		if err := json.Unmarshal([]byte(`null`), &f); err != nil || f != 7 {
			t.Fatalf("null: %d, %v", f, err)
		}
	})
	t.Run("beyond the bound does not marshal", func(t *testing.T) {
		t.Parallel()
		if b, err := json.Marshal(models.MaxFen + 1); !errors.Is(err, models.ErrAmountRange) {
			t.Fatalf("marshal beyond the bound = %s, %v; want a range error", b, err)
		}
	})
}

func TestFenStoredAsBigint(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		s := storetest.Open(t, d, models.Options{})
		type row struct {
			ID     int64
			Amount models.Fen
			Refund *models.Fen
		}
		refund := models.Fen(-1230)
		in := []row{{ID: 1, Amount: models.MaxFen}, {ID: 2, Amount: -models.MaxFen, Refund: &refund}, {ID: 3, Amount: 1}}
		var out []row
		err := s.InTx(context.Background(), func(tx *gorm.DB) error {
			if err := tx.Exec("CREATE TABLE money_check (id BIGINT PRIMARY KEY, amount BIGINT NOT NULL, refund BIGINT)").Error; err != nil {
				return err
			}
			if err := tx.Table("money_check").Create(&in).Error; err != nil {
				return err
			}
			if err := tx.Table("money_check").Order("id").Find(&out).Error; err != nil {
				return err
			}
			var total models.Fen
			if err := tx.Table("money_check").Select("SUM(amount)").Scan(&total).Error; err != nil {
				return err
			}
			if total != 1 {
				t.Errorf("SUM(amount) = %d, want 1", total)
			}
			bad := row{ID: 4, Amount: models.MaxFen + 1}
			if err := tx.Table("money_check").Create(&bad).Error; !errors.Is(err, models.ErrAmountRange) {
				t.Errorf("storing an amount beyond the bound: %v, want a range error", err)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(out) != len(in) || out[0].Amount != models.MaxFen || out[1].Amount != -models.MaxFen || out[2].Amount != 1 ||
			out[0].Refund != nil || out[1].Refund == nil || *out[1].Refund != refund {
			t.Fatalf("read back %+v, want %+v", out, in)
		}
	})
}

// FuzzParseYuan checks that whatever parses lies within the bound and reads
// back the same from both formats, and that every amount within the bound
// survives formatting and parsing.
func FuzzParseYuan(f *testing.F) {
	for _, s := range []string{"0.01", "1,234.50", "-12.30", "-0", "１２３．４５", "¥1,234,567.89", "10,000,000,000.00", "1e3", "12,34.5", ".5", "5.", "+5"} {
		f.Add(s, int64(0))
	}
	f.Add("", int64(models.MaxFen))
	f.Add("", int64(-models.MaxFen))
	f.Add("", int64(-1))
	for _, s := range []string{"1.234", "1.2.3", "1..2", "１．２３４", "99999999999999999999", "-", "¥", "--5", "1,234.5x", " 8.00 "} {
		f.Add(s, int64(1))
	}
	f.Fuzz(func(t *testing.T, s string, n int64) {
		v, err := models.ParseYuan(s)
		if err != nil && !errors.Is(err, models.ErrAmountSyntax) && !errors.Is(err, models.ErrAmountRange) {
			t.Fatalf("ParseYuan(%q): %v is not an amount error", s, err)
		}
		if err == nil {
			if !v.InRange() {
				t.Fatalf("ParseYuan(%q) = %d, beyond the bound", s, v)
			}
			if _, frac, ok := strings.Cut(strings.ReplaceAll(s, "．", "."), "."); ok && utf8.RuneCountInString(strings.TrimSpace(frac)) > 2 {
				t.Fatalf("ParseYuan(%q) = %d, taking more than two decimals", s, v)
			}
			if back, err := models.ParseFen(strconv.FormatInt(int64(v), 10)); err != nil || back != v {
				t.Fatalf("ParseYuan(%q) = %d, but ParseFen reads its fen as %d, %v", s, v, back, err)
			}
			for _, text := range []string{v.Yuan(), v.Grouped()} {
				if back, err := models.ParseYuan(text); err != nil || back != v {
					t.Fatalf("ParseYuan(%q) = %d, formatted %q, parsed back as %d, %v", s, v, text, back, err)
				}
			}
		}
		fen := models.Fen(n % (int64(models.MaxFen) + 1))
		for _, text := range []string{fen.Yuan(), fen.Grouped()} {
			if back, err := models.ParseYuan(text); err != nil || back != fen {
				t.Fatalf("Fen(%d) formatted %q, parsed back as %d, %v", fen, text, back, err)
			}
		}
	})
}
