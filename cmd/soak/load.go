package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/http/cookiejar"
	"time"
)

// world is what the clients share: the server, its demo data and the
// recorder.
type world struct {
	base        string
	hc          *http.Client
	rec         *recorder
	communities []string
	funderID    string
	contractor  string   // an organization that already carries projects
	projects    []string // the demo's spendable projects
	think       time.Duration
}

// client is one user at a desk: an admin session for most of the work and
// a reviewer session that files stage requests for the admin to decide
// (the four-eyes rule wants two people).
type client struct {
	w        *world
	id       int
	rng      *mrand.Rand
	admin    *cookiejar.Jar
	reviewer *cookiejar.Jar
	org      string // an organization of its own, walked between stages
	stage    string
	project  string // a project of its own, paid and spent on
	spends   []string
}

// weighted operations: how often each comes up against the others.
var mix = []struct {
	weight int
	name   string
	run    func(*client)
}{
	{2, "sign-in", (*client).signIn},
	{12, "list organizations", (*client).listOrganizations},
	{8, "list projects", (*client).listProjects},
	{4, "list transitions", (*client).listTransitions},
	{5, "list ledger", (*client).listLedger},
	{6, "get project", (*client).getProject},
	{5, "home", (*client).home},
	{4, "report pipeline", (*client).reportPipeline},
	{4, "report funding", (*client).reportFunding},
	{4, "report turnover", (*client).reportTurnover},
	{2, "list audit", (*client).listAudit},
	{15, "record expenditure", (*client).recordExpenditure},
	{5, "record disbursement", (*client).recordDisbursement},
	{2, "reverse expenditure", (*client).reverseExpenditure},
	{5, "stage transition", (*client).stageTransition},
	{1, "new project", (*client).newProject},
}

var mixTotal = func() int {
	n := 0
	for _, m := range mix {
		n += m.weight
	}
	return n
}()

// call sends one request as jar's user and records it under kind. It
// answers the status (0 when the request never got an answer) and body.
func (c *client) call(kind string, jar http.CookieJar, method, path string, body any, header ...string) (int, []byte) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			panic(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.w.base+path, rd)
	if err != nil {
		panic(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	hc := *c.w.hc
	hc.Jar = jar
	t0 := time.Now()
	res, err := hc.Do(req)
	if err != nil {
		c.w.rec.add(kind, 0, time.Since(t0), err.Error())
		return 0, nil
	}
	out, err := io.ReadAll(res.Body)
	res.Body.Close()
	took := time.Since(t0)
	if err != nil {
		c.w.rec.add(kind, 0, took, err.Error())
		return 0, nil
	}
	c.w.rec.add(kind, res.StatusCode, took, method+" "+path+" "+string(first(out, 300)))
	return res.StatusCode, out
}

func first(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// login signs username in on a fresh cookie jar.
func (c *client) login(username string) (*cookiejar.Jar, error) {
	jar, _ := cookiejar.New(nil)
	st, body := c.call("sign-in", jar, "POST", "/api/v1/auth/login", map[string]string{"username": username, "password": demoPassword})
	if st != http.StatusOK {
		return nil, fmt.Errorf("sign in as %s: %d %s", username, st, first(body, 300))
	}
	return jar, nil
}

// setUp signs the client in and gives it an organization and a project of
// its own.
func (c *client) setUp() error {
	var err error
	if c.admin, err = c.login("admin"); err != nil {
		return err
	}
	if c.reviewer, err = c.login("reviewer"); err != nil {
		return err
	}
	var org struct {
		ID    string `json:"id"`
		Stage string `json:"stage"`
	}
	st, body := c.call("new organization", c.admin, "POST", "/api/v1/organizations", map[string]any{
		"name": fmt.Sprintf("压力测试社区互助会%02d-%s", c.id, unique()), "registration_type": "community_filed",
		"category": "community_service", "community_id": c.pick(c.w.communities),
	})
	if st != http.StatusCreated || json.Unmarshal(body, &org) != nil {
		return fmt.Errorf("create an organization: %d %s", st, first(body, 300))
	}
	c.org, c.stage = org.ID, org.Stage
	c.newProject()
	if c.project == "" {
		return fmt.Errorf("client %d could not set up its project", c.id)
	}
	return nil
}

// run drives the mix until ctx ends.
func (c *client) run(ctx context.Context) {
	for ctx.Err() == nil {
		n := c.rng.IntN(mixTotal)
		for _, m := range mix {
			if n < m.weight {
				m.run(c)
				break
			}
			n -= m.weight
		}
		if c.w.think > 0 {
			select {
			case <-ctx.Done():
			case <-time.After(time.Duration(c.rng.Int64N(int64(2 * c.w.think)))):
			}
		}
	}
}

func (c *client) pick(l []string) string { return l[c.rng.IntN(len(l))] }

// spendable answers a project to book money on: usually the client's own,
// sometimes one of the demo's.
func (c *client) spendable() string {
	if len(c.w.projects) > 0 && c.rng.IntN(4) == 0 {
		return c.pick(c.w.projects)
	}
	return c.project
}

// signIn starts a new admin session and ends the old one.
func (c *client) signIn() {
	jar, err := c.login("admin")
	if err != nil {
		return
	}
	old := c.admin
	c.admin = jar
	c.call("sign-out", old, "POST", "/api/v1/auth/logout", nil)
}

func (c *client) listOrganizations() {
	q := []string{"", "&stage=registered", "&stage=incubating", "&q=" + "社区", "&category=elderly_care"}
	c.call("list organizations", c.admin, "GET", "/api/v1/organizations?limit=50"+c.pick(q), nil)
}

func (c *client) listProjects() {
	q := []string{"", "&status=active", "&status=contracted", "&year=2025"}
	c.call("list projects", c.admin, "GET", "/api/v1/projects?limit=50"+c.pick(q), nil)
}

func (c *client) listTransitions() {
	c.call("list transitions", c.admin, "GET", "/api/v1/transitions?limit=50", nil)
}

func (c *client) listLedger() {
	if c.rng.IntN(2) == 0 {
		c.call("list ledger", c.admin, "GET", "/api/v1/expenditures?limit=50", nil)
		return
	}
	c.call("list ledger", c.admin, "GET", "/api/v1/projects/"+c.spendable()+"/expenditures?limit=50", nil)
}

func (c *client) getProject() {
	c.call("get project", c.admin, "GET", "/api/v1/projects/"+c.spendable(), nil)
}

func (c *client) home() { c.call("home", c.admin, "GET", "/api/v1/home", nil) }

func (c *client) reportPipeline() {
	c.call("report pipeline", c.admin, "GET", "/api/v1/reports/pipeline", nil)
}

func (c *client) reportFunding() {
	c.call("report funding", c.admin, "GET", "/api/v1/reports/funding", nil)
}

func (c *client) reportTurnover() {
	c.call("report turnover", c.admin, "GET", "/api/v1/reports/turnover", nil)
}

func (c *client) listAudit() {
	c.call("list audit", c.admin, "GET", "/api/v1/audit?limit=50", nil)
}

func (c *client) recordExpenditure() {
	cats := []string{"personnel", "activities", "admin"}
	st, body := c.call("record expenditure", c.admin, "POST", "/api/v1/projects/"+c.spendable()+"/expenditures", map[string]any{
		"budget_category": c.pick(cats), "amount_fen": 100 + c.rng.IntN(50_000), "spent_on": "2025-03-10",
		"payee": "社工工资", "voucher_no": "V-" + unique(), "description": "压力测试",
	}, "Idempotency-Key", "soak-"+unique())
	var e struct {
		ID string `json:"id"`
	}
	if st == http.StatusCreated && json.Unmarshal(body, &e) == nil && len(c.spends) < 200 {
		c.spends = append(c.spends, e.ID)
	}
}

func (c *client) recordDisbursement() {
	c.call("record disbursement", c.admin, "POST", "/api/v1/projects/"+c.project+"/disbursements", map[string]any{
		"paid_on": "2025-02-01", "amount_fen": 100 + c.rng.IntN(1_000), "reference": "财政直付 " + unique(),
	}, "Idempotency-Key", "soak-"+unique())
}

func (c *client) reverseExpenditure() {
	if len(c.spends) == 0 {
		c.recordExpenditure()
		return
	}
	i := c.rng.IntN(len(c.spends))
	id := c.spends[i]
	c.spends = append(c.spends[:i], c.spends[i+1:]...)
	c.call("reverse expenditure", c.admin, "POST", "/api/v1/expenditures/"+id+"/reverse",
		map[string]string{"reason": "凭证重复录入"}, "Idempotency-Key", "soak-"+unique())
}

// stageTransition walks the client's organization one stage on: the
// reviewer asks, the admin approves (applicant, registered, then back and
// forth between registered and dormant).
func (c *client) stageTransition() {
	to := map[string]string{"applicant": "registered", "registered": "dormant", "dormant": "registered"}[c.stage]
	if to == "" {
		return
	}
	st, body := c.call("stage transition", c.reviewer, "POST", "/api/v1/organizations/"+c.org+"/transitions",
		map[string]string{"to_stage": to, "reason": "压力测试"})
	var t struct {
		ID string `json:"id"`
	}
	if st != http.StatusCreated || json.Unmarshal(body, &t) != nil {
		return
	}
	if st, _ = c.call("stage transition", c.admin, "POST", "/api/v1/transitions/"+t.ID+"/approve", map[string]string{"note": "同意"}); st == http.StatusOK {
		c.stage = to
	}
}

// newProject creates a project for the client's contractor and takes it
// through contracted to active, where it becomes the client's own.
func (c *client) newProject() {
	const budget = 10_000_000
	st, body := c.call("new project", c.admin, "POST", "/api/v1/projects", map[string]any{
		"code": "SOAK-" + unique(), "title": "压力测试居家养老服务", "organization_id": c.w.contractor, "funder_id": c.w.funderID,
		"category": "elderly_care", "budget_fen": budget, "start_on": "2025-01-01", "end_on": "2026-12-31",
		"community_ids": []string{c.pick(c.w.communities)},
		"budget_lines":  []map[string]any{{"category": "personnel", "amount_fen": budget * 6 / 10}, {"category": "activities", "amount_fen": budget * 3 / 10}, {"category": "admin", "amount_fen": budget / 10}},
		"tranches":      []map[string]any{{"seq": 1, "due_on": "2025-01-15", "amount_fen": budget / 2}, {"seq": 2, "due_on": "2025-07-15", "amount_fen": budget / 2}},
	})
	var p struct {
		ID string `json:"id"`
	}
	if st != http.StatusCreated || json.Unmarshal(body, &p) != nil {
		return
	}
	for _, to := range []string{"contracted", "active"} {
		if st, _ := c.call("project status", c.admin, "POST", "/api/v1/projects/"+p.ID+"/status", map[string]string{"to": to}); st != http.StatusOK {
			return
		}
	}
	c.project = p.ID
}

// unique answers a short random string for codes, vouchers and keys.
func unique() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// discover reads what the demo data offers: communities, a funder, a
// contractor and the spendable projects.
func (w *world) discover(c *client) error {
	var list struct {
		Items []struct {
			ID             string `json:"id"`
			FunderID       string `json:"funder_id"`
			OrganizationID string `json:"organization_id"`
		} `json:"items"`
	}
	get := func(path string) error {
		st, body := c.call("setup", c.admin, "GET", path, nil)
		if st != http.StatusOK {
			return fmt.Errorf("GET %s: %d %s", path, st, first(body, 300))
		}
		return json.Unmarshal(body, &list)
	}
	if err := get("/api/v1/communities?limit=100"); err != nil {
		return err
	}
	for _, it := range list.Items {
		w.communities = append(w.communities, it.ID)
	}
	list.Items = nil
	if err := get("/api/v1/projects?status=active&limit=100"); err != nil {
		return err
	}
	for _, it := range list.Items {
		w.projects = append(w.projects, it.ID)
	}
	if len(w.communities) == 0 || len(list.Items) == 0 {
		return fmt.Errorf("the seeded data has no communities or no active projects")
	}
	w.funderID, w.contractor = list.Items[0].FunderID, list.Items[0].OrganizationID
	return nil
}
