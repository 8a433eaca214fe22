package models_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/sheettest"
	"hatchery/models/storetest"
)

// importNothing checks that an import refused with err stored nothing and
// wrote no audit entry.
func importNothing(t *testing.T, w *world, before int64) {
	t.Helper()
	surveys, entries, err := w.s.ImportedForTest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(surveys) != 0 || entries != before {
		t.Errorf("a refused import left %d surveys and %d audit entries (before: %d)", len(surveys), entries, before)
	}
}

// TestImportRowErrors gives one bad cell (or pair of rows) per case and
// wants the error on its row and column; the preview lists it, the import
// refuses the whole file.
func TestImportRowErrors(t *testing.T) {
	t.Parallel()
	row := func(com string, edit func(r []string)) []string {
		r := []string{com, "2024年秋季需求调研", "问卷调查", "2024-10-15", "120", "养老服务", "老年助餐点", "", "45", "高"}
		if edit != nil {
			edit(r)
		}
		return r
	}
	cases := []struct {
		name                 string
		rows                 func(com string) [][]string // data rows; the header is added
		wantRow              int
		wantColumn, wantCode string
		wantInMessage        string
	}{
		{"unknown community", func(c string) [][]string {
			return [][]string{row(c, nil), row("无此社区", func(r []string) { r[6] = "别的需求" })}
		},
			3, "社区", "unknown_community", "无此社区"},
		{"bad date", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[3] = "2024-02-30" })} }, 2, "调研日期", "date", "2026-03-15"},
		{"words for a date", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[3] = "去年秋天" })} }, 2, "调研日期", "date", ""},
		{"date in the future", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[3] = "2025/6/1" })} }, 2, "调研日期", models.RuleSurveyInFuture, "2025-06-01"},
		{"respondents not whole", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[4] = "12.5" })} }, 2, "受访人数", "positive_integer", ""},
		{"no respondents", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[4] = "0" })} }, 2, "受访人数", "positive_integer", ""},
		{"blank respondents", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[4] = "" })} }, 2, "受访人数", "required", ""},
		{"mentions above respondents", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[8] = "121" })} }, 2, "提及人数", models.RuleMentionsOverRespondents, "120"},
		{"negative mentions", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[8] = "-1" })} }, 2, "提及人数", "min", ""},
		{"unknown category", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[5] = "养老" })} }, 2, "需求类别", "enum", "养老服务、儿童关爱"},
		{"unknown method", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[2] = "电话" })} }, 2, "调研方式", "enum", "问卷调查、入户访谈、议事协商会、网格走访、线上征集"},
		{"unknown priority", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[9] = "紧急" })} }, 2, "优先级", "enum", "高、中、低"},
		{"blank survey title", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[1] = "  " })} }, 2, "调研标题", "required", ""},
		{"blank need title", func(c string) [][]string { return [][]string{row(c, func(r []string) { r[6] = "" })} }, 2, "需求标题", "required", ""},
		{"too long a title", func(c string) [][]string {
			return [][]string{row(c, func(r []string) { r[6] = strings.Repeat("长", 201) })}
		}, 2, "需求标题", "max", "200"},
		{"rows of one survey disagree on the method", func(c string) [][]string {
			return [][]string{row(c, nil), row(c, func(r []string) { r[2] = "入户访谈"; r[6] = "四点半课堂" })}
		}, 3, "调研方式", "survey_disagrees", "row 2"},
		{"rows of one survey disagree on respondents", func(c string) [][]string {
			return [][]string{row(c, nil), row(c, func(r []string) { r[4] = "150"; r[6] = "四点半课堂" })}
		}, 3, "受访人数", "survey_disagrees", "row 2"},
		{"101 needs in one survey", func(c string) [][]string {
			var rows [][]string
			for i := 0; i < 101; i++ {
				rows = append(rows, row(c, func(r []string) { r[6] = fmt.Sprint("需求", i) }))
			}
			return rows
		}, 102, "需求标题", "max_needs", "100"},
		{"a need twice in one survey", func(c string) [][]string { return [][]string{row(c, nil), row(c, nil)} }, 3, "需求标题", "duplicate_need", "row 2"},
		{"an empty line counts as a row", func(c string) [][]string {
			return [][]string{row(c, nil), {}, row(c, func(r []string) { r[9] = "?"; r[6] = "x" })}
		}, 4, "优先级", "enum", ""},
	}
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				rows := append([][]string{importHeader}, c.rows(w.com.Name)...)
				file := models.ImportFile{Name: "bad.csv", Data: []byte(sheettest.CSV(rows))}
				_, before, _ := w.s.ImportedForTest(ctx)
				preview, err := w.s.ImportSurveys(ctx, w.reviewer, file, true)
				if err != nil {
					t.Fatal(err)
				}
				if !preview.DryRun || len(preview.Errors) != 1 || preview.Counts.Rows != len(rows)-1-countEmpty(rows) {
					t.Fatalf("preview %+v", preview)
				}
				e := preview.Errors[0]
				if e.Row != c.wantRow || e.Column != c.wantColumn || e.Code != c.wantCode || !strings.Contains(e.Message, c.wantInMessage) {
					t.Errorf("error %+v, want row %d column %s code %s naming %q", e, c.wantRow, c.wantColumn, c.wantCode, c.wantInMessage)
				}
				_, err = w.s.ImportSurveys(ctx, w.reviewer, file, false)
				var rerr *models.RuleError
				if !errors.As(err, &rerr) || rerr.Code != models.RuleImportRowsInvalid {
					t.Fatalf("import: %v", err)
				}
				if got, _ := rerr.Data["row_errors"].([]models.ImportRowError); !slices.Equal(got, preview.Errors) {
					t.Errorf("the refusal's row errors %+v differ from the preview's %+v", got, preview.Errors)
				}
				importNothing(t, w, before)
			})
		}
	})
}

func countEmpty(rows [][]string) int {
	n := 0
	for _, r := range rows {
		if len(r) == 0 {
			n++
		}
	}
	return n
}

// TestImportFileErrors: files that cannot be read as rows are refused as a
// whole, naming the problem, and store nothing.
func TestImportFileErrors(t *testing.T) {
	t.Parallel()
	good := func(com string) [][]string { return goodRows(com) }
	tooMany := func(com string) []byte {
		var b strings.Builder
		b.WriteString(sheettest.CSV([][]string{importHeader}))
		for i := 0; i < models.MaxImportRows+1; i++ {
			fmt.Fprintf(&b, "%s,调研,问卷调查,2024-10-15,100,其他,需求%d,,1,低\r\n", com, i)
		}
		return []byte(b.String())
	}
	cases := []struct {
		name     string
		data     func(t *testing.T, com string) []byte
		wantErr  func(err error) bool
		inDetail string
	}{
		{"missing column", func(t *testing.T, com string) []byte {
			rows := good(com)
			for i := range rows {
				rows[i] = slices.Delete(slices.Clone(rows[i]), 5, 6) // 需求类别
			}
			return []byte(sheettest.CSV(rows))
		}, ruleCode(models.RuleImportMissingColumn), "需求类别"},
		{"neither UTF-8 nor GB18030", func(t *testing.T, com string) []byte {
			b := []byte(sheettest.CSV(good(com)))
			return append(b, []byte("幸福,\xff\xff,x\r\n")...)
		}, ruleCode(models.RuleImportEncoding), "row 5"},
		{"a BOM before bytes that are not UTF-8", func(t *testing.T, com string) []byte {
			return append([]byte{0xef, 0xbb, 0xbf}, sheettest.GB18030(t, sheettest.CSV(good(com)))...)
		}, ruleCode(models.RuleImportEncoding), "UTF-8"},
		{"10,001 rows", func(t *testing.T, com string) []byte { return tooMany(com) }, ruleCode(models.RuleImportTooManyRows), "10,000"},
		{"10,001 rows in a workbook", func(t *testing.T, com string) []byte {
			rows := [][]string{importHeader}
			for i := 0; i < models.MaxImportRows+1; i++ {
				rows = append(rows, []string{com, "调研", "问卷调查", "2024/10/15", "100", "其他", fmt.Sprint("需求", i), "", "", "低"})
			}
			return xlsxOfStrings(t, rows)
		}, ruleCode(models.RuleImportTooManyRows), "10,000"},
		{"a PNG", func(t *testing.T, com string) []byte {
			return []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
		}, isErr(models.ErrUnsupportedFile), ""},
		{"a ZIP that is no workbook", func(t *testing.T, com string) []byte {
			return []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00garbage-garbage-garbage")
		}, isErr(models.ErrUnsupportedFile), ""},
		{"an empty file", func(t *testing.T, com string) []byte { return nil }, ruleCode(models.RuleImportEmpty), ""},
		{"a header alone", func(t *testing.T, com string) []byte { return []byte(sheettest.CSV([][]string{importHeader})) }, ruleCode(models.RuleImportEmpty), ""},
		{"UTF-16", func(t *testing.T, com string) []byte { return []byte{0xff, 0xfe, 'a', 0} }, ruleCode(models.RuleImportEncoding), "UTF-16"},
	}
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				_, before, _ := w.s.ImportedForTest(ctx)
				file := models.ImportFile{Name: "bad", Data: c.data(t, w.com.Name)}
				for _, dry := range []bool{true, false} {
					_, err := w.s.ImportSurveys(ctx, w.admin, file, dry)
					if !c.wantErr(err) {
						t.Fatalf("dry run %v: %v", dry, err)
					}
					if !strings.Contains(err.Error(), c.inDetail) {
						t.Errorf("%q does not name %q", err.Error(), c.inDetail)
					}
				}
				importNothing(t, w, before)
			})
		}
	})
}

func ruleCode(code string) func(error) bool {
	return func(err error) bool {
		var r *models.RuleError
		return errors.As(err, &r) && r.Code == code && r.Field == "file"
	}
}

func isErr(target error) func(error) bool {
	return func(err error) bool { return errors.Is(err, target) }
}

// TestSurveyLabelsMatchTheFrontend holds the Go labels of the survey enums
// to the frontend's zh-CN catalogue.
func TestSurveyLabelsMatchTheFrontend(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../frontend/src/i18n/survey.zh-CN.ts")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)(\w+): \{(.*?)\}`)
	entry := regexp.MustCompile(`(\w+): '([^']*)'`)
	got := map[string]map[string]string{}
	for _, m := range block.FindAllStringSubmatch(string(src), -1) {
		got[m[1]] = map[string]string{}
		for _, e := range entry.FindAllStringSubmatch(m[2], -1) {
			got[m[1]][e[1]] = e[2]
		}
	}
	for name, want := range map[string]map[string]string{
		"surveyMethod": models.SurveyMethodLabels, "needCategory": models.NeedCategoryLabels, "needPriority": models.NeedPriorityLabels,
	} {
		if fmt.Sprint(got[name]) != fmt.Sprint(want) {
			t.Errorf("%s: the frontend says %v, Go %v", name, got[name], want)
		}
	}
	for name, l := range map[string]struct {
		codes  []string
		labels map[string]string
	}{"SurveyMethod": {models.SurveyMethods, models.SurveyMethodLabels}, "NeedCategory": {models.NeedCategories, models.NeedCategoryLabels},
		"NeedPriority": {models.NeedPriorities, models.NeedPriorityLabels}} {
		if len(l.labels) != len(l.codes) {
			t.Errorf("%s: %d labels for %d codes", name, len(l.labels), len(l.codes))
		}
		for _, c := range l.codes {
			if l.labels[c] == "" {
				t.Errorf("%s: no label for %s", name, c)
			}
		}
	}
}
