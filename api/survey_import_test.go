package api

import (
	"bytes"
	"context"
	"fmt"
	"mime/multipart"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"hatchery/models"
	"hatchery/models/sheettest"
	"hatchery/models/storetest"
)

// importHeader is the import layout's header row, in Chinese.
var importHeader = []string{"社区", "调研标题", "调研方式", "调研日期", "受访人数", "需求类别", "需求标题", "需求描述", "提及人数", "优先级"}

// importRows are two surveys of community: one of two needs whose rows lie
// apart (labels and codes mixed, its date in two forms), one of one need.
func importRows(community, title string) [][]string {
	return [][]string{
		importHeader,
		{community, title, "问卷调查", "2026-03-15", "120", "养老服务", "老年助餐点", "独居老人就近用餐", "45", "高"},
		{community, title + "议事会", "deliberation_meeting", "2026年4月2日", "18", "environment", "楼道堆物清理", "", "", "medium"},
		{community, title, "questionnaire", "2026/3/15", "120", "儿童关爱", "四点半课堂", "放学后托管, \"课业辅导\"", "30", "中"},
	}
}

// importRequest posts data as the multipart field "file".
func importRequest(t testing.TB, as models.Role, name string, data []byte, dryRun bool) request {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	path := "/api/v1/surveys/import"
	if dryRun {
		path += "?dry_run=true"
	}
	return request{method: http.MethodPost, path: path, as: as, body: body.Bytes(), header: map[string]string{"Content-Type": mw.FormDataContentType()}}
}

// importProblem is a refused import's answer.
type importProblem struct {
	problem
	RowErrors []models.ImportRowError `json:"row_errors"`
	Counts    *models.ImportCounts    `json:"counts"`
	Limit     int                     `json:"limit"`
}

// stored counts the rows of the survey tables and the audit trail.
type stored struct{ surveys, needs, audit int }

func (ts *testServer) storedNow() stored {
	ts.t.Helper()
	ctx, admin, one := context.Background(), ts.actorOf(models.RoleAdmin), models.Page{Limit: 1}
	surveys, err := ts.Store.ListSurveys(ctx, admin, models.SurveyFilter{Page: one})
	if err != nil {
		ts.t.Fatal(err)
	}
	needs, err := ts.Store.ListNeeds(ctx, admin, models.NeedFilter{Page: one})
	if err != nil {
		ts.t.Fatal(err)
	}
	audit, err := ts.Store.ListAudit(ctx, models.AuditFilter{Page: one})
	if err != nil {
		ts.t.Fatal(err)
	}
	return stored{int(surveys.Total), int(needs.Total), int(audit.Total)}
}

// TestSurveyImport sends good and bad files through the server, each case
// on a server of its own database so that it can count every stored row.
func TestSurveyImport(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		com := ts.Fix.Community
		good := []struct {
			name, format, encoding string
			data                   func(rows [][]string) []byte
		}{
			{"结果.csv", "csv", "utf-8", func(r [][]string) []byte { return []byte(sheettest.CSV(r)) }},
			{"结果-bom.csv", "csv", "utf-8", func(r [][]string) []byte { return append([]byte("\ufeff"), sheettest.CSV(r)...) }},
			{"结果-gbk.csv", "csv", "gb18030", func(r [][]string) []byte { return sheettest.GB18030(t, sheettest.CSV(r)) }},
			{"结果.xlsx", "xlsx", "", func(r [][]string) []byte { return sheettest.Workbook(t, r) }},
		}
		for i, f := range good {
			t.Run("stores "+f.name, func(t *testing.T) {
				ts := ts.sharedWith(t)
				title := fmt.Sprintf("2026年春季需求调研%d", i)
				data := f.data(importRows(com.Name, title))
				before := ts.storedNow()

				w := ts.do(importRequest(t, models.RoleOrgStaff, f.name, data, true))
				preview := decode[models.SurveyImport](t, w)
				if w.Code != http.StatusOK || !preview.DryRun || len(preview.Errors) != 0 || preview.Counts != (models.ImportCounts{Rows: 3, Surveys: 2, Needs: 3}) ||
					preview.Format != f.format || preview.Encoding != f.encoding || len(preview.SurveyIDs) != 0 {
					t.Fatalf("preview %d %s", w.Code, w.Body.String())
				}
				if p := preview.Surveys[0]; p.ID != nil || p.Row != 2 || p.CommunityID != com.ID || p.CommunityName != com.Name || p.Title != title ||
					p.ConductedOn != "2026-03-15" || p.Needs != 2 || preview.Surveys[1].Needs != 1 {
					t.Errorf("preview surveys %+v", preview.Surveys)
				}
				if after := ts.storedNow(); after != before {
					t.Fatalf("a preview stored something: %+v -> %+v", before, after)
				}

				w = ts.do(importRequest(t, models.RoleOrgStaff, f.name, data, false))
				imp := decode[models.SurveyImport](t, w)
				if w.Code != http.StatusCreated || imp.DryRun || imp.Counts != preview.Counts || len(imp.SurveyIDs) != 2 || imp.FileName != f.name {
					t.Fatalf("import %d %s", w.Code, w.Body.String())
				}
				if after := ts.storedNow(); after != (stored{before.surveys + 2, before.needs + 3, before.audit + 1}) {
					t.Errorf("stored %+v -> %+v, want two surveys, three needs and one audit entry more", before, after)
				}
				v := ts.storedSurvey(imp.SurveyIDs[0])
				if v.Title != title || v.CommunityID != com.ID || v.Method != "questionnaire" || v.ConductedOn != "2026-03-15" || v.Respondents != 120 ||
					v.ConductedByOrgID == nil || *v.ConductedByOrgID != ts.Fix.Org.ID || len(v.Needs) != 2 ||
					v.Needs[0].Title != "老年助餐点" || v.Needs[0].Category != "elderly_care" || v.Needs[0].Priority != "high" || v.Needs[0].Mentions != 45 ||
					v.Needs[1].Title != "四点半课堂" || v.Needs[1].Description != "放学后托管, \"课业辅导\"" || v.Needs[1].Priority != "medium" {
					t.Errorf("stored survey %+v", v)
				}
				if m := ts.storedSurvey(imp.SurveyIDs[1]); m.Method != "deliberation_meeting" || m.ConductedOn != "2026-04-02" || len(m.Needs) != 1 || m.Needs[0].Mentions != 0 {
					t.Errorf("stored meeting %+v", m)
				}
				entries := ts.auditFor("import", "")
				var mine []models.AuditEntry
				for _, e := range entries {
					if strings.Contains(string(e.After), imp.SurveyIDs[0]) {
						mine = append(mine, e)
					}
				}
				if len(mine) != 1 || mine[0].Entity != "demand_surveys" || mine[0].ActorID == nil || *mine[0].ActorID != ts.userOf(models.RoleOrgStaff).ID ||
					!strings.Contains(string(mine[0].After), `"file_name":"`+f.name+`"`) || !strings.Contains(string(mine[0].After), imp.SurveyIDs[1]) {
					t.Errorf("import entries %+v", mine)
				}
			})
		}

		row := func(edit func(r []string)) []string {
			r := []string{com.Name, "坏文件调研", "问卷调查", "2026-03-15", "50", "养老服务", "助餐", "", "5", "高"}
			if edit != nil {
				edit(r)
			}
			return r
		}
		rowsCSV := func(rows ...[]string) []byte { return []byte(sheettest.CSV(append([][]string{importHeader}, rows...))) }
		tooMany := func() []byte {
			var b strings.Builder
			b.WriteString(sheettest.CSV([][]string{importHeader}))
			for i := 0; i < models.MaxImportRows+1; i++ {
				fmt.Fprintf(&b, "%s,调研,问卷调查,2026-03-15,100,其他,需求%d,,1,低\r\n", com.Name, i)
			}
			return []byte(b.String())
		}
		noCategory := importRows(com.Name, "缺列")
		for i := range noCategory {
			noCategory[i] = slices.Delete(slices.Clone(noCategory[i]), 5, 6)
		}
		bad := []struct {
			name   string
			req    func(t *testing.T) request
			status int
			check  func(t *testing.T, p importProblem)
		}{
			{"a missing column", func(t *testing.T) request {
				return importRequest(t, models.RoleAdmin, "缺列.csv", []byte(sheettest.CSV(noCategory)), false)
			}, 422, func(t *testing.T, p importProblem) {
				if p.Type != "urn:hatchery:problem:"+models.RuleImportMissingColumn || !strings.Contains(p.Detail, "需求类别") ||
					len(p.RowErrors) != 1 || p.RowErrors[0].Row != 1 || p.RowErrors[0].Column != "需求类别" || len(p.Errors) != 1 || p.Errors[0].Field != "file" {
					t.Errorf("%+v", p)
				}
			}},
			{"an unknown community", func(t *testing.T) request {
				return importRequest(t, models.RoleAdmin, "社区.csv", rowsCSV(row(nil), row(func(r []string) { r[0] = "无此社区"; r[6] = "别的" })), false)
			}, 422, func(t *testing.T, p importProblem) {
				if p.Type != "urn:hatchery:problem:"+models.RuleImportRowsInvalid || len(p.RowErrors) != 1 || p.RowErrors[0].Row != 3 ||
					p.RowErrors[0].Column != "社区" || p.RowErrors[0].Code != "unknown_community" || p.RowErrors[0].Value != "无此社区" ||
					p.Counts == nil || p.Counts.Rows != 2 || !strings.Contains(p.Detail, "row 3") {
					t.Errorf("%+v", p)
				}
			}},
			{"a bad date", func(t *testing.T) request {
				return importRequest(t, models.RoleAdmin, "日期.xlsx", sheettest.Workbook(t, [][]string{importHeader, row(func(r []string) { r[3] = "2026年2月30日" })}), false)
			}, 422, func(t *testing.T, p importProblem) {
				if len(p.RowErrors) != 1 || p.RowErrors[0].Row != 2 || p.RowErrors[0].Column != "调研日期" || p.RowErrors[0].Code != "date" {
					t.Errorf("%+v", p)
				}
			}},
			{"a date to come", func(t *testing.T) request {
				return importRequest(t, models.RoleAdmin, "日期.csv", rowsCSV(row(func(r []string) { r[3] = "2099/1/1" })), false)
			}, 422, func(t *testing.T, p importProblem) {
				if len(p.RowErrors) != 1 || p.RowErrors[0].Row != 2 || p.RowErrors[0].Code != models.RuleSurveyInFuture {
					t.Errorf("%+v", p)
				}
			}},
			{"bytes that are neither UTF-8 nor GB18030", func(t *testing.T) request {
				return importRequest(t, models.RoleAdmin, "乱码.csv", append(rowsCSV(row(nil)), "社区,\xff\xfe\xff\r\n"...), false)
			}, 422, func(t *testing.T, p importProblem) {
				if p.Type != "urn:hatchery:problem:"+models.RuleImportEncoding || !strings.Contains(p.Detail, "GB18030") || !strings.Contains(p.Detail, "row 3") {
					t.Errorf("%+v", p)
				}
			}},
			{"10,001 rows", func(t *testing.T) request { return importRequest(t, models.RoleAdmin, "大.csv", tooMany(), false) }, 422,
				func(t *testing.T, p importProblem) {
					if p.Type != "urn:hatchery:problem:"+models.RuleImportTooManyRows || !strings.Contains(p.Detail, "10,000") || p.Limit != models.MaxImportRows {
						t.Errorf("%+v", p)
					}
				}},
			{"neither CSV nor XLSX", func(t *testing.T) request {
				return importRequest(t, models.RoleAdmin, "照片.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), false)
			}, 415, nil},
			{"a preview of neither CSV nor XLSX", func(t *testing.T) request {
				return importRequest(t, models.RoleAdmin, "文档.pdf", []byte("%PDF-1.7\n\x00\x01\x02binary"), true)
			}, 415, nil},
			{"not multipart", func(t *testing.T) request {
				return request{method: http.MethodPost, path: "/api/v1/surveys/import", as: models.RoleAdmin, body: sheettest.CSV(importRows(com.Name, "x")),
					header: map[string]string{"Content-Type": "text/csv"}}
			}, 415, nil},
			{"no file field", func(t *testing.T) request {
				r := importRequest(t, models.RoleAdmin, "a.csv", rowsCSV(row(nil)), false)
				r.body = bytes.Replace(r.body.([]byte), []byte(`name="file"`), []byte(`name="upload"`), 1)
				return r
			}, 400, nil},
			{"over 10 MiB", func(t *testing.T) request {
				big := append(rowsCSV(row(nil)), bytes.Repeat([]byte("# 说明\r\n"), (MaxUploadBytes/9)+1)...)
				return importRequest(t, models.RoleAdmin, "大.csv", big, false)
			}, 413, nil},
		}
		for _, c := range bad {
			t.Run("refuses "+c.name, func(t *testing.T) {
				ts := ts.sharedWith(t)
				before := ts.storedNow()
				w := ts.do(c.req(t))
				wantProblem(t, w, c.status, "")
				if c.check != nil {
					c.check(t, decode[importProblem](t, w))
				}
				if after := ts.storedNow(); after != before {
					t.Errorf("a refused import changed the tables: %+v -> %+v", before, after)
				}
			})
		}

		t.Run("a preview lists every row's errors and the import refuses them alike", func(t *testing.T) {
			ts := ts.sharedWith(t)
			data := rowsCSV(row(nil), row(func(r []string) { r[4] = "五十"; r[6] = "助浴" }), row(func(r []string) { r[5] = "养老"; r[9] = "急"; r[6] = "陪诊" }))
			before := ts.storedNow()
			w := ts.do(importRequest(t, models.RoleReviewer, "三行.csv", data, true))
			preview := decode[models.SurveyImport](t, w)
			type at struct {
				row    int
				column string
			}
			var got []at
			for _, e := range preview.Errors {
				got = append(got, at{e.Row, e.Column})
			}
			want := []at{{3, "受访人数"}, {4, "需求类别"}, {4, "优先级"}}
			if w.Code != http.StatusOK || !slices.Equal(got, want) || preview.Counts.Rows != 3 {
				t.Fatalf("preview %d %s, want errors at %v", w.Code, w.Body.String(), want)
			}
			w = ts.do(importRequest(t, models.RoleReviewer, "三行.csv", data, false))
			wantProblem(t, w, http.StatusUnprocessableEntity, "file")
			p := decode[importProblem](t, w)
			if !slices.Equal(p.RowErrors, preview.Errors) {
				t.Errorf("the refusal lists %+v, the preview %+v", p.RowErrors, preview.Errors)
			}
			if after := ts.storedNow(); after != before {
				t.Errorf("stored %+v -> %+v", before, after)
			}
		})

		t.Run("the templates import as they are", func(t *testing.T) {
			ts := ts.sharedWith(t)
			if _, err := ts.Store.CreateCommunity(context.Background(), models.System("test"), models.Community{
				Name: "幸福里社区", Street: "谈固街道", District: "长安区", Type: "old_neighborhood"}); err != nil {
				t.Fatal(err)
			}
			for _, format := range []string{"xlsx", "csv"} {
				w := ts.do(request{method: http.MethodGet, path: "/api/v1/surveys/import/template?format=" + format, as: models.RoleIncubator})
				if w.Code != http.StatusOK {
					t.Fatalf("%s template: %d %s", format, w.Code, w.Body.String())
				}
				cd := w.Header().Get("Content-Disposition")
				if !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, `filename=survey-import-template.`+format) ||
					!strings.Contains(cd, "filename*=UTF-8''%E9%9C%80%E6%B1%82%E8%B0%83%E7%A0%94%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF."+format) {
					t.Errorf("Content-Disposition %q", cd)
				}
				w2 := ts.do(importRequest(t, models.RoleIncubator, "模板."+format, w.Body.Bytes(), true))
				imp := decode[models.SurveyImport](t, w2)
				if w2.Code != http.StatusOK || len(imp.Errors) != 0 || imp.Counts != (models.ImportCounts{Rows: 1, Surveys: 1, Needs: 1}) {
					t.Errorf("the %s template reads as %d %s", format, w2.Code, w2.Body.String())
				}
			}
			w := ts.do(request{method: http.MethodGet, path: "/api/v1/surveys/import/template?format=csv", as: models.RoleAdmin})
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") || !bytes.HasPrefix(w.Body.Bytes(), []byte("\ufeff社区,调研标题,")) ||
				!strings.Contains(w.Body.String(), "议事协商会") {
				t.Errorf("CSV template %q %.200s", ct, w.Body.String())
			}
			w = ts.do(request{method: http.MethodGet, path: "/api/v1/surveys/import/template", as: models.RoleAdmin})
			f, err := excelize.OpenReader(bytes.NewReader(w.Body.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if got := f.GetSheetList(); !slices.Equal(got, []string{"需求调研", "可选值"}) {
				t.Errorf("sheets %v", got)
			}
			header, _ := f.GetRows("需求调研")
			lists, _ := f.GetCols("可选值")
			dvs, _ := f.GetDataValidations("需求调研")
			if len(header) < 2 || !slices.Equal(header[0], importHeader) || len(lists) != 3 || !slices.Contains(lists[1], "邻里关系") || len(dvs) != 3 {
				t.Errorf("workbook: header %v, lists %v, %d validations", header, lists, len(dvs))
			}
			wantProblem(t, ts.do(request{method: http.MethodGet, path: "/api/v1/surveys/import/template?format=pdf", as: models.RoleAdmin}), http.StatusUnprocessableEntity, "format")
		})
	})
}

// TestOpenAPISurveyImportAnswers validates the import's answers and the
// templates against the document.
func TestOpenAPISurveyImportAnswers(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t, models.SQLite)
	c := newOpenAPIChecker(t, ts)
	com := ts.Fix.Community.Name
	rows := importRows(com, "文档调研")
	c.check(importRequest(t, models.RoleAdmin, "a.csv", []byte(sheettest.CSV(rows)), true), http.StatusOK, requestValid)
	c.check(importRequest(t, models.RoleAdmin, "a.xlsx", sheettest.Workbook(t, rows), false), http.StatusCreated, requestValid)
	rows[2][4] = "很多"
	c.check(importRequest(t, models.RoleAdmin, "b.csv", []byte(sheettest.CSV(rows)), true), http.StatusOK, requestValid)
	c.check(importRequest(t, models.RoleAdmin, "b.csv", []byte(sheettest.CSV(rows)), false), http.StatusUnprocessableEntity, requestValid)
	c.check(importRequest(t, models.RoleAdmin, "c.csv", []byte(sheettest.CSV([][]string{importHeader[:3], {com, "x", "问卷调查"}})), false), http.StatusUnprocessableEntity, requestValid)
	c.check(importRequest(t, models.RoleAdmin, "d.png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), false), http.StatusUnsupportedMediaType, requestValid)
	c.check(importRequest(t, models.RoleFunder, "a.csv", []byte(sheettest.CSV(rows)), false), http.StatusForbidden, requestValid)
	for _, format := range []string{"", "?format=csv", "?format=xlsx"} {
		c.check(request{method: http.MethodGet, path: "/api/v1/surveys/import/template" + format, as: models.RoleReviewer}, http.StatusOK, requestValid)
	}
	c.check(request{method: http.MethodGet, path: "/api/v1/surveys/import/template?format=ods", as: models.RoleReviewer}, http.StatusUnprocessableEntity, requestInvalid)
}
