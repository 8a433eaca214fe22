package main

import (
	"strings"
	"testing"
	"time"
)

func TestShare(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name              string
		hatchery, ceiling float64
		want              float64
	}{
		{"a quarter", 2500, 10000, 25},
		{"faster than the ceiling", 1200, 1000, 120},
		{"no ceiling measured", 500, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := share(c.hatchery, c.ceiling); got != c.want {
				t.Errorf("share(%v, %v) = %v, want %v", c.hatchery, c.ceiling, got, c.want)
			}
		})
	}
}

func TestVmHWM(t *testing.T) {
	t.Parallel()
	status := "Name:\thatchery\nVmPeak:\t 1300000 kB\nVmSize:\t 1200000 kB\nVmHWM:\t   81234 kB\nVmRSS:\t   70000 kB\n"
	got, err := vmHWM(status)
	if err != nil || got != 81234 {
		t.Errorf("vmHWM = %d, %v; want 81234", got, err)
	}
	if _, err := vmHWM("Name:\thatchery\nVmRSS:\t 70000 kB\n"); err == nil {
		t.Error("vmHWM of a status without the line answered no error")
	}
}

func TestSumRunTimes(t *testing.T) {
	t.Parallel()
	out := "3|12\nRun Time: real 0.012 user 0.010000 sys 0.001000\nincubating|40\nRun Time: real 0.250 user 0.200000 sys 0.020000\n"
	got, err := sumRunTimes(out)
	if err != nil || got != 262*time.Millisecond {
		t.Errorf("sumRunTimes = %s, %v; want 262ms", got, err)
	}
	if _, err := sumRunTimes("3|12\n"); err == nil {
		t.Error("output without timer lines answered no error")
	}
}

func TestMedianAndPercentile(t *testing.T) {
	t.Parallel()
	ds := []time.Duration{5, 1, 4, 2, 3}
	if got := median(ds); got != 3 {
		t.Errorf("median = %d, want 3", got)
	}
	if ds[0] != 5 {
		t.Error("median sorted its argument in place")
	}
	sorted := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	// (10-1)*0.5 = 4.5, truncated to index 4; (10-1)*0.99 = 8.91 to index 8.
	if p50, p99 := pct(sorted, 0.5), pct(sorted, 0.99); p50 != 5 || p99 != 9 {
		t.Errorf("p50, p99 = %d, %d; want 5, 9", p50, p99)
	}
}

func TestWriteTable(t *testing.T) {
	t.Parallel()
	lat := []time.Duration{time.Millisecond, 2 * time.Millisecond, 30 * time.Millisecond}
	rows := []result{
		{name: "/healthz", hatchery: stat{lat: lat}, hatcheryRS: 9000, ceilingRS: 10000},
		{name: "organizations?limit=50", aim: 20, hatchery: stat{lat: lat, errs: 2, firstErr: "503 Service Unavailable"}, hatcheryRS: 1500, ceilingRS: 10000},
		{name: "reports/pipeline", aim: 20, hatchery: stat{lat: lat}, hatcheryRS: 3000, ceilingRS: 12000, wireRS: 4000},
		{name: "reports/turnover", aim: 20, hatchery: stat{lat: lat}, hatcheryRS: 2.5, ceilingRS: 5000},
	}
	var b strings.Builder
	writeTable(&b, rows)
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("got %d lines, want a header, four rows and one note:\n%s", len(lines), b.String())
	}
	want := []struct{ row, fields string }{
		{"/healthz", "9000 2.00 ms 2.00 ms 10000 90.0% - - - -"},
		{"organizations?limit=50", "1500 2.00 ms 2.00 ms 10000 15.0% 20% NO - -"},
		{"reports/pipeline", "3000 2.00 ms 2.00 ms 12000 25.0% 20% yes 4000 75.0%"}, // against the gzipped bytes too
		{"reports/turnover", "2.5 2.00 ms 2.00 ms 5000 0.05% 20% NO - -"},
	}
	for i, w := range want {
		f := strings.Fields(lines[i+1])
		if f[0] != w.row || strings.Join(f[1:], " ") != w.fields {
			t.Errorf("line %d = %q, want %s %s", i+1, lines[i+1], w.row, w.fields)
		}
	}
	if !strings.Contains(lines[5], "organizations?limit=50 answered 2 errors (ceiling 0, gzip ceiling 0) during the load; the first: 503 Service Unavailable") {
		t.Errorf("note = %q", lines[5])
	}
}

func TestWriteTimings(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	writeTimings(&b, []timing{
		{name: "review queue", took: 2500 * time.Microsecond, aim: 3 * time.Millisecond},
		{name: "reports/funding", took: 420 * time.Millisecond, aim: 300 * time.Millisecond},
	})
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if got := strings.Join(strings.Fields(lines[1]), " "); got != "review queue 2.50 ms < 3.00 ms yes" {
		t.Errorf("line 1 = %q", got)
	}
	if got := strings.Join(strings.Fields(lines[2]), " "); got != "reports/funding 420 ms < 300 ms NO" {
		t.Errorf("line 2 = %q", got)
	}
}

func TestHanPairs(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		want []string
	}{
		{"合成011市08区第9街道4社区第249社会组织", []string{"合成", "区第", "街道", "社区", "社会", "会组", "组织"}},
		{"阳光阳光", []string{"阳光", "光阳"}},
		{"A1", nil},
	}
	for _, c := range cases {
		if got := hanPairs(c.name); strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("hanPairs(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
