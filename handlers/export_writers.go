package handlers

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"hatchery/models"
)

// tableWriter writes an export's tables: each starts with its title and
// header row, then its rows, already localized.
type tableWriter interface {
	table(title string, header []string) error
	row(cells []any) error
	// flush sends what is written so far (CSV streams; XLSX cannot).
	flush() error
	close() error
}

// csvWriter writes UTF-8 with a byte order mark and CRLF line ends, which
// is what Excel needs to open Chinese text without garbling it. Several
// tables (a report's sections) follow one another, each after its title
// and a blank line.
type csvWriter struct {
	out     *csv.Writer
	flusher interface{ Flush() }
	tables  int
	cells   []string
}

func newCSVWriter(w io.Writer) (*csvWriter, error) {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return nil, err
	}
	out := csv.NewWriter(w)
	out.UseCRLF = true
	cw := &csvWriter{out: out}
	cw.flusher, _ = w.(interface{ Flush() })
	return cw, nil
}

func (w *csvWriter) table(title string, header []string) error {
	w.tables++
	if w.tables > 1 {
		if err := w.out.Write([]string{}); err != nil {
			return err
		}
		if err := w.out.Write([]string{neutralized(title)}); err != nil {
			return err
		}
	}
	return w.out.Write(header)
}

func (w *csvWriter) row(cells []any) error {
	w.cells = w.cells[:0]
	for _, c := range cells {
		w.cells = append(w.cells, csvCell(c))
	}
	return w.out.Write(w.cells)
}

// csvCell writes dates as YYYY-MM-DD, times in China Standard Time and
// money as yuan with two decimals, exactly as the fen give them.
func csvCell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return neutralized(v)
	case models.Date:
		return string(v)
	case models.Time:
		return v.In(localTime).Format("2006-01-02 15:04:05")
	case models.Fen:
		return v.Yuan()
	case percent:
		return strconv.FormatFloat(float64(v)*100, 'f', 1, 64) + "%"
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	}
	return neutralized(fmt.Sprint(v))
}

func (w *csvWriter) flush() error {
	w.out.Flush()
	if w.flusher != nil {
		w.flusher.Flush()
	}
	return w.out.Error()
}

func (w *csvWriter) close() error { return w.flush() }

// sheetRows is the most rows an XLSX sheet holds (Excel's limit), the
// header included; a longer table goes on in a new sheet.
const sheetRows = 1 << 20

// xlsxWriter writes through excelize's streaming writer, which keeps rows
// in a temporary file; the zip is built in memory only when the workbook is
// saved, which is why exports past ExportXLSXRowLimit are refused.
type xlsxWriter struct {
	file    *excelize.File
	out     io.Writer
	stream  *excelize.StreamWriter
	styles  xlsxStyles
	title   string
	header  []string
	part    int
	rowNo   int
	maxRows int
	sheets  map[string]bool
	cells   []any
}

type xlsxStyles struct{ header, date, datetime, money, percent int }

func newXLSXWriter(w io.Writer) (*xlsxWriter, error) {
	f := excelize.NewFile()
	x := &xlsxWriter{file: f, out: w, maxRows: sheetRows, sheets: map[string]bool{}}
	var err error
	style := func(s *excelize.Style) int {
		id, e := f.NewStyle(s)
		if e != nil {
			err = e
		}
		return id
	}
	money := "0.00"
	pct := "0.0%"
	x.styles = xlsxStyles{
		header:   style(&excelize.Style{Font: &excelize.Font{Bold: true}}),
		date:     style(&excelize.Style{CustomNumFmt: strPtr("yyyy-mm-dd")}),
		datetime: style(&excelize.Style{CustomNumFmt: strPtr("yyyy-mm-dd hh:mm:ss")}),
		money:    style(&excelize.Style{CustomNumFmt: &money}),
		percent:  style(&excelize.Style{CustomNumFmt: &pct}),
	}
	return x, err
}

func strPtr(s string) *string { return &s }

func (x *xlsxWriter) table(title string, header []string) error {
	x.title, x.header, x.part = title, header, 0
	return x.newSheet()
}

// newSheet starts a sheet for the current table: its title, then "(2)",
// "(3)" for each continuation, cut to Excel's 31 characters.
func (x *xlsxWriter) newSheet() error {
	if err := x.endSheet(); err != nil {
		return err
	}
	x.part++
	name := sheetName(x.title, x.part)
	for n := 2; x.sheets[name]; n++ {
		name = sheetName(fmt.Sprintf("%s %d", x.title, n), x.part)
	}
	x.sheets[name] = true
	if len(x.sheets) == 1 {
		if err := x.file.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := x.file.NewSheet(name); err != nil {
		return err
	}
	sw, err := x.file.NewStreamWriter(name)
	if err != nil {
		return err
	}
	x.stream, x.rowNo = sw, 1
	cells := make([]any, len(x.header))
	for i, h := range x.header {
		cells[i] = excelize.Cell{StyleID: x.styles.header, Value: h}
		_ = sw.SetColWidth(i+1, i+1, columnWidth(h))
	}
	return sw.SetRow("A1", cells)
}

func sheetName(title string, part int) string {
	if part > 1 {
		title = fmt.Sprintf("%s (%d)", title, part)
	}
	title = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '_'
		}
		return r
	}, title)
	if r := []rune(title); len(r) > 31 {
		title = string(r[:31])
	}
	return title
}

// columnWidth fits a header: Chinese characters take two columns.
func columnWidth(h string) float64 {
	w := 0.0
	for _, r := range h {
		if r > 0x2e80 {
			w += 2
		} else {
			w++
		}
	}
	return max(10, min(w+2, 50))
}

func (x *xlsxWriter) endSheet() error {
	if x.stream == nil {
		return nil
	}
	err := x.stream.Flush()
	x.stream = nil
	return err
}

func (x *xlsxWriter) row(cells []any) error {
	if x.rowNo >= x.maxRows {
		if err := x.newSheet(); err != nil {
			return err
		}
	}
	x.rowNo++
	x.cells = x.cells[:0]
	for _, c := range cells {
		x.cells = append(x.cells, x.cell(c))
	}
	name, err := excelize.CoordinatesToCellName(1, x.rowNo)
	if err != nil {
		return err
	}
	return x.stream.SetRow(name, x.cells)
}

// cell gives dates and times a date format, money the 0.00 format on the
// yuan as a number (fen/100 is written in its shortest exact decimal) and
// text its formula guard.
func (x *xlsxWriter) cell(v any) any {
	switch v := v.(type) {
	case string:
		return neutralized(v)
	case models.Date:
		return excelize.Cell{StyleID: x.styles.date, Value: v.Time()}
	case models.Time:
		t := v.In(localTime)
		return excelize.Cell{StyleID: x.styles.datetime, Value: time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)}
	case models.Fen:
		return excelize.Cell{StyleID: x.styles.money, Value: float64(v) / 100}
	case percent:
		return excelize.Cell{StyleID: x.styles.percent, Value: float64(v)}
	}
	return v
}

func (x *xlsxWriter) flush() error { return nil }

func (x *xlsxWriter) close() error {
	if err := x.endSheet(); err != nil {
		return err
	}
	defer x.file.Close()
	return x.file.Write(x.out)
}
