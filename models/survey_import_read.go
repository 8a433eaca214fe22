package models

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// MaxImportRows is how many data rows (the header and blank rows aside) one
// import file may hold.
const MaxImportRows = 10000

// ErrUnsupportedFile means an upload is neither CSV text nor an XLSX
// workbook (HTTP 415).
var ErrUnsupportedFile = errors.New("the file is neither CSV text nor an XLSX workbook")

// The rules an import file as a whole can break, by code.
const (
	RuleImportEncoding      = "import_encoding"
	RuleImportUnreadable    = "import_unreadable"
	RuleImportEmpty         = "import_empty"
	RuleImportTooManyRows   = "import_too_many_rows"
	RuleImportMissingColumn = "import_missing_column"
	RuleImportRowsInvalid   = "import_rows_invalid"
)

// sheetRow is one non-blank row of a sheet, numbered as the spreadsheet
// shows it (the header is row 1).
type sheetRow struct {
	n     int
	cells []string
}

// sheet is a file read as rows of text cells: the header first.
type sheet struct {
	format   string // "csv" or "xlsx"
	encoding string // the CSV's text encoding: "utf-8" or "gb18030"
	date1904 bool   // the workbook counts dates from 1904
	rows     []sheetRow
}

// readSheet reads a CSV (UTF-8 with or without a byte order mark, or
// GB18030 as Excel in Chinese saves it) or the first sheet of an XLSX
// workbook. The kind is told by the content, not by the name. It stops
// after one data row more than MaxImportRows.
func readSheet(data []byte) (sheet, error) {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return readXLSX(data)
	case bytes.HasPrefix(data, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return sheet{}, fmt.Errorf("%w: this is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV", ErrUnsupportedFile)
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return sheet{}, Broken(RuleImportEncoding, "file", "the file is UTF-16 text (Excel's \"Unicode text\"); save it as CSV in UTF-8 or as .xlsx")
	case len(bytes.TrimSpace(data)) == 0:
		return sheet{}, Broken(RuleImportEmpty, "file", "the file is empty")
	case !strings.HasPrefix(http.DetectContentType(data), "text/"):
		return sheet{}, ErrUnsupportedFile
	}
	text, encoding, err := decodeText(data)
	if err != nil {
		return sheet{}, err
	}
	return readCSV(text, encoding)
}

// decodeText answers CSV bytes as UTF-8: a byte order mark or valid UTF-8
// is taken as UTF-8, anything else is decoded as GB18030 (the encoding
// Excel in Chinese saves CSV in), which must then decode cleanly.
func decodeText(data []byte) (string, string, error) {
	if b, ok := bytes.CutPrefix(data, []byte{0xef, 0xbb, 0xbf}); ok {
		if !utf8.Valid(b) {
			return "", "", Broken(RuleImportEncoding, "file", "the file starts as UTF-8 (with a byte order mark) but %s", badUTF8Row(b))
		}
		return string(b), "utf-8", nil
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	decoded, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(decoded, utf8.RuneError) {
		return "", "", Broken(RuleImportEncoding, "file",
			"the file is neither UTF-8 nor GB18030 text: %s; save it from Excel as \"CSV UTF-8\" or as .xlsx", badUTF8Row(data))
	}
	return string(decoded), "gb18030", nil
}

// badUTF8Row names the row of the first bytes that are not UTF-8.
func badUTF8Row(b []byte) string {
	valid := b
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			valid = b[:i]
			break
		}
		i += size
	}
	return fmt.Sprintf("row %d holds bytes that are not text", bytes.Count(valid, []byte("\n"))+1)
}

// readCSV splits text into rows. Excel writes commas; a header line with
// tabs and no comma is taken as tab-separated.
func readCSV(text, encoding string) (sheet, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	if first, _, _ := strings.Cut(text, "\n"); !strings.Contains(first, ",") && strings.Contains(first, "\t") {
		r.Comma = '\t'
	}
	sh := sheet{format: "csv", encoding: encoding}
	// Rows are numbered as a spreadsheet shows them: a record is one row
	// whatever line breaks its quoted cells hold, and an empty line (which
	// the reader skips) is an empty row.
	row, lastLine := 0, 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return sh, nil
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			return sh, Broken(RuleImportUnreadable, "file", "row %d is not valid CSV: %v", row+1+max(perr.StartLine-lastLine-1, 0), perr.Err)
		} else if err != nil {
			return sh, err
		}
		start, _ := r.FieldPos(0)
		row += 1 + max(start-lastLine-1, 0)
		end, _ := r.FieldPos(len(rec) - 1)
		lastLine = end + strings.Count(rec[len(rec)-1], "\n")
		if sh.add(row, rec) {
			return sh, nil
		}
	}
}

// readXLSX reads the first sheet of a workbook with raw cell values, so
// that a date cell reads as its serial number whatever its format.
func readXLSX(data []byte) (sheet, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 256 << 20})
	if err != nil {
		return sheet{}, fmt.Errorf("%w: it is a ZIP archive but not an XLSX workbook", ErrUnsupportedFile)
	}
	defer f.Close()
	sh := sheet{format: "xlsx"}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		sh.date1904 = *props.Date1904
	}
	names := f.GetSheetList()
	if len(names) == 0 {
		return sh, Broken(RuleImportEmpty, "file", "the workbook has no sheet")
	}
	rows, err := f.Rows(names[0])
	if err != nil {
		return sh, Broken(RuleImportUnreadable, "file", "the first sheet cannot be read: %v", err)
	}
	defer rows.Close()
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return sh, Broken(RuleImportUnreadable, "file", "row %d cannot be read: %v", n, err)
		}
		if sh.add(n, cells) {
			break
		}
	}
	if err := rows.Error(); err != nil {
		return sh, Broken(RuleImportUnreadable, "file", "the first sheet cannot be read: %v", err)
	}
	return sh, nil
}

// add keeps row n unless it is blank or a note (first cell starting with
// "#", as the CSV template's lists of allowed values are), and reports
// whether the sheet already holds more data rows than an import may.
func (sh *sheet) add(n int, cells []string) bool {
	blank := true
	for i, c := range cells {
		cells[i] = strings.TrimSpace(strings.ReplaceAll(c, "\u3000", " "))
		blank = blank && cells[i] == ""
	}
	if blank || (len(sh.rows) > 0 && strings.HasPrefix(cells[0], "#")) {
		return false
	}
	sh.rows = append(sh.rows, sheetRow{n: n, cells: cells})
	return len(sh.rows) > MaxImportRows+1
}
