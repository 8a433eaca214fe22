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
	// Needs are answered inline, in the survey's order (seq).
	Needs []Need `json:"needs" gorm:"-"`
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
	// Projects are the projects linked to this need (any status); Covered
	// says whether one of them is contracted, active or completed.
	Projects []NeedProject `json:"projects" gorm:"-"`
	Covered  bool          `json:"covered" gorm:"-"`
}

// NeedProject is a project as a need lists it.
type NeedProject struct {
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

// NewNeed is one need of a NewSurvey.
type NewNeed struct {
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
)

// CoveringStatuses are the project statuses whose links count a need as
// answered (SPEC 5.5).
var CoveringStatuses = []ProjectStatus{ProjectContracted, ProjectActive, ProjectCompleted}

// StaleSurveyDays is the age after which a survey is marked stale.
const StaleSurveyDays = 365
