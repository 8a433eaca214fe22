package seeds

import (
	"fmt"
	"io"
	"strconv"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress reports how many of a known number of items are done.
type progress interface {
	add(n int)
	finish()
}

// newProgress draws a bar on w when w is a terminal, and otherwise writes a
// plain line at every tenth of the way: a bar redrawn with carriage returns
// fills a log file with kilobytes of noise.
func newProgress(w io.Writer, total int, unit string) progress {
	if isTerminal(w) {
		return barProgress{progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("seeding "+unit),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())}
	}
	return &lineProgress{w: w, total: total, unit: unit}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

type barProgress struct{ bar *progressbar.ProgressBar }

func (p barProgress) add(n int) { _ = p.bar.Add(n) }
func (p barProgress) finish()   { _ = p.bar.Finish() }

// lineProgress writes "seeding: 40% (8,800 of 22,000 organizations)" each
// time another tenth is done.
type lineProgress struct {
	w           io.Writer
	total, done int
	unit        string
	tenths      int // tenths reported so far
}

func (p *lineProgress) add(n int) {
	p.done += n
	if p.total <= 0 {
		return
	}
	if t := min(p.done*10/p.total, 10); t > p.tenths {
		p.tenths = t
		fmt.Fprintf(p.w, "seeding: %d%% (%s of %s %s)\n", min(p.done*100/p.total, 100), grouped(p.done), grouped(p.total), p.unit)
	}
}

func (p *lineProgress) finish() {}

// grouped writes a count with thousands separators: 22000 is "22,000".
func grouped(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
