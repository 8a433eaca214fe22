package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// result is one row of the load table: Hatchery and the ceiling on the
// same bytes.
type result struct {
	name       string
	aim        float64 // the share to reach, in percent; 0 for none
	hatchery   stat
	ceiling    stat
	hatcheryRS float64
	ceilingRS  float64
	// wire is gin serving the gzipped bytes Hatchery sent, which the client
	// unzips as it does Hatchery's; measured only where Hatchery gzips.
	wire   stat
	wireRS float64
}

// share is Hatchery's throughput as a percentage of the ceiling's.
func share(hatchery, ceiling float64) float64 {
	if ceiling <= 0 {
		return 0
	}
	return 100 * hatchery / ceiling
}

// verdict says whether a measured value met its aim: "yes", "NO", or "-"
// when the row has none. Shares aim from below, times from above.
func verdict(met bool, hasAim bool) string {
	switch {
	case !hasAim:
		return "-"
	case met:
		return "yes"
	default:
		return "NO"
	}
}

// fmtFloat prints a rate or a share with a decimal under 100 and two
// under 1, so that a slow row does not read as zero.
func fmtFloat(f float64) string {
	switch {
	case f >= 100:
		return fmt.Sprintf("%.0f", f)
	case f >= 1:
		return fmt.Sprintf("%.1f", f)
	default:
		return fmt.Sprintf("%.2f", f)
	}
}

// fmtDur prints a duration in milliseconds with enough digits for
// sub-millisecond requests.
func fmtDur(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	switch {
	case ms < 10:
		return fmt.Sprintf("%.2f ms", ms)
	case ms < 100:
		return fmt.Sprintf("%.1f ms", ms)
	default:
		return fmt.Sprintf("%.0f ms", ms)
	}
}

// writeTable prints the load table, one line per row.
func writeTable(w io.Writer, rows []result) {
	fmt.Fprintf(w, "%-42s %8s %9s %9s %10s %7s %5s %4s %10s %7s\n",
		"row", "req/s", "p50", "p99", "gin req/s", "share", "aim", "met", "gin gzip", "share")
	for _, r := range rows {
		sh := share(r.hatcheryRS, r.ceilingRS)
		aim := "-"
		if r.aim > 0 {
			aim = fmt.Sprintf("%.0f%%", r.aim)
		}
		wire, wireShare := "-", "-"
		if r.wireRS > 0 {
			wire, wireShare = fmtFloat(r.wireRS), fmtFloat(share(r.hatcheryRS, r.wireRS))+"%"
		}
		fmt.Fprintf(w, "%-42s %8s %9s %9s %10s %7s %5s %4s %10s %7s\n",
			r.name, fmtFloat(r.hatcheryRS), fmtDur(pct(r.hatchery.lat, 0.5)), fmtDur(pct(r.hatchery.lat, 0.99)),
			fmtFloat(r.ceilingRS), fmtFloat(sh)+"%", aim, verdict(sh >= r.aim, r.aim > 0), wire, wireShare)
	}
	for _, r := range rows {
		if r.hatchery.errs > 0 || r.ceiling.errs > 0 || r.wire.errs > 0 {
			first := r.hatchery.firstErr
			switch {
			case first != "":
			case r.ceiling.firstErr != "":
				first = "(ceiling) " + r.ceiling.firstErr
			default:
				first = "(gzip ceiling) " + r.wire.firstErr
			}
			fmt.Fprintf(w, "  note: %s answered %d errors (ceiling %d, gzip ceiling %d) during the load; the first: %s\n",
				r.name, r.hatchery.errs, r.ceiling.errs, r.wire.errs, first)
		}
	}
}

// timing is a single-request time with its aim.
type timing struct {
	name string
	took time.Duration
	aim  time.Duration
	note string
}

// writeTimings prints the single-request times.
func writeTimings(w io.Writer, ts []timing) {
	fmt.Fprintf(w, "%-52s %9s %9s %4s\n", "single request", "time", "aim", "met")
	for _, t := range ts {
		fmt.Fprintf(w, "%-52s %9s %9s %4s%s\n", t.name, fmtDur(t.took), "< "+fmtDur(t.aim), verdict(t.took < t.aim, true), t.note)
	}
}

// median answers the middle of ds (the upper one of an even count).
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// vmHWM reads the peak resident memory in KiB from the text of
// /proc/<pid>/status.
func vmHWM(status string) (int64, error) {
	for _, line := range strings.Split(status, "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 0 {
				break
			}
			return strconv.ParseInt(f[0], 10, 64)
		}
	}
	return 0, fmt.Errorf("no VmHWM line")
}

// peakMemory reads the peak resident memory of process pid in KiB.
func peakMemory(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	return vmHWM(string(b))
}

// machine describes where the figures were measured.
func machine(goVersion string) string {
	cpu := "unknown CPU"
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	return fmt.Sprintf("machine: %s, %d cores, %s, %s", cpu, runtime.NumCPU(), goVersion, time.Now().UTC().Format("2006-01-02 15:04 UTC"))
}
