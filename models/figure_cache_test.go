package models

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestFiguresKeptUnderTheirCounter holds the shared figures to their data
// counter: the same counter reuses them, a newer one makes them again and
// drops what was made before it, and no more than keptKinds kinds are kept.
func TestFiguresKeptUnderTheirCounter(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)
	s := &Store{now: func() time.Time { return now }, figures: newFigureCache()}
	made := 0
	figures := func(data int64, kind string) int {
		t.Helper()
		ctx := WithVersions(context.Background(), Versions{Data: data, Access: 1})
		v, err := sharedFigures(s, ctx, kind, func() (int, error) { made++; return made, nil })
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if a, b := figures(5, "coverage"), figures(5, "coverage"); a != 1 || b != 1 || made != 1 {
		t.Fatalf("under one counter: %d then %d, made %d times", a, b, made)
	}
	figures(5, "turnover")
	if got := figures(6, "coverage"); got != 3 {
		t.Fatalf("after a change the figures are %d, want made again (3)", got)
	}
	if _, kept := s.figures.kept["turnover"]; kept {
		t.Error("figures made before the change are still kept")
	}
	if got := figures(6, "coverage"); got != 3 {
		t.Errorf("the new figures were not kept: %d", got)
	}

	for i := range 2 * keptKinds {
		figures(7, fmt.Sprintf("portfolio %d", i))
	}
	if n := len(s.figures.kept); n > keptKinds {
		t.Errorf("%d kinds kept, want at most %d", n, keptKinds)
	}
	if _, kept := s.figures.kept[fmt.Sprintf("portfolio %d", 2*keptKinds-1)]; !kept {
		t.Error("the kind just made was dropped")
	}
}
