package models

// DemandSurvey (需求调研) is one survey of a community's residents, with the
// needs it found (SPEC 2). It is corrected with its version, never deleted.
type DemandSurvey struct {
	ID               string  `json:"id"`
	CommunityID      string  `json:"community_id"`
	Title            string  `json:"title"`
	Method           string  `json:"method"`
	ConductedByOrgID *string `json:"conducted_by_org_id"`
	ConductedOn      Date    `json:"conducted_on"`
	Respondents      int64   `json:"respondents"`
	Stamps
	// Names and figures read with the survey.
	CommunityName      string  `json:"community_name" gorm:"->"`
	District           string  `json:"district" gorm:"->"`
	ConductedByOrgName *string `json:"conducted_by_org_name" gorm:"->"`
	NeedsCount         int64   `json:"needs_count" gorm:"->"`
	NeedsCovered       int64   `json:"needs_covered" gorm:"->"`
	// Stale says the survey is older than StaleSurveyDays.
	Stale bool `json:"stale" gorm:"-"`
	// Needs are answered inline, in the survey's order (seq), by a single
	// survey; a list leaves them out.
	Needs []Need `json:"needs,omitempty" gorm:"-"`
}

// Need is one need a survey found, with the projects linked to it.
type Need struct {
	ID          string `json:"id"`
	SurveyID    string `json:"survey_id"`
	CommunityID string `json:"community_id"`
	Seq         int64  `json:"-"`
	Category    string `json:"category"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Mentions    int64  `json:"mentions"`
	Priority    string `json:"priority"`
	CreatedAt   Time   `json:"created_at"`
	// The survey and community, read with the need.
	SurveyTitle       string `json:"survey_title" gorm:"->"`
	SurveyConductedOn Date   `json:"survey_conducted_on" gorm:"->"`
	CommunityName     string `json:"community_name" gorm:"->"`
	District          string `json:"district" gorm:"->"`
	// Projects are the projects linked to this need (any status) that the
	// caller may see; Covered says whether any linked project, seen or not,
	// is contracted, active or completed.
	Projects []NeedProject `json:"projects" gorm:"-"`
	Covered  bool          `json:"covered" gorm:"->"`
}

// NeedProject is a project as a need lists it.
type NeedProject struct {
	NeedID    string        `json:"-"`
	ProjectID string        `json:"project_id"`
	Code      string        `json:"code"`
	Title     string        `json:"title"`
	Status    ProjectStatus `json:"status"`
	Note      string        `json:"note"`
}

// ProjectNeed links a project to a need it answers.
type ProjectNeed struct {
	ProjectID string `json:"project_id"`
	NeedID    string `json:"need_id"`
	Note      string `json:"note"`
	CreatedAt Time   `json:"created_at"`
}

// NewSurvey is a survey to record, with its needs.
type NewSurvey struct {
	CommunityID      string
	Title            string
	Method           string
	ConductedByOrgID *string
	ConductedOn      Date
	Respondents      int64
	Needs            []NewNeed
}

// NewNeed is one need of a NewSurvey; in a correction, ID names the need
// it corrects (empty adds one).
type NewNeed struct {
	ID          string
	Category    string
	Title       string
	Description string
	Mentions    int64
	Priority    string
}

// Rule codes of surveys, needs and their links.
const (
	RuleMentionsOverRespondents = "mentions_over_respondents"
	RuleSurveyInFuture          = "survey_in_future"
	RuleNeedOutsideServiceArea  = "need_outside_service_area"
	// RuleSurveyWithoutNeeds: a survey records at least one need.
	RuleSurveyWithoutNeeds = "survey_without_needs"
	// ConflictNeedLinked (409): a correction may not drop a need a project
	// is linked to; unlink it first.
	ConflictNeedLinked = "need_linked"
	// ConflictAlreadyLinked (409): the project is already linked to the need.
	ConflictAlreadyLinked = "already_linked"
)

// CoveringStatuses are the project statuses whose links count a need as
// answered (SPEC 5.5).
var CoveringStatuses = []ProjectStatus{ProjectContracted, ProjectActive, ProjectCompleted}

// StaleSurveyDays is the age after which a survey is marked stale.
const StaleSurveyDays = 365
