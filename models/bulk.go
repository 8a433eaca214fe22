package models

import (
	"context"
	"slices"

	"gorm.io/gorm"
)

// BulkInsertReference adds many communities and funders in one transaction
// with one audit entry that counts them; the synthetic data set uses it.
func (s *Store) BulkInsertReference(ctx context.Context, a Actor, coms []Community, funders []Funder) error {
	now := NewTime(s.Now())
	for i := range coms {
		coms[i].ID, coms[i].Stamps = NewID(), Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	}
	for i := range funders {
		funders[i].ID, funders[i].Stamps = NewID(), Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	}
	return s.InTx(ctx, func(tx *gorm.DB) error {
		if len(coms) > 0 {
			if err := tx.Table("communities").CreateInBatches(coms, 200).Error; err != nil {
				return err
			}
		}
		if len(funders) > 0 {
			if err := tx.Table("funders").CreateInBatches(funders, 200).Error; err != nil {
				return err
			}
		}
		return s.audit(tx, a, "bulk_create", "reference", "", nil, map[string]int{"communities": len(coms), "funders": len(funders)})
	})
}

// BulkInsertPipeline adds many organizations with their approved and
// pending requests in one transaction and one audit entry; the synthetic
// data set uses it. Requests must name an existing user.
func (s *Store) BulkInsertPipeline(ctx context.Context, a Actor, orgs []Organization, reqs []TransitionRequest) error {
	now := NewTime(s.Now())
	for i := range orgs {
		orgs[i].Stamps = Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	}
	orgs = slices.Clone(orgs)
	for i := range orgs {
		var err error
		if orgs[i].ContactPhone, err = s.sealPhone(orgContactPhone, orgs[i].ID, orgs[i].ContactPhone); err != nil {
			return err
		}
	}
	for i := range reqs {
		reqs[i].Stamps = Stamps{CreatedAt: reqs[i].RequestedAt, UpdatedAt: reqs[i].RequestedAt, Version: 1}
	}
	return s.InTx(ctx, func(tx *gorm.DB) error {
		if len(orgs) > 0 {
			if err := tx.Table("organizations").Omit("community_name", "district", "incubator_name").CreateInBatches(orgs, 100).Error; err != nil {
				return err
			}
		}
		if len(reqs) > 0 {
			if err := tx.Table("transition_requests").Omit("Readiness").CreateInBatches(reqs, 100).Error; err != nil {
				return err
			}
		}
		return s.audit(tx, a, "bulk_create", "pipeline", "", nil, map[string]int{"organizations": len(orgs), "transition_requests": len(reqs)})
	})
}

// Analyze refreshes the planner's statistics after a bulk load. On
// PostgreSQL it vacuums too, which marks the loaded pages all-visible:
// until autovacuum comes round, index-only scans (the search grams' counts,
// the report indexes) would otherwise visit the table for every row.
func (s *Store) Analyze(ctx context.Context) error {
	stmt := "ANALYZE"
	if s.dialect.name() == Postgres {
		stmt = "VACUUM (ANALYZE)"
	}
	return s.db.WithContext(ctx).Exec(stmt).Error
}

// MoneyBatch is a batch of synthetic projects with their plans and ledgers.
type MoneyBatch struct {
	Projects      []Project
	Communities   [][2]string // project id, community id
	Lines         []BudgetLine
	Tranches      []Tranche
	Disbursements []Disbursement
	Expenditures  []Expenditure
}

// BulkInsertMoney adds a batch of projects and their ledgers in one
// transaction and one audit entry; the synthetic data set uses it. The
// database's own checks and triggers still hold.
func (s *Store) BulkInsertMoney(ctx context.Context, a Actor, b MoneyBatch) error {
	return s.InTx(ctx, func(tx *gorm.DB) error {
		steps := []struct {
			table string
			rows  any
			n     int
		}{
			{"projects", b.Projects, len(b.Projects)},
			{"budget_lines", b.Lines, len(b.Lines)},
			{"tranches", b.Tranches, len(b.Tranches)},
			{"disbursements", b.Disbursements, len(b.Disbursements)},
			{"expenditures", b.Expenditures, len(b.Expenditures)},
		}
		for _, st := range steps {
			if st.n == 0 {
				continue
			}
			if err := tx.Table(st.table).Omit("ReversedBy").CreateInBatches(st.rows, 400).Error; err != nil {
				return err
			}
		}
		for _, pc := range b.Communities {
			if err := tx.Exec("INSERT INTO project_communities (project_id, community_id) VALUES (?, ?)", pc[0], pc[1]).Error; err != nil {
				return err
			}
		}
		return s.audit(tx, a, "bulk_create", "money", "", nil, map[string]int{
			"projects": len(b.Projects), "disbursements": len(b.Disbursements), "expenditures": len(b.Expenditures)})
	})
}

// BulkInsertStaff adds many staff records in one transaction and one audit
// entry; the synthetic data set uses it.
func (s *Store) BulkInsertStaff(ctx context.Context, a Actor, staff []StaffMember) error {
	now := NewTime(s.Now())
	for i := range staff {
		staff[i].ID, staff[i].Stamps = NewID(), Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	}
	staff = slices.Clone(staff)
	for i := range staff {
		var err error
		if staff[i].Phone, err = s.sealPhone(staffPhone, staff[i].ID, staff[i].Phone); err != nil {
			return err
		}
	}
	return s.InTx(ctx, func(tx *gorm.DB) error {
		if err := tx.Table("staff_members").CreateInBatches(staff, 400).Error; err != nil {
			return err
		}
		return s.audit(tx, a, "bulk_create", "staff", "", nil, map[string]int{"staff_members": len(staff)})
	})
}
