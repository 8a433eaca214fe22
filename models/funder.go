package models

import (
	"context"

	"gorm.io/gorm"
)

// Funder pays for government-purchased service projects: a bureau, a street
// office, a foundation or an enterprise.
type Funder struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Kind       string  `json:"kind"`
	Department string  `json:"department"`
	CreditCode *string `json:"credit_code"`
	Stamps
}

// FunderPatch holds the writable columns of a funder; nil means unchanged.
// An empty CreditCode clears it.
type FunderPatch struct {
	Name       *string
	Kind       *string
	Department *string
	CreditCode *string
}

func (p FunderPatch) changes() map[string]any {
	m := map[string]any{}
	set(m, "name", p.Name)
	set(m, "kind", p.Kind)
	set(m, "department", p.Department)
	if p.CreditCode != nil {
		m["credit_code"] = nullIfEmpty(*p.CreditCode)
	}
	return m
}

func nullIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// FunderFilter narrows the funder list.
type FunderFilter struct {
	Q    string
	Kind string
	Page
}

// ListFunders answers funders newest first.
func (s *Store) ListFunders(ctx context.Context, f FunderFilter) (List[Funder], error) {
	q := s.read.WithContext(ctx).Table("funders")
	if f.Q != "" {
		q = q.Where("("+s.dialect.containsText("name")+" OR credit_code = ?)", likePattern(f.Q), f.Q)
	}
	if f.Kind != "" {
		q = q.Where("kind = ?", f.Kind)
	}
	return listPageSorted(q, q, f.Page, "id", false, func(x Funder) string { return x.ID }, funderSorts)
}

// funderSorts are the columns the funder list may be sorted by.
var funderSorts = sortColumns[Funder]{
	"name": {"name", sortText, func(x Funder) any { return x.Name }},
}

// GetFunder answers one funder.
func (s *Store) GetFunder(ctx context.Context, id string) (Funder, error) {
	var f Funder
	return f, findForUpdate(s.read.WithContext(ctx), "funders", id, &f)
}

// CreateFunder stores f with a new id and audits it.
func (s *Store) CreateFunder(ctx context.Context, a Actor, f Funder) (Funder, error) {
	now := NewTime(s.Now())
	f.ID, f.Stamps = NewID(), Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	if f.CreditCode != nil {
		f.CreditCode = nullIfEmpty(*f.CreditCode)
	}
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		if err := funderUnique(tx, "", f.Name, f.CreditCode); err != nil {
			return err
		}
		if err := tx.Table("funders").Create(&f).Error; err != nil {
			if s.isUnique(err) {
				return &ConflictError{Field: "name", Message: "a funder with this name or credit code already exists"}
			}
			return err
		}
		return s.audit(tx, a, "create", "funder", f.ID, nil, f)
	})
	return f, err
}

// UpdateFunder applies p if the funder is still at version.
func (s *Store) UpdateFunder(ctx context.Context, a Actor, id string, version int64, p FunderPatch) (Funder, error) {
	return updateAudited(ctx, s, a, id, version, audited[Funder]{Table: "funders", Entity: "funder",
		Change: func(tx *gorm.DB, before Funder) (map[string]any, error) {
			name, code := before.Name, before.CreditCode
			if p.Name != nil {
				name = *p.Name
			}
			if p.CreditCode != nil {
				code = nullIfEmpty(*p.CreditCode)
			}
			return p.changes(), funderUnique(tx, id, name, code)
		}})
}

// funderUnique names the field that another funder (not id) already holds.
func funderUnique(tx *gorm.DB, id, name string, code *string) error {
	var n int64
	if err := tx.Table("funders").Where("name = ? AND id <> ?", name, id).Count(&n).Error; err != nil {
		return err
	}
	if n > 0 {
		return &ConflictError{Field: "name", Message: "another funder has this name"}
	}
	if code == nil {
		return nil
	}
	if err := tx.Table("funders").Where("credit_code = ? AND id <> ?", *code, id).Count(&n).Error; err != nil {
		return err
	}
	if n > 0 {
		return &ConflictError{Field: "credit_code", Message: "another funder has this credit code"}
	}
	return nil
}
