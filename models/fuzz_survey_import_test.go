package models_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/sheettest"
	"hatchery/models/storetest"
)

// importFileRules are the codes a file that cannot be imported as a whole
// is refused with.
var importFileRules = []string{
	models.RuleImportEncoding, models.RuleImportUnreadable, models.RuleImportEmpty,
	models.RuleImportTooManyRows, models.RuleImportMissingColumn,
}

// FuzzSurveyImport sends arbitrary files to a dry-run import: it never
// panics; a file it cannot read is refused as unsupported or with a rule
// naming the file; a file it reads answers errors located on a data row and
// a column of the header, and counts that add up.
func FuzzSurveyImport(f *testing.F) {
	s := storetest.Open(f, models.SQLite, models.Options{Now: func() time.Time { return time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC) }})
	ctx := context.Background()
	com, err := s.CreateCommunity(ctx, models.System("fuzz"), models.Community{
		Name: "谈固东社区", Street: "谈固街道", District: "长安区", Type: "old_neighborhood", Households: 900, Population: 2500})
	if err != nil {
		f.Fatal(err)
	}
	admin := models.Actor{UserID: "fuzz", Username: "fuzz", Role: models.RoleAdmin}
	rows := goodRows(com.Name)
	bad := [][]string{importHeader,
		{com.Name, "调研", "问卷调查", "2027-01-01", "0", "养老服务", "助餐", "", "5", "高"},
		{"no such community", "", "phone", "2025-02-30", "1,2", "x", "", "", "-1", "?"},
		{com.ID, "调研", "questionnaire", "45000", "10", "elderly_care", "t", "d", "11", "high"},
	}
	f.Add([]byte(sheettest.CSV(rows)))
	f.Add(append([]byte{0xef, 0xbb, 0xbf}, sheettest.CSV(rows)...))
	f.Add(sheettest.GB18030(f, sheettest.CSV(rows)))
	f.Add([]byte(sheettest.CSV(bad)))
	f.Add(sheettest.Workbook(f, rows))
	f.Add(sheettest.Workbook(f, bad))
	for _, s := range []string{
		"", "  \n", "社区,调研标题\n", "社区\t调研标题\t调研方式\t调研日期\t受访人数\t需求类别\t需求标题\t提及人数\t优先级\n1\t2\n",
		"\"unterminated,\n", "a,\"b\"c\n", "PK\x03\x04garbage", "\xd0\xcf\x11\xe0", "\xff\xfe1\x002\x00", "\x00\x01\x02",
		"社区,社区,调研标题\n", "\xef\xbb\xbf\xff\n", "#note\n社区\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := s.ImportSurveys(ctx, admin, models.ImportFile{Name: "fuzz", Data: data}, true)
		if err != nil {
			checkFileRefusal(t, data, err)
			return
		}
		if !imp.DryRun || len(imp.SurveyIDs) != 0 {
			t.Fatalf("a dry run of %q stored surveys: %+v", data, imp)
		}
		for _, e := range imp.Errors {
			if e.Row < 2 || e.Column == "" || e.Code == "" || e.Message == "" {
				t.Fatalf("%q: an error not located on a data row and column: %+v", data, e)
			}
		}
		needs := 0
		for _, v := range imp.Surveys {
			needs += v.Needs
			if v.Row < 2 || v.ID != nil {
				t.Fatalf("%q: survey %+v", data, v)
			}
		}
		c := imp.Counts
		if c.Surveys != len(imp.Surveys) || c.Needs != needs || c.Needs > c.Rows || c.Rows < 1 || c.Rows > models.MaxImportRows {
			t.Fatalf("%q: counts %+v for %d surveys of %d needs", data, c, len(imp.Surveys), needs)
		}
	})
}

// checkFileRefusal checks that err refuses a whole file as it should.
func checkFileRefusal(t *testing.T, data []byte, err error) {
	t.Helper()
	if errors.Is(err, models.ErrUnsupportedFile) {
		return
	}
	var rerr *models.RuleError
	if !errors.As(err, &rerr) {
		t.Fatalf("%q: refused with %v, neither unsupported nor a broken rule", data, err)
	}
	if !slices.Contains(importFileRules, rerr.Code) || rerr.Field != "file" || rerr.Message == "" {
		t.Fatalf("%q: refused with %+v", data, rerr)
	}
	if re, ok := rerr.Data["row_errors"].([]models.ImportRowError); ok {
		for _, e := range re {
			if e.Row != 1 || e.Column == "" || e.Code == "" {
				t.Fatalf("%q: a header error not located on row 1 and a column: %+v", data, e)
			}
		}
	}
}
