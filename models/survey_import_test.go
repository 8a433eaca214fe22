package models_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"hatchery/models"
	"hatchery/models/sheettest"
	"hatchery/models/storetest"
)

// importHeader is the layout's header row, in Chinese.
var importHeader = []string{"社区", "调研标题", "调研方式", "调研日期", "受访人数", "需求类别", "需求标题", "需求描述", "提及人数", "优先级"}

// goodRows are two surveys of the world's community: one of two needs
// (its rows apart, labels and codes mixed, dates in two forms), one of one.
func goodRows(community string) [][]string {
	return [][]string{
		importHeader,
		{community, "2024年秋季需求调研", "问卷调查", "2024-10-15", "120", "养老服务", "老年助餐点", "独居老人就近用餐", "45", "高"},
		{community, "楼道议事会", "deliberation_meeting", "2024年11月2日", "18", "environment", "楼道堆物清理", "", "", "medium"},
		{community, "2024年秋季需求调研", "questionnaire", "2024/10/15", "120", "儿童关爱", "四点半课堂", "放学后托管, \"课业辅导\"", "30", "中"},
	}
}

func checkGood(t *testing.T, s *models.Store, com models.Community, imp models.SurveyImport) {
	t.Helper()
	if len(imp.Errors) != 0 {
		t.Fatalf("errors: %+v", imp.Errors)
	}
	if imp.Counts != (models.ImportCounts{Rows: 3, Surveys: 2, Needs: 3}) || len(imp.SurveyIDs) != 2 || len(imp.Surveys) != 2 {
		t.Fatalf("import %+v", imp)
	}
	surveys, _, err := s.ImportedForTest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(surveys) != 2 {
		t.Fatalf("%d surveys stored", len(surveys))
	}
	byTitle := map[string]models.DemandSurvey{}
	for _, v := range surveys {
		byTitle[v.Title] = v
	}
	autumn, meeting := byTitle["2024年秋季需求调研"], byTitle["楼道议事会"]
	if autumn.CommunityID != com.ID || autumn.Method != "questionnaire" || autumn.ConductedOn != "2024-10-15" || autumn.Respondents != 120 || autumn.Version != 1 {
		t.Errorf("autumn survey %+v", autumn)
	}
	if meeting.CommunityID != com.ID || meeting.Method != "deliberation_meeting" || meeting.ConductedOn != "2024-11-02" || meeting.Respondents != 18 {
		t.Errorf("meeting %+v", meeting)
	}
	type need struct {
		Category, Title, Description, Priority string
		Mentions                               int64
	}
	got := func(v models.DemandSurvey) []need {
		var out []need
		for _, n := range v.Needs {
			if n.CommunityID != com.ID || n.SurveyID != v.ID {
				t.Errorf("need %+v of survey %s", n, v.ID)
			}
			out = append(out, need{n.Category, n.Title, n.Description, n.Priority, n.Mentions})
		}
		return out
	}
	wantAutumn := []need{{"elderly_care", "老年助餐点", "独居老人就近用餐", "high", 45}, {"child_care", "四点半课堂", "放学后托管, \"课业辅导\"", "medium", 30}}
	if g := got(autumn); fmt.Sprint(g) != fmt.Sprint(wantAutumn) {
		t.Errorf("autumn needs %+v, want %+v", g, wantAutumn)
	}
	if g := got(meeting); fmt.Sprint(g) != fmt.Sprint([]need{{"environment", "楼道堆物清理", "", "medium", 0}}) {
		t.Errorf("meeting needs %+v", g)
	}
}

// TestImportGoodFiles imports the same rows as UTF-8, UTF-8 with a byte
// order mark, GB18030 and XLSX, by name and by id, and finds exactly those
// surveys and needs stored, with one audit entry.
func TestImportGoodFiles(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		files := []struct {
			name, format, encoding string
			data                   func(rows [][]string) []byte
		}{
			{"utf8.csv", "csv", "utf-8", func(r [][]string) []byte { return []byte(sheettest.CSV(r)) }},
			{"bom.csv", "csv", "utf-8", func(r [][]string) []byte { return append([]byte{0xef, 0xbb, 0xbf}, sheettest.CSV(r)...) }},
			{"gb.csv", "csv", "gb18030", func(r [][]string) []byte { return sheettest.GB18030(t, sheettest.CSV(r)) }},
			{"book.xlsx", "xlsx", "", func(r [][]string) []byte { return sheettest.Workbook(t, r) }},
		}
		for _, f := range files {
			for _, byID := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s by id %v", f.name, byID), func(t *testing.T) {
					t.Parallel()
					w := newWorld(t, d)
					ctx := context.Background()
					name := w.com.Name
					if byID {
						name = w.com.ID
					}
					_, auditBefore, err := w.s.ImportedForTest(ctx)
					if err != nil {
						t.Fatal(err)
					}
					imp, err := w.s.ImportSurveys(ctx, w.admin, models.ImportFile{Name: f.name, Data: f.data(goodRows(name))}, false)
					if err != nil {
						t.Fatal(err)
					}
					if imp.Format != f.format || imp.Encoding != f.encoding || imp.FileName != f.name || imp.DryRun {
						t.Errorf("read as %s/%s: %+v", imp.Format, imp.Encoding, imp)
					}
					checkGood(t, w.s, w.com, imp)
					_, auditAfter, _ := w.s.ImportedForTest(ctx)
					if auditAfter != auditBefore+1 {
						t.Errorf("audit entries %d -> %d, want one more", auditBefore, auditAfter)
					}
					l, err := w.s.ListAudit(ctx, models.AuditFilter{Action: "import", Page: models.Page{Limit: 10}})
					if err != nil || len(l.Items) != 1 || l.Items[0].Entity != "demand_surveys" {
						t.Fatalf("import entries %+v %v", l.Items, err)
					}
					after := string(l.Items[0].After)
					for _, want := range []string{`"file_name":"` + f.name + `"`, `"surveys":2`, `"needs":3`, `"rows":3`, imp.SurveyIDs[0], imp.SurveyIDs[1]} {
						if !strings.Contains(after, want) {
							t.Errorf("the audit entry %s lacks %s", after, want)
						}
					}
				})
			}
		}
	})
}

// TestImportScope: staff and incubators import surveys run by their own
// organization, admins and reviewers name none; funders may not import.
func TestImportScope(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		org := w.org("邻里互助会", nil, "community_filed", false, "registered")
		staff := w.user("staff1", models.RoleOrgStaff, org.ID)
		for _, c := range []struct {
			as   models.Actor
			want *string
		}{{w.admin, nil}, {w.reviewer, nil}, {staff, &org.ID}, {w.incUser, &w.incubator.ID}} {
			rows := goodRows(w.com.Name)
			for _, r := range rows[1:] {
				r[1] += " " + string(c.as.Role)
			}
			imp, err := w.s.ImportSurveys(ctx, c.as, models.ImportFile{Name: "a.csv", Data: []byte(sheettest.CSV(rows))}, false)
			if err != nil {
				t.Fatalf("%s: %v", c.as.Role, err)
			}
			surveys, _, _ := w.s.ImportedForTest(ctx)
			for _, v := range surveys {
				if !strings.HasSuffix(v.Title, string(c.as.Role)) {
					continue
				}
				if (v.ConductedByOrgID == nil) != (c.want == nil) || (c.want != nil && *v.ConductedByOrgID != *c.want) {
					t.Errorf("%s imported %s run by %v, want %v", c.as.Role, v.ID, v.ConductedByOrgID, c.want)
				}
			}
			if len(imp.SurveyIDs) != 2 {
				t.Errorf("%s: %+v", c.as.Role, imp)
			}
		}
		funder := models.Actor{UserID: "x", Role: models.RoleFunder, FunderID: "f"}
		if _, err := w.s.ImportSurveys(ctx, funder, models.ImportFile{Data: []byte(sheettest.CSV(goodRows(w.com.Name)))}, false); !errors.Is(err, models.ErrForbidden) {
			t.Errorf("a funder's import: %v", err)
		}
	})
}

// xlsxOfStrings writes rows as text cells, quickly.
func xlsxOfStrings(t testing.TB, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		cells := make([]any, len(r))
		for j, c := range r {
			cells[j] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, cells); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
