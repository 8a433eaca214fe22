package models

import (
	"github.com/google/uuid"
)

// Role is what a user may do (SPEC 1).
type Role string

const (
	RoleAdmin     Role = "admin"
	RoleReviewer  Role = "reviewer"
	RoleIncubator Role = "incubator"
	RoleOrgStaff  Role = "org_staff"
	RoleFunder    Role = "funder"
	// RoleSecurityAuditor reads the audit trail and nothing else that is
	// personal: the duties of keeping the system and of checking it are
	// separated (api/routes.go lists what the role may call).
	RoleSecurityAuditor Role = "security_auditor"
)

// Roles lists every role, in the order the UI shows them.
var Roles = []Role{RoleAdmin, RoleReviewer, RoleIncubator, RoleOrgStaff, RoleFunder, RoleSecurityAuditor}

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	for _, x := range Roles {
		if r == x {
			return true
		}
	}
	return false
}

// Actor is who is asking, and from where; every Store method that changes
// something takes one so that it can write the audit entry.
type Actor struct {
	UserID         string
	Username       string
	Role           Role
	OrganizationID string
	FunderID       string
	RequestID      string
	ClientIP       string
}

// System is the actor for changes made by the command line (seed, user create).
func System(what string) Actor { return Actor{Username: "system:" + what} }

// NewID returns a time-ordered unique id (UUIDv7), so ids sort by creation.
func NewID() string { return uuid.Must(uuid.NewV7()).String() }
