package models

// The closed lists of SPEC 2, each written once. Stages and roles are typed
// (lifecycle.go, actor.go); the others are plain text columns.
var (
	// CommunityTypes are the kinds of neighbourhood the study tells apart.
	CommunityTypes = []string{"commodity_housing", "shantytown_renovation", "village_to_residence", "urban_village", "old_neighborhood", "other"}
	// FunderKinds are who pays for purchased services.
	FunderKinds = []string{"government", "street_office", "foundation", "enterprise", "other"}
	// RegistrationTypes are how an organization is registered or filed.
	RegistrationTypes = []string{"social_group", "social_service_agency", "foundation", "community_filed", "unregistered"}
	// OrganizationCategories are the fields organizations serve.
	OrganizationCategories = []string{"elderly_care", "child_youth", "disability", "community_service", "culture_sports", "charity", "environment", "education", "health", "legal_aid", "other"}
	// MilestoneTypes are what an incubator logs for an incubatee.
	MilestoneTypes = []string{"intake_assessment", "registration_support", "capacity_training", "venue_support", "seed_funding", "governance_established", "financial_system_established", "first_project_won", "independent_office", "other"}
	// TransitionStatuses are where a transition request stands.
	TransitionStatuses = []string{StatusPending, StatusApproved, StatusRejected, StatusWithdrawn}
	// BudgetCategories are the lines of a project budget and what each
	// expenditure is booked against.
	BudgetCategories = []string{"personnel", "activities", "materials", "venue", "admin", "other"}
	// EvaluationGrades are the verdicts on a completed project.
	EvaluationGrades = []string{"excellent", "good", "pass", "fail"}
	// EmploymentTypes are how a staff member works for an organization.
	EmploymentTypes = []string{"full_time", "part_time", "volunteer", "seconded"}
	// Qualifications are the national social work levels (助理社工师,
	// 社工师, 高级社工师), lowest first.
	Qualifications = []string{"none", "assistant_social_worker", "social_worker", "senior_social_worker"}
	// EducationLevels run from secondary school to a doctorate.
	EducationLevels = []string{"secondary", "associate", "bachelor", "master", "doctorate"}
	// LeaveReasons are why staff leave.
	LeaveReasons = []string{"compensation", "career_change", "relocation", "contract_end", "burnout", "other"}
	// SurveyMethods are how a community's demand survey was run.
	SurveyMethods = []string{"questionnaire", "interview", "deliberation_meeting", "grid_visit", "online"}
	// NeedCategories are the kinds of need residents name in a survey.
	NeedCategories = []string{"elderly_care", "child_care", "disability_support", "environment", "culture_sports", "neighbor_relations", "participation", "safety", "health", "employment", "other"}
	// NeedPriorities rank a surveyed need, highest first.
	NeedPriorities = []string{"high", "medium", "low"}
	// ImportFormats are the spreadsheets the survey import reads and its
	// template comes as, the default first.
	ImportFormats = []string{"xlsx", "csv"}
	// ExportFormats are what a list or report answers in: one page of JSON,
	// or the whole filtered set as a spreadsheet.
	ExportFormats = []string{"json", "csv", "xlsx"}
	// ExportLanguages are the languages of an export's headers and labels.
	ExportLanguages = []string{"zh-CN", "en"}
	// ProjectExportFormats are a project list's: the spreadsheets, and open
	// data as OCDS and 360Giving (open_data.go).
	ProjectExportFormats = append(append([]string{}, ExportFormats...), OpenDataFormats...)
)

// Enum is one closed list as the API names it.
type Enum struct {
	// Name is the OpenAPI schema and the validation rule's parameter
	// (`binding:"enum=Stage"`).
	Name string
	// Values are in the order forms list them.
	Values []string
}

// Enums are every closed list the API takes. Request validation reads them;
// tests hold the OpenAPI document and the schema's CHECK constraints to
// them; the frontend's lists are generated from the OpenAPI document.
func Enums() []Enum { return enums }

var enums = []Enum{
	{"Role", texts(Roles)},
	{"Stage", texts(Stages)},
	{"CommunityType", CommunityTypes},
	{"FunderKind", FunderKinds},
	{"RegistrationType", RegistrationTypes},
	{"OrganizationCategory", OrganizationCategories},
	{"MilestoneType", MilestoneTypes},
	{"TransitionStatus", TransitionStatuses},
	{"TransitionSort", TransitionSorts},
	{"HostedFilter", HostedFilters},
	{"ProjectStatus", texts(ProjectStatuses)},
	{"BudgetCategory", BudgetCategories},
	{"EvaluationGrade", EvaluationGrades},
	{"EmploymentType", EmploymentTypes},
	{"Qualification", Qualifications},
	{"Education", EducationLevels},
	{"LeaveReason", LeaveReasons},
	{"TurnoverGrouping", TurnoverGroupings},
	{"CoverageSort", CoverageSorts},
	{"AuditFlagFilter", AuditFlagFilters},
	{"SurveyMethod", SurveyMethods},
	{"NeedCategory", NeedCategories},
	{"NeedPriority", NeedPriorities},
	{"ImportFormat", ImportFormats},
	{"ExportFormat", ExportFormats},
	{"ProjectExportFormat", ProjectExportFormats},
	{"OpenDataFormat", OpenDataFormats},
	{"ExportLanguage", ExportLanguages},
	{"AuditAction", AuditActions},
	{"AuditEntity", AuditEntities},
}

// EnumValues answers the values of the enum called name, and whether there
// is one.
func EnumValues(name string) ([]string, bool) {
	for _, e := range enums {
		if e.Name == name {
			return e.Values, true
		}
	}
	return nil, false
}

func texts[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
