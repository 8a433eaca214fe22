package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// handSQL times each report's hand-written SQL (dir/<report>.sql) in the
// sqlite3 shell on the same database, and prints how much longer the
// endpoint's first read after a change took than the SQL alone.
func handSQL(w io.Writer, dir, dbPath string, afresh []timing) {
	fmt.Fprintf(w, "%-28s %10s %10s %7s %5s %4s\n", "report against hand SQL", "endpoint", "hand SQL", "ratio", "aim", "met")
	shell, shellErr := exec.LookPath("sqlite3")
	for i, r := range reports {
		name := "reports/" + r
		file := filepath.Join(dir, strings.ReplaceAll(r, "-", "_")+".sql")
		sql, err := os.ReadFile(file)
		switch {
		case err != nil:
			fmt.Fprintf(w, "%-28s no hand SQL yet\n", name)
			continue
		case shellErr != nil:
			fmt.Fprintf(w, "%-28s no sqlite3 on PATH\n", name)
			continue
		}
		var ds []time.Duration
		for range 3 {
			d, err := runSQL(shell, dbPath, sql)
			if err != nil {
				fmt.Fprintf(w, "%-28s %s: %v\n", name, file, err)
				ds = nil
				break
			}
			ds = append(ds, d)
		}
		if ds == nil {
			continue
		}
		hand := median(ds)
		ratio := float64(afresh[i].took) / float64(max(hand, time.Microsecond))
		fmt.Fprintf(w, "%-28s %10s %10s %6.1fx %5s %4s\n", name, fmtDur(afresh[i].took), fmtDur(hand), ratio, "1.5x", verdict(ratio <= 1.5, true))
	}
}

// runSQL runs sql in the sqlite3 shell on dbPath with its timer on and
// answers the real time of its statements added up.
func runSQL(shell, dbPath string, sql []byte) (time.Duration, error) {
	cmd := exec.Command(shell, dbPath)
	cmd.Stdin = io.MultiReader(strings.NewReader(".timer on\n"), bytes.NewReader(sql))
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("%w: %s", err, firstLine(errBuf.String()))
	}
	if errBuf.Len() > 0 {
		return 0, fmt.Errorf("sqlite3: %s", firstLine(errBuf.String()))
	}
	return sumRunTimes(string(out))
}

// sumRunTimes adds up the "Run Time: real S" lines the shell's timer
// prints after each statement.
func sumRunTimes(out string) (time.Duration, error) {
	var total time.Duration
	n := 0
	for _, line := range strings.Split(out, "\n") {
		_, rest, ok := strings.Cut(line, "Run Time: real ")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) == 0 {
			continue
		}
		s, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			return 0, fmt.Errorf("timer line %q: %w", line, err)
		}
		total += time.Duration(s * float64(time.Second))
		n++
	}
	if n == 0 {
		return 0, fmt.Errorf("the shell printed no timer lines")
	}
	return total, nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}
