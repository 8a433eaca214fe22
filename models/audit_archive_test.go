package models_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// auditAt writes one sign-in entry per instant, in order, with a detail
// that json.Marshal escapes, so that the archive must keep the exact text.
func auditAt(t *testing.T, s *models.Store, clock *storetest.Clock, at ...time.Time) {
	t.Helper()
	for i, when := range at {
		clock.Set(when)
		a := models.Actor{Username: "tester", RequestID: "r" + string(rune('a'+i)), ClientIP: "10.0.0.1"}
		if err := s.Audit(context.Background(), a, "login", "session", "", map[string]any{"note": "<b>&\"王\"", "n": i}); err != nil {
			t.Fatal(err)
		}
	}
}

func exportAudit(t *testing.T, s *models.Store, from, to models.Date) (models.AuditArchiveHeader, []byte) {
	t.Helper()
	var buf bytes.Buffer
	h, err := s.ExportAudit(context.Background(), from, to, &buf)
	if err != nil {
		t.Fatal(err)
	}
	return h, buf.Bytes()
}

func TestAuditArchivePeriodIsChinaDays(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clock := storetest.NewClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		s := storetest.Open(t, d, models.Options{Now: clock.Now})
		auditAt(t, s, clock,
			time.Date(2025, 12, 31, 15, 59, 59, 999999000, time.UTC), // 31 Dec 23:59:59.999999 in China
			time.Date(2025, 12, 31, 16, 0, 0, 0, time.UTC),           // 1 Jan 00:00 in China
			time.Date(2026, 1, 15, 4, 0, 0, 0, time.UTC),
			time.Date(2026, 1, 31, 15, 59, 59, 0, time.UTC), // 31 Jan 23:59:59 in China
			time.Date(2026, 1, 31, 16, 0, 0, 0, time.UTC),   // 1 Feb 00:00 in China
		)
		all, err := s.ListAudit(context.Background(), models.AuditFilter{Page: models.Page{Limit: 10}})
		if err != nil || len(all.Items) != 5 {
			t.Fatalf("list: %v, %d entries", err, len(all.Items))
		}
		hashOf := map[int64]string{}
		for _, e := range all.Items {
			hashOf[e.Seq] = e.Hash
		}

		h, file := exportAudit(t, s, "2026-01-01", "2026-01-31")
		if h.FirstSeq != 2 || h.LastSeq != 4 || h.Count != 3 || h.PrevHash != hashOf[1] || h.LastHash != hashOf[4] {
			t.Fatalf("January header = %+v; want seq 2 to 4, 3 entries, prev hash of seq 1, last hash of seq 4", h)
		}
		lines := strings.Split(strings.TrimSpace(string(file)), "\n")
		if len(lines) != 4 {
			t.Fatalf("January archive has %d lines, want a header and 3 entries:\n%s", len(lines), file)
		}
		var header models.AuditArchiveHeader
		if err := json.Unmarshal([]byte(lines[0]), &header); err != nil || header.Format != models.AuditArchiveFormat || header.From != "2026-01-01" || header.To != "2026-01-31" {
			t.Fatalf("header line %s: %v", lines[0], err)
		}
		res, err := models.VerifyAuditArchive(bytes.NewReader(file))
		if err != nil || !res.OK || res.Checked != 3 {
			t.Fatalf("verify January: %+v, %v; want ok with 3 checked", res, err)
		}

		h, file = exportAudit(t, s, "2025-12-31", "2025-12-31")
		if h.FirstSeq != 1 || h.LastSeq != 1 || h.PrevHash != "" {
			t.Fatalf("31 December header = %+v; want seq 1 alone, starting the chain", h)
		}
		if res, err := models.VerifyAuditArchive(bytes.NewReader(file)); err != nil || !res.OK || res.Checked != 1 {
			t.Fatalf("verify 31 December: %+v, %v", res, err)
		}

		h, file = exportAudit(t, s, "2026-03-01", "2026-03-31")
		if h.Count != 0 || bytes.Count(file, []byte("\n")) != 1 {
			t.Fatalf("empty March: %+v\n%s", h, file)
		}
		if res, err := models.VerifyAuditArchive(bytes.NewReader(file)); err != nil || !res.OK || res.Checked != 0 {
			t.Fatalf("verify empty March: %+v, %v", res, err)
		}
	})
}

func TestAuditArchiveDetectsTampering(t *testing.T) {
	t.Parallel()
	clock := storetest.NewClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	s := storetest.Open(t, models.SQLite, models.Options{Now: clock.Now})
	base := time.Date(2026, 1, 10, 2, 0, 0, 0, time.UTC)
	auditAt(t, s, clock, base, base.Add(time.Minute), base.Add(2*time.Minute), base.Add(3*time.Minute), base.Add(4*time.Minute))
	_, file := exportAudit(t, s, "2026-01-10", "2026-01-10")
	lines := strings.Split(strings.TrimSuffix(string(file), "\n"), "\n") // lines[i] holds seq i
	if len(lines) != 6 {
		t.Fatalf("archive has %d lines, want a header and 5 entries", len(lines))
	}
	if res, err := models.VerifyAuditArchive(strings.NewReader(strings.Join(lines, "\n"))); err != nil || !res.OK || res.Checked != 5 {
		t.Fatalf("untouched archive: %+v, %v", res, err)
	}
	edit := func(i int, old, new string) func([]string) []string {
		return func(l []string) []string {
			if !strings.Contains(l[i], old) {
				t.Fatalf("line %d has no %q: %s", i, old, l[i])
			}
			l[i] = strings.Replace(l[i], old, new, 1)
			return l
		}
	}
	drop := func(i int) func([]string) []string {
		return func(l []string) []string { return append(l[:i:i], l[i+1:]...) }
	}
	cases := []struct {
		name   string
		tamper func([]string) []string
		badSeq int64
	}{
		{"edited action", edit(3, `"action":"login"`, `"action":"logout"`), 3},
		{"edited after", edit(2, `\"n\":1`, `\"n\":7`), 2},
		{"edited time", edit(4, `"at":"2026-01-10T02:03:00Z"`, `"at":"2026-01-10T02:03:01Z"`), 4},
		{"edited client address", edit(5, `"client_ip":"10.0.0.1"`, `"client_ip":"10.0.0.2"`), 5},
		{"deleted middle line", drop(3), 4},
		{"deleted first line", drop(1), 2},
		{"deleted last line", drop(5), 5},
		{"reordered", func(l []string) []string { l[3], l[4] = l[4], l[3]; return l }, 4},
		{"duplicated line", func(l []string) []string { return append(l[:4:4], l[3:]...) }, 3},
		{"header starts elsewhere", edit(0, `"prev_hash":""`, `"prev_hash":"00"`), 1},
		{"rehashed entry", edit(3, `"hash":"`, `"hash":"0`), 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			tampered := c.tamper(append([]string(nil), lines...))
			res, err := models.VerifyAuditArchive(strings.NewReader(strings.Join(tampered, "\n") + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			if res.OK || res.FirstBadSeq != c.badSeq {
				t.Fatalf("verify = ok %v, first bad seq %d (%s); want broken at %d", res.OK, res.FirstBadSeq, res.Reason, c.badSeq)
			}
		})
	}
	if _, err := models.VerifyAuditArchive(strings.NewReader(`{"format":"something else","version":1}` + "\n")); err == nil {
		t.Fatal("a file of another format verified")
	}
}

// TestNoCodeRemovesAuditEntries reads the application's code and schema:
// entries are appended and never edited, deleted or truncated by it, which
// is what lets an archive be written again, and the chain be trusted, at
// any time (tests may tamper, to prove the chain notices).
func TestNoCodeRemovesAuditEntries(t *testing.T) {
	t.Parallel()
	sqlWrite := regexp.MustCompile(`(?i)\b(DELETE\s+FROM|UPDATE|TRUNCATE(\s+TABLE)?|DROP\s+TABLE(\s+IF\s+EXISTS)?|ALTER\s+TABLE)\s+"?audit_entries\b`)
	gormWrite := regexp.MustCompile(`Table\("audit_entries"\)[^\n]*\.(Delete|Update|Updates|UpdateColumn|UpdateColumns|Save)\(`)
	var checked int
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "frontend" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return filepath.SkipDir
		}
		if d.IsDir() || strings.HasSuffix(path, "_test.go") || !(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".sql")) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		checked++
		if m := sqlWrite.Find(b); m != nil {
			t.Errorf("%s changes audit entries: %q", path, m)
		}
		if m := gormWrite.Find(b); m != nil {
			t.Errorf("%s changes audit entries: %q", path, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("read only %d files; is the walk in the right place?", checked)
	}
}
