package models

import (
	"context"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"
)

// StaffMember is one period of someone's work for an organization (SPEC 2).
// Records are never deleted: they are the evidence of turnover. Leaving sets
// LeftOn and LeaveReason together; someone who comes back gets a new record.
type StaffMember struct {
	ID             string  `json:"id"`
	OrganizationID string  `json:"organization_id"`
	Name           string  `json:"name"`
	Phone          string  `json:"phone"`
	Title          string  `json:"title"`
	EmploymentType string  `json:"employment_type"`
	Qualification  string  `json:"qualification"`
	Education      string  `json:"education"`
	JoinedOn       Date    `json:"joined_on"`
	LeftOn         *Date   `json:"left_on"`
	LeaveReason    *string `json:"leave_reason"`
	// TrainingHours is this year's continuing education.
	TrainingHours float64 `json:"training_hours"`
	Stamps
}

// StaffPatch holds the writable columns; nil means unchanged. LeftOn and
// LeaveReason are set together; both empty clears a departure recorded by
// mistake.
type StaffPatch struct {
	Name           *string
	Phone          *string
	Title          *string
	EmploymentType *string
	Qualification  *string
	Education      *string
	JoinedOn       *Date
	LeftOn         *string
	LeaveReason    *string
	TrainingHours  *float64
}

// StaffFilter narrows a roster.
type StaffFilter struct {
	// Active keeps those still working (true) or those who left (false).
	Active         *bool
	EmploymentType string
	Page
}

// The rules of the roster, by code.
const (
	// RuleDepartureIncomplete: left_on and leave_reason go together.
	RuleDepartureIncomplete = "departure-incomplete"
)

// seesPhone says whether a sees staff phone numbers of organization o in
// full: its own staff (an incubator's users are its own staff), its current
// incubator, reviewers and admins.
func seesPhone(a Actor, o Organization) bool {
	switch a.Role {
	case RoleAdmin, RoleReviewer:
		return true
	case RoleOrgStaff:
		return a.OrganizationID == o.ID
	case RoleIncubator:
		return a.OrganizationID == o.ID || (o.IncubatorID != nil && *o.IncubatorID == a.OrganizationID)
	}
	return false
}

// canKeepRoster says whether a maintains o's roster: its own staff (an
// incubator's users for the incubator itself), its current incubator and
// admins.
func canKeepRoster(a Actor, o Organization) bool {
	switch a.Role {
	case RoleAdmin:
		return true
	case RoleOrgStaff:
		return a.OrganizationID == o.ID
	case RoleIncubator:
		return a.OrganizationID == o.ID || (o.IncubatorID != nil && *o.IncubatorID == a.OrganizationID)
	}
	return false
}

// MaskPhone keeps the first three and last four digits of a phone number:
// 139****0000.
func MaskPhone(p string) string {
	if len(p) <= 7 {
		return strings.Repeat("*", len(p))
	}
	return p[:3] + strings.Repeat("*", len(p)-7) + p[len(p)-4:]
}

// shownTo masks the phone for a caller who may not see it in full.
func (m StaffMember) shownTo(a Actor, o Organization) StaffMember {
	if !seesPhone(a, o) {
		m.Phone = MaskPhone(m.Phone)
	}
	return m
}

// staffSorts are the columns a roster may be sorted by.
var staffSorts = sortColumns[StaffMember]{
	"name":      {"name", sortText, func(m StaffMember) any { return m.Name }},
	"joined_on": {"joined_on", sortDate, func(m StaffMember) any { return m.JoinedOn }},
}

// ListStaff answers the roster of an organization a may see, newest first.
func (s *Store) ListStaff(ctx context.Context, a Actor, orgID string, f StaffFilter) (List[StaffMember], error) {
	db := s.read.WithContext(ctx)
	o, err := visibleOrganization(db, a, orgID)
	if err != nil {
		return List[StaffMember]{Items: []StaffMember{}}, err
	}
	q := db.Table("staff_members").Where("organization_id = ?", orgID)
	if f.Active != nil {
		if *f.Active {
			q = q.Where("left_on IS NULL")
		} else {
			q = q.Where("left_on IS NOT NULL")
		}
	}
	if f.EmploymentType != "" {
		q = q.Where("employment_type = ?", f.EmploymentType)
	}
	shown := func(rows []StaffMember) error {
		for i := range rows {
			if err := s.openStaff(&rows[i]); err != nil {
				return err
			}
			rows[i] = rows[i].shownTo(a, o)
		}
		return nil
	}
	list, err := listPageSorted(q, q, finishRows(f.Page, shown), "id", false, func(m StaffMember) string { return m.ID }, staffSorts)
	if err != nil {
		return list, err
	}
	return list, shown(list.Items)
}

// GetStaffMember answers one record a may see.
func (s *Store) GetStaffMember(ctx context.Context, a Actor, id string) (StaffMember, error) {
	m, o, err := visibleStaff(s.read.WithContext(ctx), a, id)
	if err != nil {
		return StaffMember{}, err
	}
	if err := s.openStaff(&m); err != nil {
		return StaffMember{}, err
	}
	return m.shownTo(a, o), nil
}

// visibleStaff loads a record and its organization if a may see them.
func visibleStaff(db *gorm.DB, a Actor, id string) (StaffMember, Organization, error) {
	var m StaffMember
	err := db.Table("staff_members").Where("id = ?", id).Take(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return m, Organization{}, ErrNotFound
	} else if err != nil {
		return m, Organization{}, err
	}
	o, err := visibleOrganization(db, a, m.OrganizationID)
	if err != nil {
		return StaffMember{}, Organization{}, err
	}
	return m, o, nil
}

// AddStaffMember records someone working for an organization, now or in
// the past, if a keeps its roster.
func (s *Store) AddStaffMember(ctx context.Context, a Actor, orgID string, m StaffMember) (StaffMember, error) {
	now := NewTime(s.Now())
	m.ID, m.OrganizationID, m.Stamps = NewID(), orgID, Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	if m.Qualification == "" {
		m.Qualification = "none"
	}
	stored := m
	var err error
	if stored.Phone, err = s.sealPhone(staffPhone, m.ID, m.Phone); err != nil {
		return StaffMember{}, err
	}
	var out StaffMember
	err = s.InTx(ctx, func(tx *gorm.DB) error {
		o, err := visibleOrganization(tx, a, orgID)
		if err != nil {
			return err
		}
		if !canKeepRoster(a, o) {
			return ErrForbidden
		}
		if err := s.checkStaff(m); err != nil {
			return err
		}
		row := stored
		if err := tx.Table("staff_members").Create(&row).Error; err != nil {
			return err
		}
		out = m.shownTo(a, o)
		return s.audit(tx, a, "create", "staff_member", m.ID, nil, m.audited())
	})
	return out, err
}

// UpdateStaffMember corrects a record or records a departure, if a keeps
// the roster and the record is still at version.
func (s *Store) UpdateStaffMember(ctx context.Context, a Actor, id string, version int64, p StaffPatch) (StaffMember, error) {
	var org Organization
	load := func(tx *gorm.DB) (StaffMember, error) {
		m, o, err := visibleStaff(tx, a, id)
		org = o
		if err != nil {
			return m, err
		}
		return m, s.openStaff(&m)
	}
	after, err := updateAudited(ctx, s, a, id, version, audited[StaffMember]{Table: "staff_members", Entity: "staff_member",
		Load: load, Redact: StaffMember.audited,
		Reload: func(tx *gorm.DB) (m StaffMember, err error) {
			if err = findForUpdate(tx, "staff_members", id, &m); err != nil {
				return m, err
			}
			return m, s.openStaff(&m)
		},
		Change: func(tx *gorm.DB, before StaffMember) (map[string]any, error) {
			if !canKeepRoster(a, org) {
				return nil, ErrForbidden
			}
			next, m := before, map[string]any{}
			set(m, "name", p.Name)
			set(m, "phone", p.Phone)
			set(m, "title", p.Title)
			set(m, "employment_type", p.EmploymentType)
			set(m, "qualification", p.Qualification)
			set(m, "education", p.Education)
			set(m, "training_hours", p.TrainingHours)
			if p.JoinedOn != nil {
				next.JoinedOn, m["joined_on"] = *p.JoinedOn, *p.JoinedOn
			}
			if (p.LeftOn == nil) != (p.LeaveReason == nil) {
				return nil, Broken(RuleDepartureIncomplete, "leave_reason", "left_on and leave_reason are recorded together")
			}
			if p.LeftOn != nil {
				if (*p.LeftOn == "") != (*p.LeaveReason == "") {
					return nil, Broken(RuleDepartureIncomplete, "leave_reason", "left_on and leave_reason are recorded or cleared together")
				}
				left, reason := nullIfEmpty(*p.LeftOn), nullIfEmpty(*p.LeaveReason)
				next.LeftOn, next.LeaveReason = (*Date)(left), reason
				m["left_on"], m["leave_reason"] = left, reason
			}
			if err := s.checkStaff(next); err != nil {
				return nil, err
			}
			return m, s.sealColumn(m, staffPhone, id)
		}})
	if err != nil {
		return after, err
	}
	return after.shownTo(a, org), nil
}

// checkStaff enforces the dates of a record: joining not in the future,
// leaving not before joining, a departure with its reason.
func (s *Store) checkStaff(m StaffMember) error {
	// Today as the earliest time zone (UTC+14) has it, so that nobody's
	// own today is refused as the future.
	today := Date(s.Now().Add(14 * time.Hour).Format(DateLayout))
	switch {
	case m.JoinedOn > today:
		return Invalid("joined_on", "future", "joining is recorded once it happened; %s is after today (%s)", m.JoinedOn, today)
	case (m.LeftOn == nil) != (m.LeaveReason == nil):
		return Broken(RuleDepartureIncomplete, "leave_reason", "left_on and leave_reason are recorded together")
	case m.LeftOn != nil && *m.LeftOn < m.JoinedOn:
		return Invalid("left_on", "after", "leaving (%s) cannot come before joining (%s)", *m.LeftOn, m.JoinedOn)
	case m.LeftOn != nil && *m.LeftOn > today:
		return Invalid("left_on", "future", "a departure is recorded once it happened; %s is after today (%s)", *m.LeftOn, today)
	}
	return nil
}

// audited is the record as the audit trail keeps it: personal data stays
// out of the trail, which many roles read.
func (m StaffMember) audited() StaffMember {
	m.Phone = MaskPhone(m.Phone)
	return m
}
