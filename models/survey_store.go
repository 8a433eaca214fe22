package models

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"gorm.io/gorm"
)

// SurveyFilter narrows the survey list.
type SurveyFilter struct {
	Q                string
	CommunityID      string
	District         string
	Method           string
	ConductedByOrgID string
	Page
}

// SurveyPatch corrects a survey; nil means unchanged. Needs, when given,
// is the whole list: an item with an ID corrects that need, one without
// adds a need, and a need left out is removed unless a project is linked
// to it.
type SurveyPatch struct {
	Title            *string
	Method           *string
	ConductedByOrgID *string // "" clears it
	ConductedOn      *Date
	Respondents      *int64
	Needs            []NewNeed
}

// surveyScope narrows q (over demand_surveys) to the surveys a may read
// (SPEC 1): admins and reviewers all; staff the surveys their organization
// ran and those of communities its projects serve; incubators likewise for
// themselves and the organizations they incubate; funders the surveys of
// communities their projects serve. Needs are read through their survey.
func surveyScope(q *gorm.DB, a Actor) *gorm.DB {
	const served = "demand_surveys.community_id IN (SELECT pc.community_id FROM project_communities pc JOIN projects sp ON sp.id = pc.project_id WHERE "
	switch a.Role {
	case RoleAdmin, RoleReviewer:
		return q
	case RoleOrgStaff:
		return q.Where("(demand_surveys.conducted_by_org_id = ? OR "+served+"sp.organization_id = ?))", a.OrganizationID, a.OrganizationID)
	case RoleIncubator:
		orgs := orgScope(q.Session(&gorm.Session{NewDB: true}).Table("organizations").Select("organizations.id"), a)
		return q.Where("(demand_surveys.conducted_by_org_id IN (?) OR "+served+"sp.organization_id IN (?)))", orgs, orgs)
	case RoleFunder:
		return q.Where(served+"sp.funder_id = ?)", a.FunderID)
	default:
		return q.Where("1 = 0")
	}
}

// canRecordSurvey says whether a may record or correct a survey run by
// orgID (nil: nobody named): admins and reviewers any; staff only one their
// organization ran; incubators one run by themselves or an organization
// they incubate now.
func canRecordSurvey(tx *gorm.DB, a Actor, orgID *string) error {
	switch a.Role {
	case RoleAdmin, RoleReviewer:
		return nil
	case RoleOrgStaff:
		if orgID != nil && *orgID == a.OrganizationID {
			return nil
		}
		return Refusal("staff record the surveys their own organization ran")
	case RoleIncubator:
		if orgID == nil {
			return Refusal("an incubator records the surveys it or an organization it incubates ran")
		}
		if *orgID == a.OrganizationID {
			return nil
		}
		var n int64
		if err := tx.Table("organizations").Where("id = ? AND incubator_id = ?", *orgID, a.OrganizationID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return Refusal("an incubator records the surveys it or an organization it incubates ran")
		}
		return nil
	}
	return ErrForbidden
}

// surveyViewQuery selects surveys with their names and need counts.
func surveyViewQuery(db *gorm.DB) *gorm.DB {
	return db.Table("demand_surveys").
		Select("demand_surveys.*, communities.name AS community_name, communities.district AS district, " +
			"organizations.name AS conducted_by_org_name, " +
			"(SELECT COUNT(*) FROM needs n WHERE n.survey_id = demand_surveys.id) AS needs_count, " +
			"(SELECT COUNT(*) FROM needs n WHERE n.survey_id = demand_surveys.id AND " + coveredNeed("n.id") + ") AS needs_covered").
		Joins("JOIN communities ON communities.id = demand_surveys.community_id").
		Joins("LEFT JOIN organizations ON organizations.id = demand_surveys.conducted_by_org_id")
}

// coveredNeed is the condition that the need whose id is the column is
// linked to a project in a covering status (SPEC 5.5).
func coveredNeed(column string) string {
	return "EXISTS (SELECT 1 FROM project_needs cpn JOIN projects cp ON cp.id = cpn.project_id WHERE cpn.need_id = " + column +
		" AND cp.status IN ('contracted', 'active', 'completed'))"
}

// ListSurveys answers the surveys a may read, newest first, without their
// needs.
func (s *Store) ListSurveys(ctx context.Context, a Actor, f SurveyFilter) (List[DemandSurvey], error) {
	db := s.read.WithContext(ctx)
	filter := func(q *gorm.DB) *gorm.DB {
		q = surveyScope(q, a)
		if f.Q != "" {
			ids, args, exact, ok := surveySearch.ids(q, f.Q)
			if ok {
				q = q.Where(s.dialect.inIDs("demand_surveys.id", ids), args...)
			}
			if !exact {
				q = q.Where(s.dialect.containsText("demand_surveys.title"), likePattern(f.Q))
			}
		}
		for col, v := range map[string]string{
			"demand_surveys.community_id": f.CommunityID, "demand_surveys.method": f.Method,
			"demand_surveys.conducted_by_org_id": f.ConductedByOrgID,
		} {
			if v != "" {
				q = q.Where(col+" = ?", v)
			}
		}
		if f.District != "" {
			q = q.Where("demand_surveys.community_id IN (SELECT id FROM communities WHERE district = ?)", f.District)
		}
		return q
	}
	today := s.today()
	stale := func(rows []DemandSurvey) error {
		for i := range rows {
			rows[i].Stale = staleSince(rows[i].ConductedOn, today)
		}
		return nil
	}
	list, err := listPageSorted(filter(surveyViewQuery(db)), filter(db.Table("demand_surveys")), finishRows(f.Page, stale), "demand_surveys.id", false,
		func(v DemandSurvey) string { return v.ID }, surveySorts)
	_ = stale(list.Items)
	return list, err
}

// staleSince says whether a survey of on is stale on today.
func staleSince(on, today Date) bool {
	return on != "" && on < Date(today.Time().AddDate(0, 0, -StaleSurveyDays).Format(DateLayout))
}

// GetSurvey answers one survey a may read, with its needs.
func (s *Store) GetSurvey(ctx context.Context, a Actor, id string) (DemandSurvey, error) {
	return s.surveyView(s.read.WithContext(ctx), a, id)
}

func (s *Store) surveyView(db *gorm.DB, a Actor, id string) (DemandSurvey, error) {
	var v DemandSurvey
	err := surveyScope(surveyViewQuery(db), a).Where("demand_surveys.id = ?", id).Take(&v).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return v, ErrNotFound
	}
	if err != nil {
		return v, err
	}
	v.Stale = staleSince(v.ConductedOn, s.today())
	needs, err := listNeeds(db.Where("needs.survey_id = ?", id).Order("needs.seq"), a, 0)
	v.Needs = needs
	return v, err
}

// CreateSurvey records a survey with its needs and audits it.
func (s *Store) CreateSurvey(ctx context.Context, a Actor, in NewSurvey) (DemandSurvey, error) {
	var out DemandSurvey
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		got, err := s.insertSurvey(tx, a, in)
		out = got
		return err
	})
	return out, err
}

// insertSurvey checks and stores one survey with its needs inside tx,
// audits it, and answers it as a reads it. Staff default the organization
// that ran it to their own, incubators to themselves. The survey import
// calls it once per survey.
func (s *Store) insertSurvey(tx *gorm.DB, a Actor, in NewSurvey) (DemandSurvey, error) {
	if in.ConductedByOrgID == nil && (a.Role == RoleOrgStaff || a.Role == RoleIncubator) {
		org := a.OrganizationID
		in.ConductedByOrgID = &org
	}
	if in.ConductedByOrgID != nil && *in.ConductedByOrgID == "" {
		in.ConductedByOrgID = nil
	}
	if err := canRecordSurvey(tx, a, in.ConductedByOrgID); err != nil {
		return DemandSurvey{}, err
	}
	now := NewTime(s.Now())
	v := DemandSurvey{ID: NewID(), CommunityID: in.CommunityID, Title: in.Title, Method: in.Method,
		ConductedByOrgID: in.ConductedByOrgID, ConductedOn: in.ConductedOn, Respondents: in.Respondents,
		Stamps: Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}}
	if err := s.checkSurvey(tx, v, in.Needs, true); err != nil {
		return DemandSurvey{}, err
	}
	if err := tx.Table("demand_surveys").Create(&v).Error; err != nil {
		return DemandSurvey{}, err
	}
	needs := make([]Need, len(in.Needs))
	for i, n := range in.Needs {
		needs[i] = newNeedRow(v, int64(i+1), n, now)
	}
	if err := tx.Table("needs").CreateInBatches(&needs, 200).Error; err != nil {
		return DemandSurvey{}, err
	}
	// Whoever may record a survey may read it.
	out, err := s.surveyView(tx, a, v.ID)
	if err != nil {
		return DemandSurvey{}, err
	}
	return out, s.audit(tx, a, "create", "demand_survey", v.ID, nil, out)
}

func newNeedRow(v DemandSurvey, seq int64, n NewNeed, now Time) Need {
	return Need{ID: NewID(), SurveyID: v.ID, CommunityID: v.CommunityID, Seq: seq, Category: n.Category, Title: n.Title,
		Description: n.Description, Mentions: n.Mentions, Priority: n.Priority, CreatedAt: now}
}

// checkSurvey enforces what a stored survey meets: a community and an
// organization that exist, a date that has come, respondents, known
// enums, and at least one need mentioned by no more than the respondents.
// Needs are checked when given (always on create).
func (s *Store) checkSurvey(tx *gorm.DB, v DemandSurvey, needs []NewNeed, withNeeds bool) error {
	today := Date(s.Now().Add(14 * time.Hour).Format(DateLayout))
	if _, ok := ParseDate(string(v.ConductedOn)); !ok {
		return Invalid("conducted_on", "date", "not a calendar date in the form YYYY-MM-DD")
	}
	switch {
	case v.ConductedOn > today:
		return Broken(RuleSurveyInFuture, "conducted_on", "a survey is recorded once it was run; %s is after today (%s)", v.ConductedOn, today)
	case v.Respondents <= 0:
		return Invalid("respondents", "min", "a survey has at least one respondent")
	case !slices.Contains(SurveyMethods, v.Method):
		return Invalid("method", "enum", "not a survey method")
	case v.Title == "":
		return Invalid("title", "required", "name the survey")
	}
	var n int64
	if err := tx.Table("communities").Where("id = ?", v.CommunityID).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return Invalid("community_id", "exists", "no such community")
	}
	if v.ConductedByOrgID != nil {
		if err := tx.Table("organizations").Where("id = ?", *v.ConductedByOrgID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return Invalid("conducted_by_org_id", "exists", "no such organization")
		}
	}
	if !withNeeds {
		return nil
	}
	if len(needs) == 0 {
		return Broken(RuleSurveyWithoutNeeds, "needs", "a survey records at least one need")
	}
	for i, nd := range needs {
		field := func(f string) string { return fmt.Sprintf("needs[%d].%s", i, f) }
		switch {
		case !slices.Contains(NeedCategories, nd.Category):
			return Invalid(field("category"), "enum", "not a need category")
		case !slices.Contains(NeedPriorities, nd.Priority):
			return Invalid(field("priority"), "enum", "not a need priority")
		case nd.Title == "":
			return Invalid(field("title"), "required", "name the need")
		case nd.Mentions < 0:
			return Invalid(field("mentions"), "min", "mentions are counted from zero")
		case nd.Mentions > v.Respondents:
			return Broken(RuleMentionsOverRespondents, field("mentions"), "%d mentions, but the survey had %d respondents", nd.Mentions, v.Respondents)
		}
	}
	return nil
}

// UpdateSurvey corrects a survey at version (SPEC 4.4), and its needs when
// the patch names them, if a may record it.
func (s *Store) UpdateSurvey(ctx context.Context, a Actor, id string, version int64, p SurveyPatch) (DemandSurvey, error) {
	load := func(tx *gorm.DB) (DemandSurvey, error) { return s.surveyView(tx, a, id) }
	var needsChanged bool
	return updateAudited(ctx, s, a, id, version, audited[DemandSurvey]{Table: "demand_surveys", Entity: "demand_survey",
		Load: load, Reload: load,
		Change: func(tx *gorm.DB, before DemandSurvey) (map[string]any, error) {
			if err := canRecordSurvey(tx, a, before.ConductedByOrgID); err != nil {
				return nil, err
			}
			next, m := before, map[string]any{}
			if p.Title != nil {
				next.Title, m["title"] = *p.Title, *p.Title
			}
			if p.Method != nil {
				next.Method, m["method"] = *p.Method, *p.Method
			}
			if p.ConductedOn != nil {
				next.ConductedOn, m["conducted_on"] = *p.ConductedOn, *p.ConductedOn
			}
			if p.Respondents != nil {
				next.Respondents, m["respondents"] = *p.Respondents, *p.Respondents
			}
			if p.ConductedByOrgID != nil {
				next.ConductedByOrgID = nullIfEmpty(*p.ConductedByOrgID)
				if err := canRecordSurvey(tx, a, next.ConductedByOrgID); err != nil {
					return nil, err
				}
				m["conducted_by_org_id"] = next.ConductedByOrgID
			}
			needs := p.Needs
			if needs == nil {
				// The stored needs must still fit the respondents.
				for _, n := range before.Needs {
					needs = append(needs, NewNeed{ID: n.ID, Category: n.Category, Title: n.Title, Description: n.Description,
						Mentions: n.Mentions, Priority: n.Priority})
				}
			}
			if err := s.checkSurvey(tx, next, needs, true); err != nil {
				return nil, err
			}
			if p.Needs != nil {
				needsChanged = true
				if len(m) == 0 {
					// Corrected needs are a change of the survey: bump its version.
					m["title"] = before.Title
				}
			}
			return m, nil
		},
		Then: func(tx *gorm.DB, before DemandSurvey) error {
			if !needsChanged {
				return nil
			}
			return s.replaceNeeds(tx, before, p.Needs)
		}})
}

// replaceNeeds makes the survey's needs the list given: items with an ID
// correct that need, items without add one, and needs left out are removed
// unless a project is linked to them (409 need_linked).
func (s *Store) replaceNeeds(tx *gorm.DB, v DemandSurvey, needs []NewNeed) error {
	stored := map[string]bool{}
	for _, n := range v.Needs {
		stored[n.ID] = true
	}
	kept := map[string]bool{}
	for i, n := range needs {
		if n.ID == "" {
			continue
		}
		if !stored[n.ID] || kept[n.ID] {
			return Invalid(fmt.Sprintf("needs[%d].id", i), "exists", "not a need of this survey, or named twice")
		}
		kept[n.ID] = true
	}
	var dropped []string
	for _, n := range v.Needs {
		if !kept[n.ID] {
			dropped = append(dropped, n.ID)
		}
	}
	if len(dropped) > 0 {
		var linked []string
		if err := tx.Table("project_needs").Where("need_id IN ?", dropped).Distinct().Pluck("need_id", &linked).Error; err != nil {
			return err
		}
		if len(linked) > 0 {
			slices.Sort(linked)
			return &ConflictError{Field: "needs", Code: ConflictNeedLinked,
				Message: fmt.Sprintf("need %s is linked to a project; unlink it before removing it", linked[0])}
		}
		if err := tx.Exec("DELETE FROM needs WHERE id IN ?", dropped).Error; err != nil {
			return err
		}
	}
	// Renumber: move the kept needs out of the way, then write the order.
	if err := tx.Exec("UPDATE needs SET seq = -seq WHERE survey_id = ?", v.ID).Error; err != nil {
		return err
	}
	now := NewTime(s.Now())
	for i, n := range needs {
		seq := int64(i + 1)
		if n.ID == "" {
			row := newNeedRow(v, seq, n, now)
			if err := tx.Table("needs").Create(&row).Error; err != nil {
				return err
			}
			continue
		}
		if err := tx.Table("needs").Where("id = ?", n.ID).Updates(map[string]any{"seq": seq, "category": n.Category,
			"title": n.Title, "description": n.Description, "mentions": n.Mentions, "priority": n.Priority}).Error; err != nil {
			return err
		}
	}
	return nil
}

// surveySorts are the columns the survey list may be sorted by.
var surveySorts = sortColumns[DemandSurvey]{
	"title":        {"demand_surveys.title", sortText, func(v DemandSurvey) any { return v.Title }},
	"conducted_on": {"demand_surveys.conducted_on", sortDate, func(v DemandSurvey) any { return v.ConductedOn }},
	"respondents":  {"demand_surveys.respondents", sortInt, func(v DemandSurvey) any { return v.Respondents }},
}
