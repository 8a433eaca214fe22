package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// settings are the run's flags.
type settings struct {
	conc     int
	duration time.Duration
	root     string // the module's folder
	work     string // temporary files: logs, saved bodies
}

// bench runs the whole measurement on one seeded database and prints it.
func bench(ctx context.Context, p *procs, cfg settings, bin string, db database) error {
	fmt.Printf("\n== %s\n", db.label)
	if err := openSignIn(ctx, db); err != nil {
		return fmt.Errorf("second-factor policy: %w", err)
	}
	suffix := strconv.FormatInt(time.Now().Unix(), 36)
	pw := map[string]string{}
	for _, role := range []string{"reviewer", "admin"} {
		var err error
		if pw[role], err = createUser(ctx, bin, db, "--username", "bench-"+role+"-"+suffix, "--role", role); err != nil {
			return err
		}
	}
	srv, base, err := startServer(p, cfg, bin, db)
	if err != nil {
		return err
	}
	defer p.stop(srv)
	hc := newHTTPClient()
	as := map[string]*api{}
	for _, role := range []string{"reviewer", "admin"} {
		if as[role], err = signIn(hc, base, "bench-"+role+"-"+suffix, pw[role]); err != nil {
			return err
		}
	}

	// The records the rows read, and the accounts of the other roles.
	orgID, orgName, _, incubatorID, err := as["reviewer"].first("/api/v1/organizations?limit=1&stage=incubating")
	if err != nil {
		return err
	}
	if incubatorID == "" {
		if incubatorID, _, _, _, err = as["reviewer"].first("/api/v1/organizations?limit=1&is_incubator=true"); err != nil {
			return err
		}
	}
	funderID, projects, err := largestPortfolio(as["reviewer"])
	if err != nil {
		return err
	}
	for role, scope := range map[string][]string{
		"incubator": {"--organization-id", incubatorID},
		"funder":    {"--funder-id", funderID},
		"org_staff": {"--organization-id", orgID},
	} {
		name := "bench-" + role + "-" + suffix
		password, err := createUser(ctx, bin, db, append([]string{"--username", name, "--role", role}, scope...)...)
		if err != nil {
			return err
		}
		if as[role], err = signIn(hc, base, name, password); err != nil {
			return err
		}
	}
	frag, matches, err := pickFragment(as["reviewer"], orgName)
	if err != nil {
		return err
	}
	id := ids{org: orgID, funder: funderID, fragment: frag}
	fmt.Printf("organization %s (%s, incubated by %s), funder %s (the largest portfolio: %d projects)\nsearch fragment %q, matching %d organizations (the fewest of the name's pairs)\n",
		orgID, orgName, incubatorID, funderID, projects, frag, matches)

	// Each row's exact bytes, then the ceiling serving them.
	rows := tableRows(id)
	bodies := map[string][]byte{}
	gzipped := map[string]bool{}
	for _, r := range rows {
		b, err := as[r.role].get(r.path, nil)
		if err != nil {
			return err
		}
		bodies[r.name] = b
		// The bytes on the wire too, where Hatchery gzips the answer.
		wire, gz, err := as[r.role].getWire(r.path)
		if err != nil {
			return err
		}
		if gz {
			bodies[r.name+".gz"], gzipped[r.name] = wire, true
		}
	}
	dir, err := os.MkdirTemp(cfg.work, "bodies-")
	if err != nil {
		return err
	}
	ceiling, ceilingBase, err := startCeiling(p, dir, bodies)
	if err != nil {
		return err
	}
	defer p.stop(ceiling)

	fmt.Printf("load: %d clients, %s per target after a 1 s warm-up; paths under /api/v1 unless they start with /\n", cfg.conc, cfg.duration)
	var results []result
	for _, r := range rows {
		res := result{name: r.label, aim: r.aim}
		res.hatchery, res.hatcheryRS = measure(hc, base+r.path, as[r.role].token, cfg.conc, cfg.duration)
		res.ceiling, res.ceilingRS = measure(hc, ceilingBase+"/"+r.name, "", cfg.conc, cfg.duration)
		if gzipped[r.name] {
			res.wire, res.wireRS = measure(hc, ceilingBase+"/"+r.name+".gz", "", cfg.conc, cfg.duration)
		}
		results = append(results, res)
	}
	peak, peakErr := peakMemory(srv.Process.Pid)
	fmt.Println()
	writeTable(os.Stdout, results)

	ch, err := newChanger(as["admin"])
	if err != nil {
		return err
	}
	timings, err := singleTimes(as, rows, ch)
	if err != nil {
		return err
	}
	afresh, err := freshReports(as, id, ch)
	if err != nil {
		return err
	}
	if err := ch.restore(); err != nil {
		return err
	}
	fmt.Println()
	writeTimings(os.Stdout, append(timings, afresh...))
	if db.label == "SQLite" {
		fmt.Println()
		handSQL(os.Stdout, filepath.Join(cfg.root, "bench", "sql"), db.dsn, afresh)
	}
	fmt.Println()
	if peakErr != nil {
		return fmt.Errorf("peak memory: %w", peakErr)
	}
	fmt.Printf("server peak resident memory (VmHWM) after the load: %.1f MiB\n", float64(peak)/1024)
	return nil
}

// startServer runs `hatchery serve` on db at a free port, its log in the
// work folder, and waits until it answers.
func startServer(p *procs, cfg settings, bin string, db database) (*exec.Cmd, string, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, "", err
	}
	logPath := filepath.Join(cfg.work, "server-"+db.label+".log")
	f, err := os.Create(logPath)
	if err != nil {
		return nil, "", err
	}
	cmd := exec.Command(bin, "serve", "--db", db.dsn, "--addr", addr)
	cmd.Env = append(os.Environ(), "HATCHERY_DATA_KEY="+db.key)
	w := logTo(f)
	cmd.Stdout, cmd.Stderr = w, w
	if err := p.start(cmd); err != nil {
		return nil, "", err
	}
	base := "http://" + addr
	if err := waitFor(base+"/healthz", 2*time.Minute); err != nil {
		p.stop(cmd)
		return nil, "", fmt.Errorf("hatchery serve: %w; see %s", err, logPath)
	}
	fmt.Printf("hatchery serve listening on %s (pid %d, log %s)\n", base, cmd.Process.Pid, logPath)
	return cmd, base, nil
}

// singleTimes are, for the search, the review queue, each home and the
// bureau home's figures, the median of five sequential requests with
// nothing changed (what a server keeps may answer them) and the median of
// five first reads each after a change (made afresh).
func singleTimes(as map[string]*api, rows []row, ch *changer) ([]timing, error) {
	var out []timing
	for _, r := range rows {
		if r.name != "orgs-q" && r.name != "queue" && r.path != "/api/v1/home" && r.path != homeFigures {
			continue
		}
		aim := 3 * time.Millisecond
		if r.path == homeFigures {
			aim = 300 * time.Millisecond // reports made afresh
		}
		var again []time.Duration
		for range 5 {
			d, err := as[r.role].timeGet(r.path)
			if err != nil {
				return nil, err
			}
			again = append(again, d)
		}
		fresh, err := ch.firstReads(as[r.role], r.path)
		if err != nil {
			return nil, err
		}
		out = append(out,
			timing{name: r.label + ", again", took: median(again), aim: 3 * time.Millisecond},
			timing{name: r.label + ", after a change", took: median(fresh), aim: aim,
				note: fmt.Sprintf("  (median of 5 changes; slowest %s)", fmtDur(slowest(fresh)))})
	}
	return out, nil
}

// freshReports times each report's first read after a real change, five
// times, and answers the medians.
func freshReports(as map[string]*api, id ids, ch *changer) ([]timing, error) {
	var out []timing
	for _, r := range reports {
		ds, err := ch.firstReads(as["reviewer"], reportPath(r, id))
		if err != nil {
			return nil, err
		}
		out = append(out, timing{name: "reports/" + r + ", first read after a change", took: median(ds), aim: 300 * time.Millisecond,
			note: fmt.Sprintf("  (median of 5 changes; slowest %s)", fmtDur(slowest(ds)))})
	}
	return out, nil
}

// changer makes real changes as the admin: a community's name changed and
// changed back in turn.
type changer struct {
	admin             *api
	id, original, now string
	version           int64
}

func newChanger(admin *api) (*changer, error) {
	id, name, version, _, err := admin.first("/api/v1/communities?limit=1")
	return &changer{admin: admin, id: id, original: name, now: name, version: version}, err
}

func (c *changer) change() error {
	next := c.original + " (bench)"
	if c.now != c.original {
		next = c.original
	}
	var got struct {
		Name    string `json:"name"`
		Version int64  `json:"version"`
	}
	if _, err := c.admin.call(http.MethodPatch, "/api/v1/communities/"+c.id, map[string]any{"name": next, "version": c.version}, &got); err != nil {
		return err
	}
	c.now, c.version = got.Name, got.Version
	return nil
}

// restore puts the community's name back.
func (c *changer) restore() error {
	if c.now == c.original {
		return nil
	}
	return c.change()
}

// firstReads times the first read of path by a after each of five changes.
func (c *changer) firstReads(a *api, path string) ([]time.Duration, error) {
	var ds []time.Duration
	for range 5 {
		if err := c.change(); err != nil {
			return nil, err
		}
		d, err := a.timeGet(path)
		if err != nil {
			return nil, err
		}
		ds = append(ds, d)
	}
	return ds, nil
}

func slowest(ds []time.Duration) time.Duration {
	var m time.Duration
	for _, d := range ds {
		m = max(m, d)
	}
	return m
}

// pickFragment answers the pair of adjacent Chinese characters in name
// that the fewest organizations match, and how many do.
func pickFragment(a *api, name string) (string, int64, error) {
	best, fewest := "", int64(-1)
	for _, p := range hanPairs(name) {
		var l struct {
			Total int64 `json:"total"`
		}
		if _, err := a.get("/api/v1/organizations?limit=1&q="+url.QueryEscape(p), &l); err != nil {
			return "", 0, err
		}
		if fewest < 0 || l.Total < fewest {
			best, fewest = p, l.Total
		}
	}
	if best == "" {
		return "", 0, fmt.Errorf("no two adjacent Chinese characters in the name %q", name)
	}
	return best, fewest, nil
}
