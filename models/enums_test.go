package models_test

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"hatchery/models"
)

// enumColumns names the enum each CHECK-constrained column holds.
var enumColumns = map[string]string{
	"communities.type":                "CommunityType",
	"funders.kind":                    "FunderKind",
	"organizations.registration_type": "RegistrationType",
	"organizations.stage":             "Stage",
	"users.role":                      "Role",
	"transition_requests.to_stage":    "Stage",
	"transition_requests.status":      "TransitionStatus",
	"milestones.type":                 "MilestoneType",
	"projects.status":                 "ProjectStatus",
	"projects.grade":                  "EvaluationGrade",
	"budget_lines.category":           "BudgetCategory",
	"expenditures.budget_category":    "BudgetCategory",
	"staff_members.employment_type":   "EmploymentType",
	"staff_members.qualification":     "Qualification",
	"staff_members.education":         "Education",
	"staff_members.leave_reason":      "LeaveReason",
	"demand_surveys.method":           "SurveyMethod",
	"needs.category":                  "NeedCategory",
	"needs.priority":                  "NeedPriority",
}

var (
	// A table rebuilt under a new name (SQLite's way of changing a CHECK,
	// users_new) counts as the table it replaces; PostgreSQL adds the
	// changed CHECK with ALTER TABLE.
	createTable = regexp.MustCompile(`(?i)(?:CREATE TABLE (?:IF NOT EXISTS )?|ALTER TABLE )(\w+?)(?:_new)?\b`)
	checkIn     = regexp.MustCompile(`(?i)CHECK \((\w+) IN \(([^)]*)\)\)`)
)

// TestSchemaChecksComeFromModels holds every "CHECK (column IN (...))" of
// the schema, as the latest migration that writes it leaves it, to the list
// in models, on both databases.
func TestSchemaChecksComeFromModels(t *testing.T) {
	t.Parallel()
	for _, dir := range []string{"schema/sqlite", "schema/postgres"} {
		entries, err := fs.ReadDir(models.SchemaFiles, dir)
		if err != nil {
			t.Fatal(err)
		}
		checks := map[string][]string{}
		for _, e := range entries {
			sql, err := fs.ReadFile(models.SchemaFiles, dir+"/"+e.Name())
			if err != nil {
				t.Fatal(err)
			}
			table := ""
			for _, line := range strings.Split(string(sql), "\n") {
				if m := createTable.FindStringSubmatch(line); m != nil {
					table = m[1]
				}
				for _, m := range checkIn.FindAllStringSubmatch(line, -1) {
					var values []string
					for _, v := range strings.Split(m[2], ",") {
						values = append(values, strings.Trim(strings.TrimSpace(v), "'"))
					}
					checks[table+"."+m[1]] = values
				}
			}
		}
		if len(checks) < len(enumColumns) {
			t.Errorf("%s: found %d enum CHECKs, want at least %d", dir, len(checks), len(enumColumns))
		}
		for col, values := range checks {
			name, ok := enumColumns[col]
			if !ok {
				t.Errorf("%s: %s is checked against %v; name its enum in enumColumns", dir, col, values)
				continue
			}
			want, _ := models.EnumValues(name)
			if !slices.Equal(values, want) {
				t.Errorf("%s: %s allows %v, models.%s lists %v", dir, col, values, name, want)
			}
		}
	}
}
