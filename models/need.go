package models

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// NeedFilter narrows the needs list.
type NeedFilter struct {
	CommunityID string
	District    string
	Category    string
	Priority    string
	SurveyID    string
	// Uncovered keeps the needs no contracted, active or completed project
	// answers.
	Uncovered bool
	// ProjectID keeps the needs of the communities that project serves: the
	// needs it may be linked to.
	ProjectID string
	Page
}

// needViewQuery selects needs with their survey, community and whether a
// covering project answers them.
func needViewQuery(db *gorm.DB) *gorm.DB {
	return db.Table("needs").
		Select("needs.*, demand_surveys.title AS survey_title, demand_surveys.conducted_on AS survey_conducted_on, " +
			"communities.name AS community_name, communities.district AS district, " + coveredNeed("needs.id") + " AS covered").
		Joins("JOIN demand_surveys ON demand_surveys.id = needs.survey_id").
		Joins("JOIN communities ON communities.id = needs.community_id")
}

// listNeeds reads the needs q selects (a query over needViewQuery's
// tables, already ordered) as a may read them, with their projects.
func listNeeds(q *gorm.DB, a Actor, limit int) ([]Need, error) {
	needs := []Need{}
	q = surveyScope(needViewQuery(q), a)
	if limit > 0 {
		q = q.Limit(limit)
	}
	if err := q.Find(&needs).Error; err != nil {
		return needs, err
	}
	return needs, attachProjects(q.Session(&gorm.Session{NewDB: true}), a, needs)
}

// attachProjects fills each need's linked projects that a may see, in one
// query for them all.
func attachProjects(db *gorm.DB, a Actor, needs []Need) error {
	ids := make([]string, len(needs))
	for i := range needs {
		ids[i], needs[i].Projects = needs[i].ID, []NeedProject{}
	}
	if len(ids) == 0 {
		return nil
	}
	var links []NeedProject
	err := projectScope(db.Table("project_needs").
		Select("project_needs.need_id, projects.id AS project_id, projects.code, projects.title, projects.status, project_needs.note").
		Joins("JOIN projects ON projects.id = project_needs.project_id"), a).
		Where("project_needs.need_id IN ?", ids).Order("projects.code").Find(&links).Error
	if err != nil {
		return err
	}
	at := map[string]int{}
	for i, n := range needs {
		at[n.ID] = i
	}
	for _, l := range links {
		i := at[l.NeedID]
		needs[i].Projects = append(needs[i].Projects, l)
	}
	return nil
}

// ListNeeds answers the needs a may read, newest first, each with its
// linked projects.
func (s *Store) ListNeeds(ctx context.Context, a Actor, f NeedFilter) (List[Need], error) {
	db := s.read.WithContext(ctx)
	if f.ProjectID != "" {
		if _, err := visibleProject(db, a, f.ProjectID); err != nil {
			if errors.Is(err, ErrNotFound) {
				return List[Need]{Items: []Need{}}, Invalid("project_id", "exists", "no such project, or it is outside what you may see")
			}
			return List[Need]{Items: []Need{}}, err
		}
	}
	filter := func(q *gorm.DB) *gorm.DB {
		q = surveyScope(q, a)
		for col, v := range map[string]string{
			"needs.community_id": f.CommunityID, "needs.category": f.Category, "needs.priority": f.Priority,
			"needs.survey_id": f.SurveyID, "communities.district": f.District,
		} {
			if v != "" {
				q = q.Where(col+" = ?", v)
			}
		}
		if f.Uncovered {
			q = q.Where("NOT " + coveredNeed("needs.id"))
		}
		if f.ProjectID != "" {
			q = q.Where("needs.community_id IN (SELECT community_id FROM project_communities WHERE project_id = ?)", f.ProjectID)
		}
		return q
	}
	count := db.Table("needs").Joins("JOIN demand_surveys ON demand_surveys.id = needs.survey_id").
		Joins("JOIN communities ON communities.id = needs.community_id")
	attach := func(rows []Need) error { return attachProjects(db, a, rows) }
	list, err := listPageCounted(filter(needViewQuery(db)), filter(count), finishRows(f.Page, attach), "needs.id", func(n Need) string { return n.ID })
	if err != nil {
		return list, err
	}
	return list, attach(list.Items)
}

// ListProjectNeeds answers the needs linked to a project a may see.
func (s *Store) ListProjectNeeds(ctx context.Context, a Actor, projectID string, p Page) (List[Need], error) {
	db := s.read.WithContext(ctx)
	if _, err := visibleProject(db, a, projectID); err != nil {
		return List[Need]{Items: []Need{}}, err
	}
	q := needViewQuery(db).Where("needs.id IN (SELECT need_id FROM project_needs WHERE project_id = ?)", projectID)
	count := db.Table("project_needs").Where("project_id = ?", projectID)
	attach := func(rows []Need) error { return attachProjects(db, a, rows) }
	list, err := listPageCounted(q, count, finishRows(p, attach), "needs.id", func(n Need) string { return n.ID })
	if err != nil {
		return list, err
	}
	return list, attach(list.Items)
}

// canLinkNeeds says whether a may link needs to p: admins, its funder's
// users and its contractor's staff.
func canLinkNeeds(a Actor, p Project) bool {
	return canManageProject(a, p) || canSpendOn(a, p)
}

// LinkNeed records that a project answers a need of a community it serves
// (SPEC 6.1), and audits it.
func (s *Store) LinkNeed(ctx context.Context, a Actor, projectID, needID, note string) (ProjectNeed, error) {
	link := ProjectNeed{ProjectID: projectID, NeedID: needID, Note: note, CreatedAt: NewTime(s.Now())}
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		p, err := visibleProject(tx, a, projectID)
		if err != nil {
			return err
		}
		if !canLinkNeeds(a, p) {
			return ErrForbidden
		}
		var n Need
		if err := findForUpdate(tx, "needs", needID, &n); errors.Is(err, ErrNotFound) {
			return Invalid("need_id", "exists", "no such need")
		} else if err != nil {
			return err
		}
		var served int64
		if err := tx.Table("project_communities").Where("project_id = ? AND community_id = ?", projectID, n.CommunityID).Count(&served).Error; err != nil {
			return err
		}
		if served == 0 {
			return Broken(RuleNeedOutsideServiceArea, "need_id", "the need's community is not in the project's service area")
		}
		var linked int64
		if err := tx.Table("project_needs").Where("project_id = ? AND need_id = ?", projectID, needID).Count(&linked).Error; err != nil {
			return err
		}
		if linked > 0 {
			return &ConflictError{Field: "need_id", Code: ConflictAlreadyLinked, Message: "the project is already linked to this need"}
		}
		if err := tx.Table("project_needs").Create(&link).Error; err != nil {
			if s.isUnique(err) {
				return &ConflictError{Field: "need_id", Code: ConflictAlreadyLinked, Message: "the project is already linked to this need"}
			}
			return err
		}
		return s.audit(tx, a, "create", "project_need", linkID(projectID, needID), nil, link)
	})
	return link, err
}

// UnlinkNeed removes a project's link to a need, and audits it.
func (s *Store) UnlinkNeed(ctx context.Context, a Actor, projectID, needID string) error {
	return s.InTx(ctx, func(tx *gorm.DB) error {
		p, err := visibleProject(tx, a, projectID)
		if err != nil {
			return err
		}
		if !canLinkNeeds(a, p) {
			return ErrForbidden
		}
		var link ProjectNeed
		err = tx.Table("project_needs").Where("project_id = ? AND need_id = ?", projectID, needID).Take(&link).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		if err := tx.Exec("DELETE FROM project_needs WHERE project_id = ? AND need_id = ?", projectID, needID).Error; err != nil {
			return err
		}
		return s.audit(tx, a, "delete", "project_need", linkID(projectID, needID), link, nil)
	})
}

// linkID is the audit trail's id of a project-need link.
func linkID(projectID, needID string) string { return projectID + "/" + needID }
