package handlers

import (
	"bytes"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"hatchery/models"
)

// A table longer than a sheet goes on in the next sheet, each with the
// header: five rows at three rows a sheet (the header and two) take three.
func TestXLSXRollsOverToANewSheet(t *testing.T) {
	var buf bytes.Buffer
	w, err := newXLSXWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	w.maxRows = 3
	if err := w.table("支出明细", []string{"序号", "金额（元）"}); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 5; i++ {
		if err := w.row([]any{i, models.Fen(i * 100)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.close(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string][][]string{
		"支出明细":     {{"序号", "金额（元）"}, {"1", "1.00"}, {"2", "2.00"}},
		"支出明细 (2)": {{"序号", "金额（元）"}, {"3", "3.00"}, {"4", "4.00"}},
		"支出明细 (3)": {{"序号", "金额（元）"}, {"5", "5.00"}},
	}
	if got := f.GetSheetList(); !slices.Equal(got, []string{"支出明细", "支出明细 (2)", "支出明细 (3)"}) {
		t.Fatalf("sheets %q", got)
	}
	for sheet, rows := range want {
		got, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(got, rows, slices.Equal) {
			t.Errorf("%s: %q, want %q", sheet, got, rows)
		}
	}
}

// Every value of every closed list has a label in both languages, so no
// export falls back to a bare code.
func TestEveryEnumValueIsLabelled(t *testing.T) {
	for _, lang := range []string{langZH, langEN} {
		for _, e := range models.Enums() {
			for _, v := range e.Values {
				if l, ok := enumLabels[lang][e.Name][v]; !ok || l == "" {
					t.Errorf("%s has no %s label for %s", e.Name, lang, v)
				}
			}
		}
	}
}

func TestNeutralized(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+86 138": "'+86 138", "-2": "'-2", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx",
		"": "", "方村社区": "方村社区", "a=b": "a=b",
	} {
		if got := neutralized(in); got != want {
			t.Errorf("neutralized(%q) = %q, want %q", in, got, want)
		}
	}
}
