package models

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// FundingCycle is a funder's round (SPEC 2): a pool of money, the days it
// takes proposals, and the service period its projects cover.
type FundingCycle struct {
	ID          string `json:"id"`
	FunderID    string `json:"funder_id"`
	Name        string `json:"name"`
	Year        int    `json:"year"`
	PoolFen     Fen    `json:"pool_fen"`
	OpensOn     Date   `json:"opens_on"`
	ClosesOn    Date   `json:"closes_on"`
	PeriodStart Date   `json:"period_start"`
	PeriodEnd   Date   `json:"period_end"`
	Stamps
}

// FundingCycleView is a cycle with its funder's name and what it awarded:
// the budgets of its contracted, active and completed projects.
type FundingCycleView struct {
	FundingCycle
	FunderName string `json:"funder_name" gorm:"->"`
	AwardedFen Fen    `json:"awarded_fen" gorm:"->"`
	Projects   int64  `json:"projects" gorm:"->"`
}

// FundingCyclePatch holds the writable columns; nil means unchanged.
type FundingCyclePatch struct {
	Name        *string
	Year        *int
	PoolFen     *Fen
	OpensOn     *Date
	ClosesOn    *Date
	PeriodStart *Date
	PeriodEnd   *Date
}

// FundingCycleFilter narrows the cycle list.
type FundingCycleFilter struct {
	FunderID string
	Year     int
	Page
}

// cycleScope: every signed-in user may read the rounds (they are public
// calls for proposals); a funder's users see their own funder's.
func cycleScope(q *gorm.DB, a Actor) *gorm.DB {
	if a.Role == RoleFunder {
		return q.Where("funding_cycles.funder_id = ?", a.FunderID)
	}
	return q
}

func cycleViewQuery(db *gorm.DB) *gorm.DB {
	return db.Table("funding_cycles").
		Select("funding_cycles.*, funders.name AS funder_name, "+
			"(SELECT COALESCE(SUM(p.budget_fen), 0) FROM projects p WHERE p.funding_cycle_id = funding_cycles.id AND p.status IN ?) AS awarded_fen, "+
			"(SELECT COUNT(*) FROM projects p WHERE p.funding_cycle_id = funding_cycles.id) AS projects",
			awardedStatuses).
		Joins("JOIN funders ON funders.id = funding_cycles.funder_id")
}

// awardedStatuses are the statuses of a project whose money was awarded.
var awardedStatuses = []ProjectStatus{ProjectContracted, ProjectActive, ProjectCompleted}

// ListFundingCycles answers the cycles a may see, newest first.
func (s *Store) ListFundingCycles(ctx context.Context, a Actor, f FundingCycleFilter) (List[FundingCycleView], error) {
	db := s.read.WithContext(ctx)
	filter := func(q *gorm.DB) *gorm.DB {
		q = cycleScope(q, a)
		if f.FunderID != "" {
			q = q.Where("funding_cycles.funder_id = ?", f.FunderID)
		}
		if f.Year != 0 {
			q = q.Where("funding_cycles.year = ?", f.Year)
		}
		return q
	}
	return listPageSorted(filter(cycleViewQuery(db)), filter(db.Table("funding_cycles")), f.Page, "funding_cycles.id", false,
		func(c FundingCycleView) string { return c.ID }, fundingCycleSorts)
}

// fundingCycleSorts are the columns the funding cycle list may be sorted by.
var fundingCycleSorts = sortColumns[FundingCycleView]{
	"name":     {"funding_cycles.name", sortText, func(c FundingCycleView) any { return c.Name }},
	"year":     {"funding_cycles.year", sortInt, func(c FundingCycleView) any { return c.Year }},
	"pool_fen": {"funding_cycles.pool_fen", sortInt, func(c FundingCycleView) any { return c.PoolFen }},
}

// GetFundingCycle answers one cycle a may see.
func (s *Store) GetFundingCycle(ctx context.Context, a Actor, id string) (FundingCycleView, error) {
	return fundingCycleView(s.read.WithContext(ctx), a, id)
}

func fundingCycleView(db *gorm.DB, a Actor, id string) (FundingCycleView, error) {
	var c FundingCycleView
	err := cycleScope(cycleViewQuery(db), a).Where("funding_cycles.id = ?", id).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return c, ErrNotFound
	}
	return c, err
}

// CreateFundingCycle stores a new round for the caller's funder (admins
// name one) and audits it.
func (s *Store) CreateFundingCycle(ctx context.Context, a Actor, c FundingCycle) (FundingCycleView, error) {
	switch a.Role {
	case RoleFunder:
		c.FunderID = a.FunderID
	case RoleAdmin:
	default:
		return FundingCycleView{}, ErrForbidden
	}
	now := NewTime(s.Now())
	c.ID, c.Stamps = NewID(), Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	var view FundingCycleView
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		if err := checkFundingCycle(tx, c); err != nil {
			return err
		}
		if err := tx.Table("funding_cycles").Create(&c).Error; err != nil {
			if s.isUnique(err) {
				return &ConflictError{Field: "name", Message: "this funder already has a round of this name"}
			}
			return err
		}
		var err error
		if view, err = fundingCycleView(tx, a, c.ID); err != nil {
			return err
		}
		return s.audit(tx, a, "create", "funding_cycle", c.ID, nil, c)
	})
	return view, err
}

// UpdateFundingCycle applies p if the cycle is still at version.
func (s *Store) UpdateFundingCycle(ctx context.Context, a Actor, id string, version int64, p FundingCyclePatch) (FundingCycleView, error) {
	if a.Role != RoleAdmin && a.Role != RoleFunder {
		return FundingCycleView{}, ErrForbidden
	}
	load := func(tx *gorm.DB) (FundingCycleView, error) { return fundingCycleView(tx, a, id) }
	return updateAudited(ctx, s, a, id, version, audited[FundingCycleView]{Table: "funding_cycles", Entity: "funding_cycle",
		Load: load, Reload: load,
		Change: func(tx *gorm.DB, before FundingCycleView) (map[string]any, error) {
			next, m := before.FundingCycle, map[string]any{}
			set(m, "name", p.Name)
			for col, pair := range map[string]struct{ dst, src *Date }{
				"opens_on": {&next.OpensOn, p.OpensOn}, "closes_on": {&next.ClosesOn, p.ClosesOn},
				"period_start": {&next.PeriodStart, p.PeriodStart}, "period_end": {&next.PeriodEnd, p.PeriodEnd},
			} {
				if pair.src != nil {
					*pair.dst, m[col] = *pair.src, *pair.src
				}
			}
			if p.Year != nil {
				m["year"] = *p.Year
			}
			if p.PoolFen != nil {
				m["pool_fen"] = *p.PoolFen
			}
			if p.Name != nil {
				next.Name = *p.Name
				var n int64
				if err := tx.Table("funding_cycles").Where("funder_id = ? AND name = ? AND id <> ?", next.FunderID, next.Name, id).Count(&n).Error; err != nil {
					return nil, err
				}
				if n > 0 {
					return nil, &ConflictError{Field: "name", Message: "this funder already has a round of this name"}
				}
			}
			return m, checkFundingCycle(tx, next)
		}})
}

// checkFundingCycle keeps a round's days in order.
func checkFundingCycle(tx *gorm.DB, c FundingCycle) error {
	if c.ClosesOn < c.OpensOn {
		return Invalid("closes_on", "after", "the round must close on or after the day it opens (%s)", c.OpensOn)
	}
	if c.PeriodEnd <= c.PeriodStart {
		return Invalid("period_end", "after", "the service period must end after it starts (%s)", c.PeriodStart)
	}
	var n int64
	if err := tx.Table("funders").Where("id = ?", c.FunderID).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return Invalid("funder_id", "exists", "no such funder")
	}
	return nil
}
