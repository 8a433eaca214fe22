package models

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// Organization is a community social organization (SPEC 2). Its lifecycle
// (stage, stage_since, incubator_id) changes only through transitions.
type Organization struct {
	ID               string  `json:"id"`
	Name             string  `json:"name"`
	CreditCode       *string `json:"credit_code"`
	RegistrationType string  `json:"registration_type"`
	Category         string  `json:"category"`
	CommunityID      *string `json:"community_id"`
	IsIncubator      bool    `json:"is_incubator"`
	IncubatorID      *string `json:"incubator_id"`
	Stage            Stage   `json:"stage"`
	StageSince       Time    `json:"stage_since"`
	FoundedOn        *Date   `json:"founded_on"`
	ContactName      string  `json:"contact_name"`
	ContactPhone     string  `json:"contact_phone"`
	Description      string  `json:"description"`
	Stamps
}

// OrganizationView is an organization with the names a list shows beside it.
type OrganizationView struct {
	Organization
	CommunityName *string `json:"community_name" gorm:"->"`
	District      *string `json:"district" gorm:"->"`
	IncubatorName *string `json:"incubator_name" gorm:"->"`
	// AllowedTargets are the stages a request may ask for now (SPEC 3);
	// answered on a single organization, not in lists.
	AllowedTargets []Stage `json:"allowed_targets,omitempty" gorm:"-"`
}

// OrganizationPatch holds the writable profile columns; nil means unchanged.
// An empty CreditCode, CommunityID or FoundedOn clears it.
type OrganizationPatch struct {
	Name             *string
	CreditCode       *string
	RegistrationType *string
	Category         *string
	CommunityID      *string
	IsIncubator      *bool
	FoundedOn        *string
	ContactName      *string
	ContactPhone     *string
	Description      *string
}

// OrganizationFilter narrows the organization list.
type OrganizationFilter struct {
	Q                string
	Stage            string
	Category         string
	RegistrationType string
	CommunityID      string
	District         string
	IncubatorID      string
	IsIncubator      *bool
	// Hosted narrows an incubator's list to the organizations its own
	// organization hosts now (HostedCurrent) or hosted once and no longer
	// (HostedPast); a caller without an organization matches none.
	Hosted string
	Page
}

// The values of OrganizationFilter.Hosted.
const (
	HostedCurrent = "current"
	HostedPast    = "past"
)

// HostedFilters lists the values of the organization list's hosted filter.
var HostedFilters = []string{HostedCurrent, HostedPast}

// orgScope limits q (over organizations) to what a may see (SPEC 1):
// reviewers and admins everything; an incubator its own organization, those
// it incubates now and those it incubated before; staff their own; funders
// the contractors of the projects they fund. It governs
// every record about an organization: requests, milestones, readiness.
func orgScope(q *gorm.DB, a Actor) *gorm.DB {
	switch a.Role {
	case RoleAdmin, RoleReviewer:
		return q
	case RoleIncubator:
		// One set, rather than three conditions joined by OR: planners
		// estimate a set's size from its parts and seek the few rows in it,
		// where they read an OR of a subquery as half the table.
		return q.Where("organizations.id IN (SELECT CAST(? AS TEXT) UNION ALL SELECT id FROM organizations WHERE incubator_id = ? "+
			"UNION ALL SELECT organization_id FROM transition_requests WHERE incubator_id = ? AND status = 'approved')",
			a.OrganizationID, a.OrganizationID, a.OrganizationID)
	case RoleOrgStaff:
		return q.Where("organizations.id = ?", a.OrganizationID)
	case RoleFunder:
		// Funders see the contractors of the projects they fund.
		return q.Where("organizations.id IN (SELECT organization_id FROM projects WHERE funder_id = ?)", a.FunderID)
	default:
		return q.Where("1 = 0")
	}
}

// directoryScope is orgScope plus the incubators themselves, which are
// public service agencies: incubator and staff users may list and read their
// profiles, so that an organization can choose where to ask for incubation.
// Their requests, milestones and readiness stay in orgScope.
func directoryScope(q *gorm.DB, a Actor) *gorm.DB {
	if a.Role != RoleIncubator && a.Role != RoleOrgStaff {
		return orgScope(q, a)
	}
	return q.Where(orgScope(q.Session(&gorm.Session{NewDB: true}), a).Or("organizations.is_incubator = ?", true))
}

// canEditOrganization says whether a may change o's profile, milestones and
// request its transitions: admins; an incubator for itself and those it
// incubates now; staff for their own.
func canEditOrganization(a Actor, o Organization) bool {
	switch a.Role {
	case RoleAdmin:
		return true
	case RoleIncubator:
		return o.ID == a.OrganizationID || (o.IncubatorID != nil && *o.IncubatorID == a.OrganizationID)
	case RoleOrgStaff:
		return o.ID == a.OrganizationID
	}
	return false
}

func (s *Store) orgViewQuery(db *gorm.DB) *gorm.DB {
	return db.Table("organizations").
		Select("organizations.*, communities.name AS community_name, communities.district AS district, inc.name AS incubator_name").
		Joins("LEFT JOIN communities ON communities.id = organizations.community_id").
		Joins("LEFT JOIN organizations inc ON inc.id = organizations.incubator_id")
}

// ListOrganizations answers the organizations a may see, newest first.
func (s *Store) ListOrganizations(ctx context.Context, a Actor, f OrganizationFilter) (List[OrganizationView], error) {
	db := s.read.WithContext(ctx)
	filter := func(q *gorm.DB) *gorm.DB {
		q = directoryScope(q, a)
		if f.Q != "" {
			ids, args, exact, ok := organizationSearch.ids(q, f.Q)
			if ok {
				q = q.Where(s.dialect.inIDs("organizations.id", ids+" UNION ALL SELECT id FROM organizations WHERE credit_code = ?"), append(args, f.Q)...)
			}
			if !exact {
				q = q.Where("("+s.dialect.containsText("organizations.name")+" OR organizations.credit_code = ?)", likePattern(f.Q), f.Q)
			}
		}
		for col, v := range map[string]string{
			"organizations.stage": f.Stage, "organizations.category": f.Category, "organizations.registration_type": f.RegistrationType,
			"organizations.community_id": f.CommunityID, "organizations.incubator_id": f.IncubatorID,
		} {
			if v != "" {
				q = q.Where(col+" = ?", v)
			}
		}
		if f.District != "" {
			q = q.Where("organizations.community_id IN (SELECT id FROM communities WHERE district = ?)", f.District)
		}
		if f.IsIncubator != nil {
			q = q.Where("organizations.is_incubator = ?", *f.IsIncubator)
		}
		return hostedScope(q, a, f.Hosted)
	}
	// A province-wide search for a fragment of one or two characters is
	// counted from its grams alone.
	whole := (a.Role == RoleAdmin || a.Role == RoleReviewer) && f.Stage == "" && f.Category == "" && f.RegistrationType == "" &&
		f.CommunityID == "" && f.IncubatorID == "" && f.District == "" && f.IsIncubator == nil && f.Hosted == ""
	total, counted, err := organizationSearch.wholeTotal(db, f.Q, whole, "organizations", "credit_code")
	if err != nil {
		return List[OrganizationView]{Items: []OrganizationView{}}, err
	}
	var list List[OrganizationView]
	key := func(o OrganizationView) string { return o.ID }
	if counted {
		list, err = listPageOfTotal(filter(s.orgViewQuery(db)), total, finishRows(f.Page, s.openOrganizations), "organizations.id", false, key, organizationSorts)
	} else {
		list, err = listPageSorted(filter(s.orgViewQuery(db)), filter(db.Table("organizations")), finishRows(f.Page, s.openOrganizations),
			"organizations.id", false, key, organizationSorts)
	}
	if err != nil {
		return list, err
	}
	return list, s.openOrganizations(list.Items)
}

// organizationSorts are the columns the organization list may be sorted by.
var organizationSorts = sortColumns[OrganizationView]{
	"name":        {"organizations.name", sortText, func(o OrganizationView) any { return o.Name }},
	"stage_since": {"organizations.stage_since", sortTime, func(o OrganizationView) any { return o.StageSince }},
}

// hostedScope narrows q to what a's organization hosts now or hosted
// before. Past means an approved move into incubation by that host while
// the organization has since left it (graduated, gone dormant, or moved to
// another host).
func hostedScope(q *gorm.DB, a Actor, hosted string) *gorm.DB {
	switch {
	case hosted == "":
		return q
	case a.OrganizationID == "":
		return q.Where("1 = 0")
	case hosted == HostedCurrent:
		return q.Where("organizations.incubator_id = ?", a.OrganizationID)
	default:
		return q.Where("(organizations.incubator_id IS NULL OR organizations.incubator_id <> ?) AND organizations.id IN "+
			"(SELECT organization_id FROM transition_requests WHERE incubator_id = ? AND status = 'approved')",
			a.OrganizationID, a.OrganizationID)
	}
}

// GetOrganization answers one organization a may see, else ErrNotFound.
func (s *Store) GetOrganization(ctx context.Context, a Actor, id string) (OrganizationView, error) {
	var o OrganizationView
	err := directoryScope(s.orgViewQuery(s.read.WithContext(ctx)), a).Where("organizations.id = ?", id).Take(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return o, ErrNotFound
	} else if err != nil {
		return o, err
	}
	o.AllowedTargets = AllowedTargets(o.Stage)
	return o, s.openOrganization(&o.Organization)
}

// visibleOrganization loads organization id inside tx if a may see it.
func visibleOrganization(tx *gorm.DB, a Actor, id string) (Organization, error) {
	var o Organization
	err := orgScope(tx.Table("organizations"), a).Where("organizations.id = ?", id).Take(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return o, ErrNotFound
	}
	return o, err
}

// checkOrganization enforces the rules a stored organization must meet.
func checkOrganization(tx *gorm.DB, o Organization) error {
	if needsCreditCode(o.RegistrationType) && o.CreditCode == nil {
		return Invalid("credit_code", "required", "an organization registered as %s must have a unified social credit code", o.RegistrationType)
	}
	if o.CommunityID != nil {
		var n int64
		if err := tx.Table("communities").Where("id = ?", *o.CommunityID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return Invalid("community_id", "exists", "no community has this id")
		}
	}
	return nil
}

// CreateOrganization stores a new organization in the applicant stage, or
// (for the demo data set, with a.Username "system:...") as given.
func (s *Store) CreateOrganization(ctx context.Context, a Actor, o Organization) (Organization, error) {
	now := NewTime(s.Now())
	o.ID, o.Stamps = NewID(), Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	if o.Stage == "" {
		o.Stage = StageApplicant
	}
	if o.StageSince.IsZero() {
		o.StageSince = now
	}
	o.CreditCode = emptyToNil(o.CreditCode)
	o.CommunityID = emptyToNil(o.CommunityID)
	stored := o
	var err error
	if stored.ContactPhone, err = s.sealPhone(orgContactPhone, o.ID, o.ContactPhone); err != nil {
		return o, err
	}
	err = s.InTx(ctx, func(tx *gorm.DB) error {
		if err := checkOrganization(tx, o); err != nil {
			return err
		}
		row := stored
		if err := tx.Table("organizations").Omit("community_name", "district", "incubator_name").Create(&row).Error; err != nil {
			if s.isUnique(err) {
				return &ConflictError{Field: "credit_code", Message: "another organization has this credit code"}
			}
			return err
		}
		return s.audit(tx, a, "create", "organization", o.ID, nil, o.audited())
	})
	return o, err
}

// audited is the organization as the audit trail keeps it: the contact
// phone masked, as for staff, since many roles read the trail and the
// column itself is kept encrypted.
func (o Organization) audited() Organization {
	o.ContactPhone = MaskPhone(o.ContactPhone)
	return o
}

func emptyToNil(p *string) *string {
	if p == nil || *p == "" {
		return nil
	}
	return p
}

// UpdateOrganization changes the profile if a may and the row is still at
// version. Only admins change is_incubator.
func (s *Store) UpdateOrganization(ctx context.Context, a Actor, id string, version int64, p OrganizationPatch) (Organization, error) {
	load := func(tx *gorm.DB) (Organization, error) {
		o, err := visibleOrganization(tx, a, id)
		if err != nil {
			return o, err
		}
		return o, s.openOrganization(&o)
	}
	return updateAudited(ctx, s, a, id, version, audited[Organization]{Table: "organizations", Entity: "organization",
		Load: load, Redact: Organization.audited,
		Reload: func(tx *gorm.DB) (o Organization, err error) {
			if err = findForUpdate(tx, "organizations", id, &o); err != nil {
				return o, err
			}
			return o, s.openOrganization(&o)
		},
		Change: func(tx *gorm.DB, before Organization) (map[string]any, error) {
			m, err := organizationChanges(tx, a, before, p)
			if err != nil {
				return nil, err
			}
			return m, s.sealColumn(m, orgContactPhone, before.ID)
		}})
}

// organizationChanges checks p against the organization as it is and
// answers the columns to write.
func organizationChanges(tx *gorm.DB, a Actor, before Organization, p OrganizationPatch) (map[string]any, error) {
	if !canEditOrganization(a, before) || (p.IsIncubator != nil && a.Role != RoleAdmin) {
		return nil, ErrForbidden
	}
	next := before
	m := map[string]any{}
	set(m, "name", p.Name)
	set(m, "category", p.Category)
	set(m, "contact_name", p.ContactName)
	set(m, "contact_phone", p.ContactPhone)
	set(m, "description", p.Description)
	if p.RegistrationType != nil {
		next.RegistrationType, m["registration_type"] = *p.RegistrationType, *p.RegistrationType
	}
	if p.CreditCode != nil {
		next.CreditCode = nullIfEmpty(*p.CreditCode)
		m["credit_code"] = next.CreditCode
	}
	if p.CommunityID != nil {
		next.CommunityID = nullIfEmpty(*p.CommunityID)
		m["community_id"] = next.CommunityID
	}
	if p.FoundedOn != nil {
		m["founded_on"] = nullIfEmpty(*p.FoundedOn)
	}
	if p.IsIncubator != nil {
		if !*p.IsIncubator && before.IsIncubator {
			n, err := incubatorLoad(tx, before.ID)
			if err != nil {
				return nil, err
			}
			if n > 0 {
				return nil, Broken(RuleIncubatorInUse, "is_incubator", "this incubator still hosts or is asked to host organizations")
			}
		}
		m["is_incubator"] = *p.IsIncubator
	}
	if err := checkOrganization(tx, next); err != nil {
		return nil, err
	}
	return m, nil
}
