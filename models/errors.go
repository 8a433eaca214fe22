package models

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors the handlers map to HTTP answers.
var (
	// ErrNotFound means the row does not exist or lies outside the caller's scope.
	ErrNotFound = errors.New("not found")
	// ErrStale means the caller sent a version that is no longer current.
	ErrStale = errors.New("stale version")
	// ErrForbidden means the caller may see the row but not do this to it.
	ErrForbidden = errors.New("forbidden")
	// ErrUnauthenticated means the credentials were wrong, expired or revoked.
	ErrUnauthenticated = errors.New("unauthenticated")
)

// FieldError names one bad field of a request.
type FieldError struct {
	Field   string `json:"field"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// ValidationError carries field-level problems found by the models layer
// (a reference to a row that does not exist, a duplicate name).
type ValidationError struct {
	Fields []FieldError
}

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Field + ": " + f.Message
	}
	return "invalid input: " + strings.Join(parts, "; ")
}

// Invalid builds a ValidationError for a single field.
func Invalid(field, code, format string, args ...any) *ValidationError {
	return &ValidationError{Fields: []FieldError{{Field: field, Code: code, Message: fmt.Sprintf(format, args...)}}}
}

// RuleError reports a broken business rule (SPEC 4.5): the request was well
// formed but the state of the data does not allow it. Code names the rule
// (one of the Rule* constants) and becomes the problem type; Field is the
// request field it concerns, if any; Data holds further members of the
// answer that clients read (allowed_targets, unmet). A new rule is a new
// code, nothing more.
type RuleError struct {
	Code    string
	Field   string
	Message string
	Data    map[string]any
}

func (e *RuleError) Error() string { return e.Code + ": " + e.Message }

// Broken builds a RuleError for code with a message.
func Broken(code, field, format string, args ...any) *RuleError {
	return &RuleError{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// With adds a member to the answer and answers e.
func (e *RuleError) With(key string, value any) *RuleError {
	if e.Data == nil {
		e.Data = map[string]any{}
	}
	e.Data[key] = value
	return e
}

// The rules a request can break, by code. Codes are stable: clients match
// them (the problem type is "urn:hatchery:problem:" and the code).
const (
	// RuleTransitionNotAllowed: the move is not in SPEC 3's table; the
	// answer names allowed_targets.
	RuleTransitionNotAllowed = "transition-not-allowed"
	// RuleNotReady: a graduation whose readiness is not met, without an
	// override; the answer names the unmet criteria.
	RuleNotReady = "not-ready"
	// RuleIncubatorInUse: an incubator that hosts organizations, or is
	// asked to, cannot stop being one.
	RuleIncubatorInUse = "incubator_in_use"
	// RuleSelfLockout: admins cannot disable themselves, change their own
	// role or reset their own second factor (they turn it off with their
	// password).
	RuleSelfLockout = "self_lockout"
	// RuleLastAdmin: the last enabled admin cannot be disabled or given
	// another role.
	RuleLastAdmin = "last_admin"
	// RuleIncubatorCycle: an incubator cannot be hosted, directly or
	// through a chain, by an organization it hosts.
	RuleIncubatorCycle = "incubator_cycle"
)

// Refusal is ErrForbidden with the reason the caller is told.
type Refusal string

func (r Refusal) Error() string { return string(r) }

// Is makes a Refusal match ErrForbidden.
func (r Refusal) Is(target error) bool { return target == ErrForbidden }

// ErrFourEyes refuses a decision by the person who made the request.
const ErrFourEyes Refusal = "you made this request; another reviewer must decide it"

// ErrRightsChanged refuses a change by a user who was disabled, or whose
// role or binding changed, after their request was let in.
const ErrRightsChanged Refusal = "your account was disabled or its role changed while this request ran; nothing was changed"

// ConflictError reports a uniqueness or state conflict (HTTP 409).
type ConflictError struct {
	Field   string
	Message string
	// Code names the conflict in the field error; empty means "unique".
	Code string
}

func (e *ConflictError) Error() string { return "conflict: " + e.Message }
