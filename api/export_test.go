package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"mime"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// readCSV checks an export's CSV framing (a byte order mark, CRLF line
// ends) and answers its records.
func readCSV(t *testing.T, body []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(body, []byte("\uFEFF")) {
		t.Fatalf("no byte order mark: %q", body[:min(len(body), 20)])
	}
	if n, crlf := bytes.Count(body, []byte("\n")), bytes.Count(body, []byte("\r\n")); n == 0 || n != crlf {
		t.Fatalf("%d line ends, %d of them CRLF", n, crlf)
	}
	r := csv.NewReader(bytes.NewReader(body[3:]))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// attachmentName is the file name the answer gives, from filename*.
func attachmentName(t *testing.T, disposition string) string {
	t.Helper()
	kind, params, err := mime.ParseMediaType(disposition)
	if err != nil || kind != "attachment" {
		t.Fatalf("Content-Disposition %q: %v", disposition, err)
	}
	return params["filename"]
}

// rowWith is the first row whose column col is v.
func rowWith(rows [][]string, col int, v string) []string {
	for _, r := range rows {
		if len(r) > col && r[col] == v {
			return r
		}
	}
	return nil
}

func TestExportOrganizationsCSV(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		founded := models.Date("2024-03-15")
		hostile := "=HYPERLINK(\"http://evil.example\",\"点我\")"
		if _, err := ts.Store.CreateOrganization(context.Background(), models.System("test"), models.Organization{
			Name: hostile, RegistrationType: "community_filed", Category: "elderly_care", Stage: "applicant", FoundedOn: &founded,
		}); err != nil {
			t.Fatal(err)
		}
		audited := ts.auditCount("export")

		// limit=1 is a page's size; an export holds the whole filtered set.
		w := ts.do(request{method: "GET", path: "/api/v1/organizations?format=csv&lang=zh-CN&limit=1&registration_type=community_filed", as: models.RoleAdmin})
		if w.Code != 200 || w.Header().Get("Content-Type") != "text/csv; charset=utf-8" {
			t.Fatalf("status %d, type %q: %s", w.Code, w.Header().Get("Content-Type"), w.Body.String())
		}
		today := time.Now().In(time.FixedZone("CST", 8*3600)).Format("2006-01-02")
		if name := attachmentName(t, w.Header().Get("Content-Disposition")); name != "社会组织_"+today+".csv" {
			t.Errorf("file name %q", name)
		}
		rows := readCSV(t, w.Body.Bytes())
		header := rows[0]
		want := []string{"名称", "统一社会信用代码", "阶段", "阶段代码", "进入阶段时间"}
		if !slices.Equal(header[:5], want) {
			t.Errorf("header %q, want it to start %q", header, want)
		}
		if len(rows) != 3 {
			t.Fatalf("%d data rows, want the 2 community-filed organizations: %q", len(rows)-1, rows)
		}
		row := rowWith(rows, 0, "'"+hostile)
		if row == nil {
			t.Fatalf("the hostile name is not neutralized with a leading apostrophe: %q", rows)
		}
		founding := slices.Index(header, "成立日期")
		if row[2] != "筹备中" || row[3] != "applicant" || row[founding] != "2024-03-15" {
			t.Errorf("row %q: want the stage's label, its code and the founding date", row)
		}
		if rowWith(rows, 0, "邻里互助会") == nil {
			t.Errorf("the fixture organization is missing: %q", rows)
		}
		if got := ts.auditCount("export"); got != audited+1 {
			t.Fatalf("export entries %d, want %d", got, audited+1)
		}
		e := lastAudit(t, ts, "export")
		if !strings.Contains(string(e.After), `"registration_type":"community_filed"`) && !strings.Contains(string(e.After), `"registration_type": "community_filed"`) {
			t.Errorf("the audit entry does not name the filters: %s", e.After)
		}

		// In English, headers and labels follow; codes stay codes.
		w = ts.do(request{method: "GET", path: "/api/v1/organizations?format=csv&lang=en&stage=applicant", as: models.RoleAdmin})
		rows = readCSV(t, w.Body.Bytes())
		if rows[0][0] != "Name" || rows[0][2] != "Stage" || rows[0][3] != "Stage code" || len(rows) != 2 || rows[1][2] != "Applicant" || rows[1][3] != "applicant" {
			t.Errorf("English export %q", rows)
		}
		if name := attachmentName(t, w.Header().Get("Content-Disposition")); name != "organizations_"+today+".csv" {
			t.Errorf("English file name %q", name)
		}
	})
}

// lastAudit is the newest audit entry of action.
func lastAudit(t *testing.T, ts *testServer, action string) models.AuditEntry {
	t.Helper()
	l, err := ts.Store.ListAudit(context.Background(), models.AuditFilter{Action: action, Page: models.Page{Limit: 1}})
	if err != nil || len(l.Items) == 0 {
		t.Fatalf("no %s entry: %v", action, err)
	}
	return l.Items[0]
}

func TestExportLedgerXLSX(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		ctx, admin := context.Background(), ts.actorOf(models.RoleAdmin)
		mine := ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectActive)
		spend, _, err := ts.Store.RecordExpenditure(ctx, admin, mine.ID, models.ExpenditureInput{
			BudgetCategory: "activities", AmountFen: 123_456, SpentOn: "2025-03-08", Payee: "@SUM(A1:A9)", VoucherNo: "记-0308",
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		other := ts.newFunder()
		ts.caseSpend(ts.caseProject(other.ID, ts.caseOrganization(models.StageRegistered, nil, nil).ID, models.ProjectActive), 99_900)

		w := ts.do(request{method: "GET", path: "/api/v1/expenditures?format=xlsx&lang=zh-CN", as: models.RoleFunder})
		if w.Code != 200 {
			t.Fatalf("status %d: %s", w.Code, w.Body.String())
		}
		f, err := excelize.OpenReader(bytes.NewReader(w.Body.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if sheets := f.GetSheetList(); !slices.Equal(sheets, []string{"资助台账"}) {
			t.Fatalf("sheets %q", sheets)
		}
		rows, err := f.GetRows("资助台账")
		if err != nil {
			t.Fatal(err)
		}
		header := rows[0]
		if len(rows) != 2 {
			t.Fatalf("the funder's ledger has %d rows, want its one expenditure: %q", len(rows)-1, rows)
		}
		cell := func(name string) string {
			i := slices.Index(header, name)
			if i < 0 {
				t.Fatalf("no column %q in %q", name, header)
			}
			ref, _ := excelize.CoordinatesToCellName(i+1, 2)
			return ref
		}
		raw := func(ref string) string {
			v, err := f.GetCellValue("资助台账", ref, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		format := func(ref string) string {
			id, err := f.GetCellStyle("资助台账", ref)
			if err != nil {
				t.Fatal(err)
			}
			s, err := f.GetStyle(id)
			if err != nil || s.CustomNumFmt == nil {
				t.Fatalf("cell %s has no number format: %v", ref, err)
			}
			return *s.CustomNumFmt
		}
		// 123,456 fen is 1234.56 yuan, a number shown with two decimals.
		amount := cell("金额（元）")
		if typ, _ := f.GetCellType("资助台账", amount); typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
			t.Errorf("the amount is stored as text")
		}
		if raw(amount) != "1234.56" || format(amount) != "0.00" {
			t.Errorf("amount %q in format %q, want 1234.56 in 0.00", raw(amount), format(amount))
		}
		// 2025-03-08 is day 45724 of Excel's calendar.
		spent := cell("支出日期")
		if raw(spent) != "45724" || format(spent) != "yyyy-mm-dd" {
			t.Errorf("date %q in format %q, want 45724 as yyyy-mm-dd", raw(spent), format(spent))
		}
		if got := raw(cell("收款方")); got != "'@SUM(A1:A9)" {
			t.Errorf("payee %q, want the formula neutralized", got)
		}
		if raw(cell("预算科目")) != "活动费用" || raw(cell("预算科目代码")) != "activities" || raw(cell("编号")) != spend.ID || raw(cell("资助方")) != ts.Fix.Funder.Name {
			t.Errorf("row %q", rows[1])
		}
	})
}

func TestExportRefusals(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, func(h *handlers.Handler, _ *models.Options) { h.ExportXLSXRowLimit = 1 })
		audited := ts.auditCount("export")
		for _, c := range []struct {
			name, path string
			status     int
			field      string
		}{
			{"an unknown format", "/api/v1/organizations?format=pdf", 400, "format"},
			{"OCDS on a list that is not projects", "/api/v1/communities?format=ocds", 400, "format"},
			{"an unknown language", "/api/v1/organizations?format=csv&lang=fr", 400, "lang"},
			{"a report in an unknown format", "/api/v1/reports/demand-coverage?format=pdf", 400, "format"},
			{"a filter the list refuses", "/api/v1/organizations?format=csv&stage=hatched", 422, "stage"},
			{"an XLSX over the row limit", "/api/v1/organizations?format=xlsx", 422, "format"},
			{"a report's XLSX over the row limit", "/api/v1/reports/pipeline?format=xlsx", 422, "format"},
		} {
			t.Run(c.name, func(t *testing.T) {
				w := ts.do(request{method: "GET", path: c.path, as: models.RoleAdmin})
				p := wantProblem(t, w, c.status, c.field)
				if w.Header().Get("Content-Disposition") != "" {
					t.Errorf("a refusal carries an attachment header")
				}
				if c.field == "format" && c.status == 400 && !strings.Contains(p.Errors[0].Message, "json, csv, xlsx") {
					t.Errorf("the refusal does not name the formats: %q", p.Errors[0].Message)
				}
				if c.status == 422 && c.field == "format" && (p.Type != "urn:hatchery:problem:export_too_large" || !strings.Contains(p.Detail, "CSV")) {
					t.Errorf("problem %+v, want export_too_large pointing to CSV", p)
				}
			})
		}
		if got := ts.auditCount("export"); got != audited {
			t.Errorf("refused exports were audited as exports: %d, want %d", got, audited)
		}
	})
}

// An export shows what the list shows: staff phone numbers stay masked for
// a funder, and a list outside the caller's scope is refused as the list is.
func TestExportKeepsScope(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		member := ts.caseStaff(ts.Fix.Org.ID)
		// A project makes the fixture funder one of the organization's
		// funders, who may read its roster with phone numbers masked.
		ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectContracted)
		path := "/api/v1/organizations/" + ts.Fix.Org.ID + "/staff"
		for _, as := range []models.Role{models.RoleOrgStaff, models.RoleFunder} {
			page := decode[models.List[models.StaffMember]](t, ts.do(request{method: "GET", path: path, as: as}))
			w := ts.do(request{method: "GET", path: path + "?format=csv&lang=en", as: as})
			if w.Code != 200 {
				t.Fatalf("%s: status %d: %s", as, w.Code, w.Body.String())
			}
			rows := readCSV(t, w.Body.Bytes())
			phone := slices.Index(rows[0], "Phone")
			row := rowWith(rows, slices.Index(rows[0], "ID"), member.ID)
			var shown string
			for _, m := range page.Items {
				if m.ID == member.ID {
					shown = m.Phone
				}
			}
			if row == nil || row[phone] != shown {
				t.Errorf("%s: the export's phone %q, the list's %q", as, row, shown)
			}
			if masked := strings.Contains(shown, "*"); masked != (as == models.RoleFunder) {
				t.Errorf("%s sees the phone %q", as, shown)
			}
		}
		outsider := ts.caseOrganization(models.StageRegistered, nil, nil)
		w := ts.do(request{method: "GET", path: "/api/v1/organizations/" + outsider.ID + "/staff?format=csv", as: models.RoleFunder})
		wantProblem(t, w, 404, "")
	})
}

// A report exports its headline figures and each of its tables: the
// pipeline of the fixture (one organization incubating, its incubator
// independent) counts one of each.
func TestExportReportCSV(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		w := ts.do(request{method: "GET", path: "/api/v1/reports/pipeline?format=csv&lang=zh-CN", as: models.RoleReviewer})
		if w.Code != 200 {
			t.Fatalf("status %d: %s", w.Code, w.Body.String())
		}
		rows := readCSV(t, w.Body.Bytes())
		if !slices.Equal(rows[0], []string{"指标", "数值"}) {
			t.Errorf("the figures' header %q", rows[0])
		}
		title := slices.IndexFunc(rows, func(r []string) bool { return len(r) == 1 && r[0] == "各阶段组织数" })
		if title < 0 || !slices.Equal(rows[title+1], []string{"阶段", "数量"}) {
			t.Fatalf("no by-stage section: %q", rows)
		}
		counts := map[string]string{}
		for _, r := range rows[title+2:] {
			if len(r) < 2 || r[0] == "" {
				break
			}
			counts[r[0]] = r[1]
		}
		if counts["孵化中"] != "1" || counts["已出壳"] != "1" || counts["筹备中"] != "0" {
			t.Errorf("stage counts %v", counts)
		}
	})
}

func TestExportFileNameEscapes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		w := ts.do(request{method: "GET", path: "/api/v1/communities?format=xlsx", as: models.RoleAdmin, header: map[string]string{"Accept-Language": "en-GB,en;q=0.9"}})
		disp := w.Header().Get("Content-Disposition")
		if !strings.Contains(disp, "filename*=UTF-8''communities_") || !strings.HasSuffix(disp, ".xlsx") {
			t.Errorf("Content-Disposition %q: want the English name from Accept-Language", disp)
		}
		if _, err := url.PathUnescape(strings.SplitN(disp, "''", 2)[1]); err != nil {
			t.Errorf("filename* does not unescape: %v", err)
		}
	})
}

// An export follows the list's sort: the rows of ?sort=-name as CSV are the
// names of the same sort's pages, in their order; an unknown sort is refused
// before any byte of a file.
func TestExportFollowsTheSort(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		for _, name := range []string{"乙排序社区", "甲排序社区", "丙排序社区"} {
			if _, err := ts.Store.CreateCommunity(context.Background(), models.System("test"), models.Community{
				Name: name, Street: "谈固街道", District: "长安区", Type: "other",
			}); err != nil {
				t.Fatal(err)
			}
		}
		var page struct {
			Items []models.Community `json:"items"`
		}
		w := ts.do(request{method: "GET", path: "/api/v1/communities?sort=-name&limit=200", as: models.RoleAdmin})
		if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil || w.Code != 200 {
			t.Fatalf("list: %d %s", w.Code, w.Body.String())
		}
		var want []string
		for _, c := range page.Items {
			want = append(want, c.Name)
		}
		w = ts.do(request{method: "GET", path: "/api/v1/communities?sort=-name&format=csv&lang=en", as: models.RoleAdmin})
		rows := readCSV(t, w.Body.Bytes())
		var got []string
		for _, r := range rows[1:] {
			got = append(got, r[0])
		}
		if !slices.Equal(got, want) || slices.IsSorted(got) {
			t.Fatalf("export by -name: %v, the list gives %v", got, want)
		}
		wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/communities?sort=households&format=csv", as: models.RoleAdmin}), 422, "sort")
	})
}
