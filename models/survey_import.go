package models

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"gorm.io/gorm"
)

// ImportFile is an uploaded spreadsheet of survey results.
type ImportFile struct {
	Name string
	Data []byte
}

// ImportCounts are the sizes of an import: data rows, the surveys they form
// and their needs (one a row).
type ImportCounts struct {
	Rows    int `json:"rows"`
	Surveys int `json:"surveys"`
	Needs   int `json:"needs"`
}

// ImportRowError is one problem of one row, in one column (the header as
// the file names it; empty when no one column is at fault).
type ImportRowError struct {
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// Value is the cell as read.
	Value string `json:"value"`
}

// ImportedSurvey is one survey an import creates (ID empty in a preview).
type ImportedSurvey struct {
	ID            *string `json:"id"`
	Row           int     `json:"row"`
	CommunityID   string  `json:"community_id"`
	CommunityName string  `json:"community_name"`
	Title         string  `json:"title"`
	Method        string  `json:"method"`
	ConductedOn   Date    `json:"conducted_on"`
	Respondents   int64   `json:"respondents"`
	Needs         int     `json:"needs"`
}

// SurveyImport is what an import read from a file and, unless it was a
// dry run, stored.
type SurveyImport struct {
	FileName  string           `json:"file_name"`
	Format    string           `json:"format"`
	Encoding  string           `json:"encoding"`
	DryRun    bool             `json:"dry_run"`
	Counts    ImportCounts     `json:"counts"`
	Errors    []ImportRowError `json:"errors"`
	Surveys   []ImportedSurvey `json:"surveys"`
	SurveyIDs []string         `json:"survey_ids"`

	stored []NewSurvey
}

// importColumn is one column of the import layout: its Chinese header, the
// English names also taken, and whether it must be there.
type importColumn struct {
	key      string
	header   string
	english  []string
	optional bool
}

// surveyImportColumns is the layout street offices keep their results in:
// one row per need, the survey's columns repeated on each of its rows.
var surveyImportColumns = []importColumn{
	{key: "community", header: "社区", english: []string{"community", "community_id", "community_name"}},
	{key: "title", header: "调研标题", english: []string{"survey_title"}},
	{key: "method", header: "调研方式", english: []string{"method"}},
	{key: "conducted_on", header: "调研日期", english: []string{"conducted_on", "survey_date", "date"}},
	{key: "respondents", header: "受访人数", english: []string{"respondents"}},
	{key: "category", header: "需求类别", english: []string{"category", "need_category"}},
	{key: "need_title", header: "需求标题", english: []string{"need_title"}},
	{key: "description", header: "需求描述", english: []string{"description", "need_description"}, optional: true},
	{key: "mentions", header: "提及人数", english: []string{"mentions"}},
	{key: "priority", header: "优先级", english: []string{"priority"}},
}

// Lengths of the text an import stores.
const (
	maxImportTitle       = 200
	maxImportDescription = 2000
	maxImportRespondents = 10_000_000 // as POST /surveys takes
	maxImportNeeds       = 100        // needs of one survey, as POST /surveys takes
)

// headerNote strips what a header may carry beyond its name: a required
// mark and a note in brackets, as in "需求描述（选填）" or "*社区".
var headerNote = regexp.MustCompile(`^\*+|\*+$|\s*[（(][^）)]*[）)]\s*$`)

func normalHeader(h string) string {
	return strings.ToLower(strings.TrimSpace(headerNote.ReplaceAllString(strings.TrimSpace(h), "")))
}

// mapColumns finds each column of the layout in the header row.
func mapColumns(header []string) (map[string]int, map[string]string, error) {
	at, names := map[string]int{}, map[string]string{}
	var missing []string
	var rowErrs []ImportRowError
	for _, col := range surveyImportColumns {
		for i, h := range header {
			n := normalHeader(h)
			if n != col.header && !slices.Contains(col.english, n) {
				continue
			}
			if j, dup := at[col.key]; dup {
				return nil, nil, Broken(RuleImportMissingColumn, "file", "the columns %q and %q both hold %s; keep one", header[j], h, col.header)
			}
			at[col.key], names[col.key] = i, h
		}
		if _, ok := at[col.key]; !ok && !col.optional {
			missing = append(missing, fmt.Sprintf("%s (%s)", col.header, col.english[0]))
			rowErrs = append(rowErrs, ImportRowError{Row: 1, Column: col.header, Code: "missing_column",
				Message: fmt.Sprintf("the header row has no column %s (or %s)", col.header, col.english[0])})
		}
	}
	if len(missing) > 0 {
		return nil, nil, Broken(RuleImportMissingColumn, "file", "the header row (row 1) lacks the required column %s", strings.Join(missing, ", ")).
			With("row_errors", rowErrs)
	}
	return at, names, nil
}

// importRow is one data row with its cells by column key.
type importRow struct {
	sheetRow
	at    map[string]int
	names map[string]string
	errs  *[]ImportRowError
}

func (r importRow) cell(key string) string {
	if i, ok := r.at[key]; ok && i < len(r.cells) {
		return r.cells[i]
	}
	return ""
}

func (r importRow) fail(key, code, format string, args ...any) {
	*r.errs = append(*r.errs, ImportRowError{Row: r.n, Column: r.names[key], Code: code, Message: fmt.Sprintf(format, args...), Value: r.cell(key)})
}

// text answers a required cell of at most max characters.
func (r importRow) text(key string, max int) (string, bool) {
	v := r.cell(key)
	switch {
	case v == "":
		r.fail(key, "required", "the cell is blank")
		return "", false
	case strings.IndexByte(v, 0) >= 0:
		r.fail(key, "nul", "remove the NUL character")
		return "", false
	case utf8.RuneCountInString(v) > max:
		r.fail(key, "max", "at most %d characters", max)
		return "", false
	}
	return v, true
}

// enum answers the code a cell names by code or Chinese label.
func (r importRow) enum(key string, l labelled) (string, bool) {
	v := r.cell(key)
	if code, ok := l.code(v); ok {
		return code, true
	}
	if v == "" {
		r.fail(key, "required", "the cell is blank; one of %s", strings.Join(l.names(), "、"))
	} else {
		r.fail(key, "enum", "not one of %s (or their codes %s)", strings.Join(l.names(), "、"), strings.Join(l.codes, ", "))
	}
	return "", false
}

// wholeNumber reads a count: digits, thousands separated by commas, or
// (from a workbook) a number with no fraction.
func wholeNumber(v string) (int64, bool) {
	if thousands.MatchString(v) {
		v = strings.ReplaceAll(v, ",", "")
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		return n, true
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f != float64(int64(f)) || f > 1e15 || f < -1e15 {
		return 0, false
	}
	return int64(f), true
}

var thousands = regexp.MustCompile(`^-?\d{1,3}(,\d{3})+$`)

// The forms a date cell may take: 2026-03-15, 2026/3/15, 2026.3.15 and
// 2026年3月15日, with a time of day after them ignored.
var dateCell = regexp.MustCompile(`^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`)

// date reads a date cell; a workbook's date cells arrive as serial numbers.
func (r importRow) date(key string, sh sheet) (Date, bool) {
	v := r.cell(key)
	if v == "" {
		r.fail(key, "required", "the cell is blank")
		return "", false
	}
	if m := dateCell.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if day, ok := ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, mo, d)); ok {
			return day, true
		}
	} else if serial, err := strconv.ParseFloat(v, 64); err == nil && sh.format == "xlsx" && serial >= 1 && serial < 2958466 {
		if t, err := excelize.ExcelDateToTime(serial, sh.date1904); err == nil {
			return Date(t.Format(DateLayout)), true
		}
	}
	r.fail(key, "date", "not a calendar date; write it as 2026-03-15, 2026/3/15 or 2026年3月15日")
	return "", false
}

// surveyKey is what makes rows one survey: the same community, title and
// date. Their method and respondents must then agree.
type surveyKey struct {
	communityID string
	title       string
	on          Date
}

// pendingSurvey is a survey being gathered from its rows.
type pendingSurvey struct {
	ImportedSurvey
	methodRow, respondentsRow int
	needTitles                map[string]int
	survey                    NewSurvey
}

// readImport checks every row of a file's sheet against the stored
// communities, and groups the rows into surveys run by org (nil: none
// named). A file that cannot be read as rows answers an error; problems of
// rows are listed in the answer.
func (s *Store) readImport(db *gorm.DB, f ImportFile, sh sheet, org *string) (SurveyImport, error) {
	out := SurveyImport{FileName: f.Name, Errors: []ImportRowError{}, Surveys: []ImportedSurvey{}, SurveyIDs: []string{}}
	out.Format, out.Encoding = sh.format, sh.encoding
	if len(sh.rows) == 0 {
		return out, Broken(RuleImportEmpty, "file", "the file has no rows; row 1 is the header")
	}
	if len(sh.rows) > MaxImportRows+1 {
		return out, Broken(RuleImportTooManyRows, "file", "a file holds at most %s data rows; this one holds more (row %d is the %s-th); split it",
			"10,000", sh.rows[len(sh.rows)-1].n, "10,001").With("limit", MaxImportRows)
	}
	at, names, err := mapColumns(sh.rows[0].cells)
	if err != nil {
		return out, err
	}
	data := sh.rows[1:]
	if len(data) == 0 {
		return out, Broken(RuleImportEmpty, "file", "the file has a header row but no data rows")
	}
	communities, err := lookUpCommunities(db, data, at["community"])
	if err != nil {
		return out, err
	}
	// Today as the earliest time zone (UTC+14) has it, as for staff dates.
	today := Date(s.Now().Add(14 * time.Hour).Format(DateLayout))
	groups := map[surveyKey]*pendingSurvey{}
	var order []*pendingSurvey
	for _, sr := range data {
		r := importRow{sheetRow: sr, at: at, names: names, errs: &out.Errors}
		p := r.read(communities, sh, today)
		if !p.keyOK {
			continue // no survey to put the row in
		}
		key := surveyKey{p.community.ID, p.title, p.on}
		g := groups[key]
		if g == nil {
			g = &pendingSurvey{ImportedSurvey: ImportedSurvey{Row: r.n, CommunityID: p.community.ID, CommunityName: p.community.Name,
				Title: p.title, ConductedOn: p.on}, needTitles: map[string]int{}}
			groups[key] = g
			order = append(order, g)
		}
		g.add(r, p)
	}
	out.Counts = ImportCounts{Rows: len(data), Surveys: len(order)}
	for _, g := range order {
		g.survey.CommunityID, g.survey.Title, g.survey.ConductedOn = g.CommunityID, g.Title, g.ConductedOn
		g.survey.Method, g.survey.Respondents, g.survey.ConductedByOrgID = g.Method, g.Respondents, org
		out.Counts.Needs += g.Needs
		out.Surveys = append(out.Surveys, g.ImportedSurvey)
		out.stored = append(out.stored, g.survey)
	}
	return out, nil
}

// parsedRow is what one row says: its survey's key (keyOK when the
// community, title and date are good), method and respondents (empty when
// bad) and its need (needOK when good).
type parsedRow struct {
	community   Community
	title       string
	on          Date
	keyOK       bool
	method      string
	respondents int64
	need        NewNeed
	needOK      bool
}

// read checks every cell of the row, noting each bad one.
func (r importRow) read(cs importCommunities, sh sheet, today Date) parsedRow {
	var p parsedRow
	com, comOK := cs.resolve(r)
	title, titleOK := r.text("title", maxImportTitle)
	p.method, _ = r.enum("method", surveyMethodCells)
	on, onOK := r.date("conducted_on", sh)
	if onOK && on > today {
		r.fail("conducted_on", RuleSurveyInFuture, "a survey is imported once it was run; %s is after today (%s)", on, today)
		onOK = false
	}
	p.community, p.title, p.on, p.keyOK = com, title, on, comOK && titleOK && onOK
	respondents, respOK := wholeNumber(r.cell("respondents"))
	switch {
	case r.cell("respondents") == "":
		r.fail("respondents", "required", "the cell is blank; give the number of people asked")
	case !respOK || respondents <= 0 || respondents > maxImportRespondents:
		r.fail("respondents", "positive_integer", "must be a whole number of people, at least 1")
	default:
		p.respondents = respondents
	}
	need, ok := NewNeed{}, true
	var good bool
	if need.Category, good = r.enum("category", needCategoryCells); !good {
		ok = false
	}
	if need.Title, good = r.text("need_title", maxImportTitle); !good {
		ok = false
	}
	if need.Description = r.cell("description"); utf8.RuneCountInString(need.Description) > maxImportDescription || strings.IndexByte(need.Description, 0) >= 0 {
		r.fail("description", "max", "at most %d characters, without NUL", maxImportDescription)
		ok = false
	}
	if v := r.cell("mentions"); v != "" {
		n, good := wholeNumber(v)
		switch {
		case !good || n < 0:
			r.fail("mentions", "min", "must be a whole number from 0")
			ok = false
		case p.respondents > 0 && n > p.respondents:
			r.fail("mentions", RuleMentionsOverRespondents, "%d people mention it, but the survey asked %d", n, p.respondents)
			ok = false
		}
		need.Mentions = n
	}
	if need.Priority, good = r.enum("priority", needPriorityCells); !good {
		ok = false
	}
	p.need, p.needOK = need, ok
	return p
}

// add puts a row's need into its survey, noting where the row disagrees
// with the survey's earlier rows, repeats a need or goes past the needs a
// survey may hold.
func (g *pendingSurvey) add(r importRow, p parsedRow) {
	if p.method != "" {
		if g.methodRow == 0 {
			g.Method, g.methodRow = p.method, r.n
		} else if g.Method != p.method {
			r.fail("method", "survey_disagrees", "row %d of the same survey (community, title and date) says %s", g.methodRow, SurveyMethodLabels[g.Method])
		}
	}
	if p.respondents > 0 {
		if g.respondentsRow == 0 {
			g.Respondents, g.respondentsRow = p.respondents, r.n
		} else if g.Respondents != p.respondents {
			r.fail("respondents", "survey_disagrees", "row %d of the same survey (community, title and date) says %d", g.respondentsRow, g.Respondents)
		}
	}
	if !p.needOK {
		return
	}
	if first, dup := g.needTitles[p.need.Title]; dup {
		r.fail("need_title", "duplicate_need", "row %d already records this need for the same survey", first)
		return
	}
	if g.Needs == maxImportNeeds {
		r.fail("need_title", "max_needs", "a survey records at most %d needs; row %d starts this survey", maxImportNeeds, g.Row)
		return
	}
	g.needTitles[p.need.Title] = r.n
	g.Needs++
	g.survey.Needs = append(g.survey.Needs, p.need)
}
