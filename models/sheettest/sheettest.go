// Package sheettest writes the spreadsheets the survey import tests send:
// CSV text as Excel saves it, its GB18030 bytes, and XLSX workbooks.
package sheettest

import (
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// CSV writes rows as CSV text with CRLF line ends.
func CSV(rows [][]string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	_ = w.WriteAll(rows) // a strings.Builder does not fail
	return b.String()
}

// GB18030 encodes text as Excel in Chinese saves CSV.
func GB18030(t testing.TB, text string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Workbook writes rows to the first sheet of a workbook. Below the header,
// a cell that reads as a date (2006-01-02) is written as a date cell and one
// that is exactly a whole number as a number; the rest is text.
func Workbook(t testing.TB, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	style, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		for j, c := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			var v any = c
			if d, err := time.Parse("2006-01-02", c); err == nil && i > 0 {
				v = d
				if err := f.SetCellStyle("Sheet1", cell, cell, style); err != nil {
					t.Fatal(err)
				}
			} else if n, err := strconv.Atoi(c); err == nil && strconv.Itoa(n) == c && i > 0 {
				v = n
			}
			if err := f.SetCellValue("Sheet1", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
