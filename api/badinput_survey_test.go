package api

import (
	"context"
	"maps"
	"strings"
	"testing"

	"hatchery/models"
)

// surveyCaseRows are the stored rows the survey bad-input cases refer to: a
// survey of the fixture community with its first need linked to a project
// serving it, a survey of a community that project does not serve, another
// community and an id nothing has.
type surveyCaseRows struct {
	project           models.ProjectView
	survey, elsewhere models.DemandSurvey
	otherCommunity    string
	missing           string
}

// surveyCaseSetup stores those rows, with otherCommunity as the community
// the project does not serve, and answers the stored state the cases must
// leave as it was.
func (ts *testServer) surveyCaseSetup(t *testing.T, otherCommunity string) (surveyCaseRows, map[string]func() (any, error)) {
	t.Helper()
	ctx := context.Background()
	fx, admin := ts.Fix, ts.actorOf(models.RoleAdmin)
	r := surveyCaseRows{otherCommunity: otherCommunity, missing: models.NewID()}
	r.project = ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectDraft)
	r.survey = ts.caseSurvey(fx.Community.ID, &fx.Org.ID)
	if _, err := ts.Store.LinkNeed(ctx, admin, r.project.ID, r.survey.Needs[0].ID, "助餐"); err != nil {
		t.Fatal(err)
	}
	r.elsewhere = ts.caseSurvey(otherCommunity, nil)
	return r, map[string]func() (any, error){
		"survey": func() (any, error) { return ts.Store.GetSurvey(ctx, admin, r.survey.ID) },
		"surveys": func() (any, error) {
			l, err := ts.Store.ListSurveys(ctx, admin, models.SurveyFilter{Page: models.Page{Limit: 1}})
			return l.Total, err
		},
		"needs": func() (any, error) {
			l, err := ts.Store.ListNeeds(ctx, admin, models.NeedFilter{Page: models.Page{Limit: 1}})
			return l.Total, err
		},
		"project links": func() (any, error) {
			return ts.Store.ListProjectNeeds(ctx, admin, r.project.ID, models.Page{Limit: models.MaxLimit})
		},
	}
}

// surveyNeedBody is one valid need of a survey body, with over's fields.
func surveyNeedBody(over map[string]any) []map[string]any {
	n := map[string]any{"category": "elderly_care", "title": "助浴", "description": "上门助浴", "mentions": 12, "priority": "high"}
	maps.Copy(n, over)
	return []map[string]any{n}
}

// manyNeeds is one need more than a survey may hold.
func manyNeeds() []map[string]any {
	out := make([]map[string]any, 101)
	for i := range out {
		out[i] = surveyNeedBody(nil)[0]
	}
	return out
}

// surveyBadInputCases are the refusals of the survey and link routes
// beyond those every write shares.
func surveyBadInputCases(route string, c func(name string, body map[string]any, status int, field string) badInputCase, v map[string]any, r surveyCaseRows) []badInputCase {
	switch route {
	case "POST /surveys":
		return []badInputCase{
			c("missing community", withoutField(v, "community_id"), 422, "community_id"),
			c("missing title", withoutField(v, "title"), 422, "title"),
			c("missing method", withoutField(v, "method"), 422, "method"),
			c("missing date", withoutField(v, "conducted_on"), 422, "conducted_on"),
			c("missing respondents", withoutField(v, "respondents"), 422, "respondents"),
			c("no needs", withoutField(v, "needs"), 422, "needs"),
			c("empty needs", withField(v, "needs", []any{}), 422, "needs"),
			c("101 needs", withField(v, "needs", manyNeeds()), 422, "needs"),
			c("blank title", withField(v, "title", "  "), 422, "title"),
			c("title of 201 characters", withField(v, "title", strings.Repeat("长", 201)), 422, "title"),
			c("bad method", withField(v, "method", "seance"), 422, "method"),
			c("bad date", withField(v, "conducted_on", "2025-02-30"), 422, "conducted_on"),
			c("date with a time", withField(v, "conducted_on", "2025-06-01T08:00:00Z"), 422, "conducted_on"),
			c("date in the future", withField(v, "conducted_on", "2999-01-01"), 422, "conducted_on"),
			c("zero respondents", withField(v, "respondents", 0), 422, "respondents"),
			c("negative respondents", withField(v, "respondents", -3), 422, "respondents"),
			c("absurd respondents", withField(v, "respondents", 1e12), 422, "respondents"),
			c("respondents as text", withField(v, "respondents", "thirty"), 400, "respondents"),
			c("respondents as a fraction", withField(v, "respondents", 2.5), 400, "respondents"),
			c("unknown community", withField(v, "community_id", r.missing), 422, "community_id"),
			c("unknown organization", withField(v, "conducted_by_org_id", r.missing), 422, "conducted_by_org_id"),
			c("need of an unknown category", withField(v, "needs", surveyNeedBody(map[string]any{"category": "castle"})), 422, "needs[0].category"),
			c("need of an unknown priority", withField(v, "needs", surveyNeedBody(map[string]any{"priority": "urgent"})), 422, "needs[0].priority"),
			c("need without a title", withField(v, "needs", surveyNeedBody(map[string]any{"title": ""})), 422, "needs[0].title"),
			c("need title of 201 characters", withField(v, "needs", surveyNeedBody(map[string]any{"title": strings.Repeat("长", 201)})), 422, "needs[0].title"),
			c("mentions above respondents", withField(v, "needs", surveyNeedBody(map[string]any{"mentions": 31})), 422, "needs[0].mentions"),
			c("negative mentions", withField(v, "needs", surveyNeedBody(map[string]any{"mentions": -1})), 422, "needs[0].mentions"),
			c("mentions as text", withField(v, "needs", surveyNeedBody(map[string]any{"mentions": "many"})), 400, ""),
			c("need with an unknown field", withField(v, "needs", surveyNeedBody(map[string]any{"colour": "red"})), 400, ""),
		}
	case "PATCH /surveys/:id":
		return []badInputCase{
			c("no version", withoutField(v, "version"), 422, "version"),
			c("stale version", withField(v, "version", 9), 409, "version"),
			c("blank title", withField(v, "title", " "), 422, "title"),
			c("bad method", withField(v, "method", "seance"), 422, "method"),
			c("date in the future", withField(v, "conducted_on", "2999-01-01"), 422, "conducted_on"),
			c("zero respondents", withField(v, "respondents", 0), 422, "respondents"),
			c("respondents below a need's mentions", withField(v, "respondents", 5), 422, "needs[0].mentions"),
			c("another community", withField(v, "community_id", r.otherCommunity), 400, "community_id"),
			c("no needs left", withField(v, "needs", []any{}), 422, "needs"),
			c("dropping a linked need", withField(v, "needs", surveyNeedBody(nil)), 409, "needs"),
			c("a need of another survey", withField(v, "needs", surveyNeedBody(map[string]any{"id": r.elsewhere.Needs[0].ID})), 422, "needs[0].id"),
			c("need of an unknown priority", withField(v, "needs", surveyNeedBody(map[string]any{"priority": "urgent"})), 422, "needs[0].priority"),
		}
	case "POST /projects/:id/needs":
		return []badInputCase{
			c("missing need", withoutField(v, "need_id"), 422, "need_id"),
			c("unknown need", withField(v, "need_id", r.missing), 422, "need_id"),
			c("need as a number", withField(v, "need_id", 7), 400, "need_id"),
			c("note of 1001 characters", withField(v, "note", strings.Repeat("注", 1001)), 422, "note"),
			c("need outside the service area", withField(v, "need_id", r.elsewhere.Needs[0].ID), 422, "need_id"),
			c("need linked already", withField(v, "need_id", r.survey.Needs[0].ID), 409, "need_id"),
		}
	}
	return nil
}
