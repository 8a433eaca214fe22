package models

import (
	"context"
	"errors"
	"sync"
	"time"

	"gorm.io/gorm"
)

// Home is where a signed-in user lands: the figures their role starts the
// day with, in one answer (the bureau's province-wide figures in
// BureauFigures, apart). At most one section is set, the caller's; each
// is scoped as the lists and reports behind its cards are for that caller.
// A user not bound to the organization or funder their role needs gets no
// section.
type Home struct {
	Role       Role           `json:"role"`
	Today      Date           `json:"today"`
	Thresholds HomeThresholds `json:"thresholds"`
	Bureau     *BureauHome    `json:"bureau"`
	Incubator  *IncubatorHome `json:"incubator"`
	Org        *OrgHome       `json:"organization"`
	Funder     *FunderHome    `json:"funder"`
}

// HomeThresholds are the rules behind the home's flags, for its words.
type HomeThresholds struct {
	FundingCliffDays int     `json:"funding_cliff_days"`
	HighTurnoverRate float64 `json:"high_turnover_rate"`
	StuckAfterDays   int     `json:"stuck_after_days"`
}

// HomeQuarters is how many quarters the bureau's outcome chart shows.
const HomeQuarters = 8

// homeListed caps the items each card lists.
const homeListed = 8

// BureauHome is the reviewer's and the admin's day: the lists, the review
// queue and the stuck, which are read in a few milliseconds. The figures
// beside them (BureauFigures) are province-wide reports and come in an
// answer of their own, so that the lists never wait for them.
type BureauHome struct {
	Pending PendingReport `json:"pending"`
	Stuck   StuckReport   `json:"stuck"`
}

// BureauFigures are the figures of the bureau's home: the incubation
// outcomes by quarter and the bureau's evidence.
type BureauFigures struct {
	Today Date `json:"today"`
	// Quarters are the last HomeQuarters calendar quarters, oldest first,
	// the current one last.
	Quarters []QuarterOutcome `json:"quarters"`
	Evidence BureauEvidence   `json:"evidence"`
}

// BureauEvidence are the figures the bureau cites (the seed paper's).
type BureauEvidence struct {
	CommunitiesWithoutAnswer      int64    `json:"communities_without_answer"`
	CommunitiesTotal              int64    `json:"communities_total"`
	CommunitiesWithoutAnswerShare *float64 `json:"communities_without_answer_share"`
	// FundingCliff counts funded organizations facing a funding cliff.
	FundingCliff        int `json:"funding_cliff"`
	FundedOrganizations int `json:"funded_organizations"`
	// HighTurnover counts organizations over the turnover flag in the
	// twelve months to today.
	HighTurnover          int         `json:"high_turnover"`
	TurnoverOrganizations int         `json:"turnover_organizations"`
	TurnoverFrom          Date        `json:"turnover_from"`
	Flags                 LedgerFlags `json:"flags"`
}

// Home answers a's home.
func (s *Store) Home(ctx context.Context, a Actor) (Home, error) {
	h := Home{Role: a.Role, Today: s.today(),
		Thresholds: HomeThresholds{FundingCliffDays: FundingCliffDays, HighTurnoverRate: HighTurnoverRate, StuckAfterDays: StuckAfterDays}}
	var err error
	// A user not yet bound to an organization or a funder has no home
	// section; the page says so.
	unbound := (a.Role == RoleIncubator || a.Role == RoleOrgStaff) && a.OrganizationID == "" || a.Role == RoleFunder && a.FunderID == ""
	switch {
	case unbound:
		return h, nil
	case a.Role == RoleAdmin || a.Role == RoleReviewer:
		// The same for every admin (and every reviewer): province-wide.
		var b BureauHome
		b, err = sharedFigures(s, ctx, "bureau home "+string(a.Role), func() (BureauHome, error) { return s.bureauHome(ctx) })
		h.Bureau = &b
	case a.Role == RoleIncubator:
		var i IncubatorHome
		i, err = s.incubatorHome(ctx, a)
		h.Incubator = &i
	case a.Role == RoleOrgStaff:
		var o OrgHome
		o, err = s.orgHome(ctx, a)
		h.Org = &o
	case a.Role == RoleFunder:
		var f FunderHome
		f, err = s.funderHome(ctx, a)
		h.Funder = &f
	}
	return h, err
}

// LiveStatuses are the statuses of projects under way, whose flags the
// bureau's home counts: the whole ledger of the province is too much to
// read on every sign-in, and the projects still running are those where a
// flag can still be acted on.
var LiveStatuses = []ProjectStatus{ProjectContracted, ProjectActive}

// bureauHome reads the province's review queue and its stuck
// organizations, the first few of each with their counts.
func (s *Store) bureauHome(ctx context.Context) (BureauHome, error) {
	db := s.read.WithContext(ctx)
	var b BureauHome
	err := together(
		func() (err error) { b.Pending, err = pendingReport(pendingQuery(db), s.Now(), homeListed); return err },
		func() (err error) { b.Stuck, err = stuckReport(db, PipelineFilter{}, s.Now(), homeListed); return err },
	)
	return b, err
}

// BureauFigures answers the figures of the bureau's home, the same for
// every admin (and every reviewer): province-wide. Other roles have none.
func (s *Store) BureauFigures(ctx context.Context, a Actor) (BureauFigures, error) {
	if a.Role != RoleAdmin && a.Role != RoleReviewer {
		return BureauFigures{}, ErrForbidden
	}
	return sharedFigures(s, ctx, "bureau figures "+string(a.Role), func() (BureauFigures, error) { return s.bureauFigures(ctx, a) })
}

// bureauFigures reuses the reports behind the figures: the pipeline's
// outcomes, demand coverage's headline, funding continuity and turnover,
// and counts the ledger's flags on live projects in SQL. They are independent reads,
// made at once through the reader pool.
func (s *Store) bureauFigures(ctx context.Context, a Actor) (BureauFigures, error) {
	now := s.Now()
	quarters := lastQuarters(now, HomeQuarters)
	var (
		out = BureauFigures{Today: s.today(), Quarters: make([]QuarterOutcome, len(quarters))}
		inc IncubationOutcomes
		fr  FundingReport
		tr  TurnoverReport
	)
	ev := &out.Evidence
	ev.TurnoverFrom = yearBefore(now)
	err := together(
		func() error {
			return s.incubationOutcomes(s.read.WithContext(ctx), PipelineFilter{From: quarters[0].start, To: s.today()}, &inc)
		},
		func() error {
			total, answered, err := s.coverageHeadline(ctx)
			ev.CommunitiesTotal, ev.CommunitiesWithoutAnswer = total, total-answered
			ev.CommunitiesWithoutAnswerShare = share(ev.CommunitiesWithoutAnswer, total)
			return err
		},
		func() (err error) { fr, err = s.FundingReport(ctx, a, FundingFilter{Limit: 1}); return err },
		func() (err error) {
			tr, err = s.Turnover(ctx, a, TurnoverFilter{From: ev.TurnoverFrom, To: s.today(), GroupBy: "organization", Limit: 1})
			return err
		},
		func() (err error) {
			ev.Flags, err = s.ledgerFlags(s.read.WithContext(ctx), "status IN ?", LiveStatuses)
			return err
		},
	)
	if err != nil {
		return out, err
	}
	by := map[string]QuarterOutcome{}
	for _, q := range inc.ByQuarter {
		by[q.Quarter] = q
	}
	for i, q := range quarters {
		out.Quarters[i] = by[q.name]
		out.Quarters[i].Quarter = q.name
	}
	ev.FundingCliff, ev.FundedOrganizations = fr.CliffCount, fr.OrganizationCount
	ev.HighTurnover, ev.TurnoverOrganizations = tr.HighTurnoverCount, tr.GroupCount
	return out, nil
}

// together runs the reads at once and answers their errors, joined.
func together(reads ...func() error) error {
	errs := make([]error, len(reads))
	var wg sync.WaitGroup
	for i, read := range reads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = read()
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// yearBefore is the first day of the twelve months ending today.
func yearBefore(now time.Time) Date { return Date(now.AddDate(-1, 0, 1).Format(DateLayout)) }

// lastQuarters answers the n calendar quarters ending with now's.
func lastQuarters(now time.Time, n int) []quarterSpan {
	first := time.Date(now.Year(), time.Month((int(now.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -3*(n-1), 0)
	return quarterSpans(first, now)
}

// homeFirst keeps at most n items.
func homeFirst[T any](xs []T, n int) []T {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}

// scopedPending is the pending queue on the organizations a may see.
func (s *Store) scopedPending(db *gorm.DB, a Actor) (PendingReport, error) {
	return pendingReport(orgScope(pendingQuery(db), a), s.Now(), homeListed)
}
