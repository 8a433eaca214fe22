package models

import (
	"fmt"
	"slices"
)

// The audit trail's closed vocabulary: what was done, and to what kind of
// record. The audit page offers them as filters with their labels, and an
// entry naming anything else is refused when it is written.
var (
	AuditActions = []string{
		"create", "update", "delete", "stage_change", "status", "evaluate", "request", "approve", "reject", "withdraw",
		"reverse", "revoke", "import", "bulk_create", "export",
		"login", "login_failed", "login_throttled", "logout", "change_password", "end_session", "denied",
		// Encrypting phone numbers stored in clear, and re-encrypting them
		// with a new data key.
		"encrypt", "rotate_key",
		"totp_enrol", "totp_confirm", "totp_disable", "totp_reset", "totp_recovery_used",
	}
	AuditEntities = []string{
		"organization", "transition_request", "milestone", "community", "funder", "funding_cycle", "project", "indicator",
		"disbursement", "expenditure", "staff_member", "demand_survey", "demand_surveys", "project_need",
		"user", "session", "api_token", "setting", "request",
		// What the demo and scale seeds load in bulk.
		"reference", "pipeline", "money", "staff", "surveys",
		// Phone numbers re-encrypted in bulk (entity id: table.column).
		"personal_data",
	}
)

// checkAuditVocabulary refuses an entry outside the closed lists, a fault
// of the code and not of the request: a new action or entity is added to
// them, and so to the filters, first.
func checkAuditVocabulary(action, entity string) error {
	if !slices.Contains(AuditActions, action) {
		return fmt.Errorf("audit: %q is not in AuditActions", action)
	}
	if !slices.Contains(AuditEntities, entity) {
		return fmt.Errorf("audit: %q is not in AuditEntities", entity)
	}
	return nil
}
