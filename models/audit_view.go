package models

import (
	"bytes"
	"encoding/json"
	"slices"
	"time"

	"gorm.io/gorm"
)

// AuditChange is one field an entry changed (or set, for a creation, or
// recorded, for an event), with the enum its values belong to so that the
// reader sees labels and not codes.
type AuditChange struct {
	Field  string          `json:"field"`
	Before json.RawMessage `json:"before"`
	After  json.RawMessage `json:"after"`
	Enum   string          `json:"enum,omitempty"`
}

// auditNames are the queries that name each kind of record, by id.
var auditNames = map[string]string{
	"organization":       "SELECT id, name FROM organizations WHERE id IN ?",
	"community":          "SELECT id, name FROM communities WHERE id IN ?",
	"funder":             "SELECT id, name FROM funders WHERE id IN ?",
	"funding_cycle":      "SELECT id, name FROM funding_cycles WHERE id IN ?",
	"project":            "SELECT id, code || ' ' || title AS name FROM projects WHERE id IN ?",
	"indicator":          "SELECT id, name FROM indicators WHERE id IN ?",
	"user":               "SELECT id, display_name AS name FROM users WHERE id IN ?",
	"staff_member":       "SELECT id, name FROM staff_members WHERE id IN ?",
	"demand_survey":      "SELECT id, title AS name FROM demand_surveys WHERE id IN ?",
	"api_token":          "SELECT id, name FROM api_tokens WHERE id IN ?",
	"transition_request": "SELECT t.id, o.name FROM transition_requests t JOIN organizations o ON o.id = t.organization_id WHERE t.id IN ?",
	"milestone":          "SELECT m.id, o.name FROM milestones m JOIN organizations o ON o.id = m.organization_id WHERE m.id IN ?",
	"disbursement":       "SELECT d.id, p.code || ' ' || p.title AS name FROM disbursements d JOIN projects p ON p.id = d.project_id WHERE d.id IN ?",
	"expenditure":        "SELECT e.id, p.code || ' ' || p.title AS name FROM expenditures e JOIN projects p ON p.id = e.project_id WHERE e.id IN ?",
}

// nameAuditEntities sets each entry's EntityName: one query per kind of
// record on the page, never one per entry.
func nameAuditEntities(db *gorm.DB, rows []AuditEntry) error {
	ids := map[string][]string{}
	for _, e := range rows {
		if _, ok := auditNames[e.Entity]; ok && e.EntityID != "" {
			ids[e.Entity] = append(ids[e.Entity], e.EntityID)
		}
	}
	names := map[string]string{}
	for entity, list := range ids {
		var found []struct{ ID, Name string }
		if err := db.Raw(auditNames[entity], slices.Compact(slices.Sorted(slices.Values(list)))).Scan(&found).Error; err != nil {
			return err
		}
		for _, f := range found {
			names[entity+"|"+f.ID] = f.Name
		}
	}
	for i := range rows {
		if n, ok := names[rows[i].Entity+"|"+rows[i].EntityID]; ok {
			rows[i].EntityName = &n
		}
	}
	return nil
}

// chinaDayStart is the moment day d plus days begins in China Standard
// Time, the day a bureau's user means, as the UTC time the trail stores.
func chinaDayStart(d Date, days int) time.Time {
	t, _ := time.ParseInLocation(DateLayout, string(d), time.FixedZone("CST", 8*3600))
	return t.AddDate(0, 0, days).UTC()
}

// auditNoise are fields every change touches, which say nothing.
var auditNoise = []string{"id", "created_at", "updated_at", "version"}

// auditChanges lists the fields whose value differs between before and
// after, in name order; a side that is not a JSON object counts as empty,
// so a creation lists what it set and an event what it recorded.
func auditChanges(entity string, before, after json.RawMessage) []AuditChange {
	var b, a map[string]json.RawMessage
	_ = json.Unmarshal(before, &b)
	_ = json.Unmarshal(after, &a)
	fields := map[string]bool{}
	for k := range b {
		fields[k] = true
	}
	for k := range a {
		fields[k] = true
	}
	out := []AuditChange{}
	for _, f := range slices.Sorted(func(yield func(string) bool) {
		for k := range fields {
			if !yield(k) {
				return
			}
		}
	}) {
		was, is := orNull(b[f]), orNull(a[f])
		if slices.Contains(auditNoise, f) || sameJSON(was, is) {
			continue
		}
		out = append(out, AuditChange{Field: f, Before: was, After: is, Enum: auditFieldEnum(entity, f)})
	}
	return out
}

func orNull(v json.RawMessage) json.RawMessage {
	if len(v) == 0 {
		return json.RawMessage("null")
	}
	return v
}

func sameJSON(a, b json.RawMessage) bool {
	var ca, cb bytes.Buffer
	if json.Compact(&ca, a) != nil || json.Compact(&cb, b) != nil {
		return bytes.Equal(a, b)
	}
	return bytes.Equal(ca.Bytes(), cb.Bytes())
}

// auditFieldEnum names the enum a field's values come from, where the
// field's name alone does not say (status, category, type).
func auditFieldEnum(entity, field string) string {
	switch field {
	case "stage", "from_stage", "to_stage":
		return "Stage"
	case "role":
		return "Role"
	case "kind":
		return "FunderKind"
	case "registration_type":
		return "RegistrationType"
	case "budget_category":
		return "BudgetCategory"
	case "grade":
		return "EvaluationGrade"
	case "employment_type":
		return "EmploymentType"
	case "qualification":
		return "Qualification"
	case "education":
		return "Education"
	case "leave_reason":
		return "LeaveReason"
	case "method":
		return "SurveyMethod"
	case "priority":
		return "NeedPriority"
	case "status":
		switch entity {
		case "project":
			return "ProjectStatus"
		case "transition_request":
			return "TransitionStatus"
		}
	case "category":
		switch entity {
		case "organization", "project":
			return "OrganizationCategory"
		}
	case "type":
		switch entity {
		case "community":
			return "CommunityType"
		case "milestone":
			return "MilestoneType"
		}
	}
	return ""
}
